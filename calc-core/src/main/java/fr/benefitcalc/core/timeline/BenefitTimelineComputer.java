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
 * Computes one benefit's {@link BenefitTimeline}. For each scheduled decision (month D, date d):
 * <ol>
 *   <li>the amount paid is computed for D from the data known on d (its "effective" data: all of
 *       them, or, when corrected data do not feed future decisions, the values of already-used months
 *       frozen at their first use), and paid for the months the decision covers;
 *   <li>each later date on which a value inside the decision's windows became known (or, for the
 *       RSA / prime d'activité, on which the AL they read was regularised) reopens it: the amount is
 *       recomputed from the data known that day, and the difference with the previous computation is
 *       one regularisation event, applied or frozen by the {@link RegularisationPolicy};
 *   <li>the amount due is computed from the final data; any difference still left (data the rule
 *       read outside its declared windows) is a last, unattributed, event — so that, for every
 *       month, paid + applied + frozen = due exactly.
 * </ol>
 * Only decisions whose windows contain a corrected month are recomputed: the work is linear in the
 * number of (decision, correction date) pairs.
 */
final class BenefitTimelineComputer {
  private final Benefit benefit;
  private final BenefitRule rule;
  private final BenefitRules rules;
  private final RuleSet ruleSet;
  private final Situations situations;
  private final MonthRange span;
  private final Optional<LinkedLedger> linked;
  private final boolean explain;
  private final RegularisationPolicy policy;
  private final boolean feed;
  private final int decisionDay;
  private Revisions known;
  private DecisionWindows windowsOutside;
  private DecisionWindows windowsExperimenting;

  BenefitTimelineComputer(Benefit benefit, BenefitRule rule, RuleSet ruleSet, Situations situations, MonthRange span,
      Optional<LinkedLedger> linked, boolean explain, Revisions known) {
    this.benefit = benefit;
    this.rule = rule;
    this.rules = ruleSet.rules(benefit);
    this.ruleSet = ruleSet;
    this.situations = situations;
    this.span = span;
    this.linked = linked;
    this.explain = explain;
    this.policy = rules.policy();
    this.feed = policy.correctedDataFeedFutureDecisions();
    this.decisionDay = decisionDay(rules);
    this.known = known;
  }

  static int decisionDay(BenefitRules rules) {
    String text = rules.option(DecisionTimeline.DECISION_DAY_OPTION, "1");
    int day;
    try {
      day = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option " + DecisionTimeline.DECISION_DAY_OPTION + ": '" + text
          + "' is not a day of the month (1-28)", e);
    }
    if (day < 1 || day > 28) {
      throw new IllegalArgumentException("option " + DecisionTimeline.DECISION_DAY_OPTION + ": " + day
          + " is not a day of the month (1-28)");
    }
    return day;
  }

  /** What one decision used, kept for the explanation of the next change. */
  private record Taken(int month, LocalDate date, Household household, ResourceView view, DecisionWindows windows,
      ResourceHistory history, long paid) {}

  /** The revisions of the last history read (shared by the benefits of a timeline). */
  Revisions revisions() {
    return known;
  }

  private Revisions revisions(ResourceHistory history) {
    known = Revisions.of(history, known);
    return known;
  }

  private DecisionWindows windows(boolean experimenting) {
    if (experimenting) {
      if (windowsExperimenting == null) {
        windowsExperimenting = new DecisionWindows(rules, true, rule.readsMonthsUpToCalculation());
      }
      return windowsExperimenting;
    }
    if (windowsOutside == null) {
      windowsOutside = new DecisionWindows(rules, false, rule.readsMonthsUpToCalculation());
    }
    return windowsOutside;
  }

  BenefitTimeline compute() {
    int interval = rules.schedule().intervalMonths();
    int spanFirst = span.firstIndex();
    int spanLast = span.lastIndex();
    int firstDecision = rules.schedule().decisionIndexFor(spanFirst);
    int count = (spanLast - firstDecision) / interval + 1;
    int[] months = new int[count];
    LocalDate[] dates = new LocalDate[count];
    for (int k = 0; k < count; k++) {
      months[k] = firstDecision + k * interval;
      dates[k] = Months.firstDay(months[k]).withDayOfMonth(decisionDay);
    }
    long[] paid = new long[span.length()];
    long[] due = new long[span.length()];
    List<Decision> decisions = new ArrayList<>(count);
    List<Regularisation> regularisations = new ArrayList<>();
    List<Taken> taken = explain ? new ArrayList<>(count) : null;
    DecisionWindows.Resolved resolved = new DecisionWindows.Resolved();
    LinkedLedger ledger = linked.orElse(null);
    int[] reopen = new int[0];

    for (int k = 0; k < count; k++) {
      int month = months[k];
      LocalDate date = dates[k];
      int day = (int) date.toEpochDay();
      Household situation = situations.at(month);
      DecisionWindows windows = windows(situation.rsaPaExperiment());
      windows.resolve(month, resolved);
      ResourceHistory history = situation.resources();
      Revisions revisions = revisions(history);
      int covFirst = Math.max(month, spanFirst);
      int covLast = Math.min(month + interval - 1, spanLast);
      int linkedFirst = resolved.earliestMonth();
      int linkedLast = month + interval - 1;
      ResourceView[] earlier = null;
      if (!feed) {
        earlier = new ResourceView[k];
        for (int j = 0; j < k; j++) {
          earlier[j] = history.asOf(dates[j]);
        }
      }
      Events events = new Events(month, covFirst, covLast, windows, resolved, revisions, linkedFirst, linkedLast,
          regularisations);

      Household atDecision = household(situation, day);
      ResourceView knownAtDecision = history.asOfEpochDay(day);
      ResourceView viewAtDecision = effectiveView(windows, months, earlier, k, knownAtDecision);
      BenefitResult first = rule.compute(atDecision, viewAtDecision, Months.of(month), ruleSet, Trace.off());
      long paidAmount = first.amountFixed();
      if (explain) {
        taken.add(new Taken(month, date, atDecision, viewAtDecision, windows, history, paidAmount));
      }

      // the days a value inside the windows changed after the decision, in order
      int room = revisions.size + (ledger == null ? 0 : ledger.dateCount());
      if (reopen.length < room) {
        reopen = new int[Math.max(room, 2 * reopen.length)];
      }
      int reopenings = 0;
      for (int i = revisions.firstAfter(day); i < revisions.size; i++) {
        if (revisions.changed[i] && resolved.uses(revisions.category[i], revisions.month[i])
            && (reopenings == 0 || reopen[reopenings - 1] != revisions.day[i])) {
          reopen[reopenings++] = revisions.day[i]; // revisions are in order of day
        }
      }
      if (ledger != null) {
        int ownDays = reopenings;
        reopenings = ledger.changeDays(day, linkedFirst, linkedLast, reopen, reopenings);
        if (reopenings > ownDays && ownDays > 0) {
          reopenings = sortDistinct(reopen, reopenings);
        }
      }

      long previousEffective = paidAmount;
      long previousTrue = feed ? paidAmount : amount(atDecision, knownAtDecision, month);
      if (previousTrue != previousEffective) {
        events.add(previousTrue - previousEffective, date, Outcome.FROZEN_DATA,
            events.ignoredCauses(date, months, dates, k, null));
      }
      List<LocalDate> reopenedOn = new ArrayList<>(0);
      for (int j = 0; j < reopenings; j++) {
        int t = reopen[j];
        Household h = household(situation, t);
        ResourceView knownOnT = history.asOfEpochDay(t);
        long effective = amount(h, effectiveView(windows, months, earlier, k, knownOnT), month);
        long trueAmount = feed ? effective : amount(h, knownOnT, month);
        long change = effective - previousEffective;
        long gap = (trueAmount - effective) - (previousTrue - previousEffective);
        if (change != 0 || gap != 0) {
          LocalDate on = LocalDate.ofEpochDay(t);
          if (change != 0) {
            events.add(change, on, policy.decide(change * events.months(), Math.max(Math.abs(previousEffective),
                Math.abs(effective))), events.causesOn(t, on));
          }
          if (gap != 0) {
            events.add(gap, on, Outcome.FROZEN_DATA, events.ignoredCauses(on, months, dates, k, on));
          }
          reopenedOn.add(on);
        }
        previousEffective = effective;
        previousTrue = trueAmount;
      }
      long dueAmount;
      int lastComputed = reopenings == 0 ? day : reopen[reopenings - 1];
      if (!revisions.laterDataUpTo(lastComputed, month) && (ledger == null || !ledger.changesAfter(lastComputed))) {
        // nothing the rule can read (months up to the month of calculation, the linked benefit) changed after
        // the last computation: the final data give its true amount
        dueAmount = previousTrue;
      } else {
        Household finalSituation = ledger != null ? ledger.due(situation) : situation;
        dueAmount = amount(finalSituation, history.finalView(), month);
      }
      long residual = dueAmount - previousTrue;
      if (residual != 0) {
        int last = Math.max(day, revisions.lastDay()); // revisions are in order of date
        if (ledger != null) {
          last = ledger.lastChangeAfter(day, last);
        }
        LocalDate lastDate = LocalDate.ofEpochDay(last);
        events.add(residual, lastDate, policy.decide(residual * events.months(),
            Math.max(Math.abs(previousTrue), Math.abs(dueAmount))), events.unattributedCauses(day));
        if (!reopenedOn.contains(lastDate)) {
          reopenedOn.add(lastDate);
        }
      }
      for (int m = covFirst; m <= covLast; m++) {
        paid[m - spanFirst] = paidAmount;
        due[m - spanFirst] = dueAmount;
      }
      decisions.add(new Decision(benefit, events.decisionMonth(), MonthRange.of(Months.of(covFirst), Months.of(covLast)),
          date, paidAmount, first.label(), windows.defaultWindow(month), reopenedOn));
    }

    List<PaymentChange> changes = new ArrayList<>();
    if (explain) {
      for (int k = 1; k < count; k++) {
        int m = Math.max(months[k], spanFirst);
        if (m - 1 >= spanFirst && paid[m - spanFirst] != paid[m - 1 - spanFirst]) {
          changes.add(explainChange(taken.get(k - 1), taken.get(k), interval));
        }
      }
    }
    return new BenefitTimeline(benefit, decisions, new MonthlySeries(span, paid), new MonthlySeries(span, due),
        regularisations, changes);
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

  private ResourceView effectiveView(DecisionWindows windows, int[] months, ResourceView[] earlier, int k,
      ResourceView current) {
    return feed || k == 0 ? current : new FrozenDataView(windows, months, earlier, k, current);
  }

  private long amount(Household household, ResourceView view, int month) {
    return rule.amount(household, view, month, ruleSet, Trace.off());
  }

  /** The regularisation events of one decision, and the causes to name in them. */
  private final class Events {
    private final int month;
    private final int covFirst;
    private final int covLast;
    private final DecisionWindows windows;
    private final DecisionWindows.Resolved resolved;
    private final Revisions revisions;
    private final int linkedFirst;
    private final int linkedLast;
    private final List<Regularisation> out;
    private YearMonth decisionMonth;

    Events(int month, int covFirst, int covLast, DecisionWindows windows, DecisionWindows.Resolved resolved,
        Revisions revisions, int linkedFirst, int linkedLast, List<Regularisation> out) {
      this.month = month;
      this.covFirst = covFirst;
      this.covLast = covLast;
      this.windows = windows;
      this.resolved = resolved;
      this.revisions = revisions;
      this.linkedFirst = linkedFirst;
      this.linkedLast = linkedLast;
      this.out = out;
    }

    int months() {
      return covLast - covFirst + 1;
    }

    YearMonth decisionMonth() {
      if (decisionMonth == null) {
        decisionMonth = Months.of(month);
      }
      return decisionMonth;
    }

    /** One regularisation per month covered; an applied indu of a time-barred month is frozen. */
    void add(long change, LocalDate on, Outcome outcome, List<Cause> causes) {
      List<Cause> shared = List.copyOf(causes);
      for (int m = covFirst; m <= covLast; m++) {
        Outcome o = outcome;
        YearMonth ofRight = Months.of(m);
        if (o == Outcome.APPLIED && change < 0 && policy.recoveryLimit().prescribed(ofRight, on)) {
          o = Outcome.FROZEN_PRESCRIBED;
        }
        out.add(new Regularisation(benefit, decisionMonth(), ofRight, on, change, o, shared));
      }
    }

    /** The revisions that became known on {@code day} inside the windows, and the linked changes of that day. */
    List<Cause> causesOn(int day, LocalDate date) {
      List<Cause> causes = new ArrayList<>();
      for (int i = revisions.firstAfter(day - 1); i < revisions.size && revisions.day[i] == day; i++) {
        if (revisions.changed[i] && resolved.uses(revisions.category[i], revisions.month[i])) {
          causes.add(cause(revisions.get(i)));
        }
      }
      linked.ifPresent(l -> l.causes(day - 1, day, linkedFirst, linkedLast, causes));
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
              causes.add(cause(revisions.get(i)));
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

    /** The residual left by data outside the declared windows: said, with the candidates. */
    List<Cause> unattributedCauses(int afterDay) {
      List<Cause> causes = new ArrayList<>();
      causes.add(new Cause.Unattributed("data read outside the reference windows declared by the rule set"));
      for (int i = revisions.firstAfter(afterDay); i < revisions.size; i++) {
        if (revisions.changed[i] && !resolved.uses(revisions.category[i], revisions.month[i])) {
          causes.add(cause(revisions.get(i)));
        }
      }
      return causes;
    }

    private Cause cause(Revision r) {
      return revisionCause(situations.at(month), r);
    }
  }

  private static Cause revisionCause(Household household, Revision r) {
    return new Cause.DataRevision(r.person(), household.persons().get(r.person()).id(), r.category(), r.month(),
        r.previous(), r.amount(), r.knownOn());
  }

  /**
   * Splits a change of the amount paid between decisions {@code p} and {@code c}: (1) the new month
   * with the old data and situation, (2) the data known on the new date, (3) the new situation.
   */
  private PaymentChange explainChange(Taken p, Taken c, int interval) {
    long before = p.paid();
    long newMonth = amount(p.household(), p.view(), c.month());
    long newData = amount(p.household(), c.view(), c.month());
    List<Attribution> parts = new ArrayList<>();
    if (newMonth != before) {
      parts.add(new Attribution(orUnattributed(monthCauses(p, c), "change with the month of right (e.g. an age reached)"),
          newMonth - before));
    }
    if (newData != newMonth) {
      List<Cause> causes = new ArrayList<>();
      List<Cause> outside = new ArrayList<>();
      Revisions revisions = revisions(c.history());
      long after = p.date().toEpochDay();
      long until = c.date().toEpochDay();
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
      if (situations.since(p.month()) != situations.since(c.month())) {
        causes.add(new Cause.SituationChanged(Months.of(situations.since(c.month())),
            describeChange(situations.at(p.month()), situations.at(c.month()))));
      }
      linked.ifPresent(l -> l.causes((int) p.date().toEpochDay(), (int) c.date().toEpochDay(),
          c.windows().earliestMonth(c.month()), c.month() + interval - 1, causes));
      parts.add(new Attribution(orUnattributed(causes, "change of situation"), c.paid() - newData));
    }
    return new PaymentChange(benefit, Months.of(Math.max(c.month(), span.firstIndex())), before, c.paid(), parts);
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
        Timeline.Step<?> a = t.stepAt(Months.firstDay(p.month()));
        Timeline.Step<?> b = t.stepAt(Months.firstDay(c.month()));
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
      long x = h.received(b, p.month());
      long y = h.received(b, c.month());
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
