package fr.benefitcalc.core.rules;

import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.time.Months;
import java.util.Objects;

/**
 * The months each resource category is read over for one month of right under a rule set: the
 * {@link BenefitRules#period(IncomeCategory) reference period} of every category (outside any
 * experiment) resolved once, so that a formula reads two {@code int}s by category ordinal instead of
 * looking the period up in a map and resolving it for every person and category.
 *
 * <p>Example: under {@code defaultPeriod = rolling(-13, -2)} with alimony on {@code calendarYear(-1)},
 * for the right of January 2025, {@code first(SALARY_TAXABLE)} is December 2023 and
 * {@code first(ALIMONY_RECEIVED)} January 2024 (see {@link Months} for the indices).
 *
 * <p>Immutable; build it once per rule set and month (e.g. in a {@link fr.benefitcalc.core.parameters.MonthTable}).
 */
public final class ReferenceWindows {
  private final int monthIndex;
  private final int[] first;
  private final int[] last;

  private ReferenceWindows(int monthIndex, int[] first, int[] last) {
    this.monthIndex = monthIndex;
    this.first = first;
    this.last = last;
  }

  /** The windows of every category of {@code rules} for the right of the month of index {@code monthIndex}. */
  public static ReferenceWindows of(BenefitRules rules, int monthIndex) {
    Objects.requireNonNull(rules, "rules");
    int n = IncomeCategory.count();
    int[] first = new int[n];
    int[] last = new int[n];
    for (int c = 0; c < n; c++) {
      var period = rules.period(IncomeCategory.ofOrdinal(c));
      first[c] = period.firstIndex(monthIndex);
      last[c] = period.lastIndex(monthIndex);
    }
    return new ReferenceWindows(monthIndex, first, last);
  }

  /** The month of right these windows are counted back from (its index). */
  public int monthIndex() {
    return monthIndex;
  }

  /** The first month (index) of the window of {@code category}. */
  public int first(IncomeCategory category) {
    return first[category.ordinal()];
  }

  /** The last month (index) of the window of {@code category}, included. */
  public int last(IncomeCategory category) {
    return last[category.ordinal()];
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ReferenceWindows[M=").append(Months.of(monthIndex));
    for (int c = 0; c < first.length; c++) {
      s.append(", ").append(IncomeCategory.ofOrdinal(c).key()).append('=')
          .append(Months.of(first[c])).append("..").append(Months.of(last[c]));
    }
    return s.append(']').toString();
  }
}
