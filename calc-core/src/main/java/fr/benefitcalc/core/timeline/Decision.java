package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.time.MonthRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A scheduled decision ("décision de droit" at a recalculation): the amount computed on
 * {@code decidedOn} from the data known that day for the months it covers (each paid as the decision
 * stands on its payment date: a reopening or a revaluation before it changes the amount paid).
 *
 * @param benefit the benefit
 * @param month the month of (re)calculation: the reference windows are counted back from it
 * @param coverage the months paid at this amount, inside the span computed
 * @param decidedOn the date of the decision; the data known that day are used
 * @param amountFixed the monthly amount decided on {@code decidedOn} (nano-euros, whole cents)
 * @param label the form paid (e.g. APL, ALS), as the rule names it
 * @param window the default reference window of the decision
 * @param reopenedOn the dates late data changed its amount, in order (empty if never); a decision whose
 *     windows hold a corrected month is recomputed on the day the correction became known, but a
 *     recomputation that changes nothing is not a reopening (nothing is notified)
 */
public record Decision(Benefit benefit, YearMonth month, MonthRange coverage, LocalDate decidedOn, long amountFixed,
    String label, MonthRange window, List<LocalDate> reopenedOn) {
  public Decision {
    Objects.requireNonNull(benefit, "benefit");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(decidedOn, "decidedOn");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(window, "window");
    reopenedOn = List.copyOf(reopenedOn);
  }

  /** Whether late data changed its amount at least once. */
  public boolean reopened() {
    return !reopenedOn.isEmpty();
  }

  @Override
  public String toString() {
    return benefit + " decision " + month + " on " + decidedOn + " (window " + window + "): " + Fixed.format(amountFixed)
        + " for " + coverage + (reopened() ? ", reopened on " + reopenedOn : "");
  }
}
