package fr.benefitcalc.al.participation;

import fr.benefitcalc.al.parameters.MinimumParticipationScale;
import fr.benefitcalc.al.parameters.MonthParameters;
import fr.benefitcalc.core.money.Fixed;

/**
 * Participation personnelle "Pp = P0 + Tp × (R − R0)" (CCH D823-17): a minimum participation P0 plus
 * the rate Tp = TF + TL applied to the annual resources R above the flat allowance R0; the product of a
 * rate and annual resources is a monthly amount. Neither the texts nor the reference model round Pp.
 */
public final class PersonalParticipation {
  private PersonalParticipation() {}

  /** P0 = max(8.5 % × (L + C), floor) (arrêté du 27/09/2019 art. 13). */
  public static long minimum(MonthParameters p, long eligibleRent, long charges) {
    MinimumParticipationScale s = p.minimumParticipation();
    return Math.max(Fixed.mul(s.rate(), eligibleRent + charges), s.floor());
  }

  /** R0 of the composition (arrêté art. 15). */
  public static long resourceAllowance(MonthParameters p, boolean coupleScale, int dependants) {
    return p.r0().value(coupleScale, dependants);
  }

  /** TF of the composition (arrêté art. 14 1°). */
  public static long familyRate(MonthParameters p, boolean coupleScale, int dependants) {
    return p.familyRate().value(coupleScale, dependants);
  }

  /** Pp = P0 + Tp × max(0, R − R0). */
  public static long of(long minimum, long rate, long resources, long allowance) {
    return minimum + Fixed.mul(rate, Math.max(0, resources - allowance));
  }
}
