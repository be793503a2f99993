package fr.benefitcalc.core.parameters;

import java.time.LocalDate;

/** A legal parameter was asked for a date its values do not cover: an error, never a guess. */
public class ParameterOutOfRangeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** {@code parameter name: no value on date (covers from..until)}. */
  public ParameterOutOfRangeException(String name, LocalDate date, LocalDate from, LocalDate until) {
    super("parameter " + name + ": no value on " + date + " (known from " + from + " to " + until + ")");
  }
}
