package fr.benefitcalc.rsapa.pa;

import fr.benefitcalc.core.money.Fixed;
import java.math.RoundingMode;

/**
 * The individual bonification of a worker ("bonification individuelle", CSS L842-3, D843-2): nil up
 * to 59 hours of SMIC of monthly activity income, then rising linearly to its maximum, reached at 120
 * hours of SMIC (138 from April 2026); the maximum is 29.101 % of the base amount (37.7 % from April
 * 2026), rounded to the cent as the CAF publishes it (184.27 € from April 2025).
 *
 * <pre>
 * s1 = 59 × SMIC;  s2 = 120 × SMIC;  Bmax = round(29.101 % × base)
 * bonification = Bmax × clamp((RA − s1) / (s2 − s1), 0, 1)
 * </pre>
 */
public final class IndividualBonus {
  private IndividualBonus() {}

  /** The maximum bonification of the month. */
  public static long maximum(PaMonthParameters p) {
    return Fixed.toCent(Fixed.mul(p.bonusMaxRate(), p.base()));
  }

  /** s1: the activity income from which the bonification starts (59 hours of SMIC). */
  public static long start(PaMonthParameters p) {
    return Fixed.mul(p.bonusStartHours(), p.smicHourly());
  }

  /** s2: the activity income at which the bonification is full (120 hours of SMIC). */
  public static long full(PaMonthParameters p) {
    return Fixed.mul(p.bonusFullHours(), p.smicHourly());
  }

  /**
   * The bonification of a person whose activity income of the month is {@code activityIncome}, with
   * s1, s2 and Bmax of the month ({@link PaMonthAmounts}).
   */
  public static long of(PaMonthAmounts month, long activityIncome) {
    long start = month.bonusStart();
    if (activityIncome <= start) {
      return 0;
    }
    long full = month.bonusFull();
    long max = month.bonusMaximum();
    if (activityIncome >= full) {
      return max;
    }
    return Fixed.mulDiv(max, activityIncome - start, full - start, RoundingMode.HALF_UP);
  }
}
