package fr.benefitcalc.core.rules;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.parameters.Timeline;
import fr.benefitcalc.core.resources.ResourceView;
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
   * path. A rule overrides it to share one implementation of its formula with {@code compute}
   * without allocating a {@link BenefitResult} (see {@link AmountAndLabel}); by default it is
   * {@code compute(...).amountFixed()}.
   */
  default long amount(Household household, ResourceView resources, int monthIndex, RuleSet rules, Trace trace) {
    return compute(household, resources, Months.of(monthIndex), rules, trace).amountFixed();
  }

  /**
   * Whether the rule also reads the monthly resources of the months after its reference period, up
   * to the month of calculation (e.g. the RSA's neutralisation of an income interrupted in M, CASF
   * R262-13). The decision timeline then reopens a decision when one of those months is revised.
   */
  default boolean readsMonthsUpToCalculation() {
    return false;
  }

  /**
   * The legal parameters this rule reads (before any rule-set override), so that the decision
   * timeline can name a parameter revaluation as the cause of a change of amount. Empty by default:
   * the timeline then cannot tell a revaluation from the move of the reference window.
   */
  default List<Timeline<?>> parameters() {
    return List.of();
  }

  /** {@link #compute} on the household's final resources, without trace. */
  default BenefitResult compute(Household household, YearMonth month, RuleSet rules) {
    return compute(household, household.resources().finalView(), month, rules, Trace.off());
  }
}
