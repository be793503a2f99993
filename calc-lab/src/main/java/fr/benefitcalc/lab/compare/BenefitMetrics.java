package fr.benefitcalc.lab.compare;

import fr.benefitcalc.core.money.ExactTotal;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.timeline.BenefitTimeline;
import fr.benefitcalc.core.timeline.Decision;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.core.timeline.explain.PaymentChange;
import fr.benefitcalc.core.timeline.policy.Outcome;
import fr.benefitcalc.core.timeline.regularisation.Regularisation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The metrics of one benefit under one scenario, accumulated household by household (mutable, one per
 * thread, then {@link #merge merged}). Amounts in nano-euros, totalled exactly on 128 bits ({@link ExactTotal}):
 * no total can wrap, whatever the population; counts are {@code long}s added with overflow checks. The metrics follow the inspection
 * report's criteria (shared/docs/domain.md §5, §11.3):
 * <ul>
 *   <li>M1 volatility: changes of the amount paid from one month to the next, their size, the largest drop;
 *   <li>M2 recalculations: scheduled decisions, decisions reopened by late data (the report's "10 % of AL
 *       rights recalculated within the quarter");
 *   <li>M3 regularisations: indus and rappels applied and frozen, counts and euros, sizes, delays;
 *   <li>M4 the error left at 9 and 24 months: what was paid plus what was regularised by then, against what
 *       was due, as a share of what was due;
 *   <li>the lag from a resource's month to the payment that first reflects its final value
 *       ({@link Summary#meanResourceLagMonths()}); workload proxies (recovery actions as events); the share
 *       of changes explained by a single cause (one payslip revised = one cause, on the explained sample);
 *   <li>amounts per calendar year of the span ({@link YearTotals}).
 * </ul>
 */
public final class BenefitMetrics {
  /** Upper bounds (euros, exclusive) of the size classes of regularisation events. */
  public static final long[] SIZE_CLASSES_EUROS = {10, 50, 200, 500, Long.MAX_VALUE};
  /** Upper bounds (months, exclusive) of the delay classes of regularisations. */
  public static final int[] DELAY_CLASSES_MONTHS = {3, 6, 9, 12, 24, Integer.MAX_VALUE};

  long households;
  long householdsWithRight;
  long monthsWithRight;
  final ExactTotal paid = new ExactTotal();
  final ExactTotal due = new ExactTotal();
  long decisions;
  long decisionsWithRight;
  long reopenedDecisions;
  long reopeningEvents;
  long changes;
  final ExactTotal changeSizes = new ExactTotal();
  long largestDrop;
  long appliedIndusCount;
  final ExactTotal appliedIndus = new ExactTotal();
  long appliedRappelsCount;
  final ExactTotal appliedRappels = new ExactTotal();
  long frozenIndusCount;
  final ExactTotal frozenIndus = new ExactTotal();
  long frozenRappelsCount;
  final ExactTotal frozenRappels = new ExactTotal();
  final ExactTotal frozenAboveThreshold = new ExactTotal();
  long frozenAboveThresholdCount;
  final ExactTotal prescribed = new ExactTotal();
  final long[] eventSizes = new long[SIZE_CLASSES_EUROS.length];
  final long[] delays = new long[DELAY_CLASSES_MONTHS.length];
  long delayMonthsTotal;
  final ExactTotal error9 = new ExactTotal();
  final ExactTotal error24 = new ExactTotal();
  long resourceLagTotal;
  long resourceMonths;
  long explainedChanges;
  long recipientMonths;
  long significantChanges;
  long monthsReopened;
  long recoveryEvents;
  final ExactTotal[] indusByCause = totals();
  final ExactTotal[] rappelsByCause = totals();
  /**
   * The regularisations still to be made nine months after their month of right (applied later, or frozen: time-barred,
   * above a threshold), in absolute value, by kind of cause: the error left at 9 months split by source, as the Cour des
   * comptes' re-liquidation tests split the errors they find in the payments.
   */
  final ExactTotal[] leftAt9ByCause = totals();
  /**
   * The same counted by file: households (with this benefit) with at least one regularisation still to be made nine
   * months after its month that has a cause of that kind (a regularisation of several kinds counts under each), as the
   * Cour des comptes' tests count the files in error by origin.
   */
  final long[] leftAt9CountByCause = new long[CauseKind.values().length];
  long singleKindChanges;
  /** Per calendar year of the span (index: year − first year of the span); not among the counters. */
  YearTotals years;

  /** Minimum size of a change that counts as significant: 20 € and 10 % of the amount before it. */
  public static final long SIGNIFICANT_CHANGE_EUROS = 20;
  /** See {@link #SIGNIFICANT_CHANGE_EUROS}: the relative floor, in percent. */
  public static final int SIGNIFICANT_CHANGE_PERCENT = 10;

  /**
   * What a regularisation is attributed to: the kind of its causes (every cause of one kind), or
   * {@link #SEVERAL} kinds, or {@link #UNATTRIBUTED}.
   */
  public enum CauseKind {
    /** A revision of a monthly resource known within 6 months of its month (payroll corrections, late data). */
    LATE_DATA("late or corrected data (≤ 6 months)"),
    /** A revision known more than 6 months after its month (cross-checks of declared resources). */
    CROSS_CHECK("cross-check of declared resources (> 6 months)"),
    /** A declared end of activity: the RSA's neutralisation (CASF R262-13). */
    NEUTRALISATION("declared end of activity (neutralisation)"),
    /**
     * A change of rent or situation (birth, separation, move), including one learnt late (declared late or
     * found by a control) and a situation declared wrong and corrected on a control.
     */
    SITUATION("situation or rent"),
    /** An agent's input error on a decision corrected ("erreur de traitement"). */
    PROCESSING("processing error"),
    /** A revaluation of a legal parameter. */
    REVALUATION("revaluation"),
    /** Another benefit that changed (AL → RSA/PA, benefits received). */
    LINKED_BENEFIT("another benefit"),
    /** The reference window moved. */
    WINDOW("window moved"),
    /** Causes of several kinds. */
    SEVERAL("several kinds"),
    /** No cause found: a defect of the rules' declared reads. */
    UNATTRIBUTED("unattributed");

    private final String label;

    CauseKind(String label) {
      this.label = label;
    }

    /** A short English label. */
    public String label() {
      return label;
    }

    static CauseKind of(Cause c) {
      if (c instanceof Cause.DataRevision d) {
        if (d.category() == fr.benefitcalc.core.resources.IncomeCategory.ACTIVITY_END_DECLARED) {
          return NEUTRALISATION;
        }
        // known after the first day of its month + 7, compared by month index then day (no date made per cause)
        int known = Months.index(d.knownOn());
        int limit = Months.index(d.month()) + 7;
        return known > limit || known == limit && d.knownOn().getDayOfMonth() > 1 ? CROSS_CHECK : LATE_DATA;
      }
      if (c instanceof Cause.SituationKnown k) {
        return k.origin() == Cause.SituationKnown.Origin.PROCESSING ? PROCESSING : SITUATION;
      }
      if (c instanceof Cause.RentChanged || c instanceof Cause.SituationChanged) {
        return SITUATION;
      }
      if (c instanceof Cause.ParameterRevaluation) {
        return REVALUATION;
      }
      if (c instanceof Cause.LinkedBenefitChanged || c instanceof Cause.ReceivedBenefitChanged) {
        return LINKED_BENEFIT;
      }
      if (c instanceof Cause.WindowMoved) {
        return WINDOW;
      }
      return UNATTRIBUTED;
    }

    /** Every kind among {@code causes}, one bit each ({@code 1 << ordinal}). */
    static int bits(java.util.List<Cause> causes) {
      int bits = 0;
      for (Cause c : causes) {
        bits |= 1 << of(c).ordinal();
      }
      return bits;
    }

    static CauseKind of(java.util.List<Cause> causes) {
      if (causes.isEmpty()) {
        return UNATTRIBUTED;
      }
      CauseKind k = of(causes.get(0));
      for (int i = 1; i < causes.size(); i++) {
        if (of(causes.get(i)) != k) {
          return SEVERAL;
        }
      }
      return k;
    }
  }

  private static ExactTotal[] totals() {
    ExactTotal[] t = new ExactTotal[CauseKind.values().length];
    for (int i = 0; i < t.length; i++) {
      t[i] = new ExactTotal();
    }
    return t;
  }

  /**
   * One distinct cause for the single-cause share: a revised payslip (or benefit statement) of a
   * person for a month known on a date is one cause, whatever the lines revised (net and taxable).
   */
  private static Object causeKey(Cause c) {
    if (c instanceof Cause.DataRevision d) {
      return java.util.List.of(d.person(), d.month(), d.knownOn(), d.category().isAnnual());
    }
    return c;
  }

  /**
   * The regularisation events of one timeline (a decision's reopening on a date: its months share the
   * key), with their total and the total of their applied months; a timeline has a few dozen at most.
   */
  private static final class Events {
    final long[] keys;
    final long[] total;
    final long[] applied;
    final boolean[] anyApplied;
    int count;

    Events(int capacity) {
      keys = new long[capacity];
      total = new long[capacity];
      applied = new long[capacity];
      anyApplied = new boolean[capacity];
    }

    void add(long key, long amount, boolean isApplied) {
      int e = 0;
      while (e < count && keys[e] != key) {
        e++;
      }
      if (e == count) {
        keys[count++] = key;
      }
      total[e] = Math.addExact(total[e], amount);
      if (isApplied) {
        applied[e] = Math.addExact(applied[e], amount);
        anyApplied[e] = true;
      }
    }
  }

  /**
   * Adds one household's timeline of this benefit over {@code span}. A household in the files only part of the span
   * (entries and exits, {@code docs/population.md}) has a timeline over its months in the files: it is neither paid
   * nor due anything in the others, and its first payment and its last are not changes of the amount paid.
   */
  public void add(BenefitTimeline t, MonthRange span) {
    households++;
    MonthRange own = t.paid().span();
    if (own.firstIndex() < span.firstIndex() || own.lastIndex() > span.lastIndex()) {
      throw new IllegalArgumentException("timeline over " + own + " outside the span " + span);
    }
    int ownFirst = own.firstIndex() - span.firstIndex();
    int ownLast = own.lastIndex() - span.firstIndex();
    long[] paidByMonth = new long[span.length()];
    long[] dueByMonth = new long[span.length()];
    System.arraycopy(t.paid().toArray(), 0, paidByMonth, ownFirst, own.length());
    System.arraycopy(t.due().toArray(), 0, dueByMonth, ownFirst, own.length());
    boolean right = false;
    int first = span.firstIndex();
    long paidTotal = 0; // one household's months: exact in a long (a timeline's total is one), added once
    long dueTotal = 0;
    for (int i = 0; i < paidByMonth.length; i++) {
      paidTotal = Math.addExact(paidTotal, paidByMonth[i]);
      dueTotal = Math.addExact(dueTotal, dueByMonth[i]);
      if (paidByMonth[i] != 0 || dueByMonth[i] != 0) {
        right = true;
        monthsWithRight++;
      }
      if (paidByMonth[i] > 0) {
        recipientMonths++;
      }
      if (i > ownFirst && i <= ownLast && paidByMonth[i] != paidByMonth[i - 1]) {
        changes++;
        long change = Math.subtractExact(paidByMonth[i], paidByMonth[i - 1]);
        long size = Math.abs(change);
        if (size >= SIGNIFICANT_CHANGE_EUROS * Fixed.EURO
            && size >= Fixed.mulDiv(Math.abs(paidByMonth[i - 1]), SIGNIFICANT_CHANGE_PERCENT, 100, RoundingMode.HALF_UP)) {
          significantChanges++;
        }
        changeSizes.addAbs(change);
        largestDrop = Math.max(largestDrop, -change);
      }
    }
    paid.add(paidTotal);
    due.add(dueTotal);
    if (right) {
      householdsWithRight++;
    }
    if (years == null) {
      years = new YearTotals(span);
    }
    years.addMonths(span, paidByMonth, dueByMonth);
    List<Decision> ds = t.decisions();
    for (int di = 0; di < ds.size(); di++) { // indexed: no iterator made per timeline
      Decision d = ds.get(di);
      decisions++;
      boolean withRight = d.amountFixed() != 0;
      for (int m = d.coverage().firstIndex(); m <= d.coverage().lastIndex(); m++) {
        withRight |= dueByMonth[m - first] != 0; // the coverage is inside the span
      }
      if (withRight) {
        decisionsWithRight++;
      }
      if (reopenedWithinPeriod(d)) {
        for (int m = d.coverage().firstIndex(); m <= d.coverage().lastIndex(); m++) {
          if (paidByMonth[m - first] != 0 || dueByMonth[m - first] != 0) {
            monthsReopened++;
          }
        }
      }
      if (d.reopened()) {
        reopenedDecisions++;
        reopeningEvents += d.reopenedOn().size();
      }
    }
    addResourceLags(t, dueByMonth, first);
    long[] applied9 = new long[paidByMonth.length];
    long[] applied24 = new long[paidByMonth.length];
    Events events = new Events(t.regularisations().size());
    int leftAt9Kinds = 0; // the kinds of the regularisations still to be made at 9 months, one bit each
    List<Cause> lastCauses = null; // the months of one event share its list of causes: classified once
    CauseKind lastKind = null;
    int lastKinds = 0; // every kind among the last causes, one bit each
    List<Regularisation> rs = t.regularisations();
    for (int ri = 0; ri < rs.size(); ri++) {
      Regularisation r = rs.get(ri);
      long a = r.amountFixed();
      int month = Months.index(r.month());
      int decided = Months.index(r.decidedOn());
      if (r.applied()) {
        if (a < 0) {
          appliedIndusCount++;
          appliedIndus.add(a);
        } else {
          appliedRappelsCount++;
          appliedRappels.add(a);
        }
        int delay = Math.max(0, decided - month);
        delayMonthsTotal += delay;
        delays[classOf(delay)]++;
        int offset = month - first;
        years.addRegularisation(span, month, a, true);
        if (offset >= 0 && offset < paidByMonth.length) {
          if (decided - month <= 9) {
            applied9[offset] = Math.addExact(applied9[offset], a);
          }
          if (decided - month <= 24) {
            applied24[offset] = Math.addExact(applied24[offset], a);
          }
        }
      } else {
        years.addRegularisation(span, month, a, false);
        if (a < 0) {
          frozenIndusCount++;
          frozenIndus.add(a);
        } else {
          frozenRappelsCount++;
          frozenRappels.add(a);
        }
        if (r.outcome() == Outcome.FROZEN_ABOVE_THRESHOLD) {
          frozenAboveThreshold.add(a);
          frozenAboveThresholdCount++;
        } else if (r.outcome() == Outcome.FROZEN_PRESCRIBED) {
          prescribed.add(a);
        }
      }
      if (r.causes() != lastCauses) {
        lastCauses = r.causes();
        lastKind = CauseKind.of(lastCauses);
        lastKinds = lastKind == CauseKind.SEVERAL ? CauseKind.bits(lastCauses) : 1 << lastKind.ordinal();
      }
      CauseKind kind = lastKind;
      (a < 0 ? indusByCause : rappelsByCause)[kind.ordinal()].add(a);
      if (!r.applied() || decided - month > 9) {
        leftAt9ByCause[kind.ordinal()].addAbs(a);
        leftAt9Kinds |= lastKinds;
      }
      int decisionMonth = Months.index(r.decisionMonth());
      long eventKey = ((long) decisionMonth << 32) | (r.decidedOn().toEpochDay() & 0xffffffffL);
      if (r.outcome() != Outcome.FROZEN_AMOUNT_KEPT) { // a month paid at a frozen amount is not an event of its own
        events.add(eventKey, a, r.applied());
      }
    }
    for (int k = 0; leftAt9Kinds != 0 && k < leftAt9CountByCause.length; k++) {
      if ((leftAt9Kinds & (1 << k)) != 0) {
        leftAt9CountByCause[k]++;
      }
    }
    for (int e = 0; e < events.count; e++) {
      long euros = Math.abs(events.total[e]) / Fixed.EURO;
      for (int k = 0; k < SIZE_CLASSES_EUROS.length; k++) {
        if (euros < SIZE_CLASSES_EUROS[k]) {
          eventSizes[k]++;
          break;
        }
      }
      if (events.anyApplied[e] && events.applied[e] < 0) {
        recoveryEvents++;
      }
    }
    for (int i = 0; i < paidByMonth.length; i++) {
      long left = Math.subtractExact(dueByMonth[i], paidByMonth[i]);
      error9.addAbs(Math.subtractExact(left, applied9[i]));
      error24.addAbs(Math.subtractExact(left, applied24[i]));
    }
    List<PaymentChange> cs = t.changes(); // empty unless the timeline was computed with its explanations
    for (int ci = 0; ci < cs.size(); ci++) {
      PaymentChange c = cs.get(ci);
      explainedChanges++;
      Set<Object> distinct = new HashSet<>();
      c.attributions().forEach(a -> a.causes().forEach(x -> distinct.add(causeKey(x))));
      if (distinct.size() == 1) {
        singleKindChanges++;
      }
    }
  }

  /**
   * The lag from a resource's month to the payment that first reflects its final value, added month by
   * month of resources. A month {@code r} is first reflected by the payment of the first month covered by
   * the first decision with a right whose reference window holds {@code r} (the payment of month of right
   * {@code c} is counted in {@code c + 1}); when a revision of {@code r} found later reopened a decision
   * and its regularisation was applied, the final value is reflected only by that regularisation (decided
   * in month {@code D}, paid with the next payment: counted in {@code D + 1}). Only months that no decision
   * before the span could have reflected (after the first decision's window) and that some decision of the
   * span reflects (up to the last decision's window) are counted, so that the span's ends do not bias it.
   */
  private void addResourceLags(BenefitTimeline t, long[] dueByMonth, int first) {
    List<Decision> ds = t.decisions();
    if (ds.isEmpty()) {
      return;
    }
    Decision earliest = ds.get(0);
    int hi = Integer.MIN_VALUE;
    for (int di = 0; di < ds.size(); di++) {
      Decision d = ds.get(di);
      if (d.month().isBefore(earliest.month())) {
        earliest = d;
      }
      hi = Math.max(hi, d.window().lastIndex());
    }
    int lo = earliest.window().lastIndex() + 1;
    if (hi < lo) {
      return;
    }
    int[] reflected = new int[hi - lo + 1];
    java.util.Arrays.fill(reflected, Integer.MAX_VALUE);
    boolean any = false;
    for (int di = 0; di < ds.size(); di++) {
      Decision d = ds.get(di);
      boolean withRight = d.amountFixed() != 0;
      for (int m = d.coverage().firstIndex(); m <= d.coverage().lastIndex() && !withRight; m++) {
        withRight = dueByMonth[m - first] != 0;
      }
      if (!withRight) {
        continue;
      }
      int paidIn = d.coverage().firstIndex() + 1;
      for (int m = Math.max(lo, d.window().firstIndex()); m <= Math.min(hi, d.window().lastIndex()); m++) {
        reflected[m - lo] = Math.min(reflected[m - lo], paidIn);
        any = true;
      }
    }
    if (!any) {
      return;
    }
    List<Cause> lastCauses = null;
    int lastPaidIn = 0;
    List<Regularisation> rs = t.regularisations();
    for (int ri = 0; ri < rs.size(); ri++) {
      Regularisation r = rs.get(ri);
      if (!r.applied()) {
        continue;
      }
      int paidIn = Months.index(r.decidedOn()) + 1;
      if (r.causes() == lastCauses && paidIn == lastPaidIn) {
        continue; // another month of the same event: the same causes, the same payment (max is idempotent)
      }
      lastCauses = r.causes();
      lastPaidIn = paidIn;
      for (int ci = 0; ci < lastCauses.size(); ci++) {
        if (lastCauses.get(ci) instanceof Cause.DataRevision d && !d.category().isAnnual()) {
          int m = Months.index(d.month());
          if (m >= lo && m <= hi && reflected[m - lo] != Integer.MAX_VALUE) {
            reflected[m - lo] = Math.max(reflected[m - lo], paidIn);
          }
        }
      }
    }
    for (int k = 0; k < reflected.length; k++) {
      if (reflected[k] != Integer.MAX_VALUE) {
        resourceLagTotal = Math.addExact(resourceLagTotal, reflected[k] - (lo + k));
        resourceMonths++;
      }
    }
  }

  /**
   * Amounts by calendar year of the span (mutable, part of a {@link BenefitMetrics}): paid, due, indus and
   * rappels applied and frozen by the year of their month of right, months of right paid. Not among the
   * {@link #COUNTERS} (their number depends on the span).
   */
  static final class YearTotals {
    final int firstYear;
    final ExactTotal[] paid;
    final ExactTotal[] due;
    final ExactTotal[] indus;
    final ExactTotal[] rappels;
    final ExactTotal[] frozen;
    final long[] recipientMonths;
    final long[] months;

    YearTotals(MonthRange span) {
      this(span.first().getYear(), span.last().getYear() - span.first().getYear() + 1);
      for (int m = span.firstIndex(); m <= span.lastIndex(); m++) {
        months[Months.year(m) - firstYear]++;
      }
    }

    private YearTotals(int firstYear, int count) {
      this.firstYear = firstYear;
      paid = totals(count);
      due = totals(count);
      indus = totals(count);
      rappels = totals(count);
      frozen = totals(count);
      recipientMonths = new long[count];
      months = new long[count];
    }

    private static ExactTotal[] totals(int n) {
      ExactTotal[] t = new ExactTotal[n];
      for (int i = 0; i < n; i++) {
        t[i] = new ExactTotal();
      }
      return t;
    }

    void addMonths(MonthRange span, long[] paidByMonth, long[] dueByMonth) {
      int first = span.firstIndex();
      int i = 0;
      while (i < paidByMonth.length) { // a year's months of one household summed in a long (exact), added once
        int year = Months.year(first + i);
        long paidSum = 0;
        long dueSum = 0;
        for (; i < paidByMonth.length && Months.year(first + i) == year; i++) {
          paidSum = Math.addExact(paidSum, paidByMonth[i]);
          dueSum = Math.addExact(dueSum, dueByMonth[i]);
          if (paidByMonth[i] > 0) {
            recipientMonths[year - firstYear]++;
          }
        }
        paid[year - firstYear].add(paidSum);
        due[year - firstYear].add(dueSum);
      }
    }

    void addRegularisation(MonthRange span, int month, long amount, boolean applied) {
      if (month < span.firstIndex() || month > span.lastIndex()) {
        return;
      }
      int y = Months.year(month) - firstYear;
      if (!applied) {
        frozen[y].add(amount);
      } else if (amount < 0) {
        indus[y].add(amount);
      } else {
        rappels[y].add(amount);
      }
    }

    void merge(YearTotals o) {
      for (int y = 0; y < paid.length; y++) {
        paid[y].add(o.paid[y]);
        due[y].add(o.due[y]);
        indus[y].add(o.indus[y]);
        rappels[y].add(o.rappels[y]);
        frozen[y].add(o.frozen[y]);
        recipientMonths[y] = Math.addExact(recipientMonths[y], o.recipientMonths[y]);
        if (months[y] != o.months[y]) {
          throw new IllegalArgumentException("metrics of different spans merged");
        }
      }
    }
  }

  /**
   * Whether late data reopened the decision before the end of the quarter that follows the months it
   * covers: the report's recalculations "infra-trimestrielles à la suite des régularisations et
   * retards" ([158]). Later reopenings (cross-checks a year on) are regularisations, not counted here.
   */
  static boolean reopenedWithinPeriod(Decision d) {
    List<LocalDate> reopenedOn = d.reopenedOn();
    if (reopenedOn.isEmpty()) {
      return false;
    }
    // the last day of the REOPENING_MONTHS-th month after the last month covered, as an epoch day (no date made)
    long limit = Months.firstEpochDay(d.coverage().lastIndex() + REOPENING_MONTHS + 1) - 1;
    for (int i = 0; i < reopenedOn.size(); i++) {
      if (reopenedOn.get(i).toEpochDay() <= limit) {
        return true;
      }
    }
    return false;
  }

  /** Months after the last month a decision covers within which a reopening counts in {@link Summary#reopenedMonthShare()}. */
  public static final int REOPENING_MONTHS = 3;

  private static int classOf(int delay) {
    for (int k = 0; k < DELAY_CLASSES_MONTHS.length; k++) {
      if (delay < DELAY_CLASSES_MONTHS[k]) {
        return k;
      }
    }
    return DELAY_CLASSES_MONTHS.length - 1;
  }

  /**
   * The names of the counters, in the order of {@link #counters()}: one per count or total accumulated
   * (amounts in nano-euros), snake case, as columns of a table. Every counter is summed when accumulators
   * are merged, except {@link #LARGEST_DROP}, their maximum.
   */
  public static final List<String> COUNTERS = counterNames();
  /** The counter merged by maximum. */
  public static final String LARGEST_DROP = "largest_drop";

  private static List<String> counterNames() {
    List<String> names = new ArrayList<>(List.of("households", "households_with_right", "months_with_right", "paid", "due", "decisions", "decisions_with_right", "reopened_decisions", "reopening_events", "changes", "change_sizes", "largest_drop", "applied_indus_count", "applied_indus", "applied_rappels_count", "applied_rappels", "frozen_indus_count", "frozen_indus", "frozen_rappels_count", "frozen_rappels", "frozen_above_threshold", "frozen_above_threshold_count", "prescribed"));
    for (long bound : SIZE_CLASSES_EUROS) {
      names.add(bound == Long.MAX_VALUE ? "events_from_" + SIZE_CLASSES_EUROS[SIZE_CLASSES_EUROS.length - 2] + "_euros"
          : "events_below_" + bound + "_euros");
    }
    for (int bound : DELAY_CLASSES_MONTHS) {
      names.add(bound == Integer.MAX_VALUE ? "delays_from_" + DELAY_CLASSES_MONTHS[DELAY_CLASSES_MONTHS.length - 2] + "_months"
          : "delays_below_" + bound + "_months");
    }
    names.addAll(List.of("delay_months_total", "error_9", "error_24", "resource_lag_months_total", "resource_months", "explained_changes", "recipient_months", "significant_changes", "months_reopened", "recovery_events", "single_kind_changes"));
    for (CauseKind k : CauseKind.values()) {
      names.add("indus_" + k.name().toLowerCase(java.util.Locale.ROOT));
      names.add("rappels_" + k.name().toLowerCase(java.util.Locale.ROOT));
    }
    for (CauseKind k : CauseKind.values()) {
      names.add("left_at_9_" + k.name().toLowerCase(java.util.Locale.ROOT));
    }
    for (CauseKind k : CauseKind.values()) {
      names.add("left_at_9_count_" + k.name().toLowerCase(java.util.Locale.ROOT));
    }
    return List.copyOf(names);
  }

  /** The counters, in the order of {@link #COUNTERS}, exact (amounts in nano-euros). */
  public BigInteger[] counters() {
    List<BigInteger> c = new ArrayList<>(List.of(BigInteger.valueOf(households), BigInteger.valueOf(householdsWithRight), BigInteger.valueOf(monthsWithRight), paid.nanos(), due.nanos(), BigInteger.valueOf(decisions), BigInteger.valueOf(decisionsWithRight), BigInteger.valueOf(reopenedDecisions), BigInteger.valueOf(reopeningEvents), BigInteger.valueOf(changes), changeSizes.nanos(), BigInteger.valueOf(largestDrop), BigInteger.valueOf(appliedIndusCount), appliedIndus.nanos(), BigInteger.valueOf(appliedRappelsCount), appliedRappels.nanos(), BigInteger.valueOf(frozenIndusCount), frozenIndus.nanos(), BigInteger.valueOf(frozenRappelsCount), frozenRappels.nanos(), frozenAboveThreshold.nanos(), BigInteger.valueOf(frozenAboveThresholdCount), prescribed.nanos()));
    for (long v : eventSizes) {
      c.add(BigInteger.valueOf(v));
    }
    for (long v : delays) {
      c.add(BigInteger.valueOf(v));
    }
    c.addAll(List.of(BigInteger.valueOf(delayMonthsTotal), error9.nanos(), error24.nanos(), BigInteger.valueOf(resourceLagTotal), BigInteger.valueOf(resourceMonths), BigInteger.valueOf(explainedChanges), BigInteger.valueOf(recipientMonths), BigInteger.valueOf(significantChanges), BigInteger.valueOf(monthsReopened), BigInteger.valueOf(recoveryEvents), BigInteger.valueOf(singleKindChanges)));
    for (int k = 0; k < indusByCause.length; k++) {
      c.add(indusByCause[k].nanos());
      c.add(rappelsByCause[k].nanos());
    }
    for (ExactTotal t : leftAt9ByCause) {
      c.add(t.nanos());
    }
    for (long n : leftAt9CountByCause) {
      c.add(BigInteger.valueOf(n));
    }
    return c.toArray(new BigInteger[0]);
  }

  /**
   * The metrics whose counters are {@code c} (in the order of {@link #COUNTERS}), e.g. the counters of
   * per-household metrics summed by another engine.
   *
   * @throws IllegalArgumentException when {@code c} does not have one value per counter
   * @throws ArithmeticException when a count does not fit 64 bits or an amount 128 bits
   */
  public static BenefitMetrics ofCounters(BigInteger[] c) {
    if (c.length != COUNTERS.size()) {
      throw new IllegalArgumentException(c.length + " counters given, " + COUNTERS.size() + " expected " + COUNTERS);
    }
    BenefitMetrics m = new BenefitMetrics();
    int i = 0;
    m.households = c[i++].longValueExact();
    m.householdsWithRight = c[i++].longValueExact();
    m.monthsWithRight = c[i++].longValueExact();
    m.paid.add(ExactTotal.of(c[i++]));
    m.due.add(ExactTotal.of(c[i++]));
    m.decisions = c[i++].longValueExact();
    m.decisionsWithRight = c[i++].longValueExact();
    m.reopenedDecisions = c[i++].longValueExact();
    m.reopeningEvents = c[i++].longValueExact();
    m.changes = c[i++].longValueExact();
    m.changeSizes.add(ExactTotal.of(c[i++]));
    m.largestDrop = c[i++].longValueExact();
    m.appliedIndusCount = c[i++].longValueExact();
    m.appliedIndus.add(ExactTotal.of(c[i++]));
    m.appliedRappelsCount = c[i++].longValueExact();
    m.appliedRappels.add(ExactTotal.of(c[i++]));
    m.frozenIndusCount = c[i++].longValueExact();
    m.frozenIndus.add(ExactTotal.of(c[i++]));
    m.frozenRappelsCount = c[i++].longValueExact();
    m.frozenRappels.add(ExactTotal.of(c[i++]));
    m.frozenAboveThreshold.add(ExactTotal.of(c[i++]));
    m.frozenAboveThresholdCount = c[i++].longValueExact();
    m.prescribed.add(ExactTotal.of(c[i++]));
    for (int k = 0; k < m.eventSizes.length; k++) {
      m.eventSizes[k] = c[i++].longValueExact();
    }
    for (int k = 0; k < m.delays.length; k++) {
      m.delays[k] = c[i++].longValueExact();
    }
    m.delayMonthsTotal = c[i++].longValueExact();
    m.error9.add(ExactTotal.of(c[i++]));
    m.error24.add(ExactTotal.of(c[i++]));
    m.resourceLagTotal = c[i++].longValueExact();
    m.resourceMonths = c[i++].longValueExact();
    m.explainedChanges = c[i++].longValueExact();
    m.recipientMonths = c[i++].longValueExact();
    m.significantChanges = c[i++].longValueExact();
    m.monthsReopened = c[i++].longValueExact();
    m.recoveryEvents = c[i++].longValueExact();
    m.singleKindChanges = c[i++].longValueExact();
    for (int k = 0; k < m.indusByCause.length; k++) {
      m.indusByCause[k].add(ExactTotal.of(c[i++]));
      m.rappelsByCause[k].add(ExactTotal.of(c[i++]));
    }
    for (ExactTotal t : m.leftAt9ByCause) {
      t.add(ExactTotal.of(c[i++]));
    }
    for (int k = 0; k < m.leftAt9CountByCause.length; k++) {
      m.leftAt9CountByCause[k] = c[i++].longValueExact();
    }
    return m;
  }

  /**
   * The names of the per-year counters, in the order of {@link #yearCounters(MonthRange)}: for each, one value per
   * calendar year of the span (amounts in nano-euros, by the year of the month of right). Summed when accumulators
   * are merged, as the {@link #COUNTERS}.
   */
  public static final List<String> YEAR_COUNTERS = List.of("year_paid", "year_due", "year_indus", "year_rappels",
      "year_frozen", "year_recipient_months");

  /**
   * The per-year counters over {@code span} ({@link #YEAR_COUNTERS} × the calendar years of the span), exact; zeros
   * when nothing was added.
   */
  public BigInteger[][] yearCounters(MonthRange span) {
    int count = span.last().getYear() - span.first().getYear() + 1;
    BigInteger[][] c = new BigInteger[YEAR_COUNTERS.size()][count];
    for (int y = 0; y < count; y++) {
      c[0][y] = years == null ? BigInteger.ZERO : years.paid[y].nanos();
      c[1][y] = years == null ? BigInteger.ZERO : years.due[y].nanos();
      c[2][y] = years == null ? BigInteger.ZERO : years.indus[y].nanos();
      c[3][y] = years == null ? BigInteger.ZERO : years.rappels[y].nanos();
      c[4][y] = years == null ? BigInteger.ZERO : years.frozen[y].nanos();
      c[5][y] = BigInteger.valueOf(years == null ? 0 : years.recipientMonths[y]);
    }
    return c;
  }

  /**
   * As {@link #ofCounters(BigInteger[])}, with the per-year counters {@code years} ({@link #yearCounters}, e.g.
   * summed by another engine) of {@code span}: the metrics then have their {@link Summary#years()}.
   */
  public static BenefitMetrics ofCounters(BigInteger[] c, BigInteger[][] years, MonthRange span) {
    BenefitMetrics m = ofCounters(c);
    YearTotals y = new YearTotals(span);
    if (years.length != YEAR_COUNTERS.size()) {
      throw new IllegalArgumentException(years.length + " per-year counters given, " + YEAR_COUNTERS.size() + " expected");
    }
    for (int k = 0; k < y.paid.length; k++) {
      y.paid[k].add(ExactTotal.of(years[0][k]));
      y.due[k].add(ExactTotal.of(years[1][k]));
      y.indus[k].add(ExactTotal.of(years[2][k]));
      y.rappels[k].add(ExactTotal.of(years[3][k]));
      y.frozen[k].add(ExactTotal.of(years[4][k]));
      y.recipientMonths[k] = years[5][k].longValueExact();
    }
    m.years = y;
    return m;
  }

  /** The metrics of one household's timeline of this benefit over {@code span}. */
  public static BenefitMetrics of(BenefitTimeline t, MonthRange span) {
    BenefitMetrics m = new BenefitMetrics();
    m.add(t, span);
    return m;
  }

  /** Adds another accumulator's counts into this one. */
  public void merge(BenefitMetrics o) {
    households = Math.addExact(households, o.households);
    householdsWithRight = Math.addExact(householdsWithRight, o.householdsWithRight);
    monthsWithRight = Math.addExact(monthsWithRight, o.monthsWithRight);
    paid.add(o.paid);
    due.add(o.due);
    decisions = Math.addExact(decisions, o.decisions);
    decisionsWithRight = Math.addExact(decisionsWithRight, o.decisionsWithRight);
    reopenedDecisions = Math.addExact(reopenedDecisions, o.reopenedDecisions);
    reopeningEvents = Math.addExact(reopeningEvents, o.reopeningEvents);
    changes = Math.addExact(changes, o.changes);
    changeSizes.add(o.changeSizes);
    largestDrop = Math.max(largestDrop, o.largestDrop);
    appliedIndusCount = Math.addExact(appliedIndusCount, o.appliedIndusCount);
    appliedIndus.add(o.appliedIndus);
    appliedRappelsCount = Math.addExact(appliedRappelsCount, o.appliedRappelsCount);
    appliedRappels.add(o.appliedRappels);
    frozenIndusCount = Math.addExact(frozenIndusCount, o.frozenIndusCount);
    frozenIndus.add(o.frozenIndus);
    frozenRappelsCount = Math.addExact(frozenRappelsCount, o.frozenRappelsCount);
    frozenRappels.add(o.frozenRappels);
    frozenAboveThreshold.add(o.frozenAboveThreshold);
    frozenAboveThresholdCount = Math.addExact(frozenAboveThresholdCount, o.frozenAboveThresholdCount);
    prescribed.add(o.prescribed);
    for (int k = 0; k < eventSizes.length; k++) {
      eventSizes[k] = Math.addExact(eventSizes[k], o.eventSizes[k]);
    }
    for (int k = 0; k < delays.length; k++) {
      delays[k] = Math.addExact(delays[k], o.delays[k]);
    }
    delayMonthsTotal = Math.addExact(delayMonthsTotal, o.delayMonthsTotal);
    error9.add(o.error9);
    error24.add(o.error24);
    resourceLagTotal = Math.addExact(resourceLagTotal, o.resourceLagTotal);
    resourceMonths = Math.addExact(resourceMonths, o.resourceMonths);
    explainedChanges = Math.addExact(explainedChanges, o.explainedChanges);
    recipientMonths = Math.addExact(recipientMonths, o.recipientMonths);
    significantChanges = Math.addExact(significantChanges, o.significantChanges);
    monthsReopened = Math.addExact(monthsReopened, o.monthsReopened);
    recoveryEvents = Math.addExact(recoveryEvents, o.recoveryEvents);
    singleKindChanges = Math.addExact(singleKindChanges, o.singleKindChanges);
    for (int k = 0; k < indusByCause.length; k++) {
      indusByCause[k].add(o.indusByCause[k]);
      rappelsByCause[k].add(o.rappelsByCause[k]);
      leftAt9ByCause[k].add(o.leftAt9ByCause[k]);
      leftAt9CountByCause[k] = Math.addExact(leftAt9CountByCause[k], o.leftAt9CountByCause[k]);
    }
    if (o.years != null) {
      if (years == null) {
        years = new YearTotals(o.years.firstYear, o.years.paid.length);
        System.arraycopy(o.years.months, 0, years.months, 0, years.months.length);
      }
      years.merge(o.years);
    }
  }

  /** A total over {@code months} months in euros per year (× 12 / months), exact to the cent, half-up. */
  public static BigDecimal perYear(BigDecimal total, int months) {
    return total.multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
  }

  /** The figures, with derived ratios. */
  public Summary summary(int spanMonths) {
    return new Summary(this, spanMonths);
  }

  /**
   * The amounts of one calendar year of the span (euros, exact; regularisations by the year of their month
   * of right).
   *
   * @param year the year
   * @param months its months in the span
   * @param paid paid by the decisions
   * @param received paid plus the indus and rappels applied
   * @param due due on the true data
   * @param indus indus applied (≤ 0)
   * @param rappels rappels applied (≥ 0)
   * @param frozen indus and rappels not regularised, signed sum
   * @param recipientMonths months in which a household was paid
   */
  public record Year(int year, int months, BigDecimal paid, BigDecimal received, BigDecimal due, BigDecimal indus,
      BigDecimal rappels, BigDecimal frozen, long recipientMonths) {
    /** Mean number of households paid in a month of the year. */
    public double recipients() {
      return months == 0 ? 0 : (double) recipientMonths / months;
    }
  }

  /**
   * Read-only figures of a {@link BenefitMetrics}, in euros and ratios for reports.
   *
   * @param m the accumulated counts
   * @param spanMonths the months of the span
   */
  public record Summary(BenefitMetrics m, int spanMonths) {
    /** Households computed. */
    public long households() {
      return m.households;
    }

    /** Households with a right (paid or due) in some month. */
    public long householdsWithRight() {
      return m.householdsWithRight;
    }

    /** Total paid by the decisions, before regularisations (euros, exact). */
    public BigDecimal paid() {
      return m.paid.euros();
    }

    /** Total due on final data (euros, exact). */
    public BigDecimal due() {
      return m.due.euros();
    }

    /** Total paid plus applied regularisations: what the households received in the end (euros, exact). */
    public BigDecimal netPaid() {
      ExactTotal t = m.paid.copy();
      t.add(m.appliedIndus);
      t.add(m.appliedRappels);
      return t.euros();
    }

    /** Scheduled decisions. */
    public long decisions() {
      return m.decisions;
    }

    /** Decisions reopened by late data at least once. */
    public long reopenedDecisions() {
      return m.reopenedDecisions;
    }

    /** Decisions with a right: an amount paid or due in a month they cover. */
    public long decisionsWithRight() {
      return m.decisionsWithRight;
    }

    /** Mean size of a change of the amount paid (euros, to the nano-euro half-up). */
    public BigDecimal meanChange() {
      return m.changes == 0 ? BigDecimal.ZERO.setScale(9)
          : m.changeSizes.euros().divide(BigDecimal.valueOf(m.changes), 9, RoundingMode.HALF_UP);
    }

    /** The largest drop of the amount paid from one month to the next (nano-euros). */
    public long largestDrop() {
      return m.largestDrop;
    }

    /** Applied indus: count of months regularised and total (euros, exact, ≤ 0). */
    public long appliedIndusCount() {
      return m.appliedIndusCount;
    }

    /** See {@link #appliedIndusCount()}. */
    public BigDecimal appliedIndus() {
      return m.appliedIndus.euros();
    }

    /** Applied rappels: count of months regularised. */
    public long appliedRappelsCount() {
      return m.appliedRappelsCount;
    }

    /** Applied rappels total (euros, exact, ≥ 0). */
    public BigDecimal appliedRappels() {
      return m.appliedRappels.euros();
    }

    /** Frozen indus (overpayments never recovered, euros, exact, ≤ 0). */
    public BigDecimal frozenIndus() {
      return m.frozenIndus.euros();
    }

    /** Frozen rappels (back-payments never paid, nano-euros, ≥ 0). */
    public BigDecimal frozenRappels() {
      return m.frozenRappels.euros();
    }

    /** Frozen because above the threshold (signed sum, euros, exact). */
    public BigDecimal frozenAboveThreshold() {
      return m.frozenAboveThreshold.euros();
    }

    /** Regularisation events (one reopened decision on one date) by size class. */
    public long[] eventSizes() {
      return m.eventSizes.clone();
    }

    /** Applied regularisations by delay class (months between the month of right and the decision). */
    public long[] delays() {
      return m.delays.clone();
    }

    /** Mean delay of applied regularisations, months. */
    public double meanDelayMonths() {
      return ratio(m.delayMonthsTotal, m.appliedIndusCount + m.appliedRappelsCount);
    }

    /** The error left 9 months after the month of right, as a share of what is due. */
    public double errorAt9Months() {
      return ratio(m.error9, m.due);
    }

    /** The error left 9 months after the month of right (euros, exact, absolute values month by month). */
    public BigDecimal error9Euros() {
      return m.error9.euros();
    }

    /** The error left 24 months after the month of right, as a share of what is due. */
    public double errorAt24Months() {
      return ratio(m.error24, m.due);
    }

    /**
     * Mean lag from a resource's month to the month of the payment that first reflects its final value
     * (months; see the class's {@code addResourceLags}): the reference window's delay plus, for a value
     * revised later, the wait for its regularisation.
     */
    public double meanResourceLagMonths() {
      return ratio(m.resourceLagTotal, m.resourceMonths);
    }

    /** Months of resources counted in {@link #meanResourceLagMonths()}. */
    public long resourceMonths() {
      return m.resourceMonths;
    }

    /**
     * The amounts of each calendar year of the span, in order (empty when the metrics were summed from
     * counters, e.g. by a distributed engine: the years are not among them).
     */
    public List<Year> years() {
      List<Year> out = new ArrayList<>();
      YearTotals y = m.years;
      if (y == null) {
        return out;
      }
      for (int k = 0; k < y.paid.length; k++) {
        ExactTotal received = y.paid[k].copy();
        received.add(y.indus[k]);
        received.add(y.rappels[k]);
        out.add(new Year(y.firstYear + k, (int) y.months[k], y.paid[k].euros(), received.euros(), y.due[k].euros(),
            y.indus[k].euros(), y.rappels[k].euros(), y.frozen[k].euros(), y.recipientMonths[k]));
      }
      return out;
    }

    /** Workload proxy: scheduled decisions plus reopenings. */
    public long recalculations() {
      return m.decisions + m.reopeningEvents;
    }

    /** Workload proxy: notifications (changes of the amount paid plus regularisation events). */
    public long notifications() {
      return m.changes + m.reopeningEvents;
    }

    /** Mean number of households paid in a month (a stock, comparable with the national counts of recipients). */
    public double recipients() {
      return spanMonths == 0 ? 0 : (double) m.recipientMonths / spanMonths;
    }

    /**
     * Significant changes of the amount paid (at least {@value BenefitMetrics#SIGNIFICANT_CHANGE_EUROS} € and
     * {@value BenefitMetrics#SIGNIFICANT_CHANGE_PERCENT} % of the amount before) per household-year with a right.
     */
    public double significantChangesPerHouseholdYear() {
      return ratio(m.significantChanges * 12, m.monthsWithRight);
    }

    /**
     * Share of the months of right whose decision late data reopened before the end of the quarter
     * after the months it covers ({@link BenefitMetrics#REOPENING_MONTHS}): comparable across cadences (a
     * reopened yearly decision counts its twelve months, a quarterly one its three).
     */
    public double reopenedMonthShare() {
      return ratio(m.monthsReopened, m.monthsWithRight);
    }

    /** Recovery actions: applied regularisation events (one decision on one date) whose net is an indu. */
    public long recoveryEvents() {
      return m.recoveryEvents;
    }

    /** Indus (applied and frozen, euros, ≤ 0) attributed to a kind of cause. */
    public BigDecimal indusBy(CauseKind kind) {
      return m.indusByCause[kind.ordinal()].euros();
    }

    /** Rappels (applied and frozen, euros, ≥ 0) attributed to a kind of cause. */
    public BigDecimal rappelsBy(CauseKind kind) {
      return m.rappelsByCause[kind.ordinal()].euros();
    }

    /**
     * The regularisations (euros, ≥ 0, in absolute value) attributed to a kind of cause that were still to be made nine
     * months after their month of right: applied later, or frozen (time-barred, above a threshold).
     */
    public BigDecimal leftAt9By(CauseKind kind) {
      return m.leftAt9ByCause[kind.ordinal()].euros();
    }

    /**
     * The households (files) with at least one regularisation still to be made nine months after its month that has a
     * cause of this kind (of several kinds: counted under each; never {@link CauseKind#SEVERAL}): the files in error at
     * 9 months by origin, as the Cour des comptes' tests count them.
     */
    public long leftAt9CountBy(CauseKind kind) {
      return m.leftAt9CountByCause[kind.ordinal()];
    }

    /** Share of explained changes (sample) with one distinct cause (one payslip revised = one cause). */
    public double singleKindShare() {
      return ratio(m.singleKindChanges, m.explainedChanges);
    }

    /** Changes explained in the sample. */
    public long explainedChanges() {
      return m.explainedChanges;
    }

    private static double ratio(long a, long b) {
      return b == 0 ? 0 : (double) a / b;
    }

    private static double ratio(ExactTotal a, ExactTotal b) {
      return b.isZero() ? 0 : a.euros().divide(b.euros(), MathContext.DECIMAL64).doubleValue();
    }
  }
}
