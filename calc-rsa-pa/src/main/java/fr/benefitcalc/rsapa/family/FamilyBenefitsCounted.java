package fr.benefitcalc.rsapa.family;

import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.trace.Trace;

/**
 * Family benefits counted as resources of the month ("prestations familiales prises en compte"):
 * the PAJE (allocation de base and PreParE), the complément familial without its increase, the
 * allocations familiales without their age increases (the smaller of AF and AF base), and the
 * allocation de soutien familial at a flat amount.
 *
 * <p>RSA: CASF R262-10 and R262-10-1 (the ASF counted at 22.5 % of the BMAF per eligible child at
 * most, the benefits of the month itself since 2017). Prime d'activité: CSS R844-4 and R844-5, same
 * items, for each month of the reference quarter.
 */
public final class FamilyBenefitsCounted {
  private FamilyBenefitsCounted() {}

  /** The family benefits counted for the month of index {@code month}. */
  public static long ofMonth(HouseholdFacts household, FamilyMonthParameters p, int month, Trace trace) {
    long paje = household.received(ReceivedBenefit.PAJE, month);
    long cf = household.received(ReceivedBenefit.CF, month);
    long af = Math.min(household.received(ReceivedBenefit.AF, month), household.received(ReceivedBenefit.AF_BASE, month));
    long asf = asfFlat(household, p, month);
    long total = paje + cf + af + asf;
    trace.amount("ASF_forfait", asf, "allocation de soutien familial forfaitisée", "CASF R262-10-1; CSS R844-4");
    trace.amount("PF", total, "prestations familiales prises en compte (PAJE + CF + min(AF, AF base) + ASF forfaitisée)",
        "CASF R262-10; CSS R844-4, R844-5");
    return total;
  }

  /**
   * The ASF counted: the ASF received, at most 22.5 % of the BMAF for each child of the age of family
   * benefits (under 20).
   */
  static long asfFlat(HouseholdFacts household, FamilyMonthParameters parameters, int month) {
    long asf = household.received(ReceivedBenefit.ASF, month);
    if (asf <= 0) {
      return 0;
    }
    int ageLimit = parameters.childAgeLimit();
    int eligible = 0;
    for (int i = 0; i < household.personCount(); i++) {
      if (!household.isAdult(i) && Ages.counted(household, i, month, false) && household.ageAt(i, month) < ageLimit) {
        eligible++;
      }
    }
    long perChild = Fixed.mul(parameters.bmaf(), parameters.asfFlatRate());
    return Math.min(asf, Fixed.times(perChild, eligible));
  }
}
