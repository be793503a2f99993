package fr.benefitcalc.rsapa.resources;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;

/**
 * Self-employed income counted each month ("revenus professionnels des travailleurs non salariés"):
 * the last annual profit known among the years N, N-1 and N-2 of the month, divided by 12 (CASF
 * R262-18 to R262-22 for the RSA; CSS R844-1 and following for the prime d'activité; OpenFisca
 * {@code ppa_rsa_derniers_revenus_tns_annuels_connus}).
 */
public final class SelfEmployedIncome {
  private SelfEmployedIncome() {}

  /**
   * The monthly amount for a person in calendar year {@code year}.
   *
   * @param lastNonZero take the last non-zero year (OpenFisca) rather than the last year known
   */
  public static long monthly(ResourceView view, int person, int year, boolean lastNonZero) {
    if (!view.holds(person, IncomeCategory.SELF_EMPLOYED_ANNUAL)) {
      return 0; // no profit in any year (most persons): no year to look for
    }
    for (int y = year; y >= year - 2; y--) {
      long annual = view.annual(person, IncomeCategory.SELF_EMPLOYED_ANNUAL, y);
      boolean counts = lastNonZero ? annual > 0 : view.hasAnnual(person, IncomeCategory.SELF_EMPLOYED_ANNUAL, y);
      if (counts) {
        return Fixed.divide(annual, 12);
      }
    }
    return 0;
  }
}
