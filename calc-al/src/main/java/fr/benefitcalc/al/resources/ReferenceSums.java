package fr.benefitcalc.al.resources;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.rules.ReferenceWindows;
import fr.benefitcalc.core.time.Months;

/**
 * The amount of a resource category over the reference period the rule set gives it (CCH R822-3:
 * M-13..M-2 for resources declared through the DSN, N-1 for alimony, N-2 for other taxable income and
 * self-employed profits, R822-5), each window resolved once per rule set and month ({@link ReferenceWindows}).
 */
final class ReferenceSums {
  private ReferenceSums() {}

  /** Sum of a monthly category over its window for the month of right. */
  static long monthly(ResourceView view, ReferenceWindows windows, int person, IncomeCategory category) {
    return view.sum(person, category, windows.first(category), windows.last(category));
  }

  /**
   * An annual category (self-employed profits) over its window: the year's amount when the window is
   * a calendar year, otherwise one twelfth of each covered year's amount per month.
   */
  static long annual(ResourceView view, ReferenceWindows windows, int person, IncomeCategory category) {
    int first = windows.first(category);
    int last = windows.last(category);
    if (Months.monthOfYear(first) == 1 && last == first + 11) {
      return view.annual(person, category, Months.year(first));
    }
    long total = 0;
    for (int m = first; m <= last; m++) {
      total += Fixed.divide(view.annual(person, category, Months.year(m)), 12);
    }
    return total;
  }
}
