package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.time.Months;
import java.time.YearMonth;
import fr.benefitcalc.core.time.MonthRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A household's successive situations: the household as it is from a month on (a birth, a
 * separation, a move). Resources, rents and benefits received already carry their own months; this
 * is for what a {@link Household} holds without dates (its members, its dwelling). A decision for
 * month M uses the situation in force in M, and keeps it until the next scheduled recalculation.
 *
 * <p>Computing the same situations under several rule sets (the scenarios of a comparison) shares what
 * does not depend on the rule set: the revisions of the resources, and each benefit's timeline under
 * the rule sets that give it the same inputs ({@link fr.benefitcalc.core.rules.BenefitRule#readsOnlyItsOwnRules()}).
 * Safe to share between threads.
 */
public final class Situations {
  /** The first month of each situation, increasing; the first is {@code Integer.MIN_VALUE}. */
  private final int[] since;
  private final Household[] households;
  /**
   * The revisions of each situation's resources, built on first use and kept for every timeline
   * computed on these situations (e.g. one per scenario of a comparison). Each element is written
   * once with an object whose fields are all final: a race builds it twice, never shows it half-built.
   */
  private final Revisions[] revisions;

  /**
   * The benefit timelines computed on these situations, for the other rule sets that give a benefit
   * the same inputs ({@link BenefitPlan#sameTimelines}, same span, months computed, detail and linked
   * benefit): e.g. the RSA of the scenarios of a comparison that change only the AL. Guarded by itself.
   */
  private final List<Computed> computed = new ArrayList<>();

  /** A benefit's timeline computed on these situations, and what it was computed from. */
  record Computed(BenefitPlan plan, MonthRange span, int first, int last, LinkedLedger linked, boolean explain,
      BenefitTimeline timeline, LinkedLedger ledger) {}

  private Situations(TreeMap<Integer, Household> byMonth) {
    this.since = byMonth.keySet().stream().mapToInt(Integer::intValue).toArray();
    this.households = byMonth.values().toArray(new Household[0]);
    this.revisions = new Revisions[households.length];
  }

  /**
   * A timeline of {@code plan}'s benefit already computed on these situations from the same inputs,
   * or null.
   */
  Computed computed(BenefitPlan plan, MonthRange span, int first, int last, LinkedLedger linked, boolean explain) {
    synchronized (computed) {
      for (Computed c : computed) {
        if (c.first() == first && c.last() == last && c.explain() == explain && c.span().equals(span)
            && (c.linked() == linked || (c.linked() != null && linked != null && c.linked().sameAs(linked)))
            && c.plan().sameTimelines(plan)) {
          return c;
        }
      }
      return null;
    }
  }

  /** Keeps a timeline computed on these situations for {@link #computed}. */
  void remember(Computed c) {
    synchronized (computed) {
      computed.add(c);
    }
  }

  /** The revisions of {@code history} (shared when it is a situation's own resources). */
  Revisions revisions(ResourceHistory history) {
    for (int i = 0; i < households.length; i++) {
      if (households[i].resources() == history) {
        Revisions r = revisions[i];
        if (r == null) {
          r = Revisions.of(history, null);
          revisions[i] = r;
        }
        return r;
      }
    }
    return Revisions.of(history, null);
  }

  /** One situation for every month. */
  public static Situations of(Household household) {
    TreeMap<Integer, Household> m = new TreeMap<>();
    m.put(Integer.MIN_VALUE, Objects.requireNonNull(household, "household"));
    return new Situations(m);
  }

  /** {@code initial}, then each household from its month on. */
  public static Situations of(Household initial, Map<YearMonth, Household> changes) {
    TreeMap<Integer, Household> m = new TreeMap<>();
    m.put(Integer.MIN_VALUE, Objects.requireNonNull(initial, "initial"));
    changes.forEach((month, h) -> m.put(Months.index(month), Objects.requireNonNull(h, "household from " + month)));
    return new Situations(m);
  }

  /** The situation in force in the month of this index. */
  public Household at(int monthIndex) {
    return households[indexAt(monthIndex)];
  }

  /** The initial situation (its identifier names the timeline). */
  public Household initial() {
    return households[0];
  }

  /** The first month of the situation in force in the month of this index (Integer.MIN_VALUE for the initial one). */
  int since(int monthIndex) {
    return since[indexAt(monthIndex)];
  }

  private int indexAt(int monthIndex) {
    int i = since.length - 1;
    while (since[i] > monthIndex) { // a few situations at most
      i--;
    }
    return i;
  }
}
