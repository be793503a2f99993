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
import java.time.LocalDate;
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
  /**
   * When and how the agency learnt a change of situation ({@code knownOn}, {@code origin} and {@code what}
   * of a change in the file).
   *
   * @param knownOn the day the agency learnt it
   * @param origin declared by the household or found by a control
   * @param what the change in words
   */
  public record Learnt(LocalDate knownOn, Cause.SituationKnown.Origin origin, String what) {
    public Learnt {
      Objects.requireNonNull(knownOn, "knownOn");
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(what, "what");
    }
  }

  /**
   * A wrong situation the agency holds ({@code Situations.Builder.error}): the household as the agency believes it
   * for the months from {@code from} on, entered on {@code enteredOn} and held until {@code correctedOn} (excluded),
   * the day it learns the true one. Never true: the amount due reads the true situation.
   *
   * @param from the first month it applies to
   * @param believed the household as the agency holds it (a whole household, with its incomes)
   * @param enteredOn the day it is entered
   * @param correctedOn the day it is corrected, after {@code enteredOn} (a day beyond the two-year prescription for an
   *     error never corrected in time)
   * @param origin whose error: {@code CONTROL} (a situation declared wrong, found by a control) or {@code PROCESSING}
   *     (an agent's input error, "erreur de traitement")
   * @param what the error in words
   */
  public record HeldError(YearMonth from, Household believed, LocalDate enteredOn, LocalDate correctedOn,
      Cause.SituationKnown.Origin origin, String what) {
    public HeldError {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(believed, "believed");
      Objects.requireNonNull(enteredOn, "enteredOn");
      Objects.requireNonNull(correctedOn, "correctedOn");
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(what, "what");
      if (!correctedOn.isAfter(enteredOn)) {
        throw new IllegalArgumentException("error from " + from + ": corrected on " + correctedOn
            + ", not after it was entered on " + enteredOn);
      }
    }
  }

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
