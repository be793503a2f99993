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
 * Valid for one set of months computed (the decisions' indexes and earlier dates); not thread-safe:
 * one household's computation.
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
  private final int firstDecision;
  private final int lastMonth;
  private final int[] head; // by decision index: the last entry + 1, 0 when none
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
    this.firstDecision = firstDecision;
    this.lastMonth = lastMonth;
    this.head = new int[decisions];
    this.next = new int[0];
    this.keys = new long[0];
    this.amounts = new long[0];
    this.linked = new LinkedLedger[0];
    this.labels = new String[0];
  }

  /** Whether these are the evaluations of the decisions from {@code firstDecision} over months up to {@code lastMonth}. */
  boolean isFor(int firstDecision, int lastMonth, int decisions) {
    return this.firstDecision == firstDecision && this.lastMonth == lastMonth && head.length == decisions;
  }

  /**
   * Whether these are evaluations of {@code plan}'s decisions (or of a plan whose evaluations are the same,
   * {@link BenefitPlan#sameEvaluations}) from {@code firstDecision} over months up to {@code lastMonth}.
   */
  boolean isFor(BenefitPlan plan, int firstDecision, int lastMonth, int decisions) {
    return isFor(firstDecision, lastMonth, decisions) && this.plan.sameEvaluations(plan);
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
   * The entry of decision {@code k} with this key whose linked benefit, as read over the months
   * {@code linkedFirst..linkedLast} on the key's day (the due with {@code due}), is what {@code ledger}
   * gives ({@link LinkedLedger#readsSame}); or -1.
   */
  int find(int k, long key, LinkedLedger ledger, int day, boolean due, int linkedFirst, int linkedLast) {
    for (int e = head[k] - 1; e >= 0; e = next[e] - 1) {
      if (keys[e] == key && (linked[e] == ledger
          || (ledger != null && linked[e] != null && ledger.readsSame(linked[e], day, due, linkedFirst, linkedLast)))) {
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

  /** Keeps an evaluation of decision {@code k} that read {@code ledger} (or none). */
  void put(int k, long key, LinkedLedger ledger, long amount, String label) {
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
