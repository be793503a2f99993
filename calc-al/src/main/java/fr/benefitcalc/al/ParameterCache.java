package fr.benefitcalc.al;

import fr.benefitcalc.core.resources.IncomeConcept;
import fr.benefitcalc.al.parameters.MonthParameters;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.ReferenceWindows;
import java.time.YearMonth;
import fr.benefitcalc.core.time.Months;

/**
 * Per-month parameters and options of the few rule sets a rule instance meets, looked up once. Entries
 * are immutable and published through a copy-on-write array, so concurrent computations may race to fill
 * a month, which is harmless (they compute the same value).
 */
final class ParameterCache {
  private static final int FIRST = Months.index(YearMonth.of(2021, 1));
  private static final int LAST = Months.index(YearMonth.of(2026, 12));
  private static final int MAX_ENTRIES = 8;

  private volatile Entry[] entries = new Entry[0];

  /** The entry of a rule set (by identity). */
  Entry entry(BenefitRules rules) {
    Entry[] current = entries;
    for (Entry e : current) {
      if (e.rules == rules) {
        return e;
      }
    }
    Entry created = new Entry(rules);
    synchronized (this) {
      Entry[] now = entries;
      int keep = Math.min(now.length, MAX_ENTRIES - 1);
      Entry[] next = new Entry[keep + 1];
      next[0] = created;
      System.arraycopy(now, 0, next, 1, keep);
      entries = next;
    }
    return created;
  }

  /** Options and monthly parameters of one rule set. */
  static final class Entry {
    final BenefitRules rules;
    final AlOptions options;
    /** The income concept the rule set chooses (law: net taxable amounts). */
    final IncomeConcept concept;
    private final AlMonthAmounts[] months = new AlMonthAmounts[LAST - FIRST + 1];
    private final ReferenceWindows[] windows = new ReferenceWindows[LAST - FIRST + 1];

    Entry(BenefitRules rules) {
      this.rules = rules;
      this.options = AlOptions.of(rules);
      this.concept = IncomeConcept.of(rules, IncomeConcept.TAXABLE);
    }

    /**
     * The parameters of the month of this index and the amounts derived from them by composition (cached for
     * 2021-01..2026-12).
     */
    AlMonthAmounts month(int monthIndex) {
      if (monthIndex < FIRST || monthIndex > LAST) {
        return AlMonthAmounts.computedWhenAsked(MonthParameters.of(rules, monthIndex));
      }
      AlMonthAmounts a = months[monthIndex - FIRST];
      if (a == null) {
        a = AlMonthAmounts.of(MonthParameters.of(rules, monthIndex));
        months[monthIndex - FIRST] = a;
      }
      return a;
    }

    /** The months each resource category is read over for the right of this month (cached like the parameters). */
    ReferenceWindows windows(int monthIndex) {
      if (monthIndex < FIRST || monthIndex > LAST) {
        return ReferenceWindows.of(rules, monthIndex);
      }
      ReferenceWindows w = windows[monthIndex - FIRST];
      if (w == null) {
        w = ReferenceWindows.of(rules, monthIndex);
        windows[monthIndex - FIRST] = w;
      }
      return w;
    }
  }
}
