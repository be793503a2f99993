package fr.benefitcalc.rsapa.family;

import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.rsapa.resources.QuarterlyResources;
import fr.benefitcalc.rsapa.resources.SelfEmployedIncome;
import fr.benefitcalc.rsapa.rsa.RsaMonthAmounts;
import fr.benefitcalc.rsapa.rsa.RsaMonthParameters;

/**
 * The children counted as dependants ("enfants à charge") by the RSA (CASF R262-3) and, by reference,
 * the prime d'activité (CSS L842-5): children of the household under 25 whose own resources do not
 * exceed what their presence adds to the montant forfaitaire. The CAF's rule ("a child whose
 * resources would lower the RSA is not counted") is applied as OpenFisca approximates it: the
 * child's monthly resources (RSA quarterly average) must be below 40 % of the RSA base amount, or
 * below 42.804 % + 28.412 % of it when the child is the only one and opens the increase for recent
 * isolation.
 *
 * <p>The result is a bit set over the persons' indices (bit i for person i), so that the hot path
 * allocates nothing.
 */
public final class DependentChildren {
  private DependentChildren() {}

  /**
   * The dependent children in the month of index {@code month}, their resources read over
   * {@code first..last}; a child counts from the month of its birth, or in every month with
   * {@code evenBeforeBirth} ({@link Ages#counted}).
   */
  public static long of(HouseholdFacts household, ResourceView view, RsaMonthAmounts amounts, int month, int first,
      int last, boolean selfEmployedLastNonZero, boolean evenBeforeBirth) {
    return of(household, view, amounts, month, first, last, selfEmployedLastNonZero, evenBeforeBirth,
        fr.benefitcalc.rsapa.resources.Neutralisation.DECLARED);
  }

  /**
   * {@link #of(HouseholdFacts, ResourceView, RsaMonthAmounts, int, int, int, boolean, boolean)} under a reading of
   * CASF R262-13; the limits are those of the month's {@link RsaMonthAmounts} (base × rate).
   */
  public static long of(HouseholdFacts household, ResourceView view, RsaMonthAmounts amounts, int month, int first,
      int last, boolean selfEmployedLastNonZero, boolean evenBeforeBirth,
      fr.benefitcalc.rsapa.resources.Neutralisation neutralisation) {
    RsaMonthParameters p = amounts.parameters();
    int ageLimit = p.childAgeLimit();
    int candidates = 0;
    for (int i = 0; i < household.personCount(); i++) {
      if (isCandidate(household, i, month, ageLimit, evenBeforeBirth)) {
        candidates++;
      }
    }
    if (candidates == 0) {
      return 0;
    }
    boolean opensIncrease = !household.couple() && household.recentIsolation()
        && !LoneParentIncrease.pregnant(household) && candidates == 1;
    long limit = amounts.childLimit(opensIncrease);
    long stoppedAllowance = amounts.stoppedAllowance();
    long set = 0;
    for (int i = 0; i < household.personCount(); i++) {
      if (!isCandidate(household, i, month, ageLimit, evenBeforeBirth)) {
        continue;
      }
      long selfEmployed = SelfEmployedIncome.monthly(view, i, Months.year(month), selfEmployedLastNonZero);
      int from = QuarterlyResources.countedFrom(view, i, month, first, neutralisation);
      long resources = QuarterlyResources.activity(view, i, month, from, first, last, selfEmployed, neutralisation)
          + QuarterlyResources.other(view, i, month, from, first, last, stoppedAllowance, neutralisation);
      if (resources < limit) {
        set |= 1L << i;
      }
    }
    return set;
  }

  private static boolean isCandidate(HouseholdFacts household, int person, int month, int ageLimit,
      boolean evenBeforeBirth) {
    if (household.isAdult(person)) {
      return false;
    }
    return Ages.counted(household, person, month, evenBeforeBirth) && household.ageAt(person, month) < ageLimit;
  }
}
