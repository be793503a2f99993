package fr.benefitcalc.al.amount;

import fr.benefitcalc.al.parameters.MonthParameters;
import fr.benefitcalc.core.money.Fixed;

/**
 * Réduction de loyer de solidarité (CCH L442-2-1; arrêté du 27/02/2018 as revalued): social landlords
 * lower the rent of tenants whose monthly resources (R / 12) are below a ceiling of the zone and
 * composition; the APL is then reduced by 98 % of it (CCH L832-3, D823-16).
 */
public final class SolidarityRentReduction {
  private SolidarityRentReduction() {}

  /** The RLS of the month, 0 when R / 12 is not below the ceiling. */
  public static long of(MonthParameters p, int zone, boolean coupleScale, int dependants, long annualResources) {
    long ceiling = p.rlsCeilings().zone(zone).value(coupleScale, dependants);
    if (Fixed.divide(annualResources, 12) >= ceiling) {
      return 0;
    }
    return p.rlsAmounts().zone(zone).value(coupleScale, dependants);
  }

  /** The part taken off the APL: 98 % of the RLS. */
  public static long aidReduction(MonthParameters p, long rls) {
    return Fixed.mul(rls, p.rlsFraction());
  }
}
