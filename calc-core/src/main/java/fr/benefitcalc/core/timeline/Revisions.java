package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.resources.ResourceHistory.Revision;
import fr.benefitcalc.core.rules.ReadMonths;
import fr.benefitcalc.core.timeline.explain.Cause;

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
  /** Whether each is of an annual category (its month is January of its year). */
  private final boolean[] annual;
  /** The number of distinct days in {@link #day}: the most days {@link #reopeningDays} can add. */
  final int days;

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
    this.annual = new boolean[size];
    int distinct = 0;
    for (int i = 0; i < size; i++) {
      annual[i] = category[i].isAnnual();
      if (i == 0 || day[i] != day[i - 1]) {
        distinct++;
      }
    }
    this.days = distinct;
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

  /** The causes already built, for one household (its persons name them). */
  private record Named(Household household, Cause[] causes) {}

  private Named named;

  /**
   * Revision {@code i} as the cause of a regularisation in {@code household} (whose resources these are): built
   * once, then the same object for every regularisation it causes (in every timeline on these revisions).
   */
  Cause cause(int i, Household household) {
    Named n = named;
    if (n == null || n.household() != household) {
      n = new Named(household, new Cause[size]);
      named = n;
    }
    Cause c = n.causes()[i];
    if (c == null) {
      Revision r = get(i);
      c = new Cause.DataRevision(r.person(), household.persons().get(r.person()).id(), r.category(), r.month(),
          r.previous(), r.amount(), r.knownOn());
      n.causes()[i] = c;
    }
    return c;
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
   * repetition, written in {@code out} from index {@code from} (room for {@link #days} days); returns
   * {@code from} plus their number. The revisions are in order of day: those after {@code afterDay} are
   * scanned once, and one of a monthly category outside the first..last month read is passed over
   * without asking {@code read}.
   */
  int reopeningDays(int afterDay, ReadMonths read, int[] out, int from) {
    int first = read.earliestMonth();
    int last = read.latestMonth();
    int n = from;
    for (int i = firstAfter(afterDay); i < size; i++) {
      int m = month[i];
      if (changed[i] && (annual[i] || (m >= first && m <= last)) && read.reads(category[i], m)
          && (n == from || out[n - 1] != day[i])) {
        out[n++] = day[i]; // revisions are in order of day
      }
    }
    return n;
  }

  /** The epoch day of the last revision, or {@code Integer.MIN_VALUE} if none. */
  int lastDay() {
    return size == 0 ? Integer.MIN_VALUE : day[size - 1];
  }
}
