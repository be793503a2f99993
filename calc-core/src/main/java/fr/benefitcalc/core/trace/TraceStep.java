package fr.benefitcalc.core.trace;

/**
 * One step of a calculation's explanation.
 *
 * @param name the value's short name, e.g. {@code L}, {@code R0}, {@code TF}
 * @param kind what kind of value it is
 * @param value the value as text (amounts in euros, rates as decimals, windows as {@code first..last})
 * @param meaning what it is, in words (French legal term where there is one)
 * @param article the legal reference, e.g. {@code CCH D823-16}
 */
public record TraceStep(String name, Kind kind, String value, String meaning, String article) {
  /** Kinds of steps. */
  public enum Kind { AMOUNT, RATE, COUNT, FACT, WINDOW }

  @Override
  public String toString() {
    return name + " = " + value + "  (" + meaning + (article.isEmpty() ? "" : "; " + article) + ")";
  }
}
