package fr.benefitcalc.testkit.generators;

/**
 * The error source "resources the agency gets from declarations": a share of adults misstate their
 * resources (mostly under-declare them) in every month; the agency finds the true amounts of a
 * calendar year N by the cross-check with the tax returns of N, in month {@code crossCheckMonth} of
 * N+1 (the returns are filed in the spring of N+1), or never within the 24-month prescription. The
 * truth is then distinct from what the agency learns in time: the true amount is recorded as known
 * {@link #NEVER_MONTHS} months after the month, when every month of right that reads it was paid more
 * than 24 months before, so that the indu or rappel it reveals is time-barred (CSS L553-1; the
 * comparison's scenarios apply that limit both ways) and never regularised, while the final view (the
 * truth, the amount due) holds it: the error stays in the error at 24 months.
 *
 * <p>Payroll corrections (the "flottantes") are the other source, {@link CorrectionModel}. Sources
 * and assumptions: {@code docs/population.md} ("Errors by source").
 *
 * @param personShare prevalence: share of adults whose declared resources are wrong (0..1)
 * @param minSizePercent smallest misstatement, in percent of the true amount
 * @param maxSizePercent largest misstatement
 * @param understatedShare direction: share of misstatements that understate the resources (0..1)
 * @param crossCheckMonth the month of year N+1 (1..12) in which the misstatements of year N are found
 * @param neverDetectedShare share of misstating adults never found within the prescription (0..1)
 * @param replacementIncomes whether a misstating adult misstates his unemployment benefit and pension as well as his
 *     pay; false: the pay only (the calibrated source, see {@link #calibrated()})
 */
public record DeclarationErrors(double personShare, int minSizePercent, int maxSizePercent, double understatedShare,
    int crossCheckMonth, double neverDetectedShare, boolean replacementIncomes) {
  /**
   * Months after the month misstated at which a never-detected truth is dated: the latest month of right
   * reading a resource month is 35 months after it (the former N-2 base: December of N reads January of
   * N-2), paid the month after; 61 months puts every regularisation it causes beyond 24 months after that
   * payment.
   */
  public static final int NEVER_MONTHS = 61;

  public DeclarationErrors {
    for (double p : new double[] {personShare, understatedShare, neverDetectedShare}) {
      if (p < 0 || p > 1) {
        throw new IllegalArgumentException("share " + p + " is not in 0..1");
      }
    }
    if (minSizePercent < 0 || maxSizePercent < minSizePercent || maxSizePercent > 100) {
      throw new IllegalArgumentException("sizes " + minSizePercent + ".." + maxSizePercent + " % are not 0 <= min <= max <= 100");
    }
    if (crossCheckMonth < 1 || crossCheckMonth > 12) {
      throw new IllegalArgumentException("crossCheckMonth " + crossCheckMonth + " is not a month (1..12)");
    }
  }

  /** No misstatement. */
  public static DeclarationErrors none() {
    return new DeclarationErrors(0, 0, 0, 1, 10, 0, false);
  }

  /**
   * The calibrated source: see {@code docs/population.md}. 20 % of adults misstate their pay (not their
   * unemployment benefit or pension: {@link #replacementIncomes()} false) by 40 to 100 % (an income left out of the
   * declaration at the top of the range), 90 % of them under-declaring, 55 % never detected in time: fitted jointly so
   * that the current AL rules leave about 12 % of the AL paid in error at 9 months and the former N-2 base about 8 %
   * (inspection report [153]), the RSA nearly a sixth and the PA about a quarter (Cour des comptes, certification of
   * the CNAF accounts 2022; 29.5 % for the PA in 2023), with the declarations about 83 % of the files in error and the
   * agents 17 % (CNAF, 2012, on the Cour's tests of 2011; one file in five then had at least one error).
   *
   * <p>Why the pay only (issue #12, third audit; assumption): the errors of the declared resources are those of
   * fluctuating earnings (the PA "s'adapte trimestriellement aux ressources fluctuantes", report [180]; the montant net
   * social on payslips from July 2023 and the prefilled quarterly declarations of March 2025 answer errors in the
   * amounts read off payslips), whereas an unemployment benefit or a pension is a steady amount notified by its payer,
   * which the model already takes as exact when first known ({@link CorrectionModel}). Misstating them as well (14 % of
   * adults, the refit before) made the RSA's error at 9 months 19.5 % and the PA's 19.7 %: the RSA's recipients between
   * two contracts live on the unemployment benefit, and a benefit under-declared by 40-100 % is an RSA paid in full.
   * Before: 14 % of adults, every income; before that refit, 30 % of adults by 25 to 65 %, 45 % never detected.
   * Assumptions: no published prevalence, size or detection rate by source was found.
   */
  public static DeclarationErrors calibrated() {
    return new DeclarationErrors(0.20, 40, 100, 0.9, 10, 0.55, false);
  }

  /** Whether there is no misstatement. */
  public boolean isNone() {
    return personShare == 0;
  }
}
