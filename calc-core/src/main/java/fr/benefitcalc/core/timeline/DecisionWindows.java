package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.ReadMonths;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

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
  /** First decision month of {@link #near} (January 2000). */
  private static final int NEAR_FIRST = 2000 * 12;
  /** Declarations already resolved for the decision months of 2000-2059 (index: month - NEAR_FIRST), set once each. */
  private final AtomicReferenceArray<ReadMonths> near = new AtomicReferenceArray<>(60 * 12);
  /** Declarations already resolved for other decision months; never modified once in the map. */
  private final ConcurrentHashMap<Integer, ReadMonths> far = new ConcurrentHashMap<>();

  DecisionWindows(BenefitRule rule, BenefitRules rules, boolean experimenting) {
    this.rule = rule;
    this.rules = rules;
    this.experimenting = experimenting;
  }

  /** The default reference window of each decision month of 2000-2059 already resolved (as {@link #near}). */
  private final AtomicReferenceArray<MonthRange> nearWindows = new AtomicReferenceArray<>(60 * 12);

  /** The default reference window of the decision of {@code decisionMonth} (the period of every category without its own). */
  MonthRange defaultWindow(int decisionMonth) {
    int i = decisionMonth - NEAR_FIRST;
    if (i < 0 || i >= nearWindows.length()) {
      return resolveWindow(decisionMonth);
    }
    MonthRange w = nearWindows.get(i);
    if (w == null) {
      w = resolveWindow(decisionMonth);
      nearWindows.set(i, w); // equal values whichever thread writes it
    }
    return w;
  }

  private MonthRange resolveWindow(int decisionMonth) {
    return rules.defaultPeriod(experimenting, Months.of(decisionMonth)).resolve(Months.of(decisionMonth));
  }

  /** Whether the decision of {@code decisionMonth} reads {@code category} for the month of this index. */
  boolean uses(IncomeCategory category, int decisionMonth, int monthIndex) {
    return of(decisionMonth).reads(category, monthIndex);
  }

  /** The months the decision of {@code decisionMonth} reads (shared: read it, never change it). */
  ReadMonths of(int decisionMonth) {
    int i = decisionMonth - NEAR_FIRST;
    if (i < 0 || i >= near.length()) {
      return far.computeIfAbsent(decisionMonth, this::resolve);
    }
    ReadMonths r = near.get(i);
    if (r == null) {
      ReadMonths created = resolve(decisionMonth);
      r = near.compareAndExchange(i, null, created);
      if (r == null) {
        r = created;
      }
    }
    return r;
  }

  private ReadMonths resolve(int decisionMonth) {
    ReadMonths created = new ReadMonths();
    rule.reads(rules, experimenting, decisionMonth, created);
    return created;
  }

  /** The first month the decision of {@code decisionMonth} reads. */
  int earliestMonth(int decisionMonth) {
    return Math.min(of(decisionMonth).earliestMonth(), decisionMonth);
  }
}
