package fr.benefitcalc.rsapa.pa;

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
import java.time.YearMonth;
import java.util.List;

/**
 * The prime d'activité computed for a month of (re)calculation M (CSS L842-3, R843-1): the average of
 * the primes computed for each month of the reference quarter ({@link MonthlyPrime}, each with that
 * month's resources, composition and parameters), paid when the foyer meets the activity condition
 * ({@link LearnerCondition}) and the average reaches 15 € (CSS D843-1).
 *
 * <p>Reference quarter: M-3..M-1, or M-4..M-2 for a household of an experimenting department from
 * 2024-10, as the rule set says. When the quarter straddles a revaluation (April, or a SMIC change),
 * each month keeps its own parameters: R843-1 averages primes "calculées conformément à l'article
 * L. 842-3 pour chacun des mois", and L842-3 refers to the amounts in force for the month computed;
 * OpenFisca does the same (reference-rules.md §3.1, GEN-PPA-09).
 *
 * <p>Output: the monthly amount before CRDS (0.5 %), rounded half-up to the nearest cent
 * ({@link Fixed#toCent}), as amounts are paid in cents; OpenFisca keeps it unrounded.
 */
public final class ActivityBonus implements BenefitRule {
  private static final List<Timeline<?>> PARAMETERS = ParameterTable.timelinesOf(new PaParameters(), new FamilyParameters());
  /** Read for the month of right M: the payment threshold, the family and RSA parameters of the children's test. */
  private static final List<Timeline<?>> OF_THE_MONTH_OF_RIGHT = concat(List.of(PaParameters.MINIMUM_PAID),
      ParameterTable.timelinesOf(new fr.benefitcalc.rsapa.rsa.RsaParameters(), new FamilyParameters()));

  private static List<Timeline<?>> concat(List<Timeline<?>> a, List<Timeline<?>> b) {
    List<Timeline<?>> out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }


  private static final String[] LABELS = {"", "PA"};
  private final RuleSetCache<PreparedRules> prepared = new RuleSetCache<>(PreparedRules::new, 8);

  /** The rule (thread-safe; it keeps the options and parameters of the rule sets it meets). */
  public ActivityBonus() {}

  /** The dated parameters of the prime d'activité and the family parameters it reads (revaluations as causes). */
  @Override
  public List<Timeline<?>> parameters() {
    return PARAMETERS;
  }

  /**
   * The months read: the reference quarter, the self-employed profits of N-2..N, and M-3..M-1 for the
   * learners' activity test when it follows OpenFisca's window (beyond the quarter of an experimenting
   * household, M-4..M-2).
   */
  /** Every month read is declared ({@link #reads}; checked by the timeline properties of calc-lab). */
  @Override
  public boolean declaresEveryRead() {
    return true;
  }

  /** Reads only {@code ruleSet.rules(Benefit.PA)} of the rule set it is given. */
  @Override
  public boolean readsOnlyItsOwnRules() {
    return true;
  }

  @Override
  public void reads(BenefitRules rules, boolean experimenting, int calculationMonth, ReadMonths out) {
    BenefitRule.super.reads(rules, experimenting, calculationMonth, out);
    out.allMonthly(calculationMonth - 3, calculationMonth - 1);
  }

  /**
   * The AL it reads: that of each month of the reference quarter, counted as forfait logement in the month's
   * prime (CSS R844-3, R843-1; {@link MonthlyPrime#of}).
   */
  @Override
  public java.util.Optional<fr.benefitcalc.core.time.MonthRange> receivedMonthsRead(BenefitRules rules,
      boolean experimenting, int calculationMonth) {
    ReferencePeriod period = rules.defaultPeriod(experimenting, calculationMonth);
    return java.util.Optional.of(fr.benefitcalc.core.time.MonthRange.of(Months.of(period.firstIndex(calculationMonth)),
        Months.of(period.lastIndex(calculationMonth))));
  }

  /**
   * The AL of a month of the quarter is counted up to the forfait logement's maximum of that month for the
   * household's size (CSS R844-3): every amount at or above the largest maximum of a foyer of at most the
   * household's members is read alike.
   */
  @Override
  public long receivedAmountReadUpTo(BenefitRules rules, int persons, int calculationMonth, int parameterMonth,
      int receivedMonth) {
    PaMonthAmounts amounts = prepared.get(rules).month(receivedMonth).paAmounts();
    long ceiling = 0;
    for (int n = 1; n <= Math.min(3, Math.max(1, persons)); n++) { // the foyer counts at most its members
      ceiling = Math.max(ceiling, amounts.housingMaximum(n));
    }
    return ceiling;
  }

  /**
   * The parameters read for the month of right (the monthly primes of the quarter read those of their
   * own months, R843-1): a revaluation inside a decision changes only these.
   */
  @Override
  public List<Timeline<?>> parametersOfTheMonthOfRight() {
    return OF_THE_MONTH_OF_RIGHT;
  }

  /**
   * The decision of month M revalued: the payment threshold and the children's test of
   * {@code parameterMonth}; the monthly primes keep the parameters of their own months (R843-1).
   */
  @Override
  public long amount(HouseholdFacts household, ResourceView resources, int calculationMonth, int parameterMonth,
      RuleSet ruleSet, Trace trace) {
    return AmountAndLabel.amount(evaluate(household, resources, calculationMonth, parameterMonth, ruleSet, trace));
  }

  @Override
  public Benefit benefit() {
    return Benefit.PA;
  }

  @Override
  public BenefitResult compute(Household household, ResourceView resources, YearMonth month, RuleSet ruleSet,
      Trace trace) {
    long r = evaluate(household, resources, Months.index(month), Months.index(month), ruleSet, trace);
    return new BenefitResult(Benefit.PA, month, AmountAndLabel.amount(r), LABELS[AmountAndLabel.label(r)]);
  }

  @Override
  public long amount(HouseholdFacts household, ResourceView resources, int monthIndex, RuleSet ruleSet, Trace trace) {
    return AmountAndLabel.amount(evaluate(household, resources, monthIndex, monthIndex, ruleSet, trace));
  }

  /**
   * The amount of month {@code monthIndex} under {@code ruleSet}, its options and the parameters of the
   * month of right looked up once (those of the quarter's months are read from the rule set's month table).
   */
  @Override
  public MonthAmount ofMonth(int monthIndex, RuleSet ruleSet) {
    PreparedRules rules = prepared.get(ruleSet.rules(Benefit.PA));
    MonthParameters p = rules.month(monthIndex);
    return (household, resources, trace) ->
        AmountAndLabel.amount(evaluate(household, resources, monthIndex, rules, p, trace));
  }

  /** The prime and its label ({@link AmountAndLabel}) with the parameters of {@code pm} for the month of right. */
  private long evaluate(HouseholdFacts household, ResourceView resources, int m, int pm, RuleSet ruleSet, Trace trace) {
    PreparedRules rules = prepared.get(ruleSet.rules(Benefit.PA));
    return evaluate(household, resources, m, rules, rules.month(pm), trace);
  }

  /** The prime and its label ({@link AmountAndLabel}): the formula of every entry point. */
  private static long evaluate(HouseholdFacts household, ResourceView resources, int m, PreparedRules rules,
      MonthParameters p, Trace trace) {
    resources = rules.incomes(resources); // the rule set's income concept (law: net perçu)
    ReferencePeriod period = rules.rules().defaultPeriod(household.rsaPaExperiment(), m);
    int first = period.firstIndex(m);
    int last = period.lastIndex(m);
    if (trace.enabled()) {
      trace.window("T", period.resolve(Months.of(m)), "trimestre de référence", "CSS R843-1");
    }
    boolean allMembers = rules.allMembers();
    boolean lastNonZero = rules.selfEmployedLastNonZero();

    long sum = 0;
    for (int k = first; k <= last; k++) {
      if (trace.enabled()) {
        trace.fact("m", Months.of(k).toString(), "mois du trimestre de référence", "CSS R843-1");
      }
      sum += MonthlyPrime.of(household, resources, rules.month(k), period, k, allMembers, lastNonZero,
          rules.childrenBeforeBirth(), trace);
    }
    long average = Fixed.divide(sum, last - first + 1);
    trace.amount("PA_moyenne", average, "moyenne des primes des mois du trimestre", "CSS R843-1");

    long amount = 0;
    if (average < p.pa().minimumPaid()) {
      // below the payment threshold the prime is nil whatever the activity condition says
      trace.fact("condition_activite", "non examinée", "moyenne inférieure au seuil de versement", "CSS D843-1");
    } else {
      boolean openfiscaWindow = !rules.learnerWindowOfTheLaw();
      int testFirst = openfiscaWindow ? m - 3 : first;
      int testLast = openfiscaWindow ? m - 1 : last;
      long children = DependentChildren.of(household, resources, p.rsaAmounts(), m, first, last, lastNonZero,
          rules.childrenBeforeBirth());
      boolean activity = LoneParentIncrease.applies(household, p.family(), m, Long.bitCount(children),
          rules.childrenBeforeBirth())
          || LearnerCondition.met(household, resources, rules, m, testFirst, testLast, rules.apprenticesAreLearners(),
              lastNonZero);
      trace.fact("condition_activite", activity ? "remplie" : "non remplie",
          "activité dans le trimestre (apprenants: au-delà du plancher chaque mois), ou majoration pour isolement",
          "CSS L841-1, L842-2");
      amount = activity ? average : 0;
    }
    amount = Fixed.toCent(amount);
    trace.amount("PA", amount, "prime d'activité du mois avant CRDS (seuil de versement 15 €, arrondi au centime)",
        "CSS L842-3, D843-1");
    return AmountAndLabel.of(amount, amount == 0 ? 0 : 1);
  }
}
