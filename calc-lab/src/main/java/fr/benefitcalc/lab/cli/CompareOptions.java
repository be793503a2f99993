package fr.benefitcalc.lab.cli;

import fr.benefitcalc.core.time.MonthRange;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.Optional;

/** The checks of the options that {@code compare} shares with its Spark launcher ({@code calc-spark}). */
public final class CompareOptions {
  private CompareOptions() {}

  /**
   * Checks the options every comparison shares, on one machine or on Spark: {@code --from} and {@code --to} are
   * months, in order, and {@code --households} is at least 1.
   *
   * @param from the {@code --from} option as given
   * @param to the {@code --to} option as given
   * @param households the {@code --households} option
   * @param stderr where a refusal is said, naming the option and its value
   * @return the months of right of the run, or empty after saying why on {@code stderr}
   */
  public static Optional<MonthRange> runSpan(String from, String to, int households, PrintWriter stderr) {
    YearMonth first;
    YearMonth last;
    try {
      first = YearMonth.parse(from);
      last = YearMonth.parse(to);
    } catch (RuntimeException e) {
      stderr.println("compare: --from/--to: '" + from + "'..'" + to + "' are not months (YYYY-MM)");
      return Optional.empty();
    }
    if (last.isBefore(first)) {
      stderr.println("compare: --to " + to + " is before --from " + from);
      return Optional.empty();
    }
    if (households < 1) {
      stderr.println("compare: --households " + households + " must be at least 1");
      return Optional.empty();
    }
    return Optional.of(MonthRange.of(first, last));
  }
}
