package fr.benefitcalc.rsapa.pa;

import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.rsapa.MonthParameters;
import fr.benefitcalc.core.time.ReferencePeriod;
import fr.benefitcalc.core.trace.Trace;
import fr.benefitcalc.rsapa.family.Ages;
import fr.benefitcalc.rsapa.family.DependentChildren;
import fr.benefitcalc.rsapa.family.FamilyBenefitsCounted;
import fr.benefitcalc.rsapa.family.LoneParentIncrease;
import fr.benefitcalc.rsapa.housing.HousingForfait;
import fr.benefitcalc.rsapa.resources.MonthlyResources;

/**
 * The prime of one month of the reference quarter (OpenFisca's "PA fictive"), computed as CSS L842-3
 * says for that month, with that month's composition, resources and parameters (CSS R843-1: "la
 * moyenne des primes calculées conformément à l'article L. 842-3 pour chacun des mois"):
 *
 * <pre>
 * prime(m) = max(0, MF + Σ bonifications + 61 % × RA − max(RA + RHA + FL, MF))
 * </pre>
 *
 * where MF is the montant forfaitaire (majoré for an isolated parent), RA the foyer's activity income,
 * RHA its other resources (family benefits of the month included), FL the forfait logement; 61 % is
 * 59.85 % from April 2025 (CSS D843-3). Nil when no member is 18 (CSS L842-1).
 */
public final class MonthlyPrime {
  private MonthlyPrime() {}

  /**
   * The prime computed for the month of index {@code m}.
   *
   * @param period the reference period of the rule set, used for the dependent children's resources
   * @param allMembers count every member's resources and bonification (OpenFisca) rather than those of
   *     the foyer (adults and dependent children)
   * @param childrenBeforeBirth a child counts in every month, before its birth too (OpenFisca), rather than from
   *     the month of its birth ({@link Ages#counted})
   */
  public static long of(HouseholdFacts household, ResourceView view, MonthParameters parameters, ReferencePeriod period,
      int m, boolean allMembers, boolean selfEmployedLastNonZero, boolean childrenBeforeBirth, Trace trace) {
    PaMonthParameters pa = parameters.pa();
    long children = DependentChildren.of(household, view, parameters.rsaAmounts(), m, period.firstIndex(m), period.lastIndex(m),
        selfEmployedLastNonZero, childrenBeforeBirth);
    int childCount = Long.bitCount(children);
    int adults = household.adultCount();
    boolean isolated = LoneParentIncrease.applies(household, parameters.family(), m, childCount, childrenBeforeBirth);
    long flat = isolated ? PaFlatAmount.loneParent(pa, childCount) : PaFlatAmount.standard(pa, adults, childCount);

    int aahHolder = PersonalActivityIncome.aahHolder(household);
    PaMonthAmounts amounts = parameters.paAmounts();
    long aahThreshold = amounts.aahThreshold();
    long aah = household.received(ReceivedBenefit.AAH, m);
    long activity = 0;
    long other = 0;
    long bonus = 0;
    boolean adultMember = false;
    int minimumAge = pa.minimumAge();
    for (int i = 0; i < household.personCount(); i++) {
      if (household.ageAt(i, m) >= minimumAge) {
        adultMember = true;
      }
      if (!household.isAdult(i) && !allMembers && (children & (1L << i)) == 0) {
        continue;
      }
      long a = PersonalActivityIncome.beforeAah(view, i, m, selfEmployedLastNonZero);
      long o = MonthlyResources.other(view, i, m);
      if (i == aahHolder) {
        if (a >= aahThreshold) {
          a += aah;
        } else {
          o += aah;
        }
      }
      activity += a;
      other += o;
      bonus += IndividualBonus.of(amounts, a);
    }
    long familyBenefits = FamilyBenefitsCounted.ofMonth(household, parameters.family(), m, trace);
    other += familyBenefits;
    long housing = HousingForfait.amount(household, m, amounts.housingMaximum(adults + childCount));
    long share = Fixed.mul(pa.activityIncomeShare(), activity);
    long prime = adultMember ? Math.max(0, flat + bonus + share - Math.max(activity + other + housing, flat)) : 0;

    trace.count("E(m)", childCount, "enfants à charge du mois", "CSS L842-5; CASF R262-3");
    trace.amount("MF(m)", flat, isolated ? "montant forfaitaire majoré du mois" : "montant forfaitaire du mois",
        "CSS L842-3, L842-7, D843-1");
    trace.amount("RA(m)", activity, "revenus d'activité du foyer du mois (AAH comprise au-delà de 29 × SMIC)",
        "CSS L842-4, R844-1, D843-4");
    trace.amount("RHA(m)", other, "ressources hors activité du mois (prestations familiales comprises)",
        "CSS L842-4, R844-4, R844-5");
    trace.amount("BONIF(m)", bonus, "bonifications individuelles du mois", "CSS D843-2");
    trace.amount("FL(m)", housing, "forfait logement du mois", "CSS R844-3");
    trace.amount("PA_fictive(m)", prime, "prime calculée pour le mois", "CSS L842-3, R843-1");
    return prime;
  }
}
