package fr.benefitcalc.testkit.generators;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.Situations;
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
 */
public record TimelineCase(MonthRange span, Household initial, SortedMap<YearMonth, Household> changes) {
  public TimelineCase {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(initial, "initial");
    changes = Collections.unmodifiableSortedMap(new TreeMap<>(changes));
    changes.forEach((m, h) -> {
      if (!h.id().equals(initial.id())) {
        throw new IllegalArgumentException("timeline case " + initial.id() + ": the situation from " + m
            + " is another household (" + h.id() + ")");
      }
    });
  }

  /** A household whose situation does not change. */
  public static TimelineCase of(Household household, MonthRange span) {
    return new TimelineCase(span, household, new TreeMap<>());
  }

  /** The household's identifier. */
  public String id() {
    return initial.id();
  }

  /** The situations, for {@code DecisionTimeline.compute}. */
  public Situations situations() {
    return changes.isEmpty() ? Situations.of(initial) : Situations.of(initial, changes);
  }

  /** Every situation, the initial one first. */
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
    return new TimelineCase(span, f.apply(initial), m);
  }

  /** The same household over other months. */
  public TimelineCase withSpan(MonthRange newSpan) {
    return new TimelineCase(newSpan, initial, changes);
  }
}
