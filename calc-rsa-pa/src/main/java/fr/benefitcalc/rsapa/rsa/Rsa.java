package fr.benefitcalc.rsapa.rsa;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.parameters.ParameterTable;
import fr.benefitcalc.core.parameters.Timeline;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.rules.AmountAndLabel;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitResult;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.MonthAmount;
import fr.benefitcalc.core.rules.ReadMonths;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.rules.RuleSetCache;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.time.ReferencePeriod;
import fr.benefitcalc.core.trace.Trace;
import fr.benefitcalc.rsapa.MonthParameters;
import fr.benefitcalc.rsapa.PreparedRules;
import fr.benefitcalc.rsapa.family.DependentChildren;
import fr.benefitcalc.rsapa.family.FamilyParameters;
import fr.benefitcalc.rsapa.family.LoneParentIncrease;
import fr.benefitcalc.rsapa.housing.HousingForfait;
import java.time.YearMonth;
import java.util.List;

/**
 * The revenu de solidarité active of a month (CASF L262-2): the montant forfaitaire of the foyer
 * (increased for a lone parent, L262-9), minus the forfait logement (R262-9), minus the foyer's
 * resources averaged over the reference quarter (R262-7); nothing below the payment threshold of 6 €
 * (R262-39).
 *
 * <pre>
 * MF  = max(MF non majoré if eligible (L262-4), MF majoré if isolated with a child or pregnant (L262-9))
 * RSA = max(0, MF − FL − R);  RSA = 0 if RSA &lt; 6 €;  rounded to the nearest cent
 * </pre>
 *
 * <p>Output: the RSA due for the month, before any recovery; the RSA bears no CRDS. The amount is
 * rounded half-up to the cent ({@link Fixed#toCent}), the rounding of amounts paid in euros and
 * cents; OpenFisca does not round (it differs by less than half a cent).
 *
 * <p>The reference quarter is the rule set's ({@link fr.benefitcalc.core.rules.BenefitRules#defaultPeriod(boolean, int)}):
 * M-3..M-1, or M-4..M-2 for a household of an experimenting department from 2024-10. The parameters
 * are those of the month of right M.
 */
public final class Rsa implements BenefitRule {
  private static final List<Timeline<?>> PARAMETERS = ParameterTable.timelinesOf(new RsaParameters(), new FamilyParameters());


  private static final String[] LABELS = {"", "RSA", "RSA majoré"};
  private final RuleSetCache<PreparedRules> prepared = new RuleSetCache<>(PreparedRules::new, 8);

  /** The rule (thread-safe; it keeps the options and parameters of the rule sets it meets). */
  public Rsa() {}

  /**
   * The months read: the reference quarter, the self-employed profits of N-2..N, and, for the
   * neutralisation of an income interrupted (CASF R262-13), the monthly
   * resources of M and M-1 (nil and known in M, paid in M-1; a substitution income in M).
   */
  /** Every month read is declared ({@link #reads}; checked by the timeline properties of calc-lab). */
  @Override
  public boolean declaresEveryRead() {
    return true;
  }

  /** Reads only {@code ruleSet.rules(Benefit.RSA)} of the rule set it is given. */
  @Override
  public boolean readsOnlyItsOwnRules() {
    return true;
  }

  @Override
  public void reads(BenefitRules rules, boolean experimenting, int calculationMonth, ReadMonths out) {
    BenefitRule.super.reads(rules, experimenting, calculationMonth, out);
    out.allMonthly(calculationMonth - 1, calculationMonth);
  }

  /**
   * The AL it reads: that of the month of calculation, counted as forfait logement (CASF R262-9, R262-10;
   * {@link HousingForfait#amount}).
   */
  @Override
  public java.util.Optional<fr.benefitcalc.core.time.MonthRange> receivedMonthsRead(BenefitRules rules,
      boolean experimenting, int calculationMonth) {
    YearMonth m = Months.of(calculationMonth);
    return java.util.Optional.of(fr.benefitcalc.core.time.MonthRange.of(m, m));
  }

  /**
   * The AL is counted up to the forfait logement's maximum of the parameter month for the household's size
   * (CASF R262-10): every amount at or above the largest maximum of a foyer of at most the household's members is
   * read alike.
   */
  @Override
  public long receivedAmountReadUpTo(BenefitRules rules, int persons, int calculationMonth, int parameterMonth,
      int receivedMonth) {
    RsaMonthAmounts amounts = prepared.get(rules).month(parameterMonth).rsaAmounts();
    long ceiling = 0;
    for (int n = 1; n <= Math.min(3, Math.max(1, persons)); n++) { // the foyer counts at most its members
      ceiling = Math.max(ceiling, amounts.housingMaximum(n));
    }
    return ceiling;
  }

  /** The decision of month M revalued: the parameters of {@code parameterMonth} (montant forfaitaire, forfait logement). */
  @Override
  public long amount(HouseholdFacts household, ResourceView resources, int calculationMonth, int parameterMonth,
      RuleSet ruleSet, Trace trace) {
    return AmountAndLabel.amount(evaluate(household, resources, calculationMonth, parameterMonth, ruleSet, trace));
  }

  /** The dated parameters of the RSA and the family parameters it reads, so that a revaluation can be named as a cause. */
  @Override
  public List<Timeline<?>> parameters() {
    return PARAMETERS;
  }

  @Override
  public Benefit benefit() {
    return Benefit.RSA;
  }

  @Override
  public BenefitResult compute(Household household, ResourceView resources, YearMonth month, RuleSet ruleSet,
      Trace trace) {
    long r = evaluate(household, resources, Months.index(month), Months.index(month), ruleSet, trace);
    return new BenefitResult(Benefit.RSA, month, AmountAndLabel.amount(r), LABELS[AmountAndLabel.label(r)]);
  }

  @Override
  public long amount(HouseholdFacts household, ResourceView resources, int monthIndex, RuleSet ruleSet, Trace trace) {
    return AmountAndLabel.amount(evaluate(household, resources, monthIndex, monthIndex, ruleSet, trace));
  }

  /** The amount of month {@code monthIndex} under {@code ruleSet}, its options and parameters looked up once. */
  @Override
  public MonthAmount ofMonth(int monthIndex, RuleSet ruleSet) {
    PreparedRules rules = prepared.get(ruleSet.rules(Benefit.RSA));
    MonthParameters p = rules.month(monthIndex);
    return (household, resources, trace) ->
        AmountAndLabel.amount(evaluate(household, resources, monthIndex, rules, p, trace));
  }

  /** The RSA due and its label ({@link AmountAndLabel}) with the parameters of {@code pm}. */
  private long evaluate(HouseholdFacts household, ResourceView resources, int m, int pm, RuleSet ruleSet, Trace trace) {
    PreparedRules rules = prepared.get(ruleSet.rules(Benefit.RSA));
    return evaluate(household, resources, m, rules, rules.month(pm), trace);
  }

  /** The RSA due and its label ({@link AmountAndLabel}): the formula of every entry point. */
  private static long evaluate(HouseholdFacts household, ResourceView resources, int m, PreparedRules rules,
      MonthParameters p, Trace trace) {
    resources = rules.incomes(resources); // the rule set's income concept (law: net perçu)
    ReferencePeriod period = rules.rules().defaultPeriod(household.rsaPaExperiment(), m);
    int first = period.firstIndex(m);
    int last = period.lastIndex(m);
    if (trace.enabled()) {
      trace.window("T", period.resolve(Months.of(m)), "trimestre de référence", "CASF R262-7");
    }
    boolean lastNonZero = rules.selfEmployedLastNonZero();

    RsaMonthAmounts amounts = p.rsaAmounts();
    long children = DependentChildren.of(household, resources, amounts, m, first, last, lastNonZero,
        rules.childrenBeforeBirth(), rules.neutralisation());
    int childCount = Long.bitCount(children);
    int adults = household.adultCount();
    trace.count("E", childCount, "enfants à charge", "CASF R262-3");

    boolean eligible = RsaEligibility.eligible(household, p.rsa(), m, childCount, rules.pregnancyOpensRsa());
    boolean loneParent = LoneParentIncrease.applies(household, p.family(), m, childCount, rules.childrenBeforeBirth());
    long standard = eligible ? amounts.standard(adults, childCount) : 0;
    long increased = loneParent ? amounts.loneParent(childCount) : 0;
    long flat = Math.max(standard, increased);
    trace.amount("MF_non_majore", standard, "montant forfaitaire (0 si conditions non remplies)", "CASF L262-2, L262-4, R262-1");
    trace.amount("MF_majore", increased, "montant forfaitaire majoré pour isolement", "CASF L262-9, R262-1");
    trace.amount("MF", flat, "montant forfaitaire retenu", "CASF L262-2");

    long housing = HousingForfait.amount(household, m, amounts.housingMaximum(adults + childCount));
    trace.amount("FL", housing, "forfait logement", "CASF R262-9, R262-10");

    long r = RsaResources.total(household, resources, p, m, first, last, children, lastNonZero,
        rules.neutralisation(), trace);

    long amount = Math.max(0, flat - housing - r);
    trace.amount("RSA_calcule", amount, "RSA calculé = max(0, MF − FL − R)", "CASF L262-2");
    if (amount < p.rsa().minimumPaid()) {
      amount = 0;
    }
    amount = Fixed.toCent(amount);
    trace.amount("RSA", amount, "RSA dû (seuil de non-versement 6 €, arrondi au centime)", "CASF R262-39");
    return AmountAndLabel.of(amount, amount == 0 ? 0 : increased > standard ? 2 : 1);
  }
}
