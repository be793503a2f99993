package fr.benefitcalc.testkit.generators;

/**
 * How working-age adults move between work and unemployment, month by month: a Markov chain over
 * three states, in work (a contract), unemployed with an unemployment benefit (ARE), and without
 * income. The generator draws each adult's path over the months from his profile's starting state;
 * a contract that ends without an unemployment benefit is declared by the person (a dated "end of
 * activity", {@link fr.benefitcalc.core.resources.IncomeCategory#ACTIVITY_END_DECLARED}) some days after
 * the end of its last month.
 *
 * <p>Every rate is a monthly probability. Sources and assumptions are in {@code docs/population.md}
 * ("Employment dynamics"); {@link #calibrated()} is the default of the calibrated population,
 * {@link #none()} the legacy model of independent months (kept for property tests that want every
 * pattern of pay).
 *
 * @param contractEnd probability that a short contract (irregular worker) ends in a month (1 / mean
 *     length in months)
 * @param contractStart probability that an unemployed or inactive irregular worker starts a contract
 *     in a month (1 / mean gap)
 * @param stableEnd probability that a stable job (CDI) ends in a month
 * @param benefitAfterEnd share of contract ends followed by an unemployment benefit
 * @param unemployedStart probability that an unemployed person (profile "unemployed") starts a contract
 * @param inactiveStart probability that an adult without income starts a contract
 * @param benefitRatePercent unemployment benefit, in percent of the pay of the contract that ended
 * @param declarationDelayMaxDays latest declaration of an end of activity, in days after the end of
 *     its month (drawn uniformly from 0)
 * @param lowestPayPercent lowest monthly pay of a worker, in percent of a full-time minimum wage (the
 *     pay is drawn uniformly from it to {@code payRangePoints} points above)
 * @param payRangePoints width of the range of workers' pay, in points of a full-time minimum wage
 */
public record LabourDynamics(double contractEnd, double contractStart, double stableEnd, double benefitAfterEnd,
    double unemployedStart, double inactiveStart, int benefitRatePercent, int declarationDelayMaxDays,
    int lowestPayPercent, int payRangePoints) {

  private static final int LOWEST_PAY = 80;

  public LabourDynamics {
    for (double p : new double[] {contractEnd, contractStart, stableEnd, benefitAfterEnd, unemployedStart, inactiveStart}) {
      if (p < 0 || p > 1) {
        throw new IllegalArgumentException("monthly probability " + p + " is not in 0..1");
      }
    }
    if (benefitRatePercent < 0 || benefitRatePercent > 100) {
      throw new IllegalArgumentException("benefitRatePercent " + benefitRatePercent + " is not in 0..100");
    }
    if (declarationDelayMaxDays < 0) {
      throw new IllegalArgumentException("declarationDelayMaxDays " + declarationDelayMaxDays + " is negative");
    }
    if (lowestPayPercent < 0 || payRangePoints < 0) {
      throw new IllegalArgumentException("pay from " + lowestPayPercent + " % over " + payRangePoints
          + " points is negative");
    }
  }

  /** The same dynamics, workers' pay over the former 100 points of a minimum wage from {@code lowestPayPercent}. */
  public LabourDynamics(double contractEnd, double contractStart, double stableEnd, double benefitAfterEnd,
      double unemployedStart, double inactiveStart, int benefitRatePercent, int declarationDelayMaxDays,
      int lowestPayPercent) {
    this(contractEnd, contractStart, stableEnd, benefitAfterEnd, unemployedStart, inactiveStart, benefitRatePercent,
        declarationDelayMaxDays, lowestPayPercent, 100);
  }

  /** The same with workers' pay drawn over {@code points} points of a minimum wage above the lowest. */
  public LabourDynamics withPayRangePoints(int points) {
    return new LabourDynamics(contractEnd, contractStart, stableEnd, benefitAfterEnd, unemployedStart, inactiveStart,
        benefitRatePercent, declarationDelayMaxDays, lowestPayPercent, points);
  }

  /**
   * Short contracts of 4 months on average separated by 3 months; 55 % of the ends followed by an
   * unemployment benefit at 57 % of the pay; pay from 80 % of a full-time minimum wage (fitted with the amounts per recipient, docs/population.md); a stable job ends once in 100 months; an unemployed
   * person finds a contract once in 12 months, an adult without income once in 40; ends declared
   * within 45 days. See {@code docs/population.md}.
   */
  public static LabourDynamics calibrated() {
    return new LabourDynamics(0.25, 0.33, 0.01, 0.55, 0.08, 0.025, 57, 45, LOWEST_PAY);
  }

  /** No dynamics: the legacy model (irregular workers paid in 65 % of months drawn independently). */
  public static LabourDynamics none() {
    return new LabourDynamics(0, 0, 0, 0, 0, 0, 57, 0, 30);
  }

  /** Whether this is {@link #none()}. */
  public boolean isNone() {
    return contractEnd == 0 && contractStart == 0 && stableEnd == 0 && unemployedStart == 0 && inactiveStart == 0;
  }
}
