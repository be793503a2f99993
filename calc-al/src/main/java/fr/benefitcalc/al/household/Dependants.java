package fr.benefitcalc.al.household;

import fr.benefitcalc.al.parameters.MonthParameters;
import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.time.Months;
import java.time.LocalDate;

/**
 * Personnes à charge (CCH L823-1, R823-4; CSS L512-3, R512-2): the children
 * of the home under 21 who are not financially autonomous, and the disabled adults held as children.
 *
 * <ul>
 *   <li>A child counts from birth to the month before his 21st birthday (age on the first day of M below 21,
 *       CSS R512-2 via CCH R823-4), unless his average net pay over M-6..M-1 reaches 55 % of 169 hours at
 *       the gross hourly SMIC (CSS R512-2: "autonomie financière").
 *   <li>A member in the child role aged 21 or more counts if disabled (incapacity of 80 % or more, or
 *       unable to work) and if his resources of N-2 do not exceed 1.25 times the single ASPA ceiling
 *       (CCH R823-4 2° and 3°, as modelled by OpenFisca-France).
 * </ul>
 */
public final class Dependants {
  private static final int AUTONOMY_MONTHS = 6;

  private Dependants() {}

  /** The number of dependants in month {@code monthIndex}. */
  public static int count(HouseholdFacts household, ResourceView resources, int monthIndex, MonthParameters p) {
    int n = 0;
    for (int i = 0; i < household.personCount(); i++) {
      if (household.isAdult(i)) {
        continue;
      }
      int age = household.ageAt(i, monthIndex);
      if (age < 0) {
        continue;
      }
      if (age < p.childAgeLimit()) {
        if (!autonomous(resources, i, monthIndex, p)) {
          n++;
        }
      } else if (household.disabled(i) && disabledAdultResources(resources, i, monthIndex) <= p.childAllowance()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Age in whole years on the first day of the month of this index (negative when born after it),
   * without allocating.
   */
  public static int ageOnFirstDay(LocalDate birth, int monthIndex) {
    return HouseholdFacts.ageOnFirstDay(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), monthIndex);
  }

  /** Average net pay over M-6..M-1 at least 55 % × 169 h × SMIC (CSS R512-2). */
  static boolean autonomous(ResourceView resources, int person, int monthIndex, MonthParameters p) {
    long pay = resources.sum(person, IncomeCategory.SALARY_NET, monthIndex - AUTONOMY_MONTHS, monthIndex - 1);
    return pay >= p.autonomyPay() * AUTONOMY_MONTHS;
  }

  private static long disabledAdultResources(ResourceView resources, int person, int monthIndex) {
    int first = (Months.year(monthIndex) - 2) * 12;
    return resources.sum(person, IncomeCategory.SALARY_TAXABLE, first, first + 11)
        + resources.sum(person, IncomeCategory.UNEMPLOYMENT_TAXABLE, first, first + 11)
        + resources.sum(person, IncomeCategory.PENSION_TAXABLE, first, first + 11);
  }

  /**
   * Whether the couple scales apply: a couple, or a pregnant applicant living alone (the scales of a
   * couple apply to "une personne seule ... enceinte", as OpenFisca-France models it).
   */
  public static boolean coupleScale(HouseholdFacts household) {
    if (household.couple()) {
      return true;
    }
    for (int i = 0; i < household.personCount(); i++) {
      if (household.isAdult(i) && household.pregnant(i)) {
        return true;
      }
    }
    return false;
  }
}
