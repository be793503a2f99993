package fr.benefitcalc.core.rules;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.parameters.Timeline;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.trace.Trace;
import java.time.YearMonth;
import java.util.List;

/**
 * A benefit's rules: a pure function of (household, resources as seen, month, rule set). The same
 * implementation serves the explained single-household path (with a recording {@link Trace}) and the
 * bulk path ({@link Trace#off()}, which costs nothing).
 */
public interface BenefitRule {

  /** The benefit computed. */
  Benefit benefit();

  /**
   * The amount of the month {@code month} taken as a month of (re)calculation: reference windows are
   * counted back from it. A rule never reads resources of a month after {@code month} (the decision
   * timeline relies on it).
   *
   * @throws fr.benefitcalc.core.household.InvalidInputException for input the rules cannot use
   * @throws fr.benefitcalc.core.parameters.ParameterOutOfRangeException for a month no parameter covers
   */
  BenefitResult compute(Household household, ResourceView resources, YearMonth month, RuleSet rules, Trace trace);

  /**
   * The amount alone (nano-euros, whole cents) of {@link #compute} for the month of index
   * {@code monthIndex} (see {@link fr.benefitcalc.core.time.Months}): the entry point of the bulk
   * path. The household is read through its {@link HouseholdFacts}: a {@link Household} or a
   * columnar population's cursor. A rule overrides it to share one implementation of its formula
   * with {@code compute}, reading the facts alone and without allocating a {@link BenefitResult}
   * (see {@link AmountAndLabel}); by default it is {@code compute(...).amountFixed()} on the facts'
   * household.
   */
  default long amount(HouseholdFacts household, ResourceView resources, int monthIndex, RuleSet rules, Trace trace) {
    return compute(household.household(), resources, Months.of(monthIndex), rules, trace).amountFixed();
  }

  /**
   * The amount of the month of index {@code monthIndex} under {@code rules} for many households: the
   * same amount as {@link #amount(HouseholdFacts, ResourceView, int, RuleSet, Trace)}, what depends only on
   * the rule set and the month looked up once here rather than for each household (the bulk path calls
   * it once per run). By default it defers to that method; a rule overrides it to resolve its options and
   * parameters of the month first, running the same formula.
   *
   * @throws fr.benefitcalc.core.parameters.ParameterOutOfRangeException for a month no parameter covers
   */
  default MonthAmount ofMonth(int monthIndex, RuleSet rules) {
    java.util.Objects.requireNonNull(rules, "rules");
    return (household, resources, trace) -> amount(household, resources, monthIndex, rules, trace);
  }

  /**
   * Whether the rule also reads the monthly resources of the months after its reference period, up
   * to the month of calculation. Used only by the default {@link #reads}: a rule that declares its
   * reads exactly overrides {@code reads} instead.
   */
  default boolean readsMonthsUpToCalculation() {
    return false;
  }

  /**
   * Declares in {@code out} every resource month this rule reads for the decision of
   * {@code calculationMonth} (index, see {@link Months}) under {@code rules}: the decision timeline
   * reopens a decision when one of them becomes known or changes after the decision date, so a
   * month read but not declared would only surface as an unattributed regularisation.
   *
   * <p>By default: the rule set's reference windows of every category (the experiment's for an
   * experimenting household); for an annual category also the years N, N-1 and N-2 of the month;
   * with {@link #readsMonthsUpToCalculation()}, every monthly category from its window up to the
   * month of calculation.
   */
  default void reads(BenefitRules rules, boolean experimenting, int calculationMonth, ReadMonths out) {
    out.windows(rules, experimenting, calculationMonth);
    int year = Months.year(calculationMonth);
    for (int o = 0; o < fr.benefitcalc.core.resources.IncomeCategory.count(); o++) {
      var c = fr.benefitcalc.core.resources.IncomeCategory.ofOrdinal(o);
      if (c.isAnnual()) {
        out.years(c, year - 2, year);
      } else if (readsMonthsUpToCalculation()) {
        var own = rules.periods().get(c);
        var p = own != null ? own : rules.defaultPeriod(experimenting, calculationMonth);
        out.months(c, p.firstIndex(calculationMonth), Math.max(p.lastIndex(calculationMonth), calculationMonth));
      }
    }
  }

  /**
   * Whether {@link #reads} declares every resource month the rule reads (a claim the rule's tests
   * must check). The decision timeline then takes a decision's last computation as its amount due
   * when nothing declared changed after it, instead of recomputing it whenever any earlier month
   * changed. False by default: what an undeclared read changes is still caught, as an unattributed
   * regularisation.
   */
  default boolean declaresEveryRead() {
    return false;
  }

  /**
   * The months of the benefit the decision timeline computes before it and gives it as received (the AL, which
   * the RSA and the prime d'activité count as forfait logement) that the decision of {@code calculationMonth}
   * reads under {@code rules}, whatever its parameter month; empty when the rule does not declare them (the
   * default): the timeline then takes every month of the decision's windows and of the decision itself. The
   * timeline reopens a decision only when one of these months changes, and takes its word only when the rule
   * {@linkplain #declaresEveryRead() declares every read} (a claim the rule's tests must check).
   */
  default java.util.Optional<MonthRange> receivedMonthsRead(BenefitRules rules, boolean experimenting,
      int calculationMonth) {
    return java.util.Optional.empty();
  }

  /**
   * An amount of the benefit received in the month {@code receivedMonth} (one of
   * {@link #receivedMonthsRead}) from which the decision of {@code calculationMonth} revalued for
   * {@code parameterMonth}, for a household of at most {@code persons} members, reads every amount alike: two
   * amounts at or above it give the same result (the forfait logement counts the AL only up to a maximum that
   * depends on the foyer's size, CASF R262-9, CSS R844-3). {@code Long.MAX_VALUE} by default: every amount is read
   * as it is.
   *
   * @throws fr.benefitcalc.core.parameters.ParameterOutOfRangeException for a month no parameter covers
   */
  default long receivedAmountReadUpTo(BenefitRules rules, int persons, int calculationMonth, int parameterMonth,
      int receivedMonth) {
    return Long.MAX_VALUE;
  }

  /**
   * The amount of a decision taken for the month of calculation {@code calculationMonth}, revalued
   * for the months from {@code parameterMonth} (at or after it): the same reference windows, the
   * same situation of the month of calculation, and the legal parameters in force in
   * {@code parameterMonth} wherever the rule reads those of the month of right. The decision
   * timeline uses it when a parameter of {@link #parameters()} changes inside a decision's months
   * (revaluation on its date, as the agency's mass recalculation). By default the parameter month
   * is ignored: a rule that lists {@link #parameters()} should override it.
   */
  default long amount(HouseholdFacts household, ResourceView resources, int calculationMonth, int parameterMonth,
      RuleSet rules, Trace trace) {
    return amount(household, resources, calculationMonth, rules, trace);
  }

  /**
   * The legal parameters this rule reads (before any rule-set override), so that the decision
   * timeline can name a parameter revaluation as the cause of a change of amount. Empty by default:
   * the timeline then cannot tell a revaluation from the move of the reference window.
   */
  default List<Timeline<?>> parameters() {
    return List.of();
  }

  /**
   * The parameters among {@link #parameters()} that the rule reads for the month of right, where
   * {@link #amount(HouseholdFacts, ResourceView, int, int, RuleSet, Trace)} takes them from the parameter
   * month: a change of one of them inside a decision's months is a revaluation of the decision. By
   * default all of them; a rule that reads some parameters for the months of its window (e.g. the
   * prime d'activité's monthly primes, R843-1) lists only the others.
   */
  default List<Timeline<?>> parametersOfTheMonthOfRight() {
    return parameters();
  }

  /**
   * Whether the rule reads nothing of the {@link RuleSet} it is given but its own benefit's
   * {@link BenefitRules} ({@code ruleSet.rules(benefit())}). The decision timeline then computes a
   * household's timeline of this benefit once for every rule set that gives it equal rules and the
   * same linked benefit, e.g. the RSA of the scenarios of a comparison that change only the AL
   * ({@link fr.benefitcalc.core.timeline.Situations}). False by default: a timeline is shared only
   * under the same rule set.
   */
  default boolean readsOnlyItsOwnRules() {
    return false;
  }

  /** {@link #compute} on the household's final resources, without trace. */
  default BenefitResult compute(Household household, YearMonth month, RuleSet rules) {
    return compute(household, household.resources().finalView(), month, rules, Trace.off());
  }
}
