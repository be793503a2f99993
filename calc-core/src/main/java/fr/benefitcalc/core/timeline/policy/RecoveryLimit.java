package fr.benefitcalc.core.timeline.policy;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The time limit on recovering an indu ("prescription de l'action en recouvrement des prestations
 * indûment payées"). CSS L553-1, al. 2: two years from the payment, except fraud or false
 * declaration; it applies to the three housing aids (CCH L821-7; Conseil d'État, 29 Nov. 2022,
 * n° 450275).
 *
 * <p>The text counts from the payment: the decision timeline passes the payment date of the month
 * of right (its payment day of the following month, {@code timeline.payment-day}, the CNAF calendar's
 * 5th by default). An indu for a month paid on {@code p} decided after {@code p + limit} is
 * time-barred. Fraud is not modelled.
 */
public sealed interface RecoveryLimit {

  /** Whether an indu of an amount paid on {@code paidOn} decided on {@code decidedOn} can no longer be recovered. */
  boolean prescribedSincePayment(LocalDate paidOn, LocalDate decidedOn);

  /**
   * Whether an indu for {@code monthOfRight}, taken as paid on the first day of the following month,
   * decided on {@code decidedOn} can no longer be recovered.
   */
  default boolean prescribed(YearMonth monthOfRight, LocalDate decidedOn) {
    return prescribedSincePayment(paymentDate(monthOfRight), decidedOn);
  }

  /** No limit: every indu is recoverable. */
  static RecoveryLimit none() {
    return None.INSTANCE;
  }

  /**
   * Whether a rappel for a month paid longer ago than the limit is time-barred too (frozen as
   * {@link Outcome#FROZEN_PRESCRIBED}): the allocataire's own action for payment is also prescribed by two
   * years (CSS L553-1 al. 1). False by default: the limit is on recovering indus.
   */
  default boolean coversRappels() {
    return false;
  }

  /**
   * A limit of {@code months} months on indus and rappels alike: the agency's recovery (CSS L553-1 al. 2)
   * and the allocataire's action for payment (al. 1), both of two years in the text.
   */
  static RecoveryLimit bothWays(int months) {
    return new BothWays(months);
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
    public boolean prescribedSincePayment(LocalDate paidOn, LocalDate decidedOn) {
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
    public boolean prescribedSincePayment(LocalDate paidOn, LocalDate decidedOn) {
      int months = TimelineParameters.RECOVERY_LIMIT_MONTHS.at(decidedOn);
      return decidedOn.isAfter(paidOn.plusMonths(months));
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
    public boolean prescribedSincePayment(LocalDate paidOn, LocalDate decidedOn) {
      return decidedOn.isAfter(paidOn.plusMonths(months));
    }

    @Override
    public String toString() {
      return "recovery limit of " + months + " months";
    }
  }

  /**
   * A limit of a given number of months on indus and rappels ({@link #bothWays}).
   *
   * @param months the limit, at least 1
   */
  record BothWays(int months) implements RecoveryLimit {
    public BothWays {
      if (months < 1) {
        throw new IllegalArgumentException("recovery limit: months " + months + " must be at least 1");
      }
    }

    @Override
    public boolean prescribedSincePayment(LocalDate paidOn, LocalDate decidedOn) {
      return decidedOn.isAfter(paidOn.plusMonths(months));
    }

    @Override
    public boolean coversRappels() {
      return true;
    }

    @Override
    public String toString() {
      return "recovery and payment limit of " + months + " months (CSS L553-1)";
    }
  }
}
