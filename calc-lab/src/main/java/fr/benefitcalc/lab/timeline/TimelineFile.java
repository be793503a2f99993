package fr.benefitcalc.lab.timeline;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.core.timeline.Situations;
import fr.benefitcalc.core.timeline.TimelineResult;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A timeline file, read ({@code docs/timeline-format.md}): one household, the months of right to
 * compute, the rule of each benefit and the rule set.
 *
 * @param id names the household in the output
 * @param description free text, if any
 * @param span the months of right computed
 * @param calculator what computes the amounts
 * @param rules the rule of each benefit computed
 * @param ruleSet the rule set (it defines every benefit of {@code rules})
 * @param household the household, its incomes dated by the day each value became known
 * @param changes the household from a month on (a birth, a couple formed or separated, a move), if its
 *     situation changes during the span; each with its own incomes
 */
public record TimelineFile(String id, Optional<String> description, MonthRange span, Calculator calculator,
    Map<Benefit, BenefitRule> rules, RuleSet ruleSet, Household household, Map<YearMonth, Household> changes) {
  public TimelineFile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(calculator, "calculator");
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(household, "household");
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("timeline file " + id + ": no benefit to compute");
    }
    rules = Map.copyOf(new EnumMap<>(rules));
    changes = Map.copyOf(changes);
  }

  /** The explained decision timeline of the file ({@link DecisionTimeline#compute}). */
  public TimelineResult compute() {
    return DecisionTimeline.compute(Situations.of(household, changes), rules, ruleSet, span, DecisionTimeline.Detail.EXPLAINED);
  }
}
