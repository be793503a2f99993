package fr.benefitcalc.core.timeline.policy;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The time limit on recovering an indu ("prescription de l'action en recouvrement des prestations
 * indûment payées"). CSS L553-1, al. 2: two years from the payment, except fraud or false
 * declaration; it applies to the three housing aids (CCH L821-7; Conseil d'État, 29 Nov. 2022,
 * n° 450275).
 *
 * <p>Convention (the text counts from the payment, whose day the model does not know): the amount
 * of a month of right is taken as paid on the first day of the following month. An indu for month
 * {@code m} decided after {@code m + 1 month + limit} is time-barred. Fraud is not modelled.
 */
public sealed interface RecoveryLimit {

  /** Whether an indu for {@code monthOfRight} decided on {@code decidedOn} can no longer be recovered. */
  boolean prescribed(YearMonth monthOfRight, LocalDate decidedOn);

  /** No limit: every indu is recoverable. */
  static RecoveryLimit none() {
    return None.INSTANCE;
  }

  /** A limit of {@code months} months (e.g. a scenario with a shorter prescription). */
  static RecoveryLimit months(int months) {
    return new Months(months);
  }

  /** The legal limit in force on the date of the regularisation ({@link TimelineParameters#RECOVERY_LIMIT_MONTHS}). */
  static RecoveryLimit legal() {
    return Legal.INSTANCE;
  }

  /** The first day on which the amount of {@code monthOfRight} counts as paid. */
  static LocalDate paymentDate(YearMonth monthOfRight) {
    return monthOfRight.plusMonths(1).atDay(1);
  }

  /** No limit. */
  enum None implements RecoveryLimit {
    INSTANCE;

    @Override
    public boolean prescribed(YearMonth monthOfRight, LocalDate decidedOn) {
      return false;
    }

    @Override
    public String toString() {
      return "no recovery limit";
    }
  }

  /** The legal limit, read from its timeline on the date of the regularisation. */
  enum Legal implements RecoveryLimit {
    INSTANCE;

    @Override
    public boolean prescribed(YearMonth monthOfRight, LocalDate decidedOn) {
      int months = TimelineParameters.RECOVERY_LIMIT_MONTHS.at(decidedOn);
      return decidedOn.isAfter(paymentDate(monthOfRight).plusMonths(months));
    }

    @Override
    public String toString() {
      return "legal recovery limit (CSS L553-1)";
    }
  }

  /**
   * A limit of a given number of months.
   *
   * @param months the limit, at least 1
   */
  record Months(int months) implements RecoveryLimit {
    public Months {
      if (months < 1) {
        throw new IllegalArgumentException("recovery limit: months " + months + " must be at least 1");
      }
    }

    @Override
    public boolean prescribed(YearMonth monthOfRight, LocalDate decidedOn) {
      return decidedOn.isAfter(paymentDate(monthOfRight).plusMonths(months));
    }

    @Override
    public String toString() {
      return "recovery limit of " + months + " months";
    }
  }
}
