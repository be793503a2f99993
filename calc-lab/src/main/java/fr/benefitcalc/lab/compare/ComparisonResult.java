package fr.benefitcalc.lab.compare;

import fr.benefitcalc.core.money.ExactTotal;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.lab.population.HouseholdGroups;
import fr.benefitcalc.lab.population.HouseholdProfile;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outcome of a comparison: each scenario's metrics and household amounts, the households' groups,
 * and the differences of each scenario against the baseline (the first scenario).
 *
 * @param population the population's description
 * @param span the months of right computed
 * @param scenarios the outcome of each scenario, the baseline first
 * @param types each household's type (index in {@link HouseholdGroups#TYPES}); empty when not kept
 * @param bands each household's income band (index in {@link HouseholdGroups#BANDS}); empty when not kept
 * @param householdIds each household's id
 * @param size how many households were computed: the length of {@code householdIds}, {@code types}, {@code bands}
 *     and of the scenarios' amounts, or more when those were not kept (a distributed run writes them as files,
 *     and they are then empty)
 * @param excluded the households (by index) excluded from every total, with the reason: an error under some
 *     scenario; their amounts are not counted anywhere
 * @param refused the households of the input refused before computing (not among {@code householdIds}), with
 *     their reasons, in input order
 * @param profiles each household's composition, dwelling, income and activity, like {@code householdIds}; empty
 *     when not kept
 * @param winnersAndLosers the winners and losers of every scenario but the baseline, with their histogram and
 *     deciles, as aggregated by a distributed engine from its per-household results; empty when they are computed
 *     from the households' amounts and profiles kept here ({@link WinnersAndLosers#of})
 */
public record ComparisonResult(String population, MonthRange span, List<ScenarioOutcome> scenarios, int[] types,
    int[] bands, List<String> householdIds, int size, Map<Integer, String> excluded, Map<String, String> refused,
    List<HouseholdProfile> profiles, List<WinnersAndLosers> winnersAndLosers) {
  public ComparisonResult {
    profiles = List.copyOf(profiles);
    winnersAndLosers = List.copyOf(winnersAndLosers);
    if (!profiles.isEmpty() && profiles.size() != householdIds.size()) {
      throw new IllegalArgumentException(profiles.size() + " profiles for " + householdIds.size() + " households");
    }
    if (size < householdIds.size()) {
      throw new IllegalArgumentException(size + " households computed but " + householdIds.size() + " ids");
    }
    excluded = Collections.unmodifiableMap(new TreeMap<>(excluded));
    refused = Collections.unmodifiableMap(new LinkedHashMap<>(refused));
  }

  /** A result whose winners and losers are computed from the households' amounts and profiles. */
  public ComparisonResult(String population, MonthRange span, List<ScenarioOutcome> scenarios, int[] types, int[] bands,
      List<String> householdIds, int size, Map<Integer, String> excluded, Map<String, String> refused,
      List<HouseholdProfile> profiles) {
    this(population, span, scenarios, types, bands, householdIds, size, excluded, refused, profiles, List.of());
  }

  /** A result without the households' profiles (e.g. of a distributed run, which writes them as files). */
  public ComparisonResult(String population, MonthRange span, List<ScenarioOutcome> scenarios, int[] types, int[] bands,
      List<String> householdIds, int size, Map<Integer, String> excluded, Map<String, String> refused) {
    this(population, span, scenarios, types, bands, householdIds, size, excluded, refused, List.of());
  }

  /** A result where every household was computed. */
  public ComparisonResult(String population, MonthRange span, List<ScenarioOutcome> scenarios, int[] types, int[] bands,
      List<String> householdIds) {
    this(population, span, scenarios, types, bands, householdIds, householdIds.size(), Map.of(), Map.of());
  }

  /** This result, with the households of the input refused before computing (id → reasons). */
  public ComparisonResult withRefused(Map<String, String> refusedHouseholds) {
    return new ComparisonResult(population, span, scenarios, types, bands, householdIds, size, excluded,
        refusedHouseholds, profiles, winnersAndLosers);
  }

  /**
   * This result with its winners and losers computed once from the households' amounts and profiles
   * ({@link WinnersAndLosers#of}), for the several reports that read them; itself when they are already there.
   */
  public ComparisonResult withWinnersAndLosers() {
    return !winnersAndLosers.isEmpty() ? this : new ComparisonResult(population, span, scenarios, types, bands,
        householdIds, size, excluded, refused, profiles, WinnersAndLosers.of(this));
  }

  /** How many households the totals cover: those computed under every scenario. */
  public int covered() {
    return households() - excluded.size();
  }

  /**
   * What the totals cover, as a sentence: e.g. "Totals cover 99998 of 100000 households: 2 excluded (1 refused
   * in the input, 1 in error under some scenario), listed with their reasons."
   */
  public String coverage() {
    int all = households() + refused.size();
    int out = excluded.size() + refused.size();
    return "Totals cover " + covered() + " of " + all + " households" + (out == 0 ? "." : ": " + out + " excluded ("
        + refused.size() + " refused in the input, " + excluded.size() + " in error under some scenario),"
        + " listed with their reasons.");
  }

  /** Why household {@code i} is excluded from the totals, or empty when it is counted. */
  public Optional<String> exclusion(int i) {
    return Optional.ofNullable(excluded.get(i));
  }

  /** The baseline's outcome. */
  public ScenarioOutcome baseline() {
    return scenarios.get(0);
  }

  /** How many households were computed (excluded ones included). */
  public int households() {
    return size;
  }

  /**
   * Winners and losers of {@code scenario} against the baseline, by group: a household wins (loses)
   * when the net amount of all its benefits over the span rises (falls) by at least 1 € ({@link GroupTally}); the
   * households excluded from the totals are not counted.
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
