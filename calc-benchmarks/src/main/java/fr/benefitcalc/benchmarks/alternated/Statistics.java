package fr.benefitcalc.benchmarks.alternated;

import java.util.Arrays;

/** The statistics of an alternated measurement, on plain numbers (tested on given ones). */
public final class Statistics {
  private Statistics() {}

  /**
   * How many times faster B is than A in one round run in the order A₁ B₂ B₃ A₄: the geometric mean of the two
   * ratios that pair a run of A with the run of B at the same distance from the round's middle,
   * √((A₁ × A₄) / (B₂ × B₃)). A position's effect on the time (a first run slower, a last run faster) multiplies
   * both A₁ × A₄ and B₂ × B₃ alike when it is symmetric, so it cancels. Above 1: B takes less time.
   *
   * @param a1 CPU time per household of A's first run
   * @param b2 of B's first run
   * @param b3 of B's second run
   * @param a4 of A's second run
   */
  public static double ratio(double a1, double b2, double b3, double a4) {
    if (!(a1 > 0 && b2 > 0 && b3 > 0 && a4 > 0)) {
      throw new IllegalArgumentException("times must be positive: " + a1 + ", " + b2 + ", " + b3 + ", " + a4);
    }
    return Math.sqrt((a1 * a4) / (b2 * b3));
  }

  /**
   * The p-quantile of the values, interpolated linearly between the two nearest ranks (the definition of R's
   * default and of NumPy's {@code linear}): rank h = (n − 1) p, value x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋) of the
   * sorted values. The median is p = 0.5, the quartiles p = 0.25 and 0.75.
   */
  public static double quantile(double[] values, double p) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be within [0, 1]: " + p);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double h = (sorted.length - 1) * p;
    int low = (int) Math.floor(h);
    int high = Math.min(low + 1, sorted.length - 1);
    return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
  }

  /** The median (the 0.5-quantile). */
  public static double median(double[] values) {
    return quantile(values, 0.5);
  }

  /** The smallest value. */
  public static double min(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    return Arrays.stream(values).min().getAsDouble();
  }
}
