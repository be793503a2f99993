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

  /** The bonification of a person whose activity income of the month is {@code activityIncome}. */
  public static long of(PaMonthParameters p, long activityIncome) {
    long smic = p.smicHourly();
    long start = Fixed.mul(p.bonusStartHours(), smic);
    if (activityIncome <= start) {
      return 0;
    }
    long full = Fixed.mul(p.bonusFullHours(), smic);
    long max = maximum(p);
    if (activityIncome >= full) {
      return max;
    }
    return Fixed.mulDiv(max, activityIncome - start, full - start, RoundingMode.HALF_UP);
  }
}
