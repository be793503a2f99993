package fr.benefitcalc.testkit.generators;

import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceHistory;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Edits of a {@link ResourceHistory} for generators and properties: the same values for other
 * persons (a member joins or leaves), or one more value known later (a correction).
 *
 * <pre>{@code
 * // person 0's salary of 2024-11 corrected to 1 500 EUR, known on 2025-03-20
 * ResourceHistory corrected = Histories.withValue(h.resources(), 0, IncomeCategory.SALARY_TAXABLE,
 *     YearMonth.of(2024, 11), Fixed.euros("1500"), LocalDate.of(2025, 3, 20));
 * }</pre>
 */
public final class Histories {
  private Histories() {}

  /**
   * The history whose person {@code i} is {@code from}'s person {@code old[i]}, with all its values
   * and their known-on dates; {@code old[i] = -1} is a new person without resources.
   */
  public static ResourceHistory remap(ResourceHistory from, int[] old) {
    return copy(from, old);
  }

  /**
   * {@code from} with one more value: {@code amount} for {@code person}'s {@code category} in
   * {@code month} (January of the year for an annual category), known on {@code knownOn}. A value of
   * that month already known on that date is an error.
   */
  public static ResourceHistory withValue(ResourceHistory from, int person, IncomeCategory category, YearMonth month,
      long amount, LocalDate knownOn) {
    return withValues(from, java.util.List.of(new ResourceHistory.Value(person, category, month,
        java.util.Optional.ofNullable(knownOn), amount)));
  }

  /**
   * {@code from} with the values {@code extra} more (each as {@link #withValue}: a value of a month already known on
   * its date is an error), in one copy.
   */
  public static ResourceHistory withValues(ResourceHistory from, java.util.List<ResourceHistory.Value> extra) {
    ResourceHistory.Builder b = from.toBuilder();
    for (ResourceHistory.Value v : extra) {
      add(b, v.person(), v.category(), v.month(), v.amount(), v.knownOn().orElse(null));
    }
    return b.build();
  }

  /** The latest date a value of that month became known (the given date if none is dated later). */
  public static LocalDate lastKnown(ResourceHistory h, int person, IncomeCategory category, YearMonth month, LocalDate atLeast) {
    LocalDate last = atLeast;
    for (ResourceHistory.Value v : h.values()) {
      if (v.person() == person && v.category() == category && v.month().equals(month) && v.knownOn().isPresent()
          && v.knownOn().get().isAfter(last)) {
        last = v.knownOn().get();
      }
    }
    return last;
  }

  private static ResourceHistory copy(ResourceHistory from, int[] old) {
    ResourceHistory.Builder b = ResourceHistory.builder(old.length);
    for (int i = 0; i < old.length; i++) {
      if (old[i] < 0) {
        continue;
      }
      for (IncomeCategory c : IncomeCategory.values()) {
        long constant = from.constant(old[i], c);
        if (constant != 0) {
          b.constantNanoEuros(i, c, constant);
        }
      }
    }
    for (ResourceHistory.Value v : from.values()) {
      for (int i = 0; i < old.length; i++) {
        if (old[i] == v.person()) {
          add(b, i, v.category(), v.month(), v.amount(), v.knownOn().orElse(null));
        }
      }
    }
    return b.build();
  }

  private static void add(ResourceHistory.Builder b, int person, IncomeCategory c, YearMonth month, long amount,
      LocalDate knownOn) {
    if (c.isAnnual()) {
      if (knownOn != null) {
        b.annualNanoEuros(person, c, month.getYear(), amount, knownOn);
      } else {
        b.annualNanoEuros(person, c, month.getYear(), amount);
      }
    } else if (knownOn != null) {
      b.valueNanoEuros(person, c, month, amount, knownOn);
    } else {
      b.valueNanoEuros(person, c, month, amount);
    }
  }
}
