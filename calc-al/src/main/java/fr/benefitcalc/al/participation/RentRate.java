package fr.benefitcalc.al.participation;

import fr.benefitcalc.al.parameters.MonthParameters;
import fr.benefitcalc.al.parameters.RentRateScale;
import fr.benefitcalc.core.money.Fixed;
import java.math.RoundingMode;

/**
 * The rent ratio RL and the rate TL (CCH D823-17 3°; arrêté du 27/09/2019 art. 14 2°): RL = L / LR,
 * with LR the loyer de référence of the composition; TL applies progressive rates to the bands of RL
 * (0 % below 45 %, 0.45 % from 45 % to 75 %, 0.68 % above).
 *
 * <p>"RL est exprimé en pourcentage et arrondi à la deuxième décimale", "TL est exprimé en pourcentage et
 * arrondi à la troisième décimale": RL is rounded to 10<sup>-4</sup> and TL to 10<sup>-5</sup> when
 * {@code legalRounding}; OpenFisca-France uses them unrounded.
 */
public final class RentRate {
  private static final long RL_STEP = Fixed.ONE / 10_000; // 0.01 %
  private static final long TL_STEP = Fixed.ONE / 100_000; // 0.001 %

  private RentRate() {}

  /** LR, the loyer de référence of the composition (zone II ceilings, without room or colocation coefficients). */
  public static long referenceRent(MonthParameters p, boolean coupleScale, int dependants) {
    return p.referenceRent().value(coupleScale, dependants);
  }

  /** RL = L / LR, rounded to 0.01 % when {@code legalRounding}. */
  public static long ratio(long eligibleRent, long referenceRent, boolean legalRounding) {
    long rl = Fixed.ratio(eligibleRent, referenceRent);
    return legalRounding ? Fixed.roundTo(rl, RL_STEP, RoundingMode.HALF_UP) : rl;
  }

  /** TL for the ratio RL, rounded to 0.001 % when {@code legalRounding}. */
  public static long rate(MonthParameters p, long ratio, boolean legalRounding) {
    RentRateScale s = p.rentRate();
    long tl;
    if (ratio < s.threshold1()) {
      tl = 0;
    } else if (ratio < s.threshold2()) {
      tl = Fixed.mul(s.rate2(), ratio - s.threshold1());
    } else {
      tl = Fixed.mul(s.rate3(), ratio - s.threshold2()) + Fixed.mul(s.rate2(), s.threshold2() - s.threshold1());
    }
    return legalRounding ? Fixed.roundTo(tl, TL_STEP, RoundingMode.HALF_UP) : tl;
  }
}
