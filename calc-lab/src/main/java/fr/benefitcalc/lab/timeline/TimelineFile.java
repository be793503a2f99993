package fr.benefitcalc.lab.timeline;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.core.timeline.Situations;
import fr.benefitcalc.core.timeline.TimelineResult;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.testkit.generators.TimelineCase.HeldError;
import fr.benefitcalc.testkit.generators.TimelineCase.Learnt;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
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
 * @param learnt for a change of {@code changes}, when and how the agency learnt it (a change not listed is
 *     known on the first day of its month, declared)
 * @param errors the wrong situations the agency holds for a while (a rent declared wrong, an agent's input error),
 *     in the order of the file
 */
public record TimelineFile(String id, Optional<String> description, MonthRange span, Calculator calculator,
    Map<Benefit, BenefitRule> rules, RuleSet ruleSet, Household household, Map<YearMonth, Household> changes,
    Map<YearMonth, Learnt> learnt, List<HeldError> errors) {
  /** A file whose changes are learnt as {@code learnt} says, without error held. */
  public TimelineFile(String id, Optional<String> description, MonthRange span, Calculator calculator,
      Map<Benefit, BenefitRule> rules, RuleSet ruleSet, Household household, Map<YearMonth, Household> changes,
      Map<YearMonth, Learnt> learnt) {
    this(id, description, span, calculator, rules, ruleSet, household, changes, learnt, List.of());
  }

  /** A file whose changes are each known on the first day of their month. */
  public TimelineFile(String id, Optional<String> description, MonthRange span, Calculator calculator,
      Map<Benefit, BenefitRule> rules, RuleSet ruleSet, Household household, Map<YearMonth, Household> changes) {
    this(id, description, span, calculator, rules, ruleSet, household, changes, Map.of());
  }

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
    learnt = Map.copyOf(learnt);
    errors = List.copyOf(errors);
    for (YearMonth m : learnt.keySet()) {
      if (!changes.containsKey(m)) {
        throw new IllegalArgumentException("timeline file " + id + ": no change from " + m + " to be learnt");
      }
    }
  }

  /** The household's situations, each change as the agency learnt it, and the errors it holds. */
  public Situations situations() {
    Situations.Builder b = Situations.builder(household);
    new java.util.TreeMap<>(changes).forEach((m, h) -> {
      Learnt l = learnt.getOrDefault(m, new Learnt(m.atDay(1), Cause.SituationKnown.Origin.DECLARED, "new situation"));
      b.change(m, h, l.knownOn(), l.origin(), l.what());
    });
    for (HeldError e : errors) {
      b.error(e.from(), e.believed(), e.enteredOn(), e.correctedOn(), e.origin(), e.what());
    }
    return b.build();
  }

  /** The explained decision timeline of the file ({@link DecisionTimeline#compute}). */
  public TimelineResult compute() {
    return DecisionTimeline.compute(situations(), rules, ruleSet, span, DecisionTimeline.Detail.EXPLAINED);
  }
}
