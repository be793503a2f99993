package fr.benefitcalc.lab.compare;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.lab.scenario.Scenario;
import java.util.List;
import java.util.Map;

/**
 * What one scenario gave on the population.
 *
 * @param scenario the scenario
 * @param benefits the benefits computed, in the order of the arrays
 * @param metrics the metrics of each benefit
 * @param net per benefit, per household: paid plus applied regularisations over the span (nano-euros); no
 *     household when their amounts were not kept (a distributed run writes them as files)
 * @param paid per benefit, per household: paid by the decisions over the span (nano-euros); likewise
 * @param byType winners and losers against the baseline by household type
 * @param byBand winners and losers against the baseline by income band
 * @param errors the households that could not be computed
 * @param millis the time spent computing the scenario: the worker threads' time in it divided by their number
 *     (the scenarios of a comparison run together, household by household)
 */
public record ScenarioOutcome(Scenario scenario, List<Benefit> benefits, Map<Benefit, BenefitMetrics> metrics,
    long[][] net, long[][] paid, ComparisonResult.GroupDifferences byType, ComparisonResult.GroupDifferences byBand,
    List<Comparison.HouseholdError> errors, long millis) {

  /** The net amount of {@code benefit} received by household {@code i} (nano-euros). */
  public long net(Benefit benefit, int i) {
    int k = benefits.indexOf(benefit);
    return k < 0 ? 0 : net[k][i];
  }

  /** The net amount of every benefit received by household {@code i} (nano-euros). */
  public long netTotal(int i) {
    long t = 0;
    for (long[] perBenefit : net) {
      t = Math.addExact(t, perBenefit[i]);
    }
    return t;
  }
}
