package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.timeline.explain.PaymentChange;
import fr.benefitcalc.core.timeline.regularisation.Regularisation;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * How one benefit was handled over the span: decisions, amounts paid, amounts due on the final data,
 * regularisations and the explanation of every change of the amount paid.
 *
 * <p>Invariant, for every month: {@code paid + applied + frozen = due}, to the cent
 * ({@link #applied(YearMonth)}, {@link #frozen(YearMonth)}).
 *
 * @param benefit the benefit
 * @param decisions the scheduled decisions, in order; the first may start before the span
 * @param paid the amount paid for each month on its payment date (the payment day of the next month):
 *     its decision's amount as it stood that day, before any regularisation
 * @param due the amount due for each month, recomputed with the final data
 * @param regularisations every regularisation, applied or frozen, by decision then date then month (a
 *     reopening regularises the months already paid on its date)
 * @param changes every change of the amount paid from one month to the next, with its causes
 *     (empty when computed without explanations)
 */
public record BenefitTimeline(Benefit benefit, List<Decision> decisions, MonthlySeries paid, MonthlySeries due,
    List<Regularisation> regularisations, List<PaymentChange> changes) {
  public BenefitTimeline {
    Objects.requireNonNull(benefit, "benefit");
    Objects.requireNonNull(paid, "paid");
    Objects.requireNonNull(due, "due");
    decisions = List.copyOf(decisions);
    regularisations = List.copyOf(regularisations);
    changes = List.copyOf(changes);
  }

  /** The sum of the regularisations of {@code month} that were applied (nano-euros, signed). */
  public long applied(YearMonth month) {
    long t = 0;
    for (Regularisation r : regularisations) {
      if (r.applied() && r.month().equals(month)) {
        t += r.amountFixed();
      }
    }
    return t;
  }

  /** The sum of the regularisations of {@code month} that were frozen (nano-euros, signed). */
  public long frozen(YearMonth month) {
    long t = 0;
    for (Regularisation r : regularisations) {
      if (!r.applied() && r.month().equals(month)) {
        t += r.amountFixed();
      }
    }
    return t;
  }

  /** The sum of the applied indus (negative or 0). */
  public long appliedIndus() {
    return sum(true, true);
  }

  /** The sum of the applied rappels (positive or 0). */
  public long appliedRappels() {
    return sum(true, false);
  }

  /** The sum of the frozen indus (negative or 0): overpayments never recovered. */
  public long frozenIndus() {
    return sum(false, true);
  }

  /** The sum of the frozen rappels (positive or 0): back-payments never paid. */
  public long frozenRappels() {
    return sum(false, false);
  }

  /** The decisions reopened at least once. */
  public List<Decision> reopenedDecisions() {
    return decisions.stream().filter(Decision::reopened).toList();
  }

  private long sum(boolean applied, boolean indus) {
    long t = 0;
    for (Regularisation r : regularisations) {
      if (r.applied() == applied && (r.amountFixed() < 0) == indus) {
        t += r.amountFixed();
      }
    }
    return t;
  }
}
