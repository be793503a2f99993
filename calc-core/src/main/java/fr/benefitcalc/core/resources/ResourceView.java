package fr.benefitcalc.core.resources;

import fr.benefitcalc.core.time.Months;
import java.time.YearMonth;

/**
 * The resources of one household's members as seen by a rule: the amount of a category for a month,
 * either as known on a given date or final. A view is what makes the same rule compute the right "as
 * the agency knew it" or "as it should have been".
 *
 * <p>Amounts are {@link fr.benefitcalc.core.money.Fixed} nano-euros. For an annual category
 * ({@link IncomeCategory#SELF_EMPLOYED_ANNUAL}), {@link #annual} gives the year's amount.
 */
public interface ResourceView {

  /** The amount of {@code category} for person {@code person} (index in the household) and month. */
  long monthly(int person, IncomeCategory category, int monthIndex);

  /** The amount of an annual category for a calendar year. */
  long annual(int person, IncomeCategory category, int year);

  /** Whether a value of an annual category is known for the year (even if 0). */
  boolean hasAnnual(int person, IncomeCategory category, int year);

  /**
   * Whether the amount of a month is known in this view: always in a final view; in a view "as known
   * on a date", false for a month whose every value became known after that date (its payroll data
   * have not arrived yet). A month without any dated value is known (as the series' constant). Rules
   * use it where the law reads a fact, not an amount: an income "interrupted" in a month is a known
   * nil, not a month whose data are missing.
   */
  default boolean known(int person, IncomeCategory category, int monthIndex) {
    return true;
  }

  /**
   * The amount of the latest known month among {@code monthIndex} and the two before it: what the
   * agency knows of the person's current situation (an income "in M" whose payroll data have not
   * arrived yet is read from the last month that has). In a final view, the amount of
   * {@code monthIndex} itself.
   */
  default long current(int person, IncomeCategory category, int monthIndex) {
    for (int m = monthIndex; m > monthIndex - 2; m--) {
      if (known(person, category, m)) {
        return monthly(person, category, m);
      }
    }
    return monthly(person, category, monthIndex - 2);
  }

  /** Sum of a monthly category over months {@code firstIndex..lastIndex}, both included. */
  default long sum(int person, IncomeCategory category, int firstIndex, int lastIndex) {
    long total = 0;
    for (int m = firstIndex; m <= lastIndex; m++) {
      total += monthly(person, category, m);
    }
    return total;
  }

  /**
   * False only when the person has no amount of {@code category} at all in this view: every month and
   * year reads 0, no year {@link #hasAnnual}, every month is {@link #known}. A rule may then skip its
   * reads of the category (the answer is the same). True by default (the reads then decide).
   */
  default boolean holds(int person, IncomeCategory category) {
    return true;
  }

  /** Convenience for {@link #monthly(int, IncomeCategory, int)} with a {@link YearMonth}. */
  default long monthly(int person, IncomeCategory category, YearMonth month) {
    return monthly(person, category, Months.index(month));
  }
}
