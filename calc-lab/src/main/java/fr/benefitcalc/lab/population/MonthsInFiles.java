package fr.benefitcalc.lab.population;

import fr.benefitcalc.core.time.MonthRange;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The months a household of a population file is in the agency's files (présence dans le fichier des
 * allocataires): from its first month (it entered: a move into the area, a new claim) to its last (it left: a
 * move out, a death, a claim stopped), both included; either open. Outside them the household is neither paid nor
 * due anything; the regularisations of its months in the files still follow whenever they are decided. The columns
 * {@code first_month} and {@code last_month} of a population file ({@code docs/population-file.md}); the synthetic
 * population draws its own ({@code EntriesAndExits}).
 *
 * <pre>{@code
 * MonthsInFiles in = new MonthsInFiles(Optional.of(YearMonth.of(2024, 5)), Optional.empty());
 * in.within(MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12)));   // 2024-05..2025-12
 * }</pre>
 *
 * @param first the first month in the files, or empty: before any month compared
 * @param last the last month in the files, or empty: after any month compared
 */
public record MonthsInFiles(Optional<YearMonth> first, Optional<YearMonth> last) {
  /** In the files in every month. */
  public static final MonthsInFiles ALWAYS = new MonthsInFiles(Optional.empty(), Optional.empty());

  public MonthsInFiles {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
      throw new IllegalArgumentException("last month in the files " + last.get() + " is before the first "
          + first.get());
    }
  }

  /** Whether the household is in the files in every month. */
  public boolean always() {
    return first.isEmpty() && last.isEmpty();
  }

  /** The months of {@code span} in the files, or empty when none is. */
  public Optional<MonthRange> within(MonthRange span) {
    YearMonth a = first.filter(m -> m.isAfter(span.first())).orElse(span.first());
    YearMonth b = last.filter(m -> m.isBefore(span.last())).orElse(span.last());
    return b.isBefore(a) ? Optional.empty() : Optional.of(MonthRange.of(a, b));
  }

  /** E.g. "2024-05..2025-03", "2024-05..", "..2025-03", "every month". */
  @Override
  public String toString() {
    return always() ? "every month" : first.map(YearMonth::toString).orElse("") + ".."
        + last.map(YearMonth::toString).orElse("");
  }
}
