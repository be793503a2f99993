package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.time.ReferencePeriod;

/**
 * The reference windows of a benefit's decisions (rule-set configuration), and which resource
 * months a decision reads: what a correction must touch to reopen it.
 *
 * <p>A monthly value reopens a decision when its month is in the window of its category. An annual
 * value (self-employed profit of year Y) reopens it when Y meets the window of its category or is
 * one of N, N-1, N-2 of the decision (the RSA / prime d'activité read the last known of those).
 * What a rule reads beyond these windows is still caught, as an unattributed residual (see
 * {@link BenefitTimelineComputer}).
 */
final class DecisionWindows {
  private final BenefitRules rules;
  private final boolean experimenting;
  private final boolean upToCalculation;
  /** The period of each category (by ordinal) that has its own; null: the default period. */
  private final ReferencePeriod[] own = new ReferencePeriod[IncomeCategory.count()];

  DecisionWindows(BenefitRules rules, boolean experimenting, boolean upToCalculation) {
    this.rules = rules;
    this.experimenting = experimenting;
    this.upToCalculation = upToCalculation;
    rules.periods().forEach((c, p) -> own[c.ordinal()] = p);
  }

  ReferencePeriod period(IncomeCategory category, int decisionMonth) {
    ReferencePeriod p = own[category.ordinal()];
    return p != null ? p : rules.defaultPeriod(experimenting, decisionMonth);
  }

  MonthRange defaultWindow(int decisionMonth) {
    return rules.defaultPeriod(experimenting, Months.of(decisionMonth)).resolve(Months.of(decisionMonth));
  }

  /** Whether the decision of {@code decisionMonth} reads {@code category} for the month of this index. */
  boolean uses(IncomeCategory category, int decisionMonth, int monthIndex) {
    ReferencePeriod p = period(category, decisionMonth);
    int first = p.firstIndex(decisionMonth);
    int last = p.lastIndex(decisionMonth);
    if (!category.isAnnual()) {
      return first <= monthIndex && monthIndex <= (upToCalculation ? Math.max(last, decisionMonth) : last);
    }
    int year = Months.year(monthIndex);
    int decisionYear = Months.year(decisionMonth);
    return (Months.year(first) <= year && year <= Months.year(last))
        || (decisionYear - 2 <= year && year <= decisionYear);
  }

  /**
   * The windows of the decision of {@code decisionMonth}, resolved once for every category:
   * {@code resolved.uses(category, month)} answers {@link #uses} without a period lookup.
   */
  void resolve(int decisionMonth, Resolved resolved) {
    ReferencePeriod fallback = rules.defaultPeriod(experimenting, decisionMonth);
    resolved.decisionYear = Months.year(decisionMonth);
    int earliest = fallback.firstIndex(decisionMonth);
    for (IncomeCategory category : IncomeCategory.values()) {
      int c = category.ordinal();
      ReferencePeriod p = own[c] != null ? own[c] : fallback;
      int first = p.firstIndex(decisionMonth);
      int last = p.lastIndex(decisionMonth);
      earliest = Math.min(earliest, first);
      if (category.isAnnual()) {
        resolved.annual[c] = true;
        resolved.first[c] = Months.year(first);
        resolved.last[c] = Months.year(last);
      } else {
        resolved.annual[c] = false;
        resolved.first[c] = first;
        resolved.last[c] = upToCalculation ? Math.max(last, decisionMonth) : last;
      }
    }
    resolved.earliestMonth = earliest;
  }

  /** The windows of one decision, resolved by {@link #resolve} (mutable scratch, reused from decision to decision). */
  static final class Resolved {
    private final int[] first = new int[IncomeCategory.count()];
    private final int[] last = new int[IncomeCategory.count()];
    private final boolean[] annual = new boolean[IncomeCategory.count()];
    private int decisionYear;
    private int earliestMonth;

    /** {@link DecisionWindows#earliestMonth} for the decision resolved. */
    int earliestMonth() {
      return earliestMonth;
    }

    /** {@link DecisionWindows#uses} for the decision resolved. */
    boolean uses(IncomeCategory category, int monthIndex) {
      int c = category.ordinal();
      if (!annual[c]) {
        return first[c] <= monthIndex && monthIndex <= last[c];
      }
      int year = Months.year(monthIndex);
      return (first[c] <= year && year <= last[c]) || (decisionYear - 2 <= year && year <= decisionYear);
    }
  }

  /** The first month any category's window of this decision starts. */
  int earliestMonth(int decisionMonth) {
    int first = rules.defaultPeriod(experimenting, Months.of(decisionMonth)).firstIndex(decisionMonth);
    for (ReferencePeriod p : rules.periods().values()) {
      first = Math.min(first, p.firstIndex(decisionMonth));
    }
    return first;
  }
}
