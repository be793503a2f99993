package fr.benefitcalc.testkit.generators;

/**
 * How monthly resources become known and get corrected ("ressources flottantes"): each monthly value
 * is first known {@code firstKnownLagDays} days after the end of its month (the payroll declaration,
 * DSN, of month M arrives early in M+1); a share of them is corrected later, between
 * {@code minDelayMonths} and {@code maxDelayMonths} months after, by up to {@code maxRelativeChange}
 * of the amount (either way); a share is declared late (first known only at correction time).
 *
 * <pre>{@code
 * // a fifth of the monthly values corrected 1 to 6 months later, by up to 50 %
 * HouseholdGenerator g = HouseholdGenerator.defaults().withCorrections(new CorrectionModel(0.20, 0.01, 10, 1, 6, 50));
 * }</pre>
 *
 * @param correctedShare share of monthly values corrected after first being known (0..1); the
 *     inspection report quotes about 10 % of "flottantes"
 * @param lateShare share of monthly values first known only months later (0..1)
 * @param firstKnownLagDays days after the end of the month before a value is first known
 * @param minDelayMonths earliest correction, in months after the month of the value
 * @param maxDelayMonths latest correction
 * @param maxRelativeChangePercent largest size of a correction, in percent of the amount
 */
public record CorrectionModel(double correctedShare, double lateShare, int firstKnownLagDays, int minDelayMonths,
    int maxDelayMonths, int maxRelativeChangePercent) {
  public CorrectionModel {
    if (correctedShare < 0 || correctedShare > 1) {
      throw new IllegalArgumentException("correctedShare " + correctedShare + " is not in 0..1");
    }
    if (lateShare < 0 || lateShare > 1) {
      throw new IllegalArgumentException("lateShare " + lateShare + " is not in 0..1");
    }
    if (firstKnownLagDays < 0) {
      throw new IllegalArgumentException("firstKnownLagDays " + firstKnownLagDays + " is negative");
    }
    if (minDelayMonths < 1 || maxDelayMonths < minDelayMonths) {
      throw new IllegalArgumentException("correction delays " + minDelayMonths + ".." + maxDelayMonths + " are not 1 <= min <= max");
    }
    if (maxRelativeChangePercent < 0 || maxRelativeChangePercent > 100) {
      throw new IllegalArgumentException("maxRelativeChangePercent " + maxRelativeChangePercent + " is not in 0..100");
    }
  }

  /** No late data: every value known from the start. */
  public static CorrectionModel none() {
    return new CorrectionModel(0, 0, 0, 1, 1, 0);
  }

  /**
   * The inspection report's orders of magnitude: 10 % of monthly values corrected ("flottantes",
   * [152]), 1 to 3 months later, by up to 30 %; 0.5 % declared late. The delay is fitted so that the
   * current AL rules reopen about 10 % of the AL rights within the quarter ([158]) together with the
   * situations learnt late and the declaration errors (1 to 2 months while the declaration errors were twice as
   * frequent and smaller, before issue #12's refit of the agents' share); see docs/population.md.
   */
  public static CorrectionModel typical() {
    return new CorrectionModel(0.10, 0.005, 10, 1, 3, 30);
  }

  /** Whether values all are known from the start. */
  public boolean isNone() {
    return correctedShare == 0 && lateShare == 0;
  }
}
