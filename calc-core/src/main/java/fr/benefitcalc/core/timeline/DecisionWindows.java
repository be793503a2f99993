package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.ReadMonths;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which resource months a benefit's decisions read, as the rule declares them
 * ({@link BenefitRule#reads}: its reference windows under the rule set and every other month it
 * reads): what a late or corrected value must touch to reopen a decision. Each decision month's
 * declaration is resolved once and kept: one instance serves every household of a prepared timeline
 * ({@link DecisionTimeline#prepare}), from any thread.
 */
final class DecisionWindows {
  private final BenefitRule rule;
  private final BenefitRules rules;
  private final boolean experimenting;
  /** Declarations already resolved, by decision month; never modified once in the map. */
  private final ConcurrentHashMap<Integer, ReadMonths> byMonth = new ConcurrentHashMap<>();

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
    return of(decisionMonth).reads(category, monthIndex);
  }

  /** The months the decision of {@code decisionMonth} reads (shared: read it, never change it). */
  ReadMonths of(int decisionMonth) {
    ReadMonths r = byMonth.get(decisionMonth);
    if (r == null) {
      ReadMonths created = new ReadMonths();
      rule.reads(rules, experimenting, decisionMonth, created);
      r = byMonth.putIfAbsent(decisionMonth, created);
      if (r == null) {
        r = created;
      }
    }
    return r;
  }

  /** The first month the decision of {@code decisionMonth} reads. */
  int earliestMonth(int decisionMonth) {
    return Math.min(of(decisionMonth).earliestMonth(), decisionMonth);
  }
}
