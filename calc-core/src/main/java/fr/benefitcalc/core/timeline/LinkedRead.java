package fr.benefitcalc.core.timeline;

/**
 * What one decision reads of the linked benefit (the AL read by the RSA and the prime d'activité as forfait
 * logement), as its rule declares it ({@code BenefitRule.receivedMonthsRead},
 * {@code BenefitRule.receivedAmountReadUpTo}): the months {@link #first}..{@link #last}, each amount up to a
 * ceiling from which every amount is read alike. Two states of the linked benefit that give the same
 * {@link #of reads} give the decision the same result: the decision timeline reopens a decision only on a
 * change of what it reads, takes its last computation as its due when what it reads is final, and reuses an
 * evaluation whose reads are the same ({@link Evaluations}). Immutable.
 */
final class LinkedRead {
  /** The first and last month read (month indexes). */
  final int first;
  final int last;
  /** By month from {@link #first}: the amount from which every amount is read alike. */
  private final long[] ceilings;

  LinkedRead(int first, int last, long[] ceilings) {
    if (ceilings.length != Math.max(0, last - first + 1)) {
      throw new IllegalArgumentException("linked read: " + ceilings.length + " ceilings for the months " + first + ".."
          + last);
    }
    this.first = first;
    this.last = last;
    this.ceilings = ceilings.clone();
  }

  /** What the decision reads of the amount {@code value} of month {@code m} (one of {@link #first}..{@link #last}). */
  long of(int m, long value) {
    long ceiling = ceilings[m - first];
    return value > ceiling ? ceiling : value;
  }
}
