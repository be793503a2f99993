package fr.benefitcalc.al;

import fr.benefitcalc.al.amount.BenefitLabel;
import fr.benefitcalc.al.amount.HighRentTaper;
import fr.benefitcalc.al.amount.PaidAmount;
import fr.benefitcalc.al.amount.SolidarityRentReduction;
import fr.benefitcalc.al.foyer.FoyerBenefit;
import fr.benefitcalc.al.foyer.FoyerParameters;
import fr.benefitcalc.al.household.Dependants;
import fr.benefitcalc.al.parameters.AlParameters;
import fr.benefitcalc.al.parameters.MonthParameters;
import fr.benefitcalc.al.participation.PersonalParticipation;
import fr.benefitcalc.al.participation.RentRate;
import fr.benefitcalc.al.rent.ActualRent;
import fr.benefitcalc.al.rent.RentCeiling;
import fr.benefitcalc.al.resources.HouseholdResources;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.parameters.Timeline;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.IncomeConcept;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.rules.AmountAndLabel;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitResult;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.MonthAmount;
import fr.benefitcalc.core.rules.ReadMonths;
import fr.benefitcalc.core.rules.ReferenceWindows;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.trace.Trace;
import java.time.YearMonth;
import java.util.List;

/**
 * Aides personnelles au logement of tenants (APL, ALF, ALS), metropolitan France: the monthly amount
 * paid, net of CRDS, for a month of (re)calculation M (CCH D823-16 and D823-17, arrêté du 27/09/2019).
 *
 * <pre>
 * L  = min(L_reel, L_plaf)                  loyer retenu                       D823-16 2°
 * C  = forfait charges                                                          D823-16 3°
 * Pp = P0 + (TF + TL) × max(0, R − R0)      participation personnelle          D823-17
 * Af = max(0, L + C − Pp)                                                        D823-16
 * then the high-rent taper, the 5 € minoration, the CRDS, 98 % of the RLS and the payment threshold.
 * </pre>
 *
 * <p>Owners and households lodged free have no tenant formula: the amount is 0 and the trace says why.
 * The reading of the texts where OpenFisca-France differs is chosen by {@link AlOptions}.
 * Thread-safe; {@link #amount} allocates nothing when the trace is off, {@link #compute} only its result.
 */
public final class HousingBenefit implements BenefitRule {
  private static final List<Timeline<?>> PARAMETERS =
      fr.benefitcalc.core.parameters.ParameterTable.timelinesOf(AlParameters.table(), FoyerParameters.table(),
          fr.benefitcalc.al.accession.AccessionParameters.table(),
          fr.benefitcalc.al.accession.AplAccessionParameters.table());

  private static final String D823_16 = "CCH D823-16";
  private static final String D823_17 = "CCH D823-17";
  private final ParameterCache cache = new ParameterCache();

  /** The rule. */
  public HousingBenefit() {}

  /**
   * The months read: the rule set's reference windows (D823-18: N-2 by default), the self-employed
   * profits of N-2..N, and the situation of the month of calculation M for the abatements and
   * neutralisations of CCH R822-13 to R822-15 and the R822-7 test (salary and unemployment benefit of M,
   * read as the last known of M, M-1, M-2: {@link ResourceView#current}), in either income concept.
   */
  /** Every month read is declared ({@link #reads}; checked by the timeline properties of calc-lab). */
  @Override
  public boolean declaresEveryRead() {
    return true;
  }

  /** Reads only {@code ruleSet.rules(Benefit.AL)} of the rule set it is given. */
  @Override
  public boolean readsOnlyItsOwnRules() {
    return true;
  }

  @Override
  public void reads(BenefitRules rules, boolean experimenting, int calculationMonth, ReadMonths out) {
    BenefitRule.super.reads(rules, experimenting, calculationMonth, out);
    IncomeConcept concept = cache.entry(rules).concept;
    out.months(concept.map(IncomeCategory.SALARY_TAXABLE), calculationMonth - 2, calculationMonth);
    out.months(concept.map(IncomeCategory.UNEMPLOYMENT_TAXABLE), calculationMonth - 2, calculationMonth);
  }

  /** Every dated parameter of the AL (CCH and arrêté du 27 septembre 2019), so that a revaluation can be named as a cause. */
  @Override
  public List<Timeline<?>> parameters() {
    return PARAMETERS;
  }

  @Override
  public Benefit benefit() {
    return Benefit.AL;
  }

  @Override
  public BenefitResult compute(Household household, ResourceView resources, YearMonth month, RuleSet ruleSet, Trace trace) {
    long r = evaluate(household, resources, Months.index(month), Months.index(month), ruleSet, trace);
    return new BenefitResult(Benefit.AL, month, AmountAndLabel.amount(r), BenefitLabel.name(AmountAndLabel.label(r)));
  }

  @Override
  public long amount(HouseholdFacts household, ResourceView resources, int monthIndex, RuleSet ruleSet, Trace trace) {
    return AmountAndLabel.amount(evaluate(household, resources, monthIndex, monthIndex, ruleSet, trace));
  }

  /** The decision of month M revalued: the parameters (scales, ceilings, R0…) of {@code parameterMonth}. */
  @Override
  public long amount(HouseholdFacts household, ResourceView resources, int calculationMonth, int parameterMonth,
      RuleSet ruleSet, Trace trace) {
    return AmountAndLabel.amount(evaluate(household, resources, calculationMonth, parameterMonth, ruleSet, trace));
  }

  /**
   * The amount paid and its label ({@link AmountAndLabel}): the formula of every entry point, for the
   * month of calculation {@code m} with the parameters of {@code pm}.
   */
  private long evaluate(HouseholdFacts household, ResourceView resources, int m, int pm, RuleSet ruleSet, Trace trace) {
    ParameterCache.Entry entry = cache.entry(ruleSet.rules(Benefit.AL));
    return evaluate(household, resources, m, entry, entry.month(pm), entry.windows(m), trace);
  }

  /** The amount of month {@code monthIndex} under {@code ruleSet}, its options and parameters looked up once. */
  @Override
  public MonthAmount ofMonth(int monthIndex, RuleSet ruleSet) {
    ParameterCache.Entry entry = cache.entry(ruleSet.rules(Benefit.AL));
    AlMonthAmounts amounts = entry.month(monthIndex);
    ReferenceWindows windows = entry.windows(monthIndex);
    return (household, resources, trace) ->
        AmountAndLabel.amount(evaluate(household, resources, monthIndex, entry, amounts, windows, trace));
  }

  /**
   * The amount paid and its label for the month of calculation {@code m}, with the rule set's {@code entry},
   * the parameters {@code p} and the reference windows of {@code m}: the formula of every entry point.
   */
  private static long evaluate(HouseholdFacts household, ResourceView resources, int m, ParameterCache.Entry entry,
      AlMonthAmounts amounts, ReferenceWindows windows, Trace trace) {
    BenefitRules rules = entry.rules;
    MonthParameters p = amounts.parameters();
    // the income concept of the rule set (law: net imposable); another one reads the other categories
    resources = entry.concept.view(resources, IncomeConcept.TAXABLE);
    AlOptions o = entry.options;
    if (!household.hasHousing()) {
      throw new InvalidInputException("household.housing", "absent", "is required for the AL");
    }
    HousingStatus status = household.housingStatus();
    if (status == HousingStatus.FOYER || status == HousingStatus.HOME_BUYER) {
      return foyerOrAccession(household, status == HousingStatus.FOYER, resources, m, rules, windows, p, o, trace);
    }
    if (!status.isTenant()) {
      trace.fact("statut", status.key(),
          "pas de formule locative (propriétaire sans emprunt ou logé gratuitement): aide nulle", "CCH L822-1, D823-9");
      return AmountAndLabel.of(0, 0);
    }
    int zone = household.zone();
    boolean apl = household.conventionne();
    boolean couple = Dependants.coupleScale(household);
    int n = Dependants.count(household, resources, m, p);
    trace.fact("couple_AL", couple ? "oui" : "non", "barème couple (couple, ou demandeuse enceinte)", D823_16);
    trace.count("N_pac", n, "personnes à charge", "CCH R823-4; CSS R512-2");

    // Loyer retenu and charges (D823-16 2° and 3°)
    long lReel = ActualRent.of(household.rent(m), status, household.room(), apl);
    boolean room = household.room();
    boolean shared = household.sharedHousing();
    long lPlaf = amounts.rentCeiling(zone, couple, n, room, shared); // RentCeiling.of
    long l = RentCeiling.eligibleRent(lReel, lPlaf);
    long c = amounts.charges(couple, n, shared); // FlatRateCharges.of
    trace.amount("L_reel", lReel, "loyer principal pris en compte", "CCH D823-16 2°, D842-2");
    trace.amount("L_plaf", lPlaf, "plafond de loyer", "arrêté du 27/09/2019 art. 7, 8, 16");
    trace.amount("L", l, "loyer retenu", D823_16);
    trace.amount("C", c, "montant forfaitaire au titre des charges", "arrêté du 27/09/2019 art. 9, 16");

    // Participation personnelle (D823-17)
    long r = HouseholdResources.annual(household, resources, m, windows, p, o.unemploymentAbatementFromSecondMonth(),
        !o.pensionDeductionUncapped(), o.doubleActivityOnMonth(), trace);
    long r0 = amounts.resourceAllowance(couple, n); // PersonalParticipation.resourceAllowance
    long tf = amounts.familyRate(couple, n); // PersonalParticipation.familyRate
    long lr = amounts.referenceRent(couple, n); // RentRate.referenceRent
    long rl = RentRate.ratio(l, lr, o.roundRentRatio());
    long tl = RentRate.rate(p, rl, o.roundRentRatio());
    long p0 = PersonalParticipation.minimum(p, l, c);
    long pp = PersonalParticipation.of(p0, tf + tl, r, r0);
    trace.amount("R0", r0, "abattement forfaitaire", "arrêté du 27/09/2019 art. 15");
    trace.rate("TF", tf, "taux fonction de la taille de la famille", "arrêté du 27/09/2019 art. 14 1°");
    trace.amount("LR", lr, "loyer de référence", "arrêté du 27/09/2019 art. 14 2°");
    trace.rate("RL", rl, "rapport loyer retenu / loyer de référence", "arrêté du 27/09/2019 art. 14 2°");
    trace.rate("TL", tl, "taux fonction du loyer", "arrêté du 27/09/2019 art. 14 2°");
    trace.rate("Tp", tf + tl, "taux de participation personnelle", D823_17);
    trace.amount("P0", p0, "participation minimale", "arrêté du 27/09/2019 art. 13");
    trace.amount("Pp", pp, "participation personnelle", D823_17);

    // Aide (D823-16)
    long a0 = Math.max(0, l + c - pp);
    trace.amount("A0", a0, "aide résultant de la formule L + C − Pp", D823_16);
    long threshold = PaidAmount.threshold(p, apl);
    long a1 = a0;
    if (o.thresholdBeforeTaper() && a0 < threshold) {
      a1 = 0;
      trace.fact("seuil", "non atteint", "montant inférieur au seuil de versement (avant dégressivité)",
          "arrêté du 27/09/2019 art. 12");
    }
    long a2;
    if (taperExempt(household, m, o)) {
      a2 = HighRentTaper.exempt(a1);
      trace.fact("degressivite", "exemptée", "bénéficiaire de l'AAH ou de l'AEEH", D823_16);
    } else {
      long d = amounts.taperRent(zone, couple, n, room, shared); // HighRentTaper.taperRent of L_plaf
      long s = amounts.cutOffRent(zone, couple, n, room, shared); // HighRentTaper.cutOffRent of L_plaf
      a2 = HighRentTaper.apply(a1, lReel, d, s);
      trace.amount("D", d, "plafond de dégressivité", "arrêté du 27/09/2019 art. 10");
      trace.amount("S", s, "plafond de suppression", "arrêté du 27/09/2019 art. 10");
      trace.rate("coeff_degressivite", HighRentTaper.coefficient(lReel, d, s), "coefficient de dégressivité", D823_16);
    }
    trace.amount("A_degressivite", a2, "aide après dégressivité", D823_16);
    long a3 = PaidAmount.afterFlatReduction(p, a2);
    trace.amount("A_minoree", a3, "aide après minoration forfaitaire", "arrêté du 27/09/2019 art. 11");

    long rls = rlsApplies(household, o) ? SolidarityRentReduction.of(p, zone, couple, n, r) : 0;
    long rlsOff = SolidarityRentReduction.aidReduction(p, rls);
    trace.amount("RLS", rls, "réduction de loyer de solidarité", "CCH L442-2-1");

    long paid;
    if (o.finalRoundingEuroDown()) {
      long crds = PaidAmount.crds(p, a3);
      long rounded = a3 > 0 ? PaidAmount.roundedDownNetPlusCrds(a3, crds) : 0;
      trace.amount("CRDS", crds, "montant représentatif des contributions sociales", "CRDS; CCH D823-16");
      trace.amount("A_arrondie", rounded, "aide nette de CRDS arrondie à l'euro inférieur, majorée de la CRDS", D823_16);
      long a4 = PaidAmount.afterRls(rounded, rlsOff);
      a4 = applyThresholdOnLastResult(a4, threshold, o, trace);
      trace.amount("A_RLS", a4, "aide après 98 % de la RLS", D823_16);
      paid = a4 > 0 ? Math.max(0, Fixed.toCent(a4 - crds)) : 0;
    } else {
      long a4 = PaidAmount.afterRls(a3, rlsOff);
      trace.amount("A_RLS", a4, "aide après 98 % de la RLS", D823_16);
      a4 = applyThresholdOnLastResult(a4, threshold, o, trace);
      paid = PaidAmount.netToCent(p, a4);
      trace.amount("CRDS", a4 - paid, "CRDS (0,5 %)", "ordonnance n° 96-50 art. 19");
    }
    int label = paid > 0 ? BenefitLabel.code(apl, n) : 0;
    trace.amount("montant", paid, "aide versée, nette de CRDS", D823_16);
    trace.fact("aide", label == 0 ? "aucune" : BenefitLabel.name(label), "aide versée", "CCH L821-1");
    return AmountAndLabel.of(paid, label);
  }

  /**
   * A resident of a logement-foyer ({@link FoyerBenefit}) or an accédant ({@link fr.benefitcalc.al.accession.AccessionBenefit}),
   * on the resources R of the household.
   */
  private static long foyerOrAccession(HouseholdFacts household, boolean foyer, ResourceView resources, int m,
      BenefitRules rules, ReferenceWindows windows, MonthParameters p, AlOptions o, Trace trace) {
    boolean couple = Dependants.coupleScale(household);
    int n = Dependants.count(household, resources, m, p);
    trace.fact("couple_AL", couple ? "oui" : "non", "barème couple (couple, ou demandeuse enceinte)", "CCH D832-25");
    trace.count("N_pac", n, "personnes à charge", "CCH R823-4; CSS R512-2");
    if (!foyer && fr.benefitcalc.al.accession.AccessionBenefit.closed(household)) {
      return fr.benefitcalc.al.accession.AccessionBenefit.evaluate(household, 0, couple, n, m, rules, p, o, trace);
    }
    long r = HouseholdResources.annual(household, resources, m, windows, p,
        foyer ? rules.parameter(FoyerParameters.STUDENT_FLAT).atMonth(m) : p.studentFlat(),
        o.unemploymentAbatementFromSecondMonth(), !o.pensionDeductionUncapped(), o.doubleActivityOnMonth(), trace);
    return foyer ? FoyerBenefit.evaluate(household, r, couple, n, m, rules, p, o, trace)
        : fr.benefitcalc.al.accession.AccessionBenefit.evaluate(household, r, couple, n, m, rules, p, o, trace);
  }

  private static long applyThresholdOnLastResult(long amount, long threshold, AlOptions o, Trace trace) {
    if (!o.thresholdBeforeTaper() && amount < threshold) {
      trace.fact("seuil", "non atteint", "montant inférieur au seuil de versement", "CCH D823-16; arrêté du 27/09/2019 art. 12");
      return 0;
    }
    return amount;
  }

  /** D823-16: no taper when the applicant or spouse receives the AAH (or, OpenFisca, a member is disabled). */
  private static boolean taperExempt(HouseholdFacts household, int monthIndex, AlOptions o) {
    if (o.taperExemptDisabledMember()) {
      for (int i = 0; i < household.personCount(); i++) {
        if (household.disabled(i)) {
          return true;
        }
      }
      return false;
    }
    return household.received(ReceivedBenefit.AAH, monthIndex) > 0;
  }

  /** L442-2-1: the RLS is granted by social landlords (or, OpenFisca, for every conventionné dwelling). */
  private static boolean rlsApplies(HouseholdFacts household, AlOptions o) {
    if (!household.conventionne()) {
      return false;
    }
    return o.rlsForEveryConventionne() || household.housingStatus() == HousingStatus.SOCIAL_TENANT;
  }
}
