package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy;

/**
 * What one benefit's timeline derives from its rule and rule set alone, whatever the household: the
 * benefit's rules, its regularisation policy, the decision and payment days, the months of its
 * revaluations and the months each decision reads. Derived once per {@link DecisionTimeline.Prepared}
 * and shared by its households (immutable but for the decision windows' cache, which is thread-safe).
 */
final class BenefitPlan {
  final Benefit benefit;
  final BenefitRule rule;
  final BenefitRules rules;
  final RuleSet ruleSet;
  final RegularisationPolicy policy;
  /** Whether corrected data feed later decisions ({@link RegularisationPolicy#correctedDataFeedFutureDecisions}). */
  final boolean feed;
  final int decisionDay;
  final int paymentDay;
  /**
   * The days (epoch days) a parameter the rule reads for the month of right takes a new value; empty
   * in next-decision mode.
   */
  final long[] revaluationDays;
  /**
   * Whether the due may rely on the rule's declaration of the months it reads
   * ({@link BenefitRule#declaresEveryRead()}, unless {@value DecisionTimeline#VERIFY_READS_OPTION}).
   */
  final boolean trustReads;
  /** {@link #sameTimelines} already answered, by plan (identity). */
  private final java.util.concurrent.ConcurrentHashMap<BenefitPlan, Boolean> sameAs =
      new java.util.concurrent.ConcurrentHashMap<>();
  /**
   * The benefit whose receipt in the month before its month of calculation the rule reads
   * ({@value DecisionTimeline#READS_RECEIVED_OPTION}), or null.
   */
  final Benefit readsReceived;
  private final DecisionWindows outside;
  private final DecisionWindows experimenting;

  BenefitPlan(Benefit benefit, BenefitRule rule, RuleSet ruleSet) {
    this.benefit = benefit;
    this.rule = rule;
    this.rules = ruleSet.rules(benefit);
    this.ruleSet = ruleSet;
    this.policy = rules.policy();
    this.feed = policy.correctedDataFeedFutureDecisions();
    this.decisionDay = BenefitTimelineComputer.decisionDay(rules);
    this.paymentDay = BenefitTimelineComputer.paymentDay(rules);
    this.revaluationDays = BenefitTimelineComputer.revaluationDays(rule, rules);
    this.trustReads = rule.declaresEveryRead()
        && !Boolean.parseBoolean(rules.option(DecisionTimeline.VERIFY_READS_OPTION, "false").trim());
    this.readsReceived = DecisionTimeline.readsReceived(benefit, rules);
    this.outside = new DecisionWindows(rule, rules, false);
    this.experimenting = new DecisionWindows(rule, rules, true);
  }

  /**
   * Whether the timelines of this plan are those of {@code other} for the same household, months
   * computed and linked benefit: the same rule, equal rules of its benefit and, unless the rule reads
   * only its own ({@link BenefitRule#readsOnlyItsOwnRules()}), the same rule set. Kept per pair.
   */
  boolean sameTimelines(BenefitPlan other) {
    if (other == this) {
      return true;
    }
    if (other.rule != rule || other.benefit != benefit) {
      return false;
    }
    Boolean same = sameAs.get(other);
    if (same == null) {
      same = (ruleSet == other.ruleSet || rule.readsOnlyItsOwnRules()) && rules.equals(other.rules);
      sameAs.put(other, same);
    }
    return same;
  }

  /** The months read by the decisions of a household in an experimenting department or not. */
  DecisionWindows windows(boolean inExperiment) {
    return inExperiment ? experimenting : outside;
  }
}
