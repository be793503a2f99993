package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.timeline.explain.Cause;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The AL as the agency knew it on a date, for the RSA and prime d'activité that read it as forfait
 * logement (CASF R262-9, CSS R844-3): for each month computed (the span and its warm-up), the right
 * as first decided plus every recomputation decided on or before that date (whether the difference
 * was paid, regularised or frozen: the forfait follows the AL right as recomputed, not the cash).
 * Once every recomputation is in, it is the AL due.
 *
 * <p>Dates are epoch days. The changes are kept in columns, by date then month: the dates on which
 * the linked benefit changed ({@code days}, increasing) and, for the changes of {@code days[d]}, the
 * entries {@code start[d]..start[d+1]-1} of {@code months} and {@code amounts} (non-zero).
 */
final class LinkedLedger {
  private final Benefit benefit;
  private final ReceivedBenefit asReceived;
  private final int first;
  private final long[] paid;
  private final long[] due;
  private final int[] days;
  private final int[] start;
  private final int[] months;
  private final long[] amounts;
  /**
   * Whether the reader reads only whether the benefit was received in a month ({@link #receipt}): what
   * {@link #read} gives.
   */
  private final boolean receiptOnly;
  /** The right of each month as known with the first {@code d} change dates, by {@code d}: built on first use. */
  private long[][] stateValues;
  /**
   * The households read with this ledger (the situations a reader holds: one, or a few when a situation is
   * learnt late or held wrong), and for each those already built, by the number of change dates they include
   * ({@link #knownOn}), and with the due ({@link #due}).
   */
  private Household[] readers = new Household[0];
  private Household[][] byState = new Household[0][];
  private Household[] dueOf = new Household[0];

  /**
   * @param first the month index of {@code base[0]}
   * @param base the right of each month as first decided (its decision's or revaluation's amount on
   *     the data known that day, before any reopening)
   * @param due the right of each month on the final data
   * @param n the number of changes in {@code changeDays}, {@code changeMonths}, {@code changeAmounts}
   *     (one per month and date on which the right was recomputed, any order)
   */
  LinkedLedger(Benefit benefit, ReceivedBenefit asReceived, int first, long[] base, long[] due, int n,
      int[] changeDays, int[] changeMonths, long[] changeAmounts) {
    this(benefit, asReceived, first, base, due, n, changeDays, changeMonths, changeAmounts, false);
  }

  private LinkedLedger(Benefit benefit, ReceivedBenefit asReceived, int first, long[] base, long[] due, int n,
      int[] changeDays, int[] changeMonths, long[] changeAmounts, boolean receiptOnly) {
    this.benefit = benefit;
    this.receiptOnly = receiptOnly;
    this.asReceived = asReceived;
    this.first = first;
    this.paid = base;
    this.due = due;
    // (day, month, amount) sorted by day then month, equal keys summed, zero sums dropped
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((long) changeDays[i] << 32) | (changeMonths[i] & 0xffffffffL);
    }
    int[] order = new int[n]; // insertion sort of the indices by key (a few dozen at most)
    for (int i = 0; i < n; i++) {
      int j = i;
      while (j > 0 && keys[order[j - 1]] > keys[i]) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    int[] ds = new int[n];
    int[] ms = new int[n];
    long[] as = new long[n];
    int count = 0;
    for (int k = 0; k < n; ) {
      long key = keys[order[k]];
      long sum = 0;
      while (k < n && keys[order[k]] == key) {
        sum += changeAmounts[order[k]];
        k++;
      }
      if (sum != 0) {
        ds[count] = (int) (key >> 32);
        ms[count] = (int) key;
        as[count] = sum;
        count++;
      }
    }
    int dates = 0;
    for (int i = 0; i < count; i++) {
      if (i == 0 || ds[i] != ds[i - 1]) {
        dates++;
      }
    }
    this.days = new int[dates];
    this.start = new int[dates + 1];
    int d = -1;
    for (int i = 0; i < count; i++) {
      if (i == 0 || ds[i] != ds[i - 1]) {
        d++;
        days[d] = ds[i];
        start[d] = i;
      }
    }
    start[dates] = count;
    this.months = Arrays.copyOf(ms, count);
    this.amounts = Arrays.copyOf(as, count);
  }

  /**
   * The receipt of the benefit of {@code amounts} ("perçu ou non"), for a rule that reads only whether
   * it was received in a month (the AL reads whether the RSA was received in M-1, CCH R822-17): the
   * same right as known on each date, but a change is kept only on the dates the month's right starts
   * or stops being positive (the amount known between two such dates is the one of the last: another
   * amount of the same sign is not a change of what the reader reads). Its due is the final right.
   */
  static LinkedLedger receipt(LinkedLedger amounts) {
    int n = amounts.months.length;
    int[] ds = new int[n];
    int[] ms = new int[n];
    long[] as = new long[n];
    int count = 0;
    int size = amounts.paid.length;
    long[] current = amounts.paid.clone();
    long[] shown = amounts.paid.clone();
    for (int d = 0; d < amounts.days.length; d++) {
      for (int i = amounts.start[d]; i < amounts.start[d + 1]; i++) {
        int k = amounts.months[i] - amounts.first;
        current[k] += amounts.amounts[i];
        if ((current[k] > 0) != (shown[k] > 0)) {
          ds[count] = amounts.days[d];
          ms[count] = amounts.months[i];
          as[count] = current[k] - shown[k];
          shown[k] = current[k];
          count++;
        }
      }
    }
    long[] due = amounts.due.clone();
    for (int k = 0; k < size; k++) {
      if ((due[k] > 0) != (shown[k] > 0)) { // a month whose final flip was not dated (cannot happen: changes sum to due)
        throw new IllegalStateException("linked ledger: the changes of month " + Months.of(amounts.first + k)
            + " do not add up to its due");
      }
    }
    return new LinkedLedger(amounts.benefit, amounts.asReceived, amounts.first, amounts.paid.clone(), due, count, ds, ms,
        as, true);
  }

  /** A ledger of a benefit never received over {@code first..last} (nothing received, on every date). */
  static LinkedLedger none(Benefit benefit, ReceivedBenefit asReceived, int first, int last) {
    int size = Math.max(0, last - first + 1);
    return new LinkedLedger(benefit, asReceived, first, new long[size], new long[size], 0, new int[0], new int[0],
        new long[0], true);
  }

  /** The benefit as received in the household ({@link Household#benefitsReceived()}). */
  ReceivedBenefit asReceived() {
    return asReceived;
  }

  /**
   * Whether this is a {@link #receipt} of {@code benefit} as {@code asReceived} over the months
   * {@code firstMonth..lastMonth}, as {@link #none} gives.
   */
  boolean isReceiptOver(Benefit benefit, ReceivedBenefit asReceived, int firstMonth, int lastMonth) {
    return receiptOnly && this.benefit == benefit && this.asReceived == asReceived && first == firstMonth
        && paid.length == Math.max(0, lastMonth - firstMonth + 1);
  }

  /** Whether {@code o} gives the same linked benefit on every date. */
  boolean sameAs(LinkedLedger o) {
    return o == this || (benefit == o.benefit && asReceived == o.asReceived && receiptOnly == o.receiptOnly
        && first == o.first
        && Arrays.equals(paid, o.paid) && Arrays.equals(due, o.due) && Arrays.equals(days, o.days)
        && Arrays.equals(start, o.start) && Arrays.equals(months, o.months) && Arrays.equals(amounts, o.amounts));
  }

  /** The number of change dates on or before {@code day}. */
  private int knownBy(int day) {
    int lo = 0;
    int hi = days.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] <= day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The index of {@code household} among the {@link #readers}, added when new. */
  private int reader(Household household) {
    for (int r = 0; r < readers.length; r++) {
      if (readers[r] == household) {
        return r;
      }
    }
    int r = readers.length;
    readers = Arrays.copyOf(readers, r + 1);
    byState = Arrays.copyOf(byState, r + 1);
    dueOf = Arrays.copyOf(dueOf, r + 1);
    readers[r] = household;
    byState[r] = new Household[days.length + 1];
    return r;
  }

  /** The right of each month as known with the first {@code state} change dates (shared: not to be changed). */
  private long[] values(int state) {
    if (stateValues == null) {
      stateValues = new long[days.length + 1][];
    }
    long[] values = stateValues[state];
    if (values == null) {
      values = paid.clone();
      for (int i = 0; i < start[state]; i++) {
        values[months[i] - first] += amounts[i];
      }
      stateValues[state] = values;
    }
    return values;
  }

  /** The household with the linked benefit as known on {@code day} over the span (given values elsewhere). */
  Household knownOn(Household household, int day) {
    int r = reader(household); // (before reading byState, which it may grow)
    Household[] built = byState[r];
    int state = knownBy(day); // the households differ only by how many change dates are known
    Household h = built[state];
    if (h == null) {
      h = with(household, values(state));
      built[state] = h;
    }
    return h;
  }

  /**
   * Whether a reader of the months {@code firstMonth..lastMonth} reads the same from {@code o} as from
   * this ledger as known on {@code day} (or, with {@code due}, the final right): for a {@link #receipt},
   * whether the benefit was received (the reader reads nothing else of it, CCH R822-17), otherwise the
   * amount; a month outside both ledgers is the household's given value. Equal reads give the reader
   * households that are equal over those months ({@link #knownOn}, {@link #due}).
   */
  boolean readsSame(LinkedLedger o, int day, boolean due, int firstMonth, int lastMonth) {
    if (receiptOnly != o.receiptOnly) {
      return false;
    }
    long[] mine = due ? this.due : values(knownBy(day));
    long[] theirs = due ? o.due : o.values(o.knownBy(day));
    for (int m = firstMonth; m <= lastMonth; m++) {
      if (read(mine, m) != o.read(theirs, m)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the decision reading {@code read} reads the same from {@code o} as from this ledger as known on
   * {@code day} (or, with {@code due}, the final right): {@link #readsSame(LinkedLedger, int, boolean, int, int)} for
   * what it declares reading.
   */
  boolean readsSame(LinkedLedger o, int day, boolean due, LinkedRead read) {
    if (receiptOnly != o.receiptOnly) {
      return false;
    }
    long[] mine = due ? this.due : values(knownBy(day));
    long[] theirs = due ? o.due : o.values(o.knownBy(day));
    for (int m = read.first; m <= read.last; m++) {
      if (read(mine, m, read) != o.read(theirs, m, read)) {
        return false;
      }
    }
    return true;
  }

  /** What the decision reading {@code read} reads of month {@code m} in {@code values}. */
  private long read(long[] values, int m, LinkedRead read) {
    long v = read(values, m);
    return v == Long.MIN_VALUE ? v : read.of(m, v);
  }

  /**
   * Whether what the decision reading {@code read} reads of the linked benefit as known on {@code day} is not what
   * it reads of the final right (it changes after {@code day}).
   */
  boolean changesAfter(int day, LinkedRead read) {
    int state = knownBy(day);
    if (state == days.length) {
      return false;
    }
    long[] known = values(state);
    for (int m = read.first; m <= read.last; m++) {
      if (read(known, m, read) != read(due, m, read)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Appends to {@code out} (from {@code count}) the days after {@code afterDay} on which what the decision reading
   * {@code read} reads of the linked benefit changed, in order; returns the new count. {@code out} must have room
   * for {@link #dateCount()} more.
   */
  int changeDays(int afterDay, LinkedRead read, int[] out, int count) {
    for (int d = knownBy(afterDay); d < days.length; d++) {
      long[] before = null;
      long[] after = null;
      for (int i = start[d]; i < start[d + 1]; i++) {
        int m = months[i];
        if (m >= read.first && m <= read.last) {
          if (before == null) {
            before = values(d);
            after = values(d + 1);
          }
          if (read(before, m, read) != read(after, m, read)) {
            out[count++] = days[d];
            break;
          }
        }
      }
    }
    return count;
  }

  /** What a reader reads of month {@code m} in {@code values} (this ledger's right of each month as known). */
  private long read(long[] values, int m) {
    int i = m - first;
    if (i < 0 || i >= values.length) {
      return Long.MIN_VALUE;
    }
    long v = values[i];
    return receiptOnly ? (v > 0 ? 1 : 0) : v;
  }

  /** Whether the linked benefit of some month changed after {@code day}. */
  boolean changesAfter(int day) {
    return days.length > 0 && days[days.length - 1] > day;
  }

  /** Whether the linked benefit of a month in {@code firstMonth..lastMonth} changed after {@code day}. */
  boolean changesAfter(int day, int firstMonth, int lastMonth) {
    for (int d = days.length - 1; d >= 0 && days[d] > day; d--) {
      for (int i = start[d]; i < start[d + 1]; i++) {
        if (months[i] >= firstMonth && months[i] <= lastMonth) {
          return true;
        }
      }
    }
    return false;
  }

  /** The household with the linked benefit due (final). */
  Household due(Household household) {
    int r = reader(household);
    if (dueOf[r] == null) {
      dueOf[r] = with(household, due);
    }
    return dueOf[r];
  }

  private Household with(Household household, long[] values) {
    MonthlyAmounts given = household.benefitsReceived().getOrDefault(asReceived, MonthlyAmounts.none());
    return household.withReceived(asReceived, MonthlyAmounts.overlay(given, first, values));
  }

  /**
   * Appends to {@code out} (from {@code count}) the days after {@code afterDay} on which the linked
   * benefit of a month in {@code firstMonth..lastMonth} changed, in order; returns the new count.
   * {@code out} must have room for {@link #dateCount()} more.
   */
  int changeDays(int afterDay, int firstMonth, int lastMonth, int[] out, int count) {
    for (int d = knownBy(afterDay); d < days.length; d++) {
      for (int i = start[d]; i < start[d + 1]; i++) {
        if (months[i] >= firstMonth && months[i] <= lastMonth) {
          out[count++] = days[d];
          break;
        }
      }
    }
    return count;
  }

  /** The number of dates on which the linked benefit changed. */
  int dateCount() {
    return days.length;
  }

  /** Adds to {@code out} the changes in {@code (afterDay, untilDay]} for months in {@code firstMonth..lastMonth}, as causes. */
  void causes(int afterDay, int untilDay, int firstMonth, int lastMonth, List<Cause> out) {
    for (int d = knownBy(afterDay); d < days.length && days[d] <= untilDay; d++) {
      LocalDate date = null;
      for (int i = start[d]; i < start[d + 1]; i++) {
        if (months[i] >= firstMonth && months[i] <= lastMonth) {
          if (date == null) {
            date = LocalDate.ofEpochDay(days[d]);
          }
          out.add(new Cause.LinkedBenefitChanged(benefit, Months.of(months[i]), date, amounts[i]));
        }
      }
    }
  }

  /** The last day the linked benefit changed for any month, when after {@code afterDay} and {@code orElse}; else {@code orElse}. */
  int lastChangeAfter(int afterDay, int orElse) {
    if (days.length == 0) {
      return orElse;
    }
    int last = days[days.length - 1];
    return last > afterDay && last > orElse ? last : orElse;
  }
}
