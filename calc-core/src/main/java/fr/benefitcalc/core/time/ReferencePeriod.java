package fr.benefitcalc.core.time;

import fr.benefitcalc.core.errors.BenefitCalcException;
import java.time.YearMonth;

/**
 * A reference period ("période de référence"): the months whose resources are taken into account
 * for the right of a month M. Resolvable to a {@link MonthRange} for any month.
 *
 * <ul>
 *   <li>{@link #rolling(int, int) rolling(-13, -2)} — M-13..M-2, the AL since 2021 (CCH R822-2 as
 *       amended by décret 2019-1574);
 *   <li>{@link #rolling(int, int) rolling(-3, -1)} — M-3..M-1, RSA (CASF R262-7) and prime
 *       d'activité (CSS R843-1);
 *   <li>{@link #calendarYear(int) calendarYear(-2)} — N-2, the AL before 2021;
 *   <li>{@link #fixed(MonthRange)} — the same months whatever M.
 * </ul>
 */
public sealed interface ReferencePeriod {

  /** The months this period covers for the right of {@code month}. */
  MonthRange resolve(YearMonth month);

  /** The months, as indices, for the right of the month of index {@code monthIndex}: [first, last]. */
  int firstIndex(int monthIndex);

  /** See {@link #firstIndex(int)}. */
  int lastIndex(int monthIndex);

  /** A short label such as {@code M-13..M-2} or {@code N-1}. */
  String label();

  /**
   * The window {@code M+from .. M+to}, e.g. {@code rolling(-13, -2)}; {@code to} is at most 0: a
   * rule never reads a month after the month it computes (the decision timeline relies on it).
   *
   * @throws fr.benefitcalc.core.errors.BenefitCalcException when {@code to} is after M or before {@code from}
   */
  static ReferencePeriod rolling(int fromOffset, int toOffset) {
    return new Rolling(fromOffset, toOffset);
  }

  /**
   * The calendar year {@code N+yearOffset} of the month computed, e.g. {@code calendarYear(-1)} is
   * N-1; {@code yearOffset} is at most -1 (the year N itself holds months after M but in December).
   *
   * @throws fr.benefitcalc.core.errors.BenefitCalcException when {@code yearOffset} is 0 or more
   */
  static ReferencePeriod calendarYear(int yearOffset) {
    return new CalendarYear(yearOffset);
  }

  /** The same months for every month computed. */
  static ReferencePeriod fixed(MonthRange months) {
    return new Fixed(months);
  }

  /** Rolling window of months relative to the month computed. */
  record Rolling(int fromOffset, int toOffset) implements ReferencePeriod {
    public Rolling {
      if (toOffset < fromOffset) {
        throw new BenefitCalcException(null, "period", "M" + signed(fromOffset) + "..M" + signed(toOffset),
            "ends before it starts", null);
      }
      if (toOffset > 0) {
        throw new BenefitCalcException(null, "period", "M" + signed(fromOffset) + "..M" + signed(toOffset),
            "reaches after the month computed: a rule never reads a month after the month it computes", null);
      }
    }

    @Override
    public MonthRange resolve(YearMonth month) {
      return MonthRange.of(month.plusMonths(fromOffset), month.plusMonths(toOffset));
    }

    @Override
    public int firstIndex(int monthIndex) {
      return monthIndex + fromOffset;
    }

    @Override
    public int lastIndex(int monthIndex) {
      return monthIndex + toOffset;
    }

    @Override
    public String label() {
      return "M" + signed(fromOffset) + "..M" + signed(toOffset);
    }

    @Override
    public String toString() {
      return label();
    }
  }

  /** Calendar year N+k of the month computed. */
  record CalendarYear(int yearOffset) implements ReferencePeriod {
    public CalendarYear {
      if (yearOffset >= 0) {
        throw new BenefitCalcException(null, "period", "N" + signed(yearOffset),
            "reaches after the month computed: a rule never reads a month after the month it computes", null);
      }
    }

    @Override
    public MonthRange resolve(YearMonth month) {
      return MonthRange.calendarYear(month.getYear() + yearOffset);
    }

    @Override
    public int firstIndex(int monthIndex) {
      return (Months.year(monthIndex) + yearOffset) * 12;
    }

    @Override
    public int lastIndex(int monthIndex) {
      return (Months.year(monthIndex) + yearOffset) * 12 + 11;
    }

    @Override
    public String label() {
      return "N" + signed(yearOffset);
    }

    @Override
    public String toString() {
      return label();
    }
  }

  /** A fixed range of months. */
  record Fixed(MonthRange months) implements ReferencePeriod {
    public Fixed {
      if (months == null) {
        throw new IllegalArgumentException("fixed reference period: months are required");
      }
    }

    @Override
    public MonthRange resolve(YearMonth month) {
      return months;
    }

    @Override
    public int firstIndex(int monthIndex) {
      return months.firstIndex();
    }

    @Override
    public int lastIndex(int monthIndex) {
      return months.lastIndex();
    }

    @Override
    public String label() {
      return months.toString();
    }

    @Override
    public String toString() {
      return label();
    }
  }

  private static String signed(int offset) {
    return offset == 0 ? "" : (offset > 0 ? "+" + offset : Integer.toString(offset));
  }
}
