package fr.benefitcalc.al.foyer;

import fr.benefitcalc.core.money.Fixed;

/**
 * The number of parts N of the foyer formulas (CCH D832-25 1° e) and 2° d), the AL foyer by D842-15 2°):
 * isolé 1.4 (1.2 on the 2° scale), couple without dependant 1.8 (1.5), then 2.5, 3, 3.7, 4.3 for one to
 * four dependants and 0.5 per dependant beyond. Fixed by the décret itself, not by arrêté.
 */
public final class PartsScale {
  private static final long[] WITH_DEPENDANTS = {Fixed.rate("2.5"), Fixed.rate("3"), Fixed.rate("3.7"), Fixed.rate("4.3")};
  private static final long PER_EXTRA = Fixed.rate("0.5");
  private static final long SINGLE_FIRST = Fixed.rate("1.4");
  private static final long COUPLE_FIRST = Fixed.rate("1.8");
  private static final long SINGLE_SECOND = Fixed.rate("1.2");
  private static final long COUPLE_SECOND = Fixed.rate("1.5");

  private PartsScale() {}

  /** N for the first ({@code second} false) or second scale. */
  public static long parts(boolean second, boolean couple, int dependants) {
    if (dependants == 0) {
      if (second) {
        return couple ? COUPLE_SECOND : SINGLE_SECOND;
      }
      return couple ? COUPLE_FIRST : SINGLE_FIRST;
    }
    if (dependants <= 4) {
      return WITH_DEPENDANTS[dependants - 1];
    }
    return WITH_DEPENDANTS[3] + PER_EXTRA * (dependants - 4);
  }
}
