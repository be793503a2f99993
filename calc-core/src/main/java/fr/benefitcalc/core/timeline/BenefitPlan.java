package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import java.time.LocalDate;
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
  /** {@link #sameEvaluations} already answered, by plan (identity). */
  private final java.util.concurrent.ConcurrentHashMap<BenefitPlan, Boolean> sameEvaluationsAs =
      new java.util.concurrent.ConcurrentHashMap<>();
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
  /** The last {@link #revaluationMonths} answered (the households of a run share their months computed). */
  private volatile RevaluationMonths lastRevaluations;
  /**
   * Whether the timeline takes the rule's declaration of what it reads of the linked benefit ({@link #linkedRead}):
   * a rule that declares every read and reads the AL (not a receipt).
   */
  private final boolean declaresLinkedReads;
  /**
   * {@link #linkedRead} already resolved for the decision months near the span computed (from
   * {@value #KEPT_BEFORE} months before its first month, for the warm-up decisions, to {@value #KEPT_AFTER} after its
   * last), by whether in the experiment, by household size up to {@value #KEPT_SIZES} members, and by month; other
   * months are resolved each time. Each element is written once with an object whose fields are all final: a race
   * builds it twice, never shows it half-built (a plain array: read per decision). Sized by the span, not by a fixed
   * calendar: {@code compare} prepares a plan per range of months in the files (entries and exits), thousands of
   * them, and a 60-year array each held 230 MB of a default run's heap.
   */
  private final LinkedRead[] linkedReads;
  /** First decision month of the kept {@link #linkedRead}s, and how many months are kept. */
  private final int nearFirst;
  private final int nearMonths;
  private static final int KEPT_BEFORE = 48;
  private static final int KEPT_AFTER = 12;
  private static final int KEPT_SIZES = 8;
  /** A decision month whose rule declares nothing of the linked benefit (kept as such). */
  private static final LinkedRead UNDECLARED = new LinkedRead(0, -1, new long[0]);

  private record RevaluationMonths(int first, int last, int[] months) {}

  BenefitPlan(Benefit benefit, BenefitRule rule, RuleSet ruleSet, MonthRange span) {
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
    this.declaresLinkedReads = trustReads && readsReceived == null;
    this.nearFirst = span.firstIndex() - KEPT_BEFORE;
    this.nearMonths = span.lastIndex() + KEPT_AFTER - nearFirst + 1;
    this.linkedReads = new LinkedRead[declaresLinkedReads ? 2 * KEPT_SIZES * nearMonths : 0];
  }

  /**
   * What the decision of {@code decisionMonth} reads of the linked benefit, as the rule declares it
   * ({@link BenefitRule#receivedMonthsRead}, {@link BenefitRule#receivedAmountReadUpTo} for every parameter month of
   * the decision: its month and each revaluation inside it) for a household of at most {@code persons} members;
   * null when the timeline cannot rely on a declaration (the rule does not declare every read, or declares nothing
   * of the linked benefit): then every month of the decision's windows and of the decision is read, every amount as
   * it is.
   */
  LinkedRead linkedRead(int decisionMonth, boolean inExperiment, int persons) {
    if (!declaresLinkedReads) {
      return null;
    }
    int i = decisionMonth - nearFirst;
    if (i < 0 || i >= nearMonths || persons < 1 || persons > KEPT_SIZES) {
      LinkedRead r = resolveLinkedRead(decisionMonth, inExperiment, persons);
      return r == UNDECLARED ? null : r;
    }
    int at = ((inExperiment ? KEPT_SIZES : 0) + persons - 1) * nearMonths + i;
    LinkedRead r = linkedReads[at];
    if (r == null) {
      r = resolveLinkedRead(decisionMonth, inExperiment, persons);
      linkedReads[at] = r; // equal values whichever thread writes it
    }
    return r == UNDECLARED ? null : r;
  }

  private LinkedRead resolveLinkedRead(int decisionMonth, boolean inExperiment, int persons) {
    var declared = rule.receivedMonthsRead(rules, inExperiment, decisionMonth);
    if (declared.isEmpty()) {
      return UNDECLARED;
    }
    int first = declared.get().firstIndex();
    int last = declared.get().lastIndex();
    int decisionLast = decisionMonth + rules.schedule().intervalMonths() - 1;
    int[] revalued = computeRevaluationMonths(decisionMonth, decisionLast);
    long[] ceilings = new long[Math.max(0, last - first + 1)];
    for (int m = first; m <= last; m++) {
      long ceiling;
      try {
        ceiling = rule.receivedAmountReadUpTo(rules, persons, decisionMonth, decisionMonth, m);
        for (int pm : revalued) {
          if (pm > decisionMonth && pm <= decisionLast) {
            ceiling = Math.max(ceiling, rule.receivedAmountReadUpTo(rules, persons, decisionMonth, pm, m));
          }
        }
      } catch (fr.benefitcalc.core.parameters.ParameterOutOfRangeException e) {
        ceiling = Long.MAX_VALUE; // every amount read as it is
      }
      ceilings[m - first] = ceiling;
    }
    return new LinkedRead(first, last, ceilings);
  }

  /**
   * Whether the rule evaluations of this plan are those of {@code other} for the same household, decision,
   * parameter month, day, situation held, view and linked benefit read ({@link Evaluations}): the same rule,
   * rules of its benefit equal but for the regularisation policy (no rule reads it: it decides what the
   * timeline does with the amounts), the same view of corrected data (whether they feed the later decisions,
   * {@code RegularisationPolicy#correctedDataFeedFutureDecisions}) and, unless the rule reads only its own
   * rules, the same rule set: e.g. the AL of the current rules and of the same rules with droits figés.
   * Kept per pair.
   */
  boolean sameEvaluations(BenefitPlan other) {
    if (other == this) {
      return true;
    }
    if (other.rule != rule || other.benefit != benefit || other.feed != feed) {
      return false;
    }
    Boolean same = sameEvaluationsAs.get(other);
    if (same == null) {
      same = (ruleSet == other.ruleSet || rule.readsOnlyItsOwnRules())
          && rules.withPolicy(other.rules.policy()).equals(other.rules);
      sameEvaluationsAs.put(other, same);
    }
    return same;
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

  /**
   * The months in {@code first..last} from which a parameter the rule reads for the month of right
   * takes a new value, increasing (shared: read it, never change it).
   */
  int[] revaluationMonths(int first, int last) {
    RevaluationMonths r = lastRevaluations;
    if (r == null || r.first() != first || r.last() != last) {
      r = new RevaluationMonths(first, last, computeRevaluationMonths(first, last));
      lastRevaluations = r;
    }
    return r.months();
  }

  /**
   * The months in {@code first..last} from which a parameter the rule reads for the month of right
   * takes a new value (a step starting on the 1st applies from its month, one starting later from the
   * next month: amounts are monthly), increasing (not kept: see {@link #revaluationMonths}).
   */
  private int[] computeRevaluationMonths(int first, int last) {
    long from = Months.firstEpochDay(first);
    long until = Months.firstEpochDay(last + 1);
    int[] out = new int[8];
    int n = 0;
    for (long day : revaluationDays) {
      if (day > from && day < until) {
        LocalDate start = LocalDate.ofEpochDay(day);
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, 2 * n);
        }
        out[n++] = Months.index(start) + (start.getDayOfMonth() == 1 ? 0 : 1);
      }
    }
    java.util.Arrays.sort(out, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || out[distinct - 1] != out[i]) {
        out[distinct++] = out[i];
      }
    }
    return java.util.Arrays.copyOf(out, distinct);
  }
}
