package fr.benefitcalc.core.timeline.policy;

import fr.benefitcalc.core.money.Fixed;
import java.util.Objects;

/**
 * A size limit on one regularisation ("seuil"): in euros, or in months of the monthly right.
 *
 * <p>The IGAS-IGF report (2023, [164], [167]) asks for "un seuil au-delà duquel les indus ou
 * rappels ne sont pas régularisés" without giving its unit; both units the team discussed are
 * offered. {@code Threshold.euros("150")} is 150 €; {@code Threshold.monthsOfRight("0.5")} is half
 * of the monthly right of the decision reopened (see {@link #limit(long)}).
 *
 * @param unit what {@code value} counts
 * @param value nano-euros for {@link Unit#EUROS}; a {@link Fixed} rate (1.0 = {@link Fixed#ONE})
 *     for {@link Unit#MONTHS_OF_RIGHT}; never negative
 */
public record Threshold(Unit unit, long value) {
  /** What a threshold counts. */
  public enum Unit {
    /** An amount in euros. */
    EUROS,
    /** A number of monthly amounts of the right. */
    MONTHS_OF_RIGHT
  }

  public Threshold {
    Objects.requireNonNull(unit, "unit");
    if (value < 0) {
      throw new IllegalArgumentException("threshold: value " + Fixed.format(value) + " is negative");
    }
  }

  /** A threshold in euros, e.g. {@code euros("150")}. */
  public static Threshold euros(String amount) {
    return new Threshold(Unit.EUROS, Fixed.euros(amount));
  }

  /** A threshold in months of the right, e.g. {@code monthsOfRight("0.5")}. */
  public static Threshold monthsOfRight(String months) {
    return new Threshold(Unit.MONTHS_OF_RIGHT, Fixed.rate(months));
  }

  /**
   * The limit in nano-euros for a decision whose monthly right is {@code monthlyRight} (the larger
   * of the amount paid and the amount recomputed, so that a right that falls to 0 still has a
   * meaningful base).
   */
  public long limit(long monthlyRight) {
    return unit == Unit.EUROS ? value : Fixed.mul(Math.abs(monthlyRight), value);
  }

  @Override
  public String toString() {
    return unit == Unit.EUROS ? Fixed.format(value) + " €" : Fixed.toBigDecimal(value).toPlainString() + " months of right";
  }
}
