package fr.benefitcalc.core.time;

import java.time.YearMonth;

/**
 * A recalculation schedule ("cadence d'actualisation / de réexamen"): the months in which the right is
 * recomputed, the amount being kept ("figé") until the next one.
 *
 * <p>A schedule is an interval of 1, 2, 3, 4, 6 or 12 months and an anchor month of the year: the
 * recalculation months are those whose distance to the anchor is a multiple of the interval.
 * {@code quarterly()} recomputes in January, April, July and October (the AL since 2021);
 * {@code yearly(7)} every July. Quarters counted from the month a right opened (RSA, prime
 * d'activité) are {@code every(3, openingMonth.getMonthValue())}.
 *
 * @param intervalMonths months between two recalculations; divides 12
 * @param anchorMonth a month of the year (1-12) in which a recalculation happens
 */
public record RecalculationSchedule(int intervalMonths, int anchorMonth) {
  public RecalculationSchedule {
    if (intervalMonths < 1 || 12 % intervalMonths != 0) {
      throw new IllegalArgumentException("recalculation schedule: intervalMonths " + intervalMonths
          + " must divide 12 (1, 2, 3, 4, 6 or 12)");
    }
    if (anchorMonth < 1 || anchorMonth > 12) {
      throw new IllegalArgumentException("recalculation schedule: anchorMonth " + anchorMonth + " is not 1-12");
    }
  }

  /** Every month. */
  public static RecalculationSchedule monthly() {
    return new RecalculationSchedule(1, 1);
  }

  /** Calendar quarters: January, April, July, October. */
  public static RecalculationSchedule quarterly() {
    return new RecalculationSchedule(3, 1);
  }

  /** Calendar half-years: January and July. */
  public static RecalculationSchedule halfYearly() {
    return new RecalculationSchedule(6, 1);
  }

  /** Once a year, in {@code updateMonth} (1-12). */
  public static RecalculationSchedule yearly(int updateMonth) {
    return new RecalculationSchedule(12, updateMonth);
  }

  /** Every {@code intervalMonths} months counted from {@code anchorMonth}. */
  public static RecalculationSchedule every(int intervalMonths, int anchorMonth) {
    return new RecalculationSchedule(intervalMonths, anchorMonth);
  }

  /** Whether the right is recomputed in {@code month}. */
  public boolean isRecalculationMonth(YearMonth month) {
    return isRecalculationIndex(Months.index(month));
  }

  /** Whether the right is recomputed in the month of this index. */
  public boolean isRecalculationIndex(int monthIndex) {
    return Math.floorMod(monthIndex - (anchorMonth - 1), intervalMonths) == 0;
  }

  /** The recalculation month whose amount is paid for {@code month}: the last one not after it. */
  public YearMonth decisionMonthFor(YearMonth month) {
    return Months.of(decisionIndexFor(Months.index(month)));
  }

  /** See {@link #decisionMonthFor(YearMonth)}, on indices. */
  public int decisionIndexFor(int monthIndex) {
    return monthIndex - Math.floorMod(monthIndex - (anchorMonth - 1), intervalMonths);
  }

  /** A label such as {@code quarterly from 1} or {@code yearly in 7}. */
  @Override
  public String toString() {
    switch (intervalMonths) {
      case 1: return "monthly";
      case 3: return anchorMonth == 1 ? "quarterly" : "quarterly from month " + anchorMonth;
      case 6: return anchorMonth == 1 ? "half-yearly" : "half-yearly from month " + anchorMonth;
      case 12: return "yearly in month " + anchorMonth;
      default: return "every " + intervalMonths + " months from month " + anchorMonth;
    }
  }
}
