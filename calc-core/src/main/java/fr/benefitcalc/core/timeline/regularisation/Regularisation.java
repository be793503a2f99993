package fr.benefitcalc.core.timeline.regularisation;

import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.core.timeline.policy.Outcome;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.joda.money.Money;

/**
 * The regularisation of one month of right after a decision was reopened: an indu (the household
 * was overpaid, {@code amount < 0}) or a rappel (it was underpaid, {@code amount > 0}), applied or
 * frozen ("droits figés").
 *
 * @param benefit the benefit
 * @param decisionMonth the month of the decision reopened
 * @param month the month of right regularised
 * @param decidedOn the date of the regularisation: the day the data that caused it became known
 * @param amountFixed the change of the amount due for that month (nano-euros, whole cents;
 *     negative: indu, positive: rappel)
 * @param outcome applied, or frozen and why
 * @param causes what caused it (the correction, the AL change of a cascade…), at least one
 */
public record Regularisation(Benefit benefit, YearMonth decisionMonth, YearMonth month, LocalDate decidedOn,
    long amountFixed, Outcome outcome, List<Cause> causes) {

  /** Indu or rappel. */
  public enum Kind {
    /** Overpayment, to recover ("indu"). */
    INDU,
    /** Back-payment, owed to the household ("rappel"). */
    RAPPEL
  }

  public Regularisation {
    Objects.requireNonNull(benefit, "benefit");
    Objects.requireNonNull(decisionMonth, "decisionMonth");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(decidedOn, "decidedOn");
    Objects.requireNonNull(outcome, "outcome");
    causes = List.copyOf(causes);
    if (amountFixed == 0 || amountFixed % Fixed.CENT != 0) {
      throw new IllegalArgumentException("regularisation " + benefit + " " + month + ": amount "
          + Fixed.format(amountFixed) + " must be a non-zero number of cents");
    }
    if (causes.isEmpty()) {
      throw new IllegalArgumentException("regularisation " + benefit + " " + month + " needs a cause");
    }
  }

  /** Indu or rappel. */
  public Kind kind() {
    return amountFixed < 0 ? Kind.INDU : Kind.RAPPEL;
  }

  /** Whether it was applied (recovered or paid), not frozen. */
  public boolean applied() {
    return outcome.isApplied();
  }

  /** The amount as {@link Money} (negative for an indu). */
  public Money amount() {
    return Euros.ofFixed(amountFixed);
  }

  @Override
  public String toString() {
    return benefit + " " + month + " (decision " + decisionMonth + ") " + kind() + " " + Fixed.format(amountFixed)
        + " on " + decidedOn + ", " + outcome.description();
  }
}
