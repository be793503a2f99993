package fr.benefitcalc.rsapa.pa;

import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.rsapa.PreparedRules;

/**
 * The activity condition of the prime d'activité (CSS L841-1, L842-2 2°): the foyer gets the prime
 * when it opens the increase for isolation, or when an adult worked in the reference quarter: a
 * person who is not a learner had some activity income in one of its months; a pupil, student,
 * trainee or apprentice had, in each of its months, activity income above 55 % of 169 hours of SMIC
 * (1 104.25 € in 2025).
 */
public final class LearnerCondition {
  private LearnerCondition() {}

  /** The learners' floor of a month: 55 % of 169 hours of SMIC (CSS L842-2 2°). */
  public static long floor(PaMonthParameters p) {
    return Fixed.mul(p.learnerFloorHours(), p.smicHourly());
  }

  /**
   * Whether an adult meets the condition over months {@code first..last}, with the floor of the
   * month of right {@code month}.
   *
   * @param apprenticesAreLearners a person paid as an apprentice in those months or in the month of
   *     right is a learner (the law); otherwise only students are (OpenFisca)
   */
  public static boolean met(HouseholdFacts household, ResourceView view, PreparedRules rules, int month, int first,
      int last, boolean apprenticesAreLearners, boolean selfEmployedLastNonZero) {
    long floor = rules.month(month).paAmounts().learnerFloor();
    int aahHolder = PersonalActivityIncome.aahHolder(household);
    for (int i = 0; i < household.personCount(); i++) {
      if (!household.isAdult(i)) {
        continue;
      }
      boolean learner = household.student(i)
          || (apprenticesAreLearners && view.sum(i, IncomeCategory.APPRENTICE_SALARY, first, Math.max(last, month)) > 0);
      boolean someIncome = false;
      boolean aboveFloorEachMonth = true;
      for (int k = first; k <= last; k++) {
        long a = PersonalActivityIncome.of(household, view, rules.month(k).paAmounts(), aahHolder, i, k,
            selfEmployedLastNonZero);
        someIncome |= a > 0;
        aboveFloorEachMonth &= a > floor;
      }
      if (learner ? aboveFloorEachMonth : someIncome) {
        return true;
      }
    }
    return false;
  }
}
