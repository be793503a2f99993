package fr.benefitcalc.core.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Months as dense integers for the columnar hot path: {@code index = year × 12 + (month − 1)}.
 * {@link YearMonth} is used at the API; this index inside loops and arrays.
 */
public final class Months {
  private Months() {}

  /** The index of a month. */
  public static int index(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  /** The index of the month that contains a date. */
  public static int index(LocalDate date) {
    return date.getYear() * 12 + date.getMonthValue() - 1;
  }

  /** The first month of {@link #COMMON} (January 1900). */
  private static final int COMMON_FIRST = 1900 * 12;
  /** The months of 1900-2199, made once (an immutable table: {@link YearMonth} is a value). */
  private static final YearMonth[] COMMON = new YearMonth[300 * 12];

  static {
    for (int i = 0; i < COMMON.length; i++) {
      COMMON[i] = YearMonth.of(Math.floorDiv(COMMON_FIRST + i, 12), Math.floorMod(COMMON_FIRST + i, 12) + 1);
    }
  }

  /** The month of an index. */
  public static YearMonth of(int index) {
    int i = index - COMMON_FIRST;
    if (i >= 0 && i < COMMON.length) {
      return COMMON[i];
    }
    return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
  }

  /** The calendar year of a month index. */
  public static int year(int index) {
    return Math.floorDiv(index, 12);
  }

  /** The month of year (1-12) of a month index. */
  public static int monthOfYear(int index) {
    return Math.floorMod(index, 12) + 1;
  }

  /** The first day of a month index. */
  public static LocalDate firstDay(int index) {
    return LocalDate.of(year(index), monthOfYear(index), 1);
  }

  /**
   * The epoch day ({@link LocalDate#toEpochDay()}) of the first day of a month index, computed
   * without allocation (proleptic Gregorian calendar, like {@link LocalDate}).
   */
  public static long firstEpochDay(int index) {
    long y = Math.floorDiv(index, 12);
    int m = Math.floorMod(index, 12) + 1;
    // days from civil (H. Hinnant's algorithm), shifted so that March is the first month
    if (m <= 2) {
      y--;
    }
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long mp = (m + 9) % 12;
    long doy = (153 * mp + 2) / 5;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }

  /** Parses {@code "YYYY-MM"}, naming the field in the error. */
  public static YearMonth parse(String field, String text) {
    try {
      return YearMonth.parse(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(field + ": '" + text + "' is not a month (YYYY-MM)", e);
    }
  }
}
