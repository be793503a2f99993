package fr.benefitcalc.lab.compare;

import fr.benefitcalc.core.money.ExactTotal;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.lab.population.HouseholdGroups;
import java.util.List;

/**
 * The outcome of a comparison: each scenario's metrics and household amounts, the households' groups,
 * and the differences of each scenario against the baseline (the first scenario).
 *
 * @param population the population's description
 * @param span the months of right computed
 * @param scenarios the outcome of each scenario, the baseline first
 * @param types each household's type (index in {@link HouseholdGroups#TYPES}); empty when the households'
 *     amounts were not kept (a distributed run writes them as files)
 * @param bands each household's income band (index in {@link HouseholdGroups#BANDS}); empty likewise
 * @param householdIds each household's id; empty likewise
 */
public record ComparisonResult(String population, MonthRange span, List<ScenarioOutcome> scenarios, int[] types,
    int[] bands, List<String> householdIds) {

  /** The baseline's outcome. */
  public ScenarioOutcome baseline() {
    return scenarios.get(0);
  }

  /** How many households have their amounts here (0 when they were not kept). */
  public int households() {
    return householdIds.size();
  }

  /**
   * Winners and losers of {@code scenario} against the baseline, by group: a household wins (loses)
   * when the net amount of all its benefits over the span rises (falls) by at least 1 € ({@link GroupTally}).
   *
   * @param byType true: by household type; false: by income band
   */
  public GroupDifferences differences(ScenarioOutcome scenario, boolean byType) {
    return byType ? scenario.byType() : scenario.byBand();
  }

  /**
   * Winners and losers by group.
   *
   * @param groups the groups' labels
   * @param households households per group
   * @param winners households gaining at least 1 € over the span
   * @param losers households losing at least 1 € over the span
   * @param difference total difference per group (exact)
   */
  public record GroupDifferences(List<String> groups, long[] households, long[] winners, long[] losers,
      ExactTotal[] difference) {}
}
