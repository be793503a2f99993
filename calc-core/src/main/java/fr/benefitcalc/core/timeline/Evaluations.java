package fr.benefitcalc.core.timeline;

/**
 * The rule evaluations of one benefit's timeline of one household, kept across the alternate passes
 * that resolve the AL fed back by the RSA ({@code DecisionTimeline}, CCH R822-17): from one pass to
 * the next only the linked benefit read changes, so an evaluation whose inputs are those of an
 * evaluation of an earlier pass takes its amount (and label) instead of evaluating the rule again.
 * Kept also from one rule set to the next on the same {@link Situations} (the scenarios of a
 * comparison) when the rule set gives the rule the same inputs ({@link BenefitPlan#sameEvaluations}:
 * e.g. the same rules with droits figés).
 * A rule is a pure function of what it reads; the key is what it reads:
 * <ul>
 *   <li>the decision (its index among the decisions computed, which fixes its month, its windows, its
 *       situation of the month and the earlier decisions whose data a frozen view keeps), the
 *       parameter month, the day the data are read as known, the situation the agency holds (its
 *       index in {@link Situations}), and which view: the decision's first computation, the data it
 *       uses (frozen or not), the data known that day, or the final data (the due);
 *   <li>the linked benefit of the months the rule reads as the reader reads it
 *       ({@link LinkedLedger#readsSame}): the same months and values the engine already relies on to
 *       reopen a decision and to take its last computation as its due (rules that
 *       {@linkplain fr.benefitcalc.core.rules.BenefitRule#declaresEveryRead() declare every read}).
 * </ul>
 * Kept by decision month: when corrected data feed the later decisions (the view of a decision does not depend on
 * the earlier ones), an evaluation is the same whatever the months computed around it, so that the evaluations are
 * shared also by timelines that start at other months (the RSA's warm-up, longer under a yearly AL); otherwise they
 * are valid for one set of months computed (the earlier decisions' dates). Not thread-safe: one household's
 * computation.
 */
final class Evaluations {
  /** The decision's first computation on its date (amount and label). */
  static final int FIRST = 0;
  /** An amount on the data the decision uses (frozen by earlier decisions or not). */
  static final int USED = 1;
  /** An amount on the data known on the day. */
  static final int KNOWN = 2;
  /** The amount due, on the final data. */
  static final int DUE = 3;

  /** The plan whose evaluations these are (and those of every plan {@linkplain BenefitPlan#sameEvaluations alike}). */
  private final BenefitPlan plan;
  /** The months computed by the timeline that made these (what they are valid for when data do not feed). */
  private final int madeFrom;
  private final int lastMonth;
  private final int madeDecisions;
  private final int interval;
  /** The decision month of {@code head[0]}. */
  private int firstDecision;
  private int[] head; // by decision (month - firstDecision) / interval: the last entry + 1, 0 when none
  private int size;
  private int[] next;
  private long[] keys;
  private long[] amounts;
  /** The linked benefit each entry read (null: none), on the day of its key. */
  private LinkedLedger[] linked;
  private String[] labels;

  /** Evaluations of {@code plan}'s decisions from month {@code firstDecision}, months computed up to {@code lastMonth}. */
  Evaluations(BenefitPlan plan, int firstDecision, int lastMonth, int decisions) {
    this.plan = plan;
    this.madeFrom = firstDecision;
    this.lastMonth = lastMonth;
    this.madeDecisions = decisions;
    this.interval = plan.rules.schedule().intervalMonths();
    this.firstDecision = firstDecision;
    this.head = new int[decisions];
    this.next = new int[0];
    this.keys = new long[0];
    this.amounts = new long[0];
    this.linked = new LinkedLedger[0];
    this.labels = new String[0];
  }

  /**
   * Whether these are evaluations of {@code plan}'s decisions (or of a plan whose evaluations are the same,
   * {@link BenefitPlan#sameEvaluations}) valid for a timeline of the decisions from {@code firstDecision} over
   * months up to {@code lastMonth}: any months when corrected data feed the later decisions, else these months.
   */
  boolean isFor(BenefitPlan plan, int firstDecision, int lastMonth, int decisions) {
    return this.plan.sameEvaluations(plan) && (plan.feed
        || madeFrom == firstDecision && this.lastMonth == lastMonth && madeDecisions == decisions);
  }

  /** The slot of the decision of month {@code decisionMonth} in {@link #head}, grown to hold it; -1 if off the schedule. */
  private int slot(int decisionMonth) {
    int offset = decisionMonth - firstDecision;
    if (offset % interval != 0) {
      return -1;
    }
    int i = Math.floorDiv(offset, interval);
    if (i < 0) {
      int[] grown = new int[head.length - i];
      System.arraycopy(head, 0, grown, -i, head.length);
      head = grown;
      firstDecision = decisionMonth;
      return 0;
    }
    if (i >= head.length) {
      head = java.util.Arrays.copyOf(head, i + 1);
    }
    return i;
  }

  /**
   * The key of an evaluation but its linked benefit: {@code kind}, the parameter month's offset from
   * the decision month (under a year), the held situation and the day (epoch day, or 0 for the due).
   */
  static long key(int kind, int parameterOffset, int held, int day) {
    return ((long) kind << 62) | ((long) (parameterOffset & 0xff) << 54) | ((long) (held & 0x3fffff) << 32)
        | (day & 0xffffffffL);
  }

  /**
   * The entry of the decision of month {@code decisionMonth} with this key whose linked benefit, as read over the months
   * {@code linkedFirst..linkedLast} on the key's day (the due with {@code due}), is what {@code ledger}
   * gives ({@link LinkedLedger#readsSame}), or, with {@code read} (else null), what the decision declares reading of
   * it; or -1.
   */
  int find(int decisionMonth, long key, LinkedLedger ledger, int day, boolean due, int linkedFirst, int linkedLast,
      LinkedRead read) {
    int offset = decisionMonth - firstDecision;
    if (offset < 0 || offset % interval != 0 || offset / interval >= head.length) {
      return -1;
    }
    for (int e = head[offset / interval] - 1; e >= 0; e = next[e] - 1) {
      if (keys[e] == key && (linked[e] == ledger
          || (ledger != null && linked[e] != null && (read != null ? ledger.readsSame(linked[e], day, due, read)
              : ledger.readsSame(linked[e], day, due, linkedFirst, linkedLast))))) {
        return e;
      }
    }
    return -1;
  }

  long amount(int entry) {
    return amounts[entry];
  }

  String label(int entry) {
    return labels[entry];
  }

  /** Keeps an evaluation of the decision of month {@code decisionMonth} that read {@code ledger} (or none). */
  void put(int decisionMonth, long key, LinkedLedger ledger, long amount, String label) {
    int k = slot(decisionMonth);
    if (k < 0) {
      return;
    }
    if (size == keys.length) {
      int c = size == 0 ? 6 * head.length : 2 * size;
      next = java.util.Arrays.copyOf(next, c);
      keys = java.util.Arrays.copyOf(keys, c);
      amounts = java.util.Arrays.copyOf(amounts, c);
      linked = java.util.Arrays.copyOf(linked, c);
      labels = java.util.Arrays.copyOf(labels, c);
    }
    keys[size] = key;
    amounts[size] = amount;
    linked[size] = ledger;
    labels[size] = label;
    next[size] = head[k];
    size++;
    head[k] = size;
  }
}
