package fr.benefitcalc.core.timeline.policy;

/**
 * What became of one regularisation: applied (the indu is recovered, the rappel paid), or frozen
 * ("droits figés"), with the reason it was not applied.
 */
public enum Outcome {
  /** Applied: recovered (indu) or paid (rappel). */
  APPLIED(true, "applied"),
  /** Frozen: the policy never regularises. */
  FROZEN_NEVER(false, "frozen: the policy never regularises"),
  /** Frozen: the regularisation of the decision exceeds the threshold (report [167]). */
  FROZEN_ABOVE_THRESHOLD(false, "frozen: above the threshold"),
  /** Frozen: the regularisation of the decision is below the de-minimis amount. */
  FROZEN_DE_MINIMIS(false, "frozen: below the de-minimis amount"),
  /** Frozen: an indu whose recovery (or a rappel whose payment, with {@code RecoveryLimit.coversRappels()}) is time-barred (prescription, CSS L553-1). */
  FROZEN_PRESCRIBED(false, "frozen: time-barred (prescription)"),
  /** Frozen: corrected data the policy keeps out of decisions taken after their first use. */
  FROZEN_DATA(false, "frozen: corrected data not used by later decisions"),
  /**
   * Frozen: a month paid after its decision's regularisation was frozen, at the decision's frozen
   * amount (droits figés: the decision keeps its amount for its remaining months).
   */
  FROZEN_AMOUNT_KEPT(false, "frozen: paid at the decision's frozen amount");

  private final boolean applied;
  private final String description;

  Outcome(boolean applied, String description) {
    this.applied = applied;
    this.description = description;
  }

  /** Whether the amount is recovered or paid. */
  public boolean isApplied() {
    return applied;
  }

  /** Words for reports. */
  public String description() {
    return description;
  }
}
