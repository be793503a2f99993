package fr.benefitcalc.core.household;

import fr.benefitcalc.core.errors.BenefitCalcException;

/**
 * Bad input: names the field (a path such as {@code household.persons[0].birthDate}) and the value
 * that was refused, so that a batch can report it against the right household.
 */
public class InvalidInputException extends BenefitCalcException {
  private static final long serialVersionUID = 1L;

  /** {@code field: 'value' reason}. */
  public InvalidInputException(String field, Object value, String reason) {
    super(null, field, value, reason, null);
  }

  /** {@code household <householdId>: field: 'value' reason}. */
  public InvalidInputException(String householdId, String field, Object value, String reason) {
    super(householdId, field, value, reason, null);
  }
}
