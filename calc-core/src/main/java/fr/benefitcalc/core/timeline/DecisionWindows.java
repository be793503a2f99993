package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.ReadMonths;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import java.util.HashMap;
import java.util.Map;

/**
 * Which resource months a benefit's decisions read, as the rule declares them
 * ({@link BenefitRule#reads}: its reference windows under the rule set and every other month it
 * reads): what a late or corrected value must touch to reopen a decision.
 */
final class DecisionWindows {
  private final BenefitRule rule;
  private final BenefitRules rules;
  private final boolean experimenting;
  /** Declarations already resolved, by decision month (the slow paths: frozen data, explanations). */
  private Map<Integer, ReadMonths> byMonth;

  DecisionWindows(BenefitRule rule, BenefitRules rules, boolean experimenting) {
    this.rule = rule;
    this.rules = rules;
    this.experimenting = experimenting;
  }

  MonthRange defaultWindow(int decisionMonth) {
    return rules.defaultPeriod(experimenting, Months.of(decisionMonth)).resolve(Months.of(decisionMonth));
  }

  /** Whether the decision of {@code decisionMonth} reads {@code category} for the month of this index. */
  boolean uses(IncomeCategory category, int decisionMonth, int monthIndex) {
    if (byMonth == null) {
      byMonth = new HashMap<>();
    }
    ReadMonths r = byMonth.get(decisionMonth);
    if (r == null) {
      r = new ReadMonths();
      rule.reads(rules, experimenting, decisionMonth, r);
      byMonth.put(decisionMonth, r);
    }
    return r.reads(category, monthIndex);
  }

  /** The months the decision of {@code decisionMonth} reads, into {@code resolved} (cleared first). */
  void resolve(int decisionMonth, ReadMonths resolved) {
    rule.reads(rules, experimenting, decisionMonth, resolved.clear());
  }

  /** The first month the decision of {@code decisionMonth} reads. */
  int earliestMonth(int decisionMonth) {
    ReadMonths r = new ReadMonths();
    rule.reads(rules, experimenting, decisionMonth, r);
    return Math.min(r.earliestMonth(), decisionMonth);
  }
}
