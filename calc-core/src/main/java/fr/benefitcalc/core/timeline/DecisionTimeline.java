package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the benefit agency would have handled a household, month by month, when its resources are
 * known late or corrected (report IGAS-IGF 2023, [147], [151], [158]; docs/domain.md §1.4, F4-F6,
 * F10):
 * <ul>
 *   <li><b>decisions</b>: at each recalculation of the rule set's schedule, the amount is computed
 *       from the data known on the decision date, for the months up to the next one;
 *   <li><b>payments</b>: month m is paid on the payment day of m+1 ({@value #PAYMENT_DAY_OPTION},
 *       default 5), at its decision's amount as it stands that day;
 *   <li><b>revaluations</b>: a parameter the rule reads for the month of right that changes inside a
 *       decision's months recomputes it from that month, same window, data known that day
 *       ({@value #REVALUATION_OPTION}, default {@value #REVALUATION_ON_DATE});
 *   <li><b>due</b>: the same decisions recomputed from the final data;
 *   <li><b>regularisations</b>: a value a rule declares reading ({@code BenefitRule.reads}) that
 *       becomes known or is corrected after a decision reopens it on that day; the months already
 *       paid get an indu or a rappel, applied or frozen by the benefit's {@code RegularisationPolicy}
 *       (a frozen decision keeps its amount for its months not yet paid, droits figés); the later
 *       months are paid the corrected amount;
 *   <li><b>cascade</b>: with the AL and the RSA or prime d'activité together, the RSA / PA decisions
 *       read the AL as the agency knew it on their date (computed also for the months before the span
 *       they read: warm-up); an AL recomputation reopens those that read the months it changed, and
 *       names the AL change as their cause;
 *   <li><b>explanations</b>: every change of the amount paid and every regularisation names its causes.
 * </ul>
 *
 * <p>Decision date: the day {@value #DECISION_DAY_OPTION} of the decision month (a
 * {@code BenefitRules} option, 1-28, default 1: the first day of the month). A value known on that
 * day is used. A rent or a new {@link Situations situation} that changes mid-period takes effect at
 * the next scheduled recalculation. Conventions and their sources: docs/timeline.md.
 *
 * <pre>{@code
 * TimelineResult r = DecisionTimeline.compute(household, Map.of(Benefit.AL, alRule), law,
 *     MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12)));
 * r.of(Benefit.AL).regularisations();
 * }</pre>
 */
public final class DecisionTimeline {
  /** The {@code BenefitRules} option naming the day of the month decisions are taken (1-28). */
  public static final String DECISION_DAY_OPTION = "timeline.decision-day";
  /**
   * The {@code BenefitRules} option naming the day of the month m+1 on which month m is paid (1-28,
   * default 5: the CNAF payment calendar).
   */
  public static final String PAYMENT_DAY_OPTION = "timeline.payment-day";
  /**
   * The {@code BenefitRules} option saying when a legal parameter that changes inside a decision's
   * months applies: {@value #REVALUATION_ON_DATE} (default: from its date, as the agency's mass
   * recalculation) or {@value #REVALUATION_NEXT_DECISION} (at the next scheduled decision).
   */
  public static final String REVALUATION_OPTION = "timeline.revaluation";
  /** {@link #REVALUATION_OPTION}: from the revaluation's date. */
  public static final String REVALUATION_ON_DATE = "on-date";
  /** {@link #REVALUATION_OPTION}: at the next scheduled decision. */
  public static final String REVALUATION_NEXT_DECISION = "next-decision";

  /**
   * The {@code BenefitRules} option ({@code true} or {@code false}, default false) that, for a rule
   * that {@linkplain BenefitRule#declaresEveryRead() declares every read}, recomputes the amount due
   * from the final data whenever a month up to the month of calculation changed after the last
   * computation, as for any other rule: an undeclared read then shows as an unattributed
   * regularisation (a check for tests; the amounts are the same when the declaration is complete).
   */
  public static final String VERIFY_READS_OPTION = "timeline.verify-reads";

  /**
   * The {@code BenefitRules} option of the AL naming the benefit whose receipt ("perçu") in the month
   * before its month of calculation the AL reads, or {@value #READS_RECEIVED_NONE} (the default): with
   * {@code RSA}, each AL decision of month M reads whether the RSA was received in M-1 as the timeline
   * computed it and as it was known on the decision date (CCH R822-17 neutralises the activity income
   * and unemployment benefits of an RSA recipient "à compter du premier jour du mois civil suivant");
   * a later recomputation of that RSA that makes it start or stop being paid reopens the AL decision,
   * named as its cause. The AL and that benefit then form a cycle running forward in time (the RSA
   * reads the AL as forfait logement), resolved by alternate passes (docs/timeline.md).
   */
  public static final String READS_RECEIVED_OPTION = "timeline.reads-received";
  /** {@link #READS_RECEIVED_OPTION}: the AL reads no computed benefit's receipt (only one given as input). */
  public static final String READS_RECEIVED_NONE = "none";
  /**
   * The warm-up of the benefit whose receipt the AL reads, in intervals of the AL's schedule (a quarter
   * under {@code law}, a year under a yearly AL): it is computed from its decision that many intervals
   * before the span, whatever the span; the AL decisions before read the receipt given as input (none
   * in a synthetic household): two links of the chain AL → receipt → AL before the span's first AL
   * decision. See docs/timeline.md, "Receipt fed back".
   */
  public static final int RECEIPT_WARM_UP_INTERVALS = 2;

  /**
   * The benefit whose receipt {@code benefit}'s rules read ({@link #READS_RECEIVED_OPTION}), or null.
   *
   * @throws IllegalArgumentException for a value that is not a benefit received (AL or RSA: the prime
   *     d'activité is never "received" by another benefit's rules), for a benefit other than the AL,
   *     or for the AL reading itself
   */
  public static Benefit readsReceived(Benefit benefit, fr.benefitcalc.core.rules.BenefitRules rules) {
    return readsReceived(benefit, rules.option(READS_RECEIVED_OPTION, READS_RECEIVED_NONE));
  }

  /** {@link #readsReceived(Benefit, fr.benefitcalc.core.rules.BenefitRules)} for the option's value. */
  public static Benefit readsReceived(Benefit benefit, String optionValue) {
    String value = optionValue.trim();
    if (value.equals(READS_RECEIVED_NONE)) {
      return null;
    }
    if (benefit != Benefit.AL) {
      throw new IllegalArgumentException("option " + READS_RECEIVED_OPTION + " of " + benefit + ": '" + value
          + "': only the AL (the first benefit of the cascade) reads another benefit's receipt");
    }
    if (!value.equals(Benefit.RSA.name())) {
      throw new IllegalArgumentException("option " + READS_RECEIVED_OPTION + ": '" + value + "' is neither "
          + Benefit.RSA.name() + " nor " + READS_RECEIVED_NONE);
    }
    return Benefit.RSA;
  }

  /** The payment day of {@code rules} ({@link #PAYMENT_DAY_OPTION}), checked. */
  public static int paymentDay(fr.benefitcalc.core.rules.BenefitRules rules) {
    return BenefitTimelineComputer.paymentDay(rules);
  }

  /** The revaluation mode of {@code rules} ({@link #REVALUATION_OPTION}), checked. */
  public static String revaluation(fr.benefitcalc.core.rules.BenefitRules rules) {
    return BenefitTimelineComputer.revaluationOnDate(rules) ? REVALUATION_ON_DATE : REVALUATION_NEXT_DECISION;
  }

  /** How much to compute. */
  public enum Detail {
    /** Decisions, payments, dues and regularisations. */
    AMOUNTS,
    /** And the explanation of every change of the amount paid (two more rule evaluations per change). */
    EXPLAINED
  }

  private DecisionTimeline() {}

  /** The explained timeline of one household whose situation does not change. */
  public static TimelineResult compute(Household household, Map<Benefit, BenefitRule> rules, RuleSet ruleSet,
      MonthRange span) {
    return compute(Situations.of(household), rules, ruleSet, span, Detail.EXPLAINED);
  }

  /**
   * The timeline of a household over {@code span} for every benefit of {@code rules}, under
   * {@code ruleSet} (which must define each of them). To compute many households under the same
   * rules, {@link #prepare} them once.
   */
  public static TimelineResult compute(Situations situations, Map<Benefit, BenefitRule> rules, RuleSet ruleSet,
      MonthRange span, Detail detail) {
    Objects.requireNonNull(situations, "situations");
    Objects.requireNonNull(detail, "detail");
    return prepare(rules, ruleSet, span).compute(situations, detail);
  }

  /**
   * The timelines of {@code rules} under {@code ruleSet} over {@code span}, prepared for many
   * households: what does not depend on the household (each benefit's rules, policy, decision and
   * payment days, revaluation months, the months each decision reads) is derived once. Immutable
   * and thread-safe; gives the same results as {@link #compute(Situations, Map, RuleSet, MonthRange, Detail)}.
   *
   * @throws IllegalArgumentException when {@code rules} is empty, a rule is given under another
   *     benefit than its own, or {@code ruleSet} does not define one of the benefits
   */
  public static Prepared prepare(Map<Benefit, BenefitRule> rules, RuleSet ruleSet, MonthRange span) {
    return new Prepared(rules, ruleSet, span);
  }

  /** Timelines prepared for one set of rules, a rule set and a span ({@link #prepare}). */
  public static final class Prepared {
    private final RuleSet ruleSet;
    private final MonthRange span;
    private final BenefitPlan[] plans; // by benefit ordinal, null when not computed

    private Prepared(Map<Benefit, BenefitRule> rules, RuleSet ruleSet, MonthRange span) {
      Objects.requireNonNull(ruleSet, "ruleSet");
      Objects.requireNonNull(span, "span");
      if (rules.isEmpty()) {
        throw new IllegalArgumentException("decision timeline: no benefit rule given");
      }
      rules.forEach((benefit, rule) -> {
        if (rule.benefit() != benefit) {
          throw new IllegalArgumentException("decision timeline: the rule given for " + benefit + " computes "
              + rule.benefit());
        }
        ruleSet.rules(benefit);
      });
      this.ruleSet = ruleSet;
      this.span = span;
      this.plans = new BenefitPlan[Benefit.values().length];
      rules.forEach((benefit, rule) -> plans[benefit.ordinal()] = new BenefitPlan(benefit, rule, ruleSet, span));
    }

    /** The timeline of a household over the span for every benefit prepared. */
    public TimelineResult compute(Situations situations, Detail detail) {
      Objects.requireNonNull(situations, "situations");
      Objects.requireNonNull(detail, "detail");
      Map<Benefit, BenefitTimeline> out = new EnumMap<>(Benefit.class);
      boolean explain = detail == Detail.EXPLAINED;
      Computation c = new Computation(situations, explain);
      int spanFirst = span.firstIndex();
      int spanLast = span.lastIndex();
      BenefitPlan alPlan = plans[Benefit.AL.ordinal()];
      // the benefit whose receipt the AL reads (CCH R822-17: the RSA of M-1), when computed here
      BenefitPlan fedPlan = alPlan != null && alPlan.readsReceived != null ? plans[alPlan.readsReceived.ordinal()] : null;
      int alFirst = spanFirst;
      int alLast = spanLast;
      if (alPlan != null) {
        // warm-up: the AL of every month the RSA / PA decisions of the span read or cover, so that they see the AL
        // the rules give (not a 0 before the span) and name the same AL changes whatever the span
        for (BenefitPlan plan : plans) {
          if (plan != null && plan.benefit != Benefit.AL) {
            var schedule = plan.rules.schedule();
            int first = schedule.decisionIndexFor(spanFirst);
            boolean experimenting = situations.at(first).rsaPaExperiment();
            alFirst = Math.min(alFirst, plan.windows(experimenting).earliestMonth(first));
            alLast = Math.max(alLast, schedule.decisionIndexFor(spanLast) + schedule.intervalMonths() - 1);
          }
        }
      }
      LinkedLedger al = null;
      if (alPlan != null && fedPlan == null) {
        Situations.Computed alDone = c.timeline(alPlan, alFirst, alLast, null);
        out.put(Benefit.AL, alDone.timeline());
        al = alDone.ledger();
      } else if (alPlan != null) {
        // the receipt's warm-up, shortened only where it would reach before the legal parameters
        for (int k = RECEIPT_WARM_UP_INTERVALS; ; k--) {
          int fedFirst = Math.min(fedPlan.rules.schedule().decisionIndexFor(spanFirst),
              fedPlan.rules.schedule().decisionIndexFor(spanFirst - k * alPlan.rules.schedule().intervalMonths()));
          try {
            al = cycle(c, situations, alPlan, fedPlan, Math.min(alFirst, fedFirst), alLast, fedFirst, spanLast, out);
            break;
          } catch (fr.benefitcalc.core.parameters.ParameterOutOfRangeException e) {
            if (k == 0) {
              throw e;
            }
          }
        }
      }
      for (BenefitPlan plan : plans) {
        if (plan == null || plan == alPlan || plan == fedPlan) {
          continue;
        }
        // the evaluations are kept for the next rule set computed on these situations that gives the rule the same inputs
        // (e.g. the prime d'activité of the scenarios whose AL differs, where it reads the same of it)
        Evaluations kept = plan.trustReads
            ? BenefitTimelineComputer.evaluations(situations, plan, span, spanFirst, spanLast) : null;
        out.put(plan.benefit, c.timeline(plan, spanFirst, spanLast, al, kept).timeline());
        situations.keepEvaluations(kept);
      }
      return new TimelineResult(situations.initial().id(), ruleSet.name(), span, out);
    }

    /**
     * The AL over {@code alFirst..alLast} reading the receipt of {@code fedPlan}'s benefit computed over
     * {@code fedFirst..fedLast} and read by it: the cycle AL of M -> receipt of M-1 -> AL of the month of that
     * receipt's decision -> ..., resolved by alternate passes from no receipt. Each AL decision reads only a strictly
     * earlier month's receipt, and each receipt decision only the AL of its own month, so that after k passes the
     * first k AL decisions and what they feed are final: at most one pass per AL decision computed, plus the last,
     * which changes nothing. Puts both timelines in {@code out}; returns the AL's ledger.
     */
    private LinkedLedger cycle(Computation c, Situations situations, BenefitPlan alPlan, BenefitPlan fedPlan, int alFirst,
        int alLast, int fedFirst, int fedLast, Map<Benefit, BenefitTimeline> out) {
      int interval = alPlan.rules.schedule().intervalMonths();
      int maxPasses = (alLast - alPlan.rules.schedule().decisionIndexFor(alFirst)) / interval + 2;
      ReceivedBenefit asReceived = ReceivedBenefit.valueOf(fedPlan.benefit.name());
      // the passes start from the receipt another rule set's cycle ended with on these situations (often the solution
      // already, e.g. when only the AL's policy differs), else from no receipt: the cycle has a single solution (each AL
      // decision reads a strictly earlier month's receipt), reached from any start within maxPasses
      LinkedLedger start = situations.lastReceipt();
      LinkedLedger receipt = start != null && start.isReceiptOver(fedPlan.benefit, asReceived, fedFirst, fedLast) ? start
          : LinkedLedger.none(fedPlan.benefit, asReceived, fedFirst, fedLast);
      Situations.Computed fedDone = null;
      Situations.Computed previous = null;
      // from one pass to the next only the benefit read changes: the evaluations whose inputs are the same are kept
      // (and from one rule set to the next on these situations when they give the rule the same inputs)
      Evaluations alEvaluations = alPlan.trustReads
          ? BenefitTimelineComputer.evaluations(situations, alPlan, span, alFirst, alLast) : null;
      Evaluations fedEvaluations = fedPlan.trustReads
          ? BenefitTimelineComputer.evaluations(situations, fedPlan, span, fedFirst, fedLast) : null;
      for (int pass = 0; ; pass++) {
        Situations.Computed next = c.timeline(alPlan, alFirst, alLast, receipt, alEvaluations);
        if (previous != null && next.ledger().sameAs(previous.ledger())) {
          previous = next; // the AL of the last pass again: the receipt computed from it is the one it read
          break;
        }
        fedDone = c.timeline(fedPlan, fedFirst, fedLast, next.ledger(), fedEvaluations);
        LinkedLedger read = LinkedLedger.receipt(fedDone.ledger());
        if (read.sameAs(receipt)) {
          previous = next;
          break;
        }
        if (pass == maxPasses) {
          throw new IllegalStateException("decision timeline of " + situations.initial().id() + ": the AL and the "
              + fedPlan.benefit + " it reads did not converge in " + maxPasses + " passes");
        }
        receipt = read;
        previous = next;
      }
      situations.lastReceipt(receipt);
      situations.keepEvaluations(alEvaluations);
      situations.keepEvaluations(fedEvaluations);
      out.put(fedPlan.benefit, fedDone.timeline());
      out.put(Benefit.AL, previous.timeline());
      return previous.ledger();
    }

    /** One household's timelines being computed: the benefits' timelines, shared through its situations. */
    private final class Computation {
      private final Situations situations;
      private final boolean explain;
      private Revisions revisions; // shared by the benefits: the same histories
      private int[] reopenDays = new int[0]; // room for a decision's reopening days, reused by the timelines

      Computation(Situations situations, boolean explain) {
        this.situations = situations;
        this.explain = explain;
      }

      /**
       * {@code plan}'s timeline over the months {@code first..last} (the span and a warm-up) reading
       * {@code linked} (or nothing), and, for a benefit another reads (the AL; the RSA whose receipt the AL
       * reads), its ledger; taken from the situations when already computed from the same inputs.
       */
      Situations.Computed timeline(BenefitPlan plan, int first, int last, LinkedLedger linked) {
        return timeline(plan, first, last, linked, null);
      }

      /** {@link #timeline(BenefitPlan, int, int, LinkedLedger)} keeping its evaluations in {@code evaluations} (or null). */
      Situations.Computed timeline(BenefitPlan plan, int first, int last, LinkedLedger linked, Evaluations evaluations) {
        Situations.Computed done = situations.computed(plan, span, first, last, linked, explain);
        if (done == null) {
          BenefitTimelineComputer computer = new BenefitTimelineComputer(plan, situations, span, first, last,
              Optional.ofNullable(linked), explain, revisions, evaluations, reopenDays);
          BenefitTimeline t = computer.compute();
          revisions = computer.revisions();
          reopenDays = computer.reopenDays();
          LinkedLedger ledger = plan.benefit == Benefit.AL ? computer.ledger(ReceivedBenefit.AL)
              : isReadAsReceived(plan.benefit) ? computer.ledger(ReceivedBenefit.valueOf(plan.benefit.name())) : null;
          done = new Situations.Computed(plan, span, first, last, linked, explain, t, ledger);
          situations.remember(done);
        }
        return done;
      }
    }

    /** Whether the AL prepared reads the receipt of {@code benefit}. */
    private boolean isReadAsReceived(Benefit benefit) {
      BenefitPlan alPlan = plans[Benefit.AL.ordinal()];
      return alPlan != null && alPlan.readsReceived == benefit;
    }
  }
}
