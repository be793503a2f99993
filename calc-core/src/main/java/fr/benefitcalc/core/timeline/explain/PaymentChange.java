package fr.benefitcalc.core.timeline.explain;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.Benefit;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A change of the amount paid between a month and the one before, with its causes.
 *
 * <p>The change {@code amount − previous} is split in the order: (1) the new month of right (the
 * reference window moved, parameters, rent and benefits received of that month), (2) data that
 * became known between the two decisions, (3) a new situation or a recomputed linked benefit. Each
 * non-zero part is one {@link Attribution}; the parts add up to the change exactly.
 *
 * @param benefit the benefit
 * @param month the month whose amount differs from the month before
 * @param previous the amount paid the month before (nano-euros)
 * @param amount the amount paid this month (nano-euros)
 * @param attributions the parts of the change and their causes
 */
public record PaymentChange(Benefit benefit, YearMonth month, long previous, long amount,
    List<Attribution> attributions) {
  public PaymentChange {
    Objects.requireNonNull(benefit, "benefit");
    Objects.requireNonNull(month, "month");
    attributions = List.copyOf(attributions);
  }

  /** The change, {@code amount − previous}. */
  public long change() {
    return amount - previous;
  }

  @Override
  public String toString() {
    return benefit + " " + month + ": " + Fixed.format(previous) + " -> " + Fixed.format(amount) + " " + attributions;
  }
}
