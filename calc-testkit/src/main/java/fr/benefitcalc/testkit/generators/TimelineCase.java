package fr.benefitcalc.testkit.generators;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.Situations;
import fr.benefitcalc.core.timeline.explain.Cause;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One household to follow through the decision timeline: its initial situation, its later situations
 * (a birth, a separation, a move: the household as it is from a month on) and the months of right to
 * compute. What {@link TimelineCaseGenerator} draws, what the timeline properties take, and what a
 * timeline file ({@code bin/benefit-calc timeline}) holds.
 *
 * <pre>{@code
 * TimelineCase c = TimelineCase.of(household, MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12)));
 * TimelineResult r = DecisionTimeline.compute(c.situations(), rules, law, c.span(), DecisionTimeline.Detail.AMOUNTS);
 * }</pre>
 *
 * @param span the months of right computed
 * @param initial the situation before the first change (its identifier names the timeline)
 * @param changes each later situation from its month on, in order of months
 * @param learnt when and how the agency learns a change of {@code changes} (one not listed: on the first
 *     day of its month, declared)
 * @param errors the wrong situations the agency holds for a while (a rent declared wrong, an agent's input error)
 */
public record TimelineCase(MonthRange span, Household initial, SortedMap<YearMonth, Household> changes,
    SortedMap<YearMonth, Learnt> learnt, List<HeldError> errors) {
  /**
   * When and how the agency learns a change of situation.
   *
   * @param knownOn the day it learns it
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
   * A wrong situation the agency holds from {@code enteredOn} until {@code correctedOn} for the months from
   * {@code from} on ({@code Situations.Builder.error}).
   *
   * @param from the first month it applies to
   * @param believed the household as the agency holds it
   * @param enteredOn the day it is entered
   * @param correctedOn the day it is corrected (after {@code enteredOn})
   * @param origin whose error: a situation declared wrong found by a control, or an agent's input error
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
    }
  }

  /** A case whose changes are each known on the first day of their month, without error. */
  public TimelineCase(MonthRange span, Household initial, SortedMap<YearMonth, Household> changes) {
    this(span, initial, changes, new TreeMap<>(), List.of());
  }

  public TimelineCase {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(initial, "initial");
    changes = Collections.unmodifiableSortedMap(new TreeMap<>(changes));
    learnt = Collections.unmodifiableSortedMap(new TreeMap<>(learnt));
    errors = List.copyOf(errors);
    changes.forEach((m, h) -> {
      if (!h.id().equals(initial.id())) {
        throw new IllegalArgumentException("timeline case " + initial.id() + ": the situation from " + m
            + " is another household (" + h.id() + ")");
      }
    });
    for (YearMonth m : learnt.keySet()) {
      if (!changes.containsKey(m)) {
        throw new IllegalArgumentException("timeline case " + initial.id() + ": no change from " + m + " to be learnt");
      }
    }
  }

  /** A household whose situation does not change. */
  public static TimelineCase of(Household household, MonthRange span) {
    return new TimelineCase(span, household, new TreeMap<>());
  }

  /** The household's identifier. */
  public String id() {
    return initial.id();
  }

  /** The situations, for {@code DecisionTimeline.compute}: each change as the agency learns it, and the errors it holds. */
  public Situations situations() {
    if (learnt.isEmpty() && errors.isEmpty()) {
      return changes.isEmpty() ? Situations.of(initial) : Situations.of(initial, changes);
    }
    Situations.Builder b = Situations.builder(initial);
    changes.forEach((m, h) -> {
      Learnt l = learnt.getOrDefault(m, new Learnt(m.atDay(1), Cause.SituationKnown.Origin.DECLARED, "new situation"));
      b.change(m, h, l.knownOn(), l.origin(), l.what());
    });
    for (HeldError e : errors) {
      b.error(e.from(), e.believed(), e.enteredOn(), e.correctedOn(), e.origin(), e.what());
    }
    return b.build();
  }

  /** Every true situation, the initial one first (not the errors'). */
  public List<Household> households() {
    List<Household> out = new ArrayList<>();
    out.add(initial);
    out.addAll(changes.values());
    return out;
  }

  /** The same case with every situation replaced by {@code f}'s result (e.g. a correction added to every history). */
  public TimelineCase map(java.util.function.UnaryOperator<Household> f) {
    TreeMap<YearMonth, Household> m = new TreeMap<>();
    for (Map.Entry<YearMonth, Household> e : changes.entrySet()) {
      m.put(e.getKey(), f.apply(e.getValue()));
    }
    List<HeldError> e = new ArrayList<>();
    for (HeldError x : errors) {
      e.add(new HeldError(x.from(), f.apply(x.believed()), x.enteredOn(), x.correctedOn(), x.origin(), x.what()));
    }
    return new TimelineCase(span, f.apply(initial), m, learnt, e);
  }

  /** The same household over other months. */
  public TimelineCase withSpan(MonthRange newSpan) {
    return new TimelineCase(newSpan, initial, changes, learnt, errors);
  }
}
