package fr.benefitcalc.core.errors;

import java.util.Optional;

/**
 * The one unchecked exception of the library: every error it raises is one of these (bad input,
 * a month no legal parameter covers, an unknown rule set, option or parameter, a failed bulk
 * computation). It names the field refused (a path such as {@code household.persons[0].birthDate}
 * or {@code rules.AL.options.al.rlsScope}), the value refused, and the household when one is
 * concerned, so that a caller can report it against the right line of its own data.
 *
 * <p>It extends {@link IllegalArgumentException}: every error of the library comes from its input
 * (the household, the month, the rule set), never from its own state.
 */
public class BenefitCalcException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String value;
  private final String household;

  /**
   * {@code household <household>: <field>: '<value>' <reason>}.
   *
   * @param household the identifier of the household concerned, or {@code null} if none is
   * @param field the path of the field refused
   * @param value the value refused (its text is kept)
   * @param reason why, e.g. {@code "is not an APL zone (1, 2 or 3)"}
   * @param cause the underlying error, or {@code null}
   */
  public BenefitCalcException(String household, String field, Object value, String reason, Throwable cause) {
    super((household == null ? "" : "household " + household + ": ") + field + ": '" + value + "' " + reason, cause);
    this.household = household;
    this.field = field;
    this.value = String.valueOf(value);
  }

  /**
   * An error with its own {@code message} (which should name the household, field and value).
   *
   * @param household the identifier of the household concerned, or {@code null} if none is
   * @param field the path of the field refused
   * @param value the value refused
   * @param cause the underlying error, or {@code null}
   * @param message the full message
   */
  protected BenefitCalcException(String household, String field, Object value, Throwable cause, String message) {
    super(message, cause);
    this.household = household;
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

  /** The identifier of the household concerned, if one is. */
  public Optional<String> household() {
    return Optional.ofNullable(household);
  }

  /**
   * {@code e} as an error of {@code householdId}: {@code e} itself when it already names a household,
   * otherwise a {@code BenefitCalcException} with the same field and value, naming the household, with
   * {@code e} as its cause (an unexpected exception is reported against the field {@code household}).
   */
  public static BenefitCalcException inHousehold(String householdId, RuntimeException e) {
    if (e instanceof BenefitCalcException b) {
      if (b.household != null) {
        return b;
      }
      return new BenefitCalcException(householdId, b.field, b.value, e, "household " + householdId + ": " + e.getMessage());
    }
    return new BenefitCalcException(householdId, "household", householdId, e,
        "household " + householdId + ": could not be computed: " + e);
  }

  /** The message without the household, field and value. */
  public String reason() {
    String prefix = (household == null ? "" : "household " + household + ": ") + field + ": '" + value + "' ";
    String m = getMessage();
    return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
  }
}
