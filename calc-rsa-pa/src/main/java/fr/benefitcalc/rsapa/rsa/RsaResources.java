package fr.benefitcalc.rsapa.rsa;

import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.rsapa.MonthParameters;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.trace.Trace;
import fr.benefitcalc.rsapa.family.FamilyBenefitsCounted;
import fr.benefitcalc.rsapa.resources.QuarterlyResources;
import fr.benefitcalc.rsapa.resources.SelfEmployedIncome;

/**
 * The resources of the foyer for the RSA ("ressources du foyer", CASF L262-3, R262-6, R262-7): the
 * monthly average over the reference quarter of the adults' and dependent children's resources
 * (activity income at 100 % since 2016, replacement income, alimony, each neutralised when it
 * stopped, CASF R262-13), the AAH received averaged over the same months, and the family benefits
 * of the month itself (CASF R262-10, R262-10-1). Housing benefits are not resources: they enter
 * through the forfait logement (CASF R262-9, R262-10).
 */
public final class RsaResources {
  private RsaResources() {}

  /**
   * The foyer's resources for the month of index {@code month}, read over {@code first..last}.
   *
   * @param counted the bit set of persons counted (adults and dependent children)
   * @param neutralisation the reading of CASF R262-13 (option {@code rsa.neutralisation})
   */
  public static long total(HouseholdFacts household, ResourceView view, MonthParameters parameters, int month, int first, int last,
      long counted, boolean selfEmployedLastNonZero, fr.benefitcalc.rsapa.resources.Neutralisation neutralisation,
      Trace trace) {
    long stoppedAllowance = parameters.rsaAmounts().stoppedAllowance();
    long activity = 0;
    long other = 0;
    for (int i = 0; i < household.personCount(); i++) {
      if (!household.isAdult(i) && (counted & (1L << i)) == 0) {
        continue;
      }
      long selfEmployed = SelfEmployedIncome.monthly(view, i, Months.year(month), selfEmployedLastNonZero);
      int from = QuarterlyResources.countedFrom(view, i, month, first, neutralisation);
      activity += QuarterlyResources.activity(view, i, month, from, first, last, selfEmployed, neutralisation);
      other += QuarterlyResources.other(view, i, month, from, first, last, stoppedAllowance, neutralisation);
    }
    long aah = 0;
    for (int m = first; m <= last; m++) {
      aah += household.received(ReceivedBenefit.AAH, m);
    }
    aah = Fixed.divide(aah, last - first + 1);
    trace.amount("RA", activity, "revenus d'activité, moyenne mensuelle du trimestre (neutralisés si interrompus)",
        "CASF R262-6, R262-7, R262-13");
    trace.amount("RNA", other, "autres ressources personnelles (chômage, retraite, pension alimentaire), moyenne mensuelle",
        "CASF R262-6, R262-7, R262-13");
    trace.amount("AAH", aah, "allocation aux adultes handicapés, moyenne mensuelle du trimestre", "CASF R262-6");
    long familyBenefits = FamilyBenefitsCounted.ofMonth(household, parameters.family(), month, trace);
    long total = activity + other + aah + familyBenefits;
    trace.amount("R", total, "ressources du foyer prises en compte", "CASF L262-3, R262-6, R262-7");
    return total;
  }
}
