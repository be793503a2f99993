package fr.benefitcalc.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The bridge between Joda-Money's {@link Money} (the public API, always EUR) and the exact
 * {@code long} units used inside ({@link Fixed} nano-euros, or whole cents).
 */
public final class Euros {
  /** The euro. */
  public static final CurrencyUnit EUR = CurrencyUnit.EUR;

  private Euros() {}

  /** {@code Money} of a decimal string, e.g. {@code Euros.of("59.44")}. */
  public static Money of(String amount) {
    return Money.of(EUR, new BigDecimal(amount));
  }

  /** {@code Money} of whole cents. */
  public static Money ofCents(long cents) {
    return Money.ofMinor(EUR, cents);
  }

  /** {@code Money} of a {@link Fixed} amount that is a whole number of cents; otherwise an error. */
  public static Money ofFixed(long fixed) {
    return ofCents(Fixed.toWholeCents(fixed));
  }

  /**
   * {@code Money} of a {@link Fixed} amount read from the input field {@code field}; an amount that is
   * not a whole number of cents is an {@link fr.benefitcalc.core.household.InvalidInputException}
   * naming the field.
   */
  public static Money ofFixedInput(String field, long fixed) {
    if (fixed % Fixed.CENT != 0) {
      throw new fr.benefitcalc.core.household.InvalidInputException(field, Fixed.format(fixed),
          "is not a whole number of cents");
    }
    return ofCents(fixed / Fixed.CENT);
  }

  /** The {@link Fixed} amount of a {@code Money}; any currency but EUR is an error. */
  public static long toFixed(Money money) {
    requireEuro(money);
    return Fixed.of(money.getAmount());
  }

  /** Whole cents of a {@code Money}; any currency but EUR is an error. */
  public static long toCents(Money money) {
    requireEuro(money);
    return money.getAmountMinorLong();
  }

  /** A decimal number of euros read from input, rounded half-up to the cent. */
  public static long centsOf(BigDecimal euros) {
    return euros.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
  }

  private static void requireEuro(Money money) {
    if (!EUR.equals(money.getCurrencyUnit())) {
      throw new IllegalArgumentException("currency " + money.getCurrencyUnit() + " is not EUR");
    }
  }
}
