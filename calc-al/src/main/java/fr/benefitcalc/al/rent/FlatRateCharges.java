package fr.benefitcalc.al.rent;

import fr.benefitcalc.al.parameters.ChargesScale;
import fr.benefitcalc.al.parameters.MonthParameters;

/**
 * Montant forfaitaire au titre des charges "C" (CCH D823-16 3°; arrêté du 27/09/2019 art. 9, and
 * art. 16 2° for colocation): a base plus an amount per dependant; the actual charges are not used.
 */
public final class FlatRateCharges {
  private FlatRateCharges() {}

  /** C for the month's parameters. */
  public static long of(MonthParameters p, boolean coupleScale, int dependants, boolean shared) {
    ChargesScale c = p.charges();
    if (shared) {
      return (coupleScale ? c.sharedCouple() : c.sharedSingle()) + dependants * c.sharedPerDependant();
    }
    return c.base() + dependants * c.perDependant();
  }
}
