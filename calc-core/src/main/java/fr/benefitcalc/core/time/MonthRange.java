package fr.benefitcalc.core.time;

import java.time.YearMonth;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A closed range of months {@code first..last} (both included), e.g. 2023-12..2024-11.
 *
 * @param first the first month, included
 * @param last the last month, included; not before {@code first}
 */
public record MonthRange(YearMonth first, YearMonth last) implements Iterable<YearMonth> {
  public MonthRange {
    if (first == null || last == null) {
      throw new IllegalArgumentException("month range: bounds are required, got " + first + ".." + last);
    }
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("month range: last " + last + " is before first " + first);
    }
  }

  /** The range {@code first..last}. */
  public static MonthRange of(YearMonth first, YearMonth last) {
    return new MonthRange(first, last);
  }

  /** The twelve months of a calendar year. */
  public static MonthRange calendarYear(int year) {
    return new MonthRange(YearMonth.of(year, 1), YearMonth.of(year, 12));
  }

  /** The index of the first month (see {@link Months}). */
  public int firstIndex() {
    return Months.index(first);
  }

  /** The index of the last month (see {@link Months}). */
  public int lastIndex() {
    return Months.index(last);
  }

  /** How many months the range holds. */
  public int length() {
    return lastIndex() - firstIndex() + 1;
  }

  /** Whether {@code month} is in the range. */
  public boolean contains(YearMonth month) {
    return !month.isBefore(first) && !month.isAfter(last);
  }

  /** Whether the month of this index is in the range. */
  public boolean containsIndex(int monthIndex) {
    return monthIndex >= firstIndex() && monthIndex <= lastIndex();
  }

  @Override
  public Iterator<YearMonth> iterator() {
    return new Iterator<>() {
      private YearMonth next = first;

      @Override
      public boolean hasNext() {
        return !next.isAfter(last);
      }

      @Override
      public YearMonth next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        YearMonth m = next;
        next = next.plusMonths(1);
        return m;
      }
    };
  }

  @Override
  public String toString() {
    return first + ".." + last;
  }
}
