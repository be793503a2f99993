package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Objects;

/** One amount per month of a span (nano-euros, whole cents), immutable. */
public final class MonthlySeries {
  private final MonthRange span;
  private final long[] values;

  MonthlySeries(MonthRange span, long[] values) {
    this.span = Objects.requireNonNull(span, "span");
    if (values.length != span.length()) {
      throw new IllegalArgumentException("series of " + values.length + " values for span " + span);
    }
    this.values = values.clone();
  }

  /** The months covered. */
  public MonthRange span() {
    return span;
  }

  /** The amount of {@code month}; a month outside the span is an error naming it. */
  public long at(YearMonth month) {
    if (!span.contains(month)) {
      throw new IllegalArgumentException("month " + month + " is not in " + span);
    }
    return values[Months.index(month) - span.firstIndex()];
  }

  /** The amount of the month of this index in the span (0 is the first month). */
  public long atOffset(int offset) {
    return values[offset];
  }

  /** The sum over the span. */
  public long total() {
    long t = 0;
    for (long v : values) {
      t += v;
    }
    return t;
  }

  /** A copy of the values, first month first. */
  public long[] toArray() {
    return values.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MonthlySeries s && span.equals(s.span) && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return span.hashCode() * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(span.toString()).append(" [");
    for (int i = 0; i < values.length; i++) {
      b.append(i == 0 ? "" : ", ").append(Fixed.format(values[i]));
    }
    return b.append(']').toString();
  }
}
