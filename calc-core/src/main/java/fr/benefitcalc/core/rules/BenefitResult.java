package fr.benefitcalc.core.rules;

import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.money.Fixed;
import java.time.YearMonth;
import java.util.Objects;
import org.joda.money.Money;

/**
 * The amount of a benefit for a month, as a rule computed it.
 *
 * @param benefit the benefit
 * @param month the month of right
 * @param amountFixed the monthly amount in nano-euros, a whole number of cents
 * @param label the form paid, e.g. {@code APL}, {@code ALF}, {@code ALS}, {@code RSA majoré}; empty if none
 */
public record BenefitResult(Benefit benefit, YearMonth month, long amountFixed, String label) {
  public BenefitResult {
    Objects.requireNonNull(benefit, "benefit");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(label, "label");
    if (amountFixed % Fixed.CENT != 0) {
      throw new IllegalArgumentException(benefit + " " + month + ": amount " + Fixed.format(amountFixed)
          + " is not rounded to the cent");
    }
  }

  /** The amount as {@link Money}. */
  public Money amount() {
    return Euros.ofFixed(amountFixed);
  }

  /** The amount in whole cents. */
  public long cents() {
    return amountFixed / Fixed.CENT;
  }
}
