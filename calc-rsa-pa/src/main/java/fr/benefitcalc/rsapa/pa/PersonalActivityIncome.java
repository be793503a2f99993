package fr.benefitcalc.rsapa.pa;

import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.rsapa.resources.MonthlyResources;
import fr.benefitcalc.rsapa.resources.SelfEmployedIncome;

/**
 * A person's activity income of a month for the prime d'activité (CSS L842-4 1°, R844-1), with the
 * AAH counted as activity income when that income reaches 29 hours of SMIC (CSS L842-8, D843-4).
 *
 * <p>The AAH is given per household ({@link ReceivedBenefit#AAH}); it is attributed to its holder:
 * the first adult marked disabled, otherwise the applicant.
 */
public final class PersonalActivityIncome {
  private PersonalActivityIncome() {}

  /** The index of the person who receives the household's AAH. */
  public static int aahHolder(HouseholdFacts household) {
    for (int i = 0; i < household.personCount(); i++) {
      if (household.isAdult(i) && household.disabled(i)) {
        return i;
      }
    }
    return household.applicantIndex();
  }

  /** The threshold above which the AAH counts as activity income (29 × SMIC hourly). */
  public static long aahThreshold(PaMonthParameters p) {
    return Fixed.mul(p.aahActivityHours(), p.smicHourly());
  }

  /** Activity income of person {@code person} in the month, before the AAH. */
  public static long beforeAah(ResourceView view, int person, int month, boolean selfEmployedLastNonZero) {
    long selfEmployed = SelfEmployedIncome.monthly(view, person, Months.year(month), selfEmployedLastNonZero);
    return MonthlyResources.activity(view, person, month, selfEmployed);
  }

  /**
   * Activity income of person {@code person} in the month, the AAH included when it counts as such
   * ({@code aahHolder} is {@link #aahHolder}'s answer, the threshold that of {@code amounts}).
   */
  public static long of(HouseholdFacts household, ResourceView view, PaMonthAmounts amounts, int aahHolder, int person,
      int month, boolean selfEmployedLastNonZero) {
    long activity = beforeAah(view, person, month, selfEmployedLastNonZero);
    if (person == aahHolder && activity >= amounts.aahThreshold()) {
      activity += household.received(ReceivedBenefit.AAH, month);
    }
    return activity;
  }
}
