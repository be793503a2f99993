package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.resources.ResourceHistory.Revision;
import fr.benefitcalc.core.rules.ReadMonths;

/**
 * The late data and corrections of one {@link ResourceHistory} ({@link ResourceHistory#revisions()},
 * in order of the date they became known), in primitive columns for the decision loop: the day each
 * became known (epoch day), its month index, its category and whether it changed the amount. Built
 * once per history and shared by the benefits of a timeline.
 */
final class Revisions {
  private final ResourceHistory history;
  private final ResourceHistory.RevisionColumns columns;
  final int size;
  /** Epoch day each became known, in increasing order. */
  final int[] day;
  /** Month index (January of the year for an annual category). */
  final int[] month;
  final IncomeCategory[] category;
  /**
   * Whether a rule can see it: the amount differs from the one known before, or the month becomes
   * known (a known nil is not an unknown month, {@code ResourceView.known}).
   */
  final boolean[] changed;
  /** {@code earliestFrom[i]}: the earliest month of the revisions {@code i..size-1}. */
  private final int[] earliestFrom;
  /**
   * The revisions of monthly categories that change what a rule can see, in order of month then of
   * date known ({@link #reopeningDays}: a decision looks only at the months it reads).
   */
  private final int[] monthlyOrder;
  /** The month of each of {@link #monthlyOrder}, non-decreasing. */
  private final int[] monthlyMonth;
  /** The revisions of annual categories that change what a rule can see, in order of date known. */
  private final int[] annualOrder;

  private Revisions(ResourceHistory history) {
    this.history = history;
    this.columns = history.revisionColumns();
    this.size = columns.size();
    this.day = new int[size];
    this.month = new int[size];
    this.category = new IncomeCategory[size];
    this.changed = new boolean[size];
    for (int i = 0; i < size; i++) {
      day[i] = columns.knownOnEpochDay(i);
      month[i] = columns.monthIndex(i);
      category[i] = columns.category(i);
      changed[i] = columns.previous(i) != columns.amount(i) || columns.firstKnown(i);
    }
    this.earliestFrom = new int[size + 1];
    earliestFrom[size] = Integer.MAX_VALUE;
    for (int i = size - 1; i >= 0; i--) {
      earliestFrom[i] = Math.min(month[i], earliestFrom[i + 1]);
    }
    int monthly = 0;
    int annual = 0;
    int minMonth = Integer.MAX_VALUE;
    for (int i = 0; i < size; i++) {
      if (changed[i]) {
        if (category[i].isAnnual()) {
          annual++;
        } else {
          monthly++;
          minMonth = Math.min(minMonth, month[i]);
        }
      }
    }
    long[] keys = new long[monthly];
    this.annualOrder = new int[annual];
    int k = 0;
    int a = 0;
    for (int i = 0; i < size; i++) {
      if (changed[i]) {
        if (category[i].isAnnual()) {
          annualOrder[a++] = i;
        } else {
          keys[k++] = ((long) (month[i] - minMonth) << 32) | i; // months of a history span far less than 2^31
        }
      }
    }
    java.util.Arrays.sort(keys);
    this.monthlyOrder = new int[monthly];
    this.monthlyMonth = new int[monthly];
    for (int j = 0; j < monthly; j++) {
      monthlyOrder[j] = (int) keys[j];
      monthlyMonth[j] = month[monthlyOrder[j]];
    }
  }

  /** The revisions of {@code history}, reusing {@code last} when it is of the same history. */
  static Revisions of(ResourceHistory history, Revisions last) {
    return last != null && last.history == history ? last : new Revisions(history);
  }

  /** Whether these are the revisions of {@code h}. */
  boolean isOf(ResourceHistory h) {
    return history == h;
  }

  /** Revision {@code i} as an object (for the causes). */
  Revision get(int i) {
    return columns.revision(i);
  }

  /** The index of the first revision known after {@code afterDay}. */
  int firstAfter(int afterDay) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (day[mid] <= afterDay) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Whether a value of a month up to {@code monthIndex} (a rule never reads later months) became
   * known after {@code afterDay}, even with an unchanged amount: a month becoming known is a fact a
   * rule may read.
   */
  boolean laterDataUpTo(int afterDay, int monthIndex) {
    return earliestFrom[firstAfter(afterDay)] <= monthIndex;
  }

  /**
   * The days after {@code afterDay} on which a value of a month {@code read} declares became known or
   * changed (a revision that {@link #changed changes} what a rule can see), in increasing order without
   * repetition, written in {@code out} from index {@code from} (room for {@link #size} days); returns
   * {@code from} plus their number. Looks only
   * at the revisions of the months read: those of monthly categories between the first and the last
   * month read, and those of annual categories.
   */
  int reopeningDays(int afterDay, ReadMonths read, int[] out, int from) {
    int n = from;
    int first = read.earliestMonth();
    int last = read.latestMonth();
    if (first <= last) {
      for (int j = firstMonthAtLeast(first); j < monthlyMonth.length && monthlyMonth[j] <= last; j++) {
        int i = monthlyOrder[j];
        if (day[i] > afterDay && read.reads(category[i], month[i])) {
          out[n++] = day[i];
        }
      }
    }
    for (int i : annualOrder) {
      if (day[i] > afterDay && read.reads(category[i], month[i])) {
        out[n++] = day[i];
      }
    }
    if (n - from < 2) {
      return n;
    }
    java.util.Arrays.sort(out, from, n);
    int distinct = from + 1;
    for (int i = from + 1; i < n; i++) {
      if (out[i] != out[distinct - 1]) {
        out[distinct++] = out[i];
      }
    }
    return distinct;
  }

  private int firstMonthAtLeast(int m) {
    int lo = 0;
    int hi = monthlyMonth.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (monthlyMonth[mid] < m) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The epoch day of the last revision, or {@code Integer.MIN_VALUE} if none. */
  int lastDay() {
    return size == 0 ? Integer.MIN_VALUE : day[size - 1];
  }
}
