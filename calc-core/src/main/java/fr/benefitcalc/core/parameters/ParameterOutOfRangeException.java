package fr.benefitcalc.core.parameters;

import fr.benefitcalc.core.errors.BenefitCalcException;
import java.time.LocalDate;

/** A legal parameter was asked for a date its values do not cover: an error, never a guess. */
public class ParameterOutOfRangeException extends BenefitCalcException {
  private static final long serialVersionUID = 1L;

  /** {@code parameter name: no value on date (covers from..until)}. */
  public ParameterOutOfRangeException(String name, LocalDate date, LocalDate from, LocalDate until) {
    super(null, "parameter " + name, date, null,
        "parameter " + name + ": no value on " + date + " (known from " + from + " to " + until + ")");
  }
}
