package fr.benefitcalc.core.bulk;

import fr.benefitcalc.core.errors.BenefitCalcException;

/**
 * A bulk computation stopped on a household: names it (index in the population and identifier),
 * with the rule's exception as the cause (e.g. an {@code InvalidInputException} naming the field).
 */
public final class BulkCalculationException extends BenefitCalcException {
  private static final long serialVersionUID = 1L;
  private final int index;
  private final String householdId;

  /** The computation of household {@code index} ({@code householdId}) failed with {@code cause}. */
  public BulkCalculationException(int index, String householdId, RuntimeException cause) {
    super(householdId,
        cause instanceof BenefitCalcException b ? "households[" + index + "]." + b.field() : "households[" + index + "]",
        cause instanceof BenefitCalcException b ? b.value() : householdId, cause,
        "households[" + index + "] (" + householdId + "): " + cause.getMessage());
    this.index = index;
    this.householdId = householdId;
  }

  /** The index of the household in the population. */
  public int index() {
    return index;
  }

  /** The household's identifier. */
  public String householdId() {
    return householdId;
  }
}
