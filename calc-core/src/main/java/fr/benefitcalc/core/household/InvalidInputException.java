package fr.benefitcalc.core.household;

/**
 * Bad input: names the field (a path such as {@code household.persons[0].birthDate}) and the value
 * that was refused, so that a batch can report it against the right household.
 */
public class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String value;

  /** {@code field: 'value' reason}. */
  public InvalidInputException(String field, Object value, String reason) {
    super(field + ": '" + value + "' " + reason);
    this.field = field;
    this.value = String.valueOf(value);
  }

  /** The path of the field refused. */
  public String field() {
    return field;
  }

  /** The value refused, as text. */
  public String value() {
    return value;
  }
}
