package fr.benefitcalc.al.foyer;

import fr.benefitcalc.core.money.Fixed;

/**
 * The scale of the équivalence de loyer et de charges minimale E0 (or loyer minimal L0) of CCH D832-26:
 * rates applied to slices of the resources R whose initial limits are multiplied by the number of parts N,
 * plus a flat amount (times N for the first paragraph), the total divided by twelve.
 *
 * @param lowerBounds the initial lower limit of each slice, increasing, the first 0
 * @param rates the rate of each slice
 * @param flat the flat amount ("montant forfaitaire")
 * @param flatPerPart the flat amount is multiplied by N (first paragraph) or not (second)
 */
public record MinimumRentScale(long[] lowerBounds, long[] rates, long flat, boolean flatPerPart) {
  private static final int MONTHS = 12;

  public MinimumRentScale {
    if (lowerBounds.length != rates.length || lowerBounds.length == 0 || lowerBounds[0] != 0) {
      throw new IllegalArgumentException("a minimum-rent scale needs one rate per slice, the first slice from 0");
    }
    lowerBounds = lowerBounds.clone();
    rates = rates.clone();
  }

  /** E0 (or L0), monthly, for the annual resources {@code r} and {@code parts} parts, exact (no rounding but 10<sup>-9</sup>). */
  public long monthly(long r, long parts) {
    long total = 0;
    for (int i = 0; i < lowerBounds.length; i++) {
      long low = Fixed.mul(lowerBounds[i], parts);
      if (r <= low) {
        break;
      }
      long high = i + 1 < lowerBounds.length ? Fixed.mul(lowerBounds[i + 1], parts) : Long.MAX_VALUE;
      total += Fixed.mul(Math.min(r, high) - low, rates[i]);
    }
    total += flatPerPart ? Fixed.mul(flat, parts) : flat;
    return Fixed.divide(total, MONTHS);
  }
}
