package fr.benefitcalc.al.resources;

import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.time.Months;

/**
 * The situations that change how a person's income counts (CCH R822-13 to R822-17), in month M.
 *
 * <ul>
 *   <li>R822-14: a person in total unemployment for two months has his activity income abated by 30 %,
 *       "à partir du premier jour du deuxième mois civil suivant" the change (or, as OpenFisca-France
 *       does, when unemployed since before the first day of M-2).
 *   <li>R822-13: a person who stopped working and draws a pension (or the AAH) has his activity income
 *       and unemployment benefits abated by 30 %; modelled, as OpenFisca does, for a retired person (or
 *       the applicant of a household receiving the AAH) with no salary in M and no self-employed profit.
 *   <li>R822-15: the activity income and unemployment benefits of the couple are not counted when one
 *       of them has been unemployed for two months without benefit.
 *   <li>R822-17: nor when the household received the RSA in the previous month.
 * </ul>
 */
public final class AbatementConditions {
  private AbatementConditions() {}

  /** Whether the person is unemployed ("chômeur") in the month: unemployed since a date not after its last day. */
  static boolean unemployed(HouseholdFacts household, int person, int monthIndex) {
    return household.unemployedSinceMonth(person) <= monthIndex;
  }

  /** Unemployed since long enough for the R822-14 abatement (or R822-15 neutralisation). */
  static boolean unemployedForTwoMonths(HouseholdFacts household, int person, int monthIndex, boolean fromSecondMonth) {
    if (!unemployed(household, person, monthIndex)) {
      return false;
    }
    int since = household.unemployedSinceMonth(person);
    // second-month: from the first day of the second month after the change; else before the first day of M-2
    return fromSecondMonth ? since + 2 <= monthIndex : since < monthIndex - 2;
  }

  /**
   * No salary in M and no self-employed profit in N-2 (OpenFisca's test of "no activity income"); M as
   * far as it is known on the date of the view ({@link ResourceView#current}).
   */
  static boolean noActivityIncome(ResourceView view, int person, int monthIndex) {
    return view.current(person, IncomeCategory.SALARY_TAXABLE, monthIndex) == 0
        && view.annual(person, IncomeCategory.SELF_EMPLOYED_ANNUAL, Months.year(monthIndex) - 2) == 0;
  }

  /** Whether the person is the one the household's AAH is attributed to (the applicant) and it is paid in M. */
  static boolean receivesAah(HouseholdFacts household, int person, int monthIndex) {
    return person == household.applicantIndex() && household.received(ReceivedBenefit.AAH, monthIndex) > 0;
  }

  /** R822-13 or R822-14: 30 % off the person's activity income. */
  public static boolean activityAbatement(HouseholdFacts household, ResourceView view, int person, int monthIndex,
      boolean fromSecondMonth) {
    boolean retiredOrAah = household.retired(person) || receivesAah(household, person, monthIndex);
    return unemployedForTwoMonths(household, person, monthIndex, fromSecondMonth)
        || (retiredOrAah && noActivityIncome(view, person, monthIndex));
  }

  /** R822-13: 30 % off the person's unemployment benefits. */
  public static boolean unemploymentAbatement(HouseholdFacts household, ResourceView view, int person, int monthIndex) {
    boolean retiredOrAah = household.retired(person) || receivesAah(household, person, monthIndex);
    return retiredOrAah && noActivityIncome(view, person, monthIndex);
  }

  /**
   * R822-15 and R822-17: the adults' activity income and unemployment benefits are not counted; an adult
   * unemployed since before M-2 without benefit in M, or the RSA received in M-1.
   */
  public static boolean neutralised(HouseholdFacts household, ResourceView view, int monthIndex) {
    if (household.received(ReceivedBenefit.RSA, monthIndex - 1) > 0) {
      return true;
    }
    for (int i = 0; i < household.personCount(); i++) {
      if (household.isAdult(i) && unemployedForTwoMonths(household, i, monthIndex, false)
          && view.current(i, IncomeCategory.UNEMPLOYMENT_TAXABLE, monthIndex) == 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the neutralisation comes from the RSA (for the trace). */
  public static boolean rsaReceivedLastMonth(HouseholdFacts household, int monthIndex) {
    return household.received(ReceivedBenefit.RSA, monthIndex - 1) > 0;
  }
}
