package fr.benefitcalc.core.rules;

import fr.benefitcalc.core.money.Fixed;

/**
 * A rule's result packed in one {@code long}: the amount in whole cents and the code of its label
 * (an index into the rule's own list of labels, 0 for none). It lets one implementation of a formula
 * serve {@link BenefitRule#compute} (which unpacks it into a {@link BenefitResult}) and
 * {@link BenefitRule#amount} (the bulk path, which keeps the amount only) without allocating.
 *
 * <pre>{@code
 * long r = AmountAndLabel.of(Fixed.euros("59.44"), 3);   // ALS
 * AmountAndLabel.amount(r);  // 59.44 € in nano-euros
 * AmountAndLabel.label(r);   // 3
 * }</pre>
 */
public final class AmountAndLabel {
  private static final int LABEL_BITS = 4;
  private static final long LABEL_MASK = (1L << LABEL_BITS) - 1;

  private AmountAndLabel() {}

  /**
   * Packs {@code amountFixed} (nano-euros, a whole number of cents) and {@code label} (0-15).
   *
   * @throws IllegalArgumentException if the amount is not whole cents or the label is out of range
   */
  public static long of(long amountFixed, int label) {
    if (label < 0 || label > LABEL_MASK) {
      throw new IllegalArgumentException("label code " + label + " is not in 0.." + LABEL_MASK);
    }
    return (Fixed.toWholeCents(amountFixed) << LABEL_BITS) | label;
  }

  /** The amount, in nano-euros. */
  public static long amount(long packed) {
    return (packed >> LABEL_BITS) * Fixed.CENT;
  }

  /** The amount, in whole cents. */
  public static long cents(long packed) {
    return packed >> LABEL_BITS;
  }

  /** The label code. */
  public static int label(long packed) {
    return (int) (packed & LABEL_MASK);
  }
}
