package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.timeline.explain.Cause;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * <p><b>Known on a date.</b> Each change carries the date the agency learns it (declared by the household,
 * found by a control, or never within the prescription: a date years later); {@link #of(Household, Map)}
 * takes every change as known on the first day of its month. A decision reads the situation of its
 * month <em>as known on its date</em>; a change learnt later reopens, on that day, the decisions of the
 * months it covers (as a late income does), with a {@link Cause.SituationKnown} cause; the amount due
 * reads the true situation. An <em>error</em> is a wrong situation the agency holds between two dates
 * (a rent declared wrong and corrected on a control; an agent's input error, "erreur de traitement",
 * corrected later): never true, it is read by the decisions taken while it is held, and its correction
 * reopens them. docs/timeline.md, "Situations known on a date".
 *
 * <p>Computing the same situations under several rule sets (the scenarios of a comparison) shares what
 * does not depend on the rule set: the revisions of the resources, and each benefit's timeline under
 * the rule sets that give it the same inputs ({@link fr.benefitcalc.core.rules.BenefitRule#readsOnlyItsOwnRules()}).
 * Safe to share between threads.
 */
public final class Situations {
  /**
   * Every situation, in order of entry: the initial one (index 0), the changes, then the errors. Each
   * holds from its month on ({@code since}, a month index; {@code Integer.MIN_VALUE} for the initial
   * one); the agency holds it from {@code from} to the day before {@code until} (epoch days;
   * {@code Integer.MAX_VALUE}: always, once known).
   */
  private final int[] since;
  private final Household[] households;
  private final int[] from;
  private final int[] until;
  /** Whether the situation is true (the initial one and the changes), rather than an error. */
  private final boolean[] truth;
  private final Cause.SituationKnown.Origin[] origins;
  private final String[] what;
  /** The true situations' indices in order of month (the initial one first). */
  private final int[] trueByMonth;
  /** Whether every situation is true and known by the first day of its month: the view is then the truth. */
  private final boolean knownAtItsMonth;
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
  /**
   * The receipt fed back into the AL at the end of the last cycle computed on these situations
   * ({@link DecisionTimeline}): where the next cycle (another rule set) starts its alternate passes. It
   * changes how many passes they take, never their result (the cycle has one solution).
   */
  private volatile LinkedLedger lastReceipt;
  /**
   * The rule evaluations the cycles computed on these situations kept ({@link Evaluations}), for the next
   * cycle under a rule set that gives the rule the same inputs. One user at a time: taken, then given
   * back. Guarded by itself.
   */
  private final List<Evaluations> evaluations = new ArrayList<>(2);

  /** A benefit's timeline computed on these situations, and what it was computed from. */
  record Computed(BenefitPlan plan, MonthRange span, int first, int last, LinkedLedger linked, boolean explain,
      BenefitTimeline timeline, LinkedLedger ledger) {}

  private Situations(List<Entry> entries) {
    int n = entries.size();
    this.since = new int[n];
    this.households = new Household[n];
    this.from = new int[n];
    this.until = new int[n];
    this.truth = new boolean[n];
    this.origins = new Cause.SituationKnown.Origin[n];
    this.what = new String[n];
    TreeMap<Integer, Integer> byMonth = new TreeMap<>();
    boolean simple = true;
    for (int i = 0; i < n; i++) {
      Entry e = entries.get(i);
      since[i] = e.since;
      households[i] = e.household;
      from[i] = e.from;
      until[i] = e.until;
      truth[i] = e.truth;
      origins[i] = e.origin;
      what[i] = e.what;
      if (e.truth) {
        if (byMonth.put(e.since, i) != null) {
          throw new IllegalArgumentException("situations of " + entries.get(0).household.id() + ": two changes from "
              + Months.of(e.since));
        }
        simple &= i == 0 || e.from <= Months.firstEpochDay(e.since);
      } else {
        simple = false;
      }
    }
    this.trueByMonth = byMonth.values().stream().mapToInt(Integer::intValue).toArray();
    this.knownAtItsMonth = simple;
    this.revisions = new Revisions[n];
  }

  private record Entry(int since, Household household, int from, int until, boolean truth,
      Cause.SituationKnown.Origin origin, String what) {}

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

  /**
   * The evaluations kept on these situations for {@code plan}'s decisions from {@code firstDecision} over
   * months up to {@code lastMonth} ({@link Evaluations#isFor(BenefitPlan, int, int, int)}), taken out until
   * {@link #keepEvaluations given back}; or null.
   */
  Evaluations takeEvaluations(BenefitPlan plan, int firstDecision, int lastMonth, int decisions) {
    synchronized (evaluations) {
      for (int i = 0; i < evaluations.size(); i++) {
        if (evaluations.get(i).isFor(plan, firstDecision, lastMonth, decisions)) {
          return evaluations.remove(i);
        }
      }
      return null;
    }
  }

  /** Keeps {@code e} (or nothing, when null) for the next cycle computed on these situations. */
  void keepEvaluations(Evaluations e) {
    if (e != null) {
      synchronized (evaluations) {
        evaluations.add(e);
      }
    }
  }

  /** The receipt of the last cycle computed on these situations, or null. */
  LinkedLedger lastReceipt() {
    return lastReceipt;
  }

  /** Keeps the receipt {@code r} a cycle computed on these situations ended with. */
  void lastReceipt(LinkedLedger r) {
    lastReceipt = r;
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
    return builder(household).build();
  }

  /** {@code initial}, then each household from its month on, each known on the first day of its month. */
  public static Situations of(Household initial, Map<YearMonth, Household> changes) {
    Builder b = builder(initial);
    new TreeMap<>(changes).forEach((month, h) -> b.change(month, Objects.requireNonNull(h, "household from " + month),
        month.atDay(1), Cause.SituationKnown.Origin.DECLARED, "new situation"));
    return b.build();
  }

  /** Situations starting with {@code initial}, known from the start. */
  public static Builder builder(Household initial) {
    return new Builder(initial);
  }

  /**
   * Builds {@link Situations}: the initial situation, its changes (each with the date the agency learns
   * it) and the errors the agency holds for a while.
   *
   * <pre>{@code
   * Situations s = Situations.builder(couple)
   *     .change(YearMonth.of(2024, 5), alone, LocalDate.of(2024, 11, 20), Cause.SituationKnown.Origin.CONTROL,
   *         "separation")
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();
    private final List<Entry> errors = new ArrayList<>();

    private Builder(Household initial) {
      Objects.requireNonNull(initial, "initial");
      entries.add(new Entry(Integer.MIN_VALUE, initial, Integer.MIN_VALUE, Integer.MAX_VALUE, true,
          Cause.SituationKnown.Origin.DECLARED, "initial situation"));
    }

    /**
     * The household is {@code household} from {@code month} on (a birth, a separation, a move: the whole
     * household as it is then, with its incomes); the agency learns it on {@code knownOn} (before, on or
     * after the month's first day), by {@code origin}; {@code what} says the change in words.
     *
     * @throws IllegalArgumentException when another change starts in the same month, or the household is another one
     */
    public Builder change(YearMonth month, Household household, LocalDate knownOn, Cause.SituationKnown.Origin origin,
        String what) {
      entries.add(new Entry(Months.index(Objects.requireNonNull(month, "month")), same(household, month),
          day(knownOn, "knownOn"), Integer.MAX_VALUE, true, Objects.requireNonNull(origin, "origin"),
          Objects.requireNonNull(what, "what")));
      return this;
    }

    /**
     * The agency holds the wrong situation {@code believed} for the months from {@code month} on, from
     * {@code enteredOn} until {@code correctedOn} (excluded), when it learns the true one; {@code origin}
     * says whose error it is ({@code PROCESSING}: an agent's input error; {@code CONTROL}: a situation
     * declared wrong, found by a control), {@code what} the error in words. The error is never true: the
     * amount due reads the true situation. A change of a later month the agency learns replaces it from
     * that month on (the new situation is entered whole). A correction never made within the prescription
     * is a date beyond it (its regularisations are then time-barred by the policy's recovery limit).
     *
     * @throws IllegalArgumentException when {@code correctedOn} is not after {@code enteredOn}
     */
    public Builder error(YearMonth month, Household believed, LocalDate enteredOn, LocalDate correctedOn,
        Cause.SituationKnown.Origin origin, String what) {
      int a = day(enteredOn, "enteredOn");
      int b = day(correctedOn, "correctedOn");
      if (b <= a) {
        throw new IllegalArgumentException("situations of " + entries.get(0).household.id() + ": the error from "
            + month + " is corrected on " + correctedOn + ", not after it was entered on " + enteredOn);
      }
      errors.add(new Entry(Months.index(Objects.requireNonNull(month, "month")), same(believed, month), a, b, false,
          Objects.requireNonNull(origin, "origin"), Objects.requireNonNull(what, "what")));
      return this;
    }

    private Household same(Household h, YearMonth month) {
      Objects.requireNonNull(h, "household from " + month);
      String id = entries.get(0).household.id();
      if (!h.id().equals(id)) {
        throw new IllegalArgumentException("situations of " + id + ": the situation from " + month
            + " is another household (" + h.id() + ")");
      }
      return h;
    }

    private static int day(LocalDate date, String name) {
      return Math.toIntExact(Objects.requireNonNull(date, name).toEpochDay());
    }

    /** The situations. */
    public Situations build() {
      List<Entry> all = new ArrayList<>(entries);
      all.addAll(errors);
      return new Situations(all);
    }
  }

  /** The true situation in force in the month of this index. */
  public Household at(int monthIndex) {
    return households[trueAt(monthIndex)];
  }

  /** The initial situation (its identifier names the timeline). */
  public Household initial() {
    return households[0];
  }

  /** The first month of the true situation in force in the month of this index (Integer.MIN_VALUE for the initial one). */
  int since(int monthIndex) {
    return since[trueAt(monthIndex)];
  }

  /** Whether the agency always holds the true situation of a month on the decisions' dates (no late change, no error). */
  boolean knownAtItsMonth() {
    return knownAtItsMonth;
  }

  /** The index of the true situation in force in the month of this index. */
  int trueAt(int monthIndex) {
    int i = trueByMonth.length - 1;
    while (since[trueByMonth[i]] > monthIndex) { // a few situations at most
      i--;
    }
    return trueByMonth[i];
  }

  /**
   * The index of the situation of the month of this index as the agency holds it on {@code epochDay}: of
   * the situations of a month up to it held that day, the latest month's (an error before a true one of
   * the same month, then the one held since the latest day).
   */
  int heldAt(int monthIndex, int epochDay) {
    if (knownAtItsMonth) {
      return trueAt(monthIndex);
    }
    int best = 0;
    for (int i = 1; i < since.length; i++) {
      if (since[i] <= monthIndex && from[i] <= epochDay && epochDay < until[i]
          && (since[i] > since[best] || since[i] == since[best] && (truth[best] && !truth[i]
              || truth[best] == truth[i] && from[i] >= from[best]))) {
        best = i;
      }
    }
    return best;
  }

  /** The situation of this index. */
  Household household(int index) {
    return households[index];
  }

  /** The first month of the situation of this index. */
  int sinceOf(int index) {
    return since[index];
  }

  /**
   * Adds to {@code days[0..count)} the days after {@code afterDay} on which the situation the agency holds
   * for the month of this index may change (a situation of a month up to it learnt, entered or corrected);
   * returns the new count. {@code days} must have room for {@link #dayCount()} more.
   */
  int heldChangeDays(int monthIndex, int afterDay, int[] days, int count) {
    if (knownAtItsMonth) {
      return count;
    }
    for (int i = 1; i < since.length; i++) {
      if (since[i] <= monthIndex) {
        if (from[i] > afterDay) {
          days[count++] = from[i];
        }
        if (until[i] != Integer.MAX_VALUE && until[i] > afterDay) {
          days[count++] = until[i];
        }
      }
    }
    return count;
  }

  /** The most days {@link #heldChangeDays} can add. */
  int dayCount() {
    return knownAtItsMonth ? 0 : 2 * since.length;
  }

  /** The number of situations (true ones and errors). */
  int size() {
    return since.length;
  }

  /**
   * The cause of a change of the amount paid from a decision that read the situation of index {@code previous} to
   * one that read {@code current}, when either is an error: the error entered ("error: ...", the day it was entered)
   * when {@code current} is one, else its correction ("correction of an error: ...", the day it was corrected) when
   * {@code current} is the true situation of its months; null otherwise (both true, or a situation of a later month
   * replacing the error: a {@link Cause.SituationChanged} then).
   */
  Cause heldChangeCause(int previous, int current) {
    if (!truth[current]) {
      return new Cause.SituationKnown(Months.of(since[current]), LocalDate.ofEpochDay(from[current]), origins[current],
          "error: " + what[current]);
    }
    if (!truth[previous] && since[current] <= since[previous]) { // not replaced by a later month's situation
      return new Cause.SituationKnown(Months.of(since[previous]), LocalDate.ofEpochDay(until[previous]),
          origins[previous], "correction of an error: " + what[previous]);
    }
    return null;
  }

  /**
   * The causes of a change on {@code epochDay} of the situation held for the month of this index: each
   * situation of a month up to it learnt, entered or corrected that day.
   */
  void causesOn(int monthIndex, int epochDay, List<Cause> out) {
    if (knownAtItsMonth) {
      return;
    }
    for (int i = 1; i < since.length; i++) {
      if (since[i] <= monthIndex && (from[i] == epochDay || until[i] == epochDay)) {
        String text = truth[i] ? what[i] : until[i] == epochDay ? "correction of an error: " + what[i] : "error: " + what[i];
        out.add(new Cause.SituationKnown(Months.of(since[i]), LocalDate.ofEpochDay(epochDay), origins[i], text));
      }
    }
  }
}
