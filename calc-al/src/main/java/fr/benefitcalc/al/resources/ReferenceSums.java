package fr.benefitcalc.al.resources;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.time.ReferencePeriod;

/**
 * The amount of a resource category over the reference period the rule set gives it (CCH R822-3:
 * M-13..M-2 for resources declared through the DSN, N-1 for alimony, N-2 for other taxable income and
 * self-employed profits, R822-5).
 */
final class ReferenceSums {
  private ReferenceSums() {}

  /** Sum of a monthly category over its period for the right of month {@code monthIndex}. */
  static long monthly(ResourceView view, BenefitRules rules, int person, IncomeCategory category, int monthIndex) {
    ReferencePeriod period = rules.period(category);
    return view.sum(person, category, period.firstIndex(monthIndex), period.lastIndex(monthIndex));
  }

  /**
   * An annual category (self-employed profits) over its period: the year's amount when the period is
   * a calendar year, otherwise one twelfth of each covered year's amount per month.
   */
  static long annual(ResourceView view, BenefitRules rules, int person, IncomeCategory category, int monthIndex) {
    ReferencePeriod period = rules.period(category);
    int first = period.firstIndex(monthIndex);
    int last = period.lastIndex(monthIndex);
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
