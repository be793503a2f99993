package fr.benefitcalc.core.parameters;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * Values derived from legal parameters for each month (e.g. every parameter a formula reads in that
 * month, looked up once), built on first use for the months of a range and recomputed each time
 * outside it (where the factory typically raises {@link ParameterOutOfRangeException}).
 *
 * <p>Thread-safe: concurrent computations may build a month twice, never see it half-built.
 *
 * @param <P> the per-month value, immutable
 */
public final class MonthTable<P> {
  private final int first;
  private final int last;
  private final IntFunction<P> factory;
  private final AtomicReferenceArray<P> values;

  /**
   * A table over the months of index {@code firstMonthIndex..lastMonthIndex} (see
   * {@link fr.benefitcalc.core.time.Months}).
   */
  public MonthTable(int firstMonthIndex, int lastMonthIndex, IntFunction<P> factory) {
    if (lastMonthIndex < firstMonthIndex) {
      throw new IllegalArgumentException("months " + firstMonthIndex + ".." + lastMonthIndex + " end before they start");
    }
    this.first = firstMonthIndex;
    this.last = lastMonthIndex;
    this.factory = Objects.requireNonNull(factory, "factory");
    this.values = new AtomicReferenceArray<>(lastMonthIndex - firstMonthIndex + 1);
  }

  /** The value of the month of index {@code monthIndex}. */
  public P at(int monthIndex) {
    if (monthIndex < first || monthIndex > last) {
      return factory.apply(monthIndex);
    }
    P p = values.getAcquire(monthIndex - first);
    if (p == null) {
      p = factory.apply(monthIndex);
      values.setRelease(monthIndex - first, p);
    }
    return p;
  }
}
