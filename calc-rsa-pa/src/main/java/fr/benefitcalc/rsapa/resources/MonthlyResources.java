package fr.benefitcalc.rsapa.resources;

import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;

/**
 * A person's resources of one month for the prime d'activité ("ressources du mois considéré",
 * CSS L842-4, R843-1 III, R844-1): no averaging and no neutralisation, each month of the reference
 * quarter gives its own prime.
 */
public final class MonthlyResources {
  private MonthlyResources() {}

  /**
   * Activity income of the month ("revenus professionnels", CSS L842-4 1°, R844-1): net salary,
   * apprentice pay and the monthly self-employed income, before the AAH.
   */
  public static long activity(ResourceView view, int person, int month, long selfEmployedMonthly) {
    return view.monthly(person, IncomeCategory.SALARY_NET, month)
        + view.monthly(person, IncomeCategory.APPRENTICE_SALARY, month)
        + selfEmployedMonthly;
  }

  /**
   * Other personal resources of the month (CSS L842-4): unemployment benefit, pension and
   * alimony received.
   */
  public static long other(ResourceView view, int person, int month) {
    return view.monthly(person, IncomeCategory.UNEMPLOYMENT_NET, month)
        + view.monthly(person, IncomeCategory.PENSION_NET, month)
        + view.monthly(person, IncomeCategory.ALIMONY_RECEIVED, month);
  }
}
