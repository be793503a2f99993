package fr.benefitcalc.spark;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.compare.HouseholdComparison;
import fr.benefitcalc.lab.population.Population;
import fr.benefitcalc.lab.population.SyntheticPopulation;
import fr.benefitcalc.lab.scenario.Scenario;
import fr.benefitcalc.lab.scenario.ScenarioCatalog;
import fr.benefitcalc.lab.scenario.ScenarioFile;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a distributed comparison computes, in plain values that travel to the executors: each executor
 * rebuilds from them the same catalogue, scenarios and synthetic population as {@code compare} on one
 * machine (the library's objects are not shipped).
 *
 * @param households size of the synthetic population (unused with a population file)
 * @param seed its seed (household {@code i} has its own random stream: the same households whatever the
 *     partitioning)
 * @param scenarioIds the scenarios, the baseline first; empty for the default comparison
 * @param scenarioFileName the name of the scenario file given with {@code --scenario-file} ({@code ""} if none)
 * @param scenarioFile its content (empty if none)
 * @param from first month of right
 * @param to last month of right
 * @param explainedSample households (the first ones) computed with explanations
 * @param populationFile a population file ({@code docs/population-file.md}, Parquet: a file or a folder of files, any
 *     path or URI Spark reads) to run on instead of the synthetic population; {@code ""} for the synthetic one
 */
public record ComparisonJob(int households, long seed, List<String> scenarioIds, String scenarioFileName,
    byte[] scenarioFile, YearMonth from, YearMonth to, int explainedSample, String populationFile)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A job on the synthetic population. */
  public ComparisonJob(int households, long seed, List<String> scenarioIds, String scenarioFileName, byte[] scenarioFile,
      YearMonth from, YearMonth to, int explainedSample) {
    this(households, seed, scenarioIds, scenarioFileName, scenarioFile, from, to, explainedSample, "");
  }

  public ComparisonJob {
    Objects.requireNonNull(populationFile, "populationFile");
    if (populationFile.isEmpty() && households < 1) {
      throw new IllegalArgumentException("households " + households + " must be at least 1");
    }
    scenarioIds = List.copyOf(scenarioIds);
    Objects.requireNonNull(scenarioFileName, "scenarioFileName");
    scenarioFile = scenarioFile.clone();
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }

  /** The months of right. */
  public MonthRange span() {
    return MonthRange.of(from, to);
  }

  /** The scenario catalogue: the built-in scenarios plus those of the scenario file. */
  public ScenarioCatalog scenarioCatalog(Catalog catalog) {
    ScenarioCatalog scenarios = new ScenarioCatalog(catalog);
    if (scenarioFileName.isEmpty()) {
      return scenarios;
    }
    try {
      // the lab reads the file by its name's extension: a copy with the same name, where this JVM runs
      Path dir = Files.createTempDirectory("benefit-calc-scenarios");
      Path file = dir.resolve(Path.of(scenarioFileName).getFileName().toString());
      Files.write(file, scenarioFile);
      try {
        return scenarios.plus(ScenarioFile.read(file, catalog));
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("scenario file " + scenarioFileName + ": cannot be copied", e);
    }
  }

  /** The scenarios chosen, the baseline first. */
  public List<Scenario> scenarios(Catalog catalog) {
    ScenarioCatalog all = scenarioCatalog(catalog);
    if (scenarioIds.isEmpty()) {
      return all.defaultComparison();
    }
    List<Scenario> chosen = new ArrayList<>();
    for (String id : scenarioIds) {
      chosen.add(all.get(id.trim()));
    }
    return chosen;
  }

  /** Whether the households come from a population file rather than the generator. */
  public boolean fromFile() {
    return !populationFile.isEmpty();
  }

  /** The synthetic population, as {@code compare} draws it (its households are drawn when read). */
  public Population population() {
    return SyntheticPopulation.forComparison(households, seed, from, to);
  }

  /** The engine computing one household under every scenario, as {@code compare} does. */
  public HouseholdComparison engine() {
    Catalog catalog = StandardCatalog.create();
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    for (Benefit b : Benefit.values()) {
      rules.put(b, catalog.rule(b));
    }
    return new HouseholdComparison(rules, scenarios(catalog), span(), explainedSample);
  }
}
