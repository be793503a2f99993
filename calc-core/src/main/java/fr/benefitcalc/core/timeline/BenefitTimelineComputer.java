package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.parameters.ParameterOutOfRangeException;
import fr.benefitcalc.core.parameters.Timeline;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.resources.ResourceHistory.Revision;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitResult;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.ReadMonths;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.timeline.explain.Attribution;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.core.timeline.explain.PaymentChange;
import fr.benefitcalc.core.timeline.policy.Outcome;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy;
import fr.benefitcalc.core.timeline.regularisation.Regularisation;
import fr.benefitcalc.core.trace.Trace;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes one benefit's {@link BenefitTimeline}, as the agency takes its decisions
 * (docs/timeline.md). For each scheduled decision (month D, date d):
 * <ol>
 *   <li><b>segments</b>: the decision's months, split where a legal parameter the rule reads changes
 *       (revaluation on its date, {@value DecisionTimeline#REVALUATION_OPTION} {@code on-date}): each
 *       segment is computed on its first day with the decision's windows (month of calculation D),
 *       the parameters of its first month and the data known that day;
 *   <li><b>payments</b>: month m is paid on the payment day of m+1; it is paid the segment's amount
 *       as it stands on that date;
 *   <li><b>reopenings</b>: each later date on which a value the rule declares reading became known or
 *       changed (or, for the RSA / prime d'activité, on which the AL they read was recomputed)
 *       recomputes the segment from the data known that day; the months already paid are
 *       regularised (one event, applied or frozen by the {@link RegularisationPolicy}), the months
 *       not yet paid are paid the new amount — or, when the event is frozen, the frozen amount
 *       (droits figés), unless the policy pays the corrected amount;
 *   <li><b>due</b>: the segment recomputed from the final data; any difference still left (data read
 *       but not declared) is a last, unattributed, event — so that, for every month,
 *       paid + applied + frozen = due exactly.
 * </ol>
 * The months computed run from {@code computeFirst} to {@code computeLast} (the span, or more for a
 * warm-up: the months the linked benefits' decisions read); the result keeps the span's.
 */
final class BenefitTimelineComputer {
  /** The CNAF payment calendar: benefits of a month are paid around the 5th of the next one. */
  static final int DEFAULT_PAYMENT_DAY = 5;

  private final BenefitPlan plan;
  private final Benefit benefit;
  private final BenefitRule rule;
  private final BenefitRules rules;
  private final RuleSet ruleSet;
  private final Situations situations;
  private final MonthRange span;
  private final int computeFirst;
  private final int computeLast;
  private final Optional<LinkedLedger> linked;
  private final boolean explain;
  private final RegularisationPolicy policy;
  private final boolean feed;
  private final int decisionDay;
  private final int paymentDay;
  /**
   * The days (epoch days) on which a parameter the rule reads for the month of right takes a new
   * value; empty when revaluations wait for the next decision ({@code next-decision}).
   */
  private final long[] revaluationDays;
  /** Whether the due may rely on the rule's declaration of the months it reads ({@link BenefitPlan#trustReads}). */
  private final boolean trustReads;
  private Revisions known;
  /** The evaluations of earlier passes over the same months (the AL fed back by the RSA), or null. */
  private final Evaluations memo;
  /** The situation held by the decision being computed, and its events (reused from one decision to the next). */
  private final Held heldOfDecision = new Held();
  private final Events eventsOfDecision = new Events();
  /** Room for the reopening days of a decision (handed from one timeline of the household to the next). */
  private int[] reopenDays;
  /** The months of the decisions computed (for the frozen-data view). */
  private int[] decisionMonths;
  /** The dates of the decisions computed (for the frozen-data view of another situation's history). */
  private LocalDate[] decisionDates;

  // results over the months computed, lo..hi (whole decisions)
  private int lo;
  private long[] base;
  private long[] dueAll;
  private int changeCount;
  private int[] changeDays = new int[16];
  private int[] changeMonths = new int[16];
  private long[] changeAmounts = new long[16];

  BenefitTimelineComputer(BenefitPlan plan, Situations situations, MonthRange span, int computeFirst, int computeLast,
      Optional<LinkedLedger> linked, boolean explain, Revisions known, Evaluations memo, int[] reopenDays) {
    this.plan = plan;
    this.benefit = plan.benefit;
    this.rule = plan.rule;
    this.rules = plan.rules;
    this.ruleSet = plan.ruleSet;
    this.situations = situations;
    this.span = span;
    this.computeFirst = Math.min(computeFirst, span.firstIndex());
    this.computeLast = Math.max(computeLast, span.lastIndex());
    this.linked = linked;
    this.explain = explain;
    this.policy = plan.policy;
    this.feed = plan.feed;
    this.decisionDay = plan.decisionDay;
    this.paymentDay = plan.paymentDay;
    this.revaluationDays = plan.revaluationDays;
    this.trustReads = plan.trustReads;
    this.known = known;
    this.memo = memo;
    this.reopenDays = reopenDays;
  }

  /** The room for reopening days, for the next timeline of the household. */
  int[] reopenDays() {
    return reopenDays;
  }

  static int decisionDay(BenefitRules rules) {
    return day(rules, DecisionTimeline.DECISION_DAY_OPTION, 1);
  }

  static int paymentDay(BenefitRules rules) {
    return day(rules, DecisionTimeline.PAYMENT_DAY_OPTION, DEFAULT_PAYMENT_DAY);
  }

  private static int day(BenefitRules rules, String option, int defaultDay) {
    String text = rules.option(option, Integer.toString(defaultDay));
    int day;
    try {
      day = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option " + option + ": '" + text + "' is not a day of the month (1-28)", e);
    }
    if (day < 1 || day > 28) {
      throw new IllegalArgumentException("option " + option + ": " + day + " is not a day of the month (1-28)");
    }
    return day;
  }

  /** Whether revaluations apply on their date ({@code on-date}, the default) or at the next decision. */
  static boolean revaluationOnDate(BenefitRules rules) {
    String mode = rules.option(DecisionTimeline.REVALUATION_OPTION, DecisionTimeline.REVALUATION_ON_DATE).trim();
    if (mode.equals(DecisionTimeline.REVALUATION_ON_DATE)) {
      return true;
    }
    if (mode.equals(DecisionTimeline.REVALUATION_NEXT_DECISION)) {
      return false;
    }
    throw new IllegalArgumentException("option " + DecisionTimeline.REVALUATION_OPTION + ": '" + mode + "' is not "
        + DecisionTimeline.REVALUATION_ON_DATE + " or " + DecisionTimeline.REVALUATION_NEXT_DECISION);
  }

  /**
   * The days (epoch days, in the order found) on which a parameter {@code rule} reads for the month of
   * right takes a new value under {@code rules}; empty in {@code next-decision} mode.
   */
  static long[] revaluationDays(BenefitRule rule, BenefitRules rules) {
    if (!revaluationOnDate(rules)) {
      return new long[0];
    }
    long[] out = new long[8];
    int n = 0;
    for (Timeline<?> declared : rule.parametersOfTheMonthOfRight()) {
      List<? extends Timeline.Step<?>> steps = rules.parameter(declared).steps();
      for (int i = 1; i < steps.size(); i++) {
        if (!Objects.equals(steps.get(i).value(), steps.get(i - 1).value())) {
          if (n == out.length) {
            out = java.util.Arrays.copyOf(out, 2 * n);
          }
          out[n++] = steps.get(i).from().toEpochDay();
        }
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** The payment date of the month of this index (epoch day): its payment day of the next month. */
  private int payDay(int month) {
    return (int) Months.firstEpochDay(month + 1) + paymentDay - 1;
  }

  /** A segment of a decision, kept for the explanations. */
  private record Segment(int month, int parameterMonth, int k, Household situation, DecisionWindows windows,
      ResourceHistory history, ResourceView[] earlier) {}

  /** What one amount paid used, rebuilt for the explanation of a change. */
  private record Taken(int month, int parameterMonth, LocalDate date, Household household, ResourceView view,
      DecisionWindows windows, ResourceHistory history, long paid, int situation) {}

  /** The revisions of the last history read (shared by the benefits of a timeline). */
  Revisions revisions() {
    return known;
  }

  private Revisions revisions(ResourceHistory history) {
    known = known != null && known.isOf(history) ? known : situations.revisions(history);
    return known;
  }

  private DecisionWindows windows(boolean experimenting) {
    return plan.windows(experimenting);
  }

  /** The benefit as the agency knew it on each date, over the months computed (after {@link #compute}). */
  LinkedLedger ledger(ReceivedBenefit asReceived) {
    int from = computeFirst - lo;
    int to = computeLast - lo + 1;
    int n = 0;
    for (int i = 0; i < changeCount; i++) {
      if (changeMonths[i] >= computeFirst && changeMonths[i] <= computeLast) {
        changeDays[n] = changeDays[i];
        changeMonths[n] = changeMonths[i];
        changeAmounts[n] = changeAmounts[i];
        n++;
      }
    }
    changeCount = n;
    return new LinkedLedger(benefit, asReceived, computeFirst, java.util.Arrays.copyOfRange(base, from, to),
        java.util.Arrays.copyOfRange(dueAll, from, to), n, changeDays, changeMonths, changeAmounts);
  }

  private void rightChanged(int day, int first, int last, long amount) {
    if (amount == 0) {
      return;
    }
    for (int m = first; m <= last; m++) {
      if (changeCount == changeDays.length) {
        int n = 2 * changeCount;
        changeDays = java.util.Arrays.copyOf(changeDays, n);
        changeMonths = java.util.Arrays.copyOf(changeMonths, n);
        changeAmounts = java.util.Arrays.copyOf(changeAmounts, n);
      }
      changeDays[changeCount] = day;
      changeMonths[changeCount] = m;
      changeAmounts[changeCount] = amount;
      changeCount++;
    }
  }

  /**
   * Evaluations to keep across the passes that compute {@code plan}'s timeline over the months
   * {@code first..last} (and the span) with different linked benefits: those an earlier cycle on
   * {@code situations} kept for the same evaluations ({@link Situations#takeEvaluations}), else new ones.
   */
  static Evaluations evaluations(Situations situations, BenefitPlan plan, MonthRange span, int first, int last) {
    int computeFirst = Math.min(first, span.firstIndex());
    int computeLast = Math.max(last, span.lastIndex());
    int firstDecision = plan.rules.schedule().decisionIndexFor(computeFirst);
    int decisions = (computeLast - firstDecision) / plan.rules.schedule().intervalMonths() + 1;
    Evaluations kept = situations.takeEvaluations(plan, firstDecision, computeLast, decisions);
    return kept != null ? kept : new Evaluations(plan, firstDecision, computeLast, decisions);
  }

  BenefitTimeline compute() {
    int interval = rules.schedule().intervalMonths();
    int spanFirst = span.firstIndex();
    int spanLast = span.lastIndex();
    int firstDecision = rules.schedule().decisionIndexFor(computeFirst);
    int count = (computeLast - firstDecision) / interval + 1;
    if (memo != null && !memo.isFor(plan, firstDecision, computeLast, count)) {
      throw new IllegalStateException("decision timeline: evaluations kept for other months");
    }
    int[] months = new int[count];
    LocalDate[] dates = new LocalDate[count];
    for (int k = 0; k < count; k++) {
      months[k] = firstDecision + k * interval;
      dates[k] = Months.firstDay(months[k]).withDayOfMonth(decisionDay);
    }
    decisionMonths = months;
    decisionDates = dates;
    lo = firstDecision;
    int hi = months[count - 1] + interval - 1;
    int[] revaluations = plan.revaluationMonths(lo, hi);
    int size = hi - lo + 1;
    long[] paid = new long[size];
    base = new long[size];
    dueAll = new long[size];
    int[] levelDay = explain ? new int[size] : null;
    int[] segmentOf = explain ? new int[size] : null;
    List<Segment> segments = explain ? new ArrayList<>() : null;
    List<Decision> decisions = new ArrayList<>(count);
    List<Regularisation> regularisations = new ArrayList<>();
    LinkedLedger ledger = linked.orElse(null);
    int[] reopen = reopenDays;
    int[] starts = new int[interval + 1];
    // whether every situation is in the same experiment: the linked benefit's months a decision reads do not depend on
    // the situation held (else the engine's convention: every month of the windows and of the decision)
    // and the most members of a situation (what a rule reads of the linked benefit may depend on the foyer's size)
    boolean oneExperiment = true;
    int members = situations.household(0).personCount();
    for (int i = 1; i < situations.size(); i++) {
      oneExperiment &= situations.household(i).rsaPaExperiment() == situations.household(0).rsaPaExperiment();
      members = Math.max(members, situations.household(i).personCount());
    }

    for (int k = 0; k < count; k++) {
      int month = months[k];
      LocalDate date = dates[k];
      int day = (int) date.toEpochDay();
      // the true situation of the month (what is due) and the one the agency holds on each date (what is paid)
      Household situation = situations.at(month);
      int truth = situations.trueAt(month);
      DecisionWindows windows = windows(situation.rsaPaExperiment());
      ReadMonths resolved = windows.of(month);
      ResourceHistory history = situation.resources();
      Revisions revisions = revisions(history);
      Held held = heldOfDecision.reset(month, k);
      held.on(day);
      int decisionLast = month + interval - 1;
      // the linked benefit's months read: the AL's receipt of the RSA in the month before the month of calculation
      // (CCH R822-17); for the RSA / PA, the AL of their windows and months (which of them the rule read is not known)
      int linkedFirst = plan.readsReceived != null ? month - 1 : Math.min(resolved.earliestMonth(), month);
      int linkedLast = plan.readsReceived != null ? month - 1 : decisionLast;
      // what the rule declares reading of the linked benefit (null: those months, every amount as it is)
      LinkedRead read = ledger == null || !oneExperiment ? null : plan.linkedRead(month, situation.rsaPaExperiment(), members);

      // the days a value the decision reads changed after the decision date, in order
      boolean oneSituation = situations.knownAtItsMonth();
      int room = (oneSituation ? revisions.days : allRevisions(month)) + situations.dayCount()
          + (ledger == null ? 0 : ledger.dateCount());
      if (reopen.length < room) {
        reopen = new int[Math.max(room, 2 * reopen.length)];
        reopenDays = reopen;
      }
      int reopenings = 0;
      if (oneSituation) {
        reopenings = readDays(revisions, resolved, day, reopen, 0);
      } else {
        // every situation of the month the agency may hold after the decision date, and the days it learns them
        for (int i = 0; i < situations.size(); i++) {
          if (situations.sinceOf(i) <= month && isFirstOfItsHistory(i)) {
            reopenings = readDays(revisions(situations.household(i).resources()), resolved, day, reopen, reopenings);
          }
        }
        reopenings = situations.heldChangeDays(month, day, reopen, reopenings);
        reopenings = reopenings == 0 ? 0 : sortDistinct(reopen, reopenings);
      }
      if (ledger != null) {
        int ownDays = reopenings;
        reopenings = read != null ? ledger.changeDays(day, read, reopen, reopenings)
            : ledger.changeDays(day, linkedFirst, linkedLast, reopen, reopenings);
        if (reopenings > ownDays && ownDays > 0) {
          reopenings = sortDistinct(reopen, reopenings);
        }
      }
      Events events = eventsOfDecision.reset(month, windows, resolved, held, linkedFirst, linkedLast, read,
          regularisations, spanFirst, spanLast);

      // segments: the decision's months, split at each revaluation
      int segmentCount = 0;
      starts[segmentCount++] = month;
      for (int r : revaluations) {
        if (r > month && r <= decisionLast) {
          starts[segmentCount++] = r;
        }
      }
      starts[segmentCount] = decisionLast + 1;
      long decided = 0;
      String label = "";
      List<LocalDate> reopenedOn = new ArrayList<>(0);
      for (int j = 0; j < segmentCount; j++) {
        int a = starts[j];
        int b = starts[j + 1] - 1;
        int pm = a;
        int startDay = j == 0 ? day : (int) Months.firstDay(a).withDayOfMonth(decisionDay).toEpochDay();
        boolean needed = b >= computeFirst && a <= computeLast;
        if (!needed && j > 0) {
          continue;
        }
        held.on(startDay);
        long first;
        if (j == 0) {
          int e = memo == null ? -1 : recall(Evaluations.FIRST, k, 0, held.index, startDay, events);
          if (e >= 0) {
            first = memo.amount(e);
            label = memo.label(e);
          } else {
            BenefitResult r = rule.compute(household(held.situation, startDay),
                effectiveView(windows, held.earlier, k, held.history.asOfEpochDay(startDay)), Months.of(month), ruleSet,
                Trace.off());
            first = r.amountFixed();
            label = r.label();
            if (memo != null) {
              keep(k, Evaluations.FIRST, 0, held.index, startDay, first, label);
            }
          }
          decided = first;
          if (!needed) {
            continue;
          }
        } else {
          first = evaluate(Evaluations.USED, k, pm, startDay, held, windows, events);
        }
        if (explain) {
          segments.add(new Segment(month, pm, k, held.situation, windows, held.history, held.earlier));
        }
        int segment = explain ? segments.size() - 1 : 0;
        long trueFirst = feed ? first : evaluate(Evaluations.KNOWN, k, pm, startDay, held, windows, events);
        for (int m = a; m <= b; m++) {
          base[m - lo] = trueFirst;
        }
        if (trueFirst != first) {
          LocalDate startDate = LocalDate.ofEpochDay(startDay);
          events.add(trueFirst - first, startDate, Outcome.FROZEN_DATA,
              events.ignoredCauses(startDate, months, dates, k, null), a, b, b - a + 1);
        }

        long computed = first; // the segment's amount as last computed (effective data)
        long computedTrue = trueFirst;
        long level = first; // the amount its months not yet paid will be paid
        int levelSince = startDay;
        List<Cause> keptCauses = null;
        int next = a; // the first month not yet paid
        for (int i = 0; i <= reopenings; i++) {
          int t = i < reopenings ? reopen[i] : Integer.MAX_VALUE;
          if (t <= startDay) {
            continue;
          }
          // the months whose payment date comes first are paid as the segment stands
          while (next <= b && payDay(next) <= t) {
            paid[next - lo] = level;
            if (explain) {
              levelDay[next - lo] = levelSince;
              segmentOf[next - lo] = segment;
            }
            if (level != computed) {
              events.add(computed - level, LocalDate.ofEpochDay(payDay(next)), Outcome.FROZEN_AMOUNT_KEPT, keptCauses,
                  next, next, 1);
            }
            next++;
          }
          if (t == Integer.MAX_VALUE) {
            break;
          }
          held.on(t);
          long effective = evaluate(Evaluations.USED, k, pm, t, held, windows, events);
          long trueAmount = feed ? effective : evaluate(Evaluations.KNOWN, k, pm, t, held, windows, events);
          long change = effective - computed;
          long gap = (trueAmount - effective) - (computedTrue - computed);
          if (change != 0 || gap != 0) {
            LocalDate on = LocalDate.ofEpochDay(t);
            rightChanged(t, a, b, trueAmount - computedTrue);
            if (change != 0) {
              int alreadyPaid = next - a;
              List<Cause> causes = events.causesOn(t, on);
              boolean pays = true;
              if (alreadyPaid > 0) {
                Outcome o = policy.decide(change * alreadyPaid, Math.max(Math.abs(computed), Math.abs(effective)));
                events.add(change, on, o, causes, a, next - 1, alreadyPaid);
                pays = o.isApplied() || policy.frozenDecisionPaysCorrectedAmount();
              }
              if (pays) {
                level = effective;
                levelSince = t;
              } else {
                keptCauses = causes;
              }
            }
            if (gap != 0) {
              events.add(gap, on, Outcome.FROZEN_DATA, events.ignoredCauses(on, months, dates, k, on), a, b, b - a + 1);
            }
            addDistinct(reopenedOn, on);
          }
          computed = effective;
          computedTrue = trueAmount;
        }

        long dueAmount;
        int lastComputed = reopenings == 0 ? startDay : Math.max(startDay, reopen[reopenings - 1]);
        if (held.index == truth && (trustReads || !revisions.laterDataUpTo(lastComputed, month))
            && (ledger == null || !(read != null ? ledger.changesAfter(lastComputed, read)
                : trustReads ? ledger.changesAfter(lastComputed, linkedFirst, linkedLast)
                : ledger.changesAfter(lastComputed)))) {
          // nothing the rule can read (what it declares when it declares every read, else any month up to the month
          // of calculation; the linked benefit of the months it reopens on, else of any month) changed after the
          // last computation: the final data give its true amount
          dueAmount = computedTrue;
        } else {
          int e = memo == null ? -1 : recall(Evaluations.DUE, k, pm - month, -1, 0, events);
          if (e >= 0) {
            dueAmount = memo.amount(e);
          } else {
            Household finalSituation = ledger != null ? ledger.due(situation) : situation;
            dueAmount = amount(finalSituation, history.finalView(), month, pm);
            if (memo != null) {
              keep(k, Evaluations.DUE, pm - month, -1, 0, dueAmount, null);
            }
          }
        }
        long residual = dueAmount - computedTrue;
        if (residual != 0) {
          int last = Math.max(startDay, revisions.lastDay()); // revisions are in order of date
          if (ledger != null) {
            last = ledger.lastChangeAfter(startDay, last);
          }
          LocalDate lastDate = LocalDate.ofEpochDay(last);
          rightChanged(last, a, b, residual);
          events.add(residual, lastDate, policy.decide(residual * (b - a + 1),
              Math.max(Math.abs(computedTrue), Math.abs(dueAmount))), events.unattributedCauses(startDay), a, b,
              b - a + 1);
          addDistinct(reopenedOn, lastDate);
        }
        for (int m = a; m <= b; m++) {
          dueAll[m - lo] = dueAmount;
        }
      }
      if (month <= spanLast && decisionLast >= spanFirst) {
        reopenedOn.sort(null);
        decisions.add(new Decision(benefit, events.decisionMonth(), MonthRange.of(Months.of(Math.max(month, spanFirst)),
            Months.of(Math.min(decisionLast, spanLast))), date, decided, label, windows.defaultWindow(month), reopenedOn));
      }
    }

    long[] paidSpan = java.util.Arrays.copyOfRange(paid, spanFirst - lo, spanLast - lo + 1);
    long[] dueSpan = java.util.Arrays.copyOfRange(dueAll, spanFirst - lo, spanLast - lo + 1);
    List<PaymentChange> changes = new ArrayList<>();
    if (explain) {
      for (int m = spanFirst + 1; m <= spanLast; m++) {
        if (paid[m - lo] != paid[m - 1 - lo]) {
          changes.add(explainChange(taken(segments.get(segmentOf[m - 1 - lo]), levelDay[m - 1 - lo], paid[m - 1 - lo]),
              taken(segments.get(segmentOf[m - lo]), levelDay[m - lo], paid[m - lo]), interval, m));
        }
      }
    }
    return new BenefitTimeline(benefit, decisions, new MonthlySeries(span, paidSpan), new MonthlySeries(span, dueSpan),
        regularisations, changes);
  }

  /**
   * Adds to {@code days[0..count)} the days after {@code afterDay} on which a value the decision reads
   * changed in {@code revisions}, in order and distinct; returns the new count.
   */
  private static int readDays(Revisions revisions, ReadMonths resolved, int afterDay, int[] days, int count) {
    return revisions.reopeningDays(afterDay, resolved, days, count);
  }

  /** The revisions of every situation of a month up to {@code month} (a bound of the days they can add). */
  private int allRevisions(int month) {
    int n = 0;
    for (int i = 0; i < situations.size(); i++) {
      if (situations.sinceOf(i) <= month && isFirstOfItsHistory(i)) {
        n += revisions(situations.household(i).resources()).days;
      }
    }
    return n;
  }

  /** Whether no situation before the one of index {@code i} has the same resources. */
  private boolean isFirstOfItsHistory(int i) {
    ResourceHistory h = situations.household(i).resources();
    for (int j = 0; j < i; j++) {
      if (situations.household(j).resources() == h) {
        return false;
      }
    }
    return true;
  }

  /** The views of {@code history} on the dates of the decisions before decision {@code k} (data frozen at first use). */
  private ResourceView[] earlierViews(ResourceHistory history, int k) {
    ResourceView[] earlier = new ResourceView[k];
    for (int j = 0; j < k; j++) {
      earlier[j] = history.asOf(decisionDates[j]);
    }
    return earlier;
  }

  /**
   * The situation the agency holds for a decision's month (the true one, unless a change is learnt late
   * or an error is held: {@link Situations}), and what is read with it.
   */
  private final class Held {
    private int month;
    private int k;
    int index = -1;
    Household situation;
    ResourceHistory history;
    Revisions revisions;
    /** The views of its history on the earlier decisions' dates (only when corrected data do not feed them). */
    ResourceView[] earlier;

    /** Holds nothing yet for decision {@code k} of month {@code month} (one object reused by the decisions). */
    Held reset(int month, int k) {
      this.month = month;
      this.k = k;
      index = -1;
      situation = null;
      history = null;
      revisions = null;
      earlier = null;
      return this;
    }

    /** Holds the situation held on {@code day}. */
    void on(int day) {
      int i = situations.heldAt(month, day);
      if (i != index) {
        ResourceHistory before = history;
        index = i;
        situation = situations.household(i);
        history = situation.resources();
        revisions = revisions(history);
        if (!feed && history != before) {
          earlier = earlierViews(history, k);
        }
      }
    }
  }

  private static void addDistinct(List<LocalDate> dates, LocalDate date) {
    if (!dates.contains(date)) {
      dates.add(date);
    }
  }

  private Taken taken(Segment s, int day, long paidAmount) {
    // the situation held on that day (the segment's own when the agency always holds the true one)
    int index = situations.heldAt(s.month(), day);
    Household situation = situations.household(index);
    ResourceHistory history = situation.resources();
    ResourceView[] earlier = feed || history == s.history() ? s.earlier() : earlierViews(history, s.k());
    Household h = household(situation, day);
    ResourceView view = effectiveView(s.windows(), earlier, s.k(), history.asOfEpochDay(day));
    return new Taken(s.month(), s.parameterMonth(), LocalDate.ofEpochDay(day), h, view, s.windows(), history,
        paidAmount, index);
  }

  /** Sorts {@code values[0..count)} and removes repeated values; returns the new count. */
  private static int sortDistinct(int[] values, int count) {
    java.util.Arrays.sort(values, 0, count);
    int n = 1;
    for (int i = 1; i < count; i++) {
      if (values[i] != values[n - 1]) {
        values[n++] = values[i];
      }
    }
    return n;
  }

  private Household household(Household situation, int day) {
    return linked.isPresent() ? linked.get().knownOn(situation, day) : situation;
  }

  private ResourceView effectiveView(DecisionWindows windows, ResourceView[] earlier, int k, ResourceView current) {
    return feed || k == 0 ? current : new FrozenDataView(windows, decisionMonths, earlier, k, current);
  }

  /**
   * The amount of decision {@code k} (month {@code events.month}) for parameter month {@code pm} on the data
   * {@code kind} ({@link Evaluations#USED} or {@link Evaluations#KNOWN}) as known on {@code day}, with the
   * situation {@code held} holds; taken from {@link #memo} when an earlier pass evaluated the same inputs.
   */
  private long evaluate(int kind, int k, int pm, int day, Held held, DecisionWindows windows, Events events) {
    int month = events.month;
    int e = memo == null ? -1 : recall(kind, k, pm - month, held.index, day, events);
    if (e >= 0) {
      return memo.amount(e);
    }
    ResourceView known = held.history.asOfEpochDay(day);
    long amount = amount(household(held.situation, day),
        kind == Evaluations.USED ? effectiveView(windows, held.earlier, k, known) : known, month, pm);
    if (memo != null) {
      keep(k, kind, pm - month, held.index, day, amount, null);
    }
    return amount;
  }

  /** The entry of {@link #memo} evaluated from the same inputs, or -1. */
  private int recall(int kind, int k, int parameterOffset, int held, int day, Events events) {
    return memo.find(decisionMonths[k], Evaluations.key(kind, parameterOffset, held, day), linked.orElse(null), day,
        kind == Evaluations.DUE, events.linkedFirst, events.linkedLast, events.read);
  }

  /** Keeps an evaluation in {@link #memo}. */
  private void keep(int k, int kind, int parameterOffset, int held, int day, long amount, String label) {
    memo.put(decisionMonths[k], Evaluations.key(kind, parameterOffset, held, day), linked.orElse(null), amount, label);
  }

  private long amount(Household household, ResourceView view, int month, int parameterMonth) {
    return month == parameterMonth ? rule.amount(household, view, month, ruleSet, Trace.off())
        : rule.amount(household, view, month, parameterMonth, ruleSet, Trace.off());
  }

  /** The regularisation events of one decision, and the causes to name in them. */
  private final class Events {
    private int month;
    private DecisionWindows windows;
    private ReadMonths resolved;
    /** The situation held (its revisions and members name the causes). */
    private Held held;
    private int linkedFirst;
    private int linkedLast;
    /** What the decision declares reading of the linked benefit, or null (linkedFirst..linkedLast, as they are). */
    private LinkedRead read;
    private List<Regularisation> out;
    private int spanFirst;
    private int spanLast;
    private YearMonth decisionMonth;

    /** The events of a new decision (one object reused by the decisions). */
    Events reset(int month, DecisionWindows windows, ReadMonths resolved, Held held, int linkedFirst,
        int linkedLast, LinkedRead read, List<Regularisation> out, int spanFirst, int spanLast) {
      this.decisionMonth = null;
      this.month = month;
      this.windows = windows;
      this.resolved = resolved;
      this.held = held;
      this.linkedFirst = linkedFirst;
      this.linkedLast = linkedLast;
      this.read = read;
      this.out = out;
      this.spanFirst = spanFirst;
      this.spanLast = spanLast;
      return this;
    }

    YearMonth decisionMonth() {
      if (decisionMonth == null) {
        decisionMonth = Months.of(month);
      }
      return decisionMonth;
    }

    /**
     * One regularisation per month {@code first..last} inside the span; an applied indu whose recovery is
     * time-barred since the month's payment is frozen (and a rappel when the limit covers rappels).
     */
    void add(long change, LocalDate on, Outcome outcome, List<Cause> causes, int first, int last, int months) {
      List<Cause> shared = null;
      for (int m = Math.max(first, spanFirst); m <= Math.min(last, spanLast); m++) {
        if (shared == null) {
          shared = List.copyOf(causes);
        }
        Outcome o = outcome;
        if (o == Outcome.APPLIED && (change < 0 || policy.recoveryLimit().coversRappels())
            && policy.recoveryLimit().prescribedSincePayment(LocalDate.ofEpochDay(payDay(m)), on)) {
          o = Outcome.FROZEN_PRESCRIBED;
        }
        out.add(new Regularisation(benefit, decisionMonth(), Months.of(m), on, change, o, shared));
      }
    }

    /** The revisions that became known on {@code day} inside the months read, and the linked changes of that day. */
    List<Cause> causesOn(int day, LocalDate date) {
      List<Cause> causes = new ArrayList<>();
      Revisions revisions = held.revisions;
      for (int i = revisions.firstAfter(day - 1); i < revisions.size && revisions.day[i] == day; i++) {
        if (revisions.changed[i] && resolved.reads(revisions.category[i], revisions.month[i])) {
          causes.add(cause(i));
        }
      }
      linked.ifPresent(l -> l.causes(day - 1, day, linkedFirst, linkedLast, causes));
      situations.causesOn(month, day, causes);
      if (causes.isEmpty()) {
        causes.add(new Cause.Unattributed("recomputation on " + date + " without an identified change"));
      }
      return causes;
    }

    /**
     * The corrections kept out of the decision because an earlier decision already used their month:
     * known on {@code on} exactly, or by {@code on} when {@code exactly} is null.
     */
    List<Cause> ignoredCauses(LocalDate on, int[] months, LocalDate[] dates, int k, LocalDate exactly) {
      List<Cause> causes = new ArrayList<>();
      Revisions revisions = held.revisions;
      long onDay = on.toEpochDay();
      long exactDay = exactly == null ? Long.MIN_VALUE : exactly.toEpochDay();
      for (int i = 0; i < revisions.size; i++) {
        int known = revisions.day[i];
        boolean when = exactly == null ? known <= onDay : known == exactDay;
        if (!when || !revisions.changed[i]) {
          continue;
        }
        for (int j = 0; j < k; j++) {
          if (windows.uses(revisions.category[i], months[j], revisions.month[i])) {
            if (known > dates[j].toEpochDay()) {
              causes.add(cause(i));
            }
            break;
          }
        }
      }
      if (causes.isEmpty()) {
        causes.add(new Cause.Unattributed("corrected data frozen at their first use"));
      }
      return causes;
    }

    /** The residual left by data outside the declared months: said, with the candidates. */
    List<Cause> unattributedCauses(int afterDay) {
      List<Cause> causes = new ArrayList<>();
      Revisions revisions = held.revisions;
      causes.add(new Cause.Unattributed("data read outside the months the rule declares"));
      for (int i = revisions.firstAfter(afterDay); i < revisions.size; i++) {
        if (revisions.changed[i] && !resolved.reads(revisions.category[i], revisions.month[i])) {
          causes.add(cause(i));
        }
      }
      return causes;
    }

    /** Revision {@code i} of the situation held, as a cause. */
    private Cause cause(int i) {
      return held.revisions.cause(i, held.situation);
    }
  }

  private static Cause revisionCause(Household household, Revision r) {
    return new Cause.DataRevision(r.person(), household.persons().get(r.person()).id(), r.category(), r.month(),
        r.previous(), r.amount(), r.knownOn());
  }

  /**
   * Splits a change of the amount paid between month {@code m - 1} (as {@code p} paid it) and month
   * {@code m} ({@code c}): (1) the new month of calculation and parameters with the old data and
   * situation, (2) the data known between the two dates, (3) the new situation or linked benefit.
   */
  private PaymentChange explainChange(Taken p, Taken c, int interval, int m) {
    long before = p.paid();
    long newMonth = amount(p.household(), p.view(), c.month(), c.parameterMonth());
    // the old situation with the data known on the new date: its own history when the situation changed
    // (a birth or a separation changes the members, and the new history does not fit the old household)
    ResourceView newView = p.history() == c.history() ? c.view() : p.history().asOfEpochDay((int) c.date().toEpochDay());
    long newData = amount(p.household(), newView, c.month(), c.parameterMonth());
    List<Attribution> parts = new ArrayList<>();
    if (newMonth != before) {
      parts.add(new Attribution(orUnattributed(monthCauses(p, c), "change with the month of right (e.g. an age reached)"),
          newMonth - before));
    }
    long after = Math.min(p.date().toEpochDay(), c.date().toEpochDay());
    long until = Math.max(p.date().toEpochDay(), c.date().toEpochDay());
    if (newData != newMonth) {
      List<Cause> causes = new ArrayList<>();
      List<Cause> outside = new ArrayList<>();
      Revisions revisions = revisions(c.history());
      for (int i = revisions.firstAfter((int) after); i < revisions.size && revisions.day[i] <= until; i++) {
        if (revisions.changed[i]) {
          (c.windows().uses(revisions.category[i], c.month(), revisions.month[i]) ? causes : outside)
              .add(revisionCause(c.household(), revisions.get(i)));
        }
      }
      parts.add(new Attribution(orUnattributed(causes.isEmpty() ? outside : causes,
          "data known between " + p.date() + " and " + c.date()), newData - newMonth));
    }
    if (c.paid() != newData) {
      List<Cause> causes = new ArrayList<>();
      if (p.situation() != c.situation()) {
        Cause held = situations.heldChangeCause(p.situation(), c.situation());
        if (held != null) { // an error held from then, or corrected since
          causes.add(held);
        } else {
          int since = situations.sinceOf(c.situation());
          causes.add(new Cause.SituationChanged(Months.of(since == Integer.MIN_VALUE ? c.month() : since),
              describeChange(situations.household(p.situation()), situations.household(c.situation()))));
        }
      }
      int from = plan.readsReceived != null ? c.month() - 1 : c.windows().earliestMonth(c.month());
      int to = plan.readsReceived != null ? c.month() - 1 : c.month() + interval - 1;
      linked.ifPresent(l -> l.causes((int) after, (int) until, from, to, causes));
      parts.add(new Attribution(orUnattributed(causes, "change of situation"), c.paid() - newData));
    }
    return new PaymentChange(benefit, Months.of(m), before, c.paid(), parts);
  }

  private List<Cause> monthCauses(Taken p, Taken c) {
    List<Cause> causes = new ArrayList<>();
    MonthRange before = p.windows().defaultWindow(p.month());
    MonthRange after = p.windows().defaultWindow(c.month());
    if (!before.equals(after)) {
      causes.add(new Cause.WindowMoved(Months.of(c.month()), before, after));
    }
    for (Timeline<?> declared : rule.parameters()) {
      Timeline<?> t = rules.parameter(declared);
      try {
        Timeline.Step<?> a = t.stepAt(Months.firstDay(p.parameterMonth()));
        Timeline.Step<?> b = t.stepAt(Months.firstDay(c.parameterMonth()));
        if (!a.equals(b)) {
          causes.add(new Cause.ParameterRevaluation(t.name(), b.from(), b.source()));
        }
      } catch (ParameterOutOfRangeException e) {
        causes.add(new Cause.Unattributed("parameter " + t.name() + " has no value for one of the months"));
      }
    }
    Household h = p.household();
    if (h.housing().isPresent()) {
      long rentBefore = h.housing().get().rent().at(p.month());
      long rentAfter = h.housing().get().rent().at(c.month());
      if (rentBefore != rentAfter) {
        causes.add(new Cause.RentChanged(rentBefore, rentAfter));
      }
    }
    for (ReceivedBenefit b : ReceivedBenefit.values()) {
      // a benefit whose receipt the rule reads: in the month before the month of calculation (CCH R822-17)
      int back = plan.readsReceived != null && b.name().equals(plan.readsReceived.name()) ? 1 : 0;
      long x = h.received(b, p.month() - back);
      long y = h.received(b, c.month() - back);
      if (x != y) {
        causes.add(new Cause.ReceivedBenefitChanged(b, x, y));
      }
    }
    return causes;
  }

  private static List<Cause> orUnattributed(List<Cause> causes, String note) {
    return causes.isEmpty() ? List.of(new Cause.Unattributed(note)) : causes;
  }

  private static String describeChange(Household a, Household b) {
    List<String> parts = new ArrayList<>();
    List<String> before = a.persons().stream().map(BenefitTimelineComputer::personLabel).toList();
    List<String> after = b.persons().stream().map(BenefitTimelineComputer::personLabel).toList();
    if (!before.equals(after)) {
      parts.add("members " + before + " -> " + after);
    }
    if (!Objects.equals(a.housing(), b.housing())) {
      parts.add("dwelling changed");
    }
    if (!Objects.equals(a.benefitsReceived(), b.benefitsReceived())) {
      parts.add("benefits received changed");
    }
    return parts.isEmpty() ? "new situation" : String.join("; ", parts);
  }

  private static String personLabel(Person p) {
    return p.id() + (p.isAdult() ? " (adult)" : " (child)");
  }
}
