package fr.benefitcalc.lab.cli;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.compare.Comparison;
import fr.benefitcalc.lab.compare.ComparisonResult;
import fr.benefitcalc.lab.compare.ScenarioOutcome;
import fr.benefitcalc.lab.population.Population;
import fr.benefitcalc.lab.population.PopulationFile;
import fr.benefitcalc.lab.population.SyntheticPopulation;
import fr.benefitcalc.lab.report.ComparisonSummary;
import fr.benefitcalc.lab.report.HouseholdCsv;
import fr.benefitcalc.lab.report.HtmlReport;
import fr.benefitcalc.lab.report.OutputFolder;
import fr.benefitcalc.lab.scenario.Scenario;
import fr.benefitcalc.lab.scenario.ScenarioCatalog;
import fr.benefitcalc.lab.scenario.ScenarioFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code benefit-calc compare}: runs scenarios over a population with late data and compares them.
 * With no argument: the current rules against the inspection report's recommendations on 100 000
 * synthetic households over 2024-2025.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare rule sets (scenarios) on a population whose data arrive late and get corrected.")
final class CompareCommand implements Callable<Integer> {
  private final Catalog catalog;

  @Spec
  CommandSpec spec;

  @Option(names = "--households", paramLabel = "N", description = "size of the synthetic population (default ${DEFAULT-VALUE})")
  int households = 100_000;

  @Option(names = "--seed", description = "seed of the synthetic population (default ${DEFAULT-VALUE})")
  long seed = 1;

  @Option(names = "--scenarios", split = ",", paramLabel = "ID",
      description = "scenarios to run, the first being the baseline (default: S1,S2,S3,S4,S7,S8; see --list)")
  List<String> scenarios = new ArrayList<>();

  @Option(names = "--from", description = "first month of right (default ${DEFAULT-VALUE})")
  String from = "2024-01";

  @Option(names = "--to", description = "last month of right (default ${DEFAULT-VALUE})")
  String to = "2025-12";

  @Option(names = "--out", description = "folder for report.html, households.csv and summary.txt (default ${DEFAULT-VALUE})")
  Path out = Path.of("reports", "compare");

  @Option(names = "--threads", description = "worker threads (default: the available processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--explained-sample", paramLabel = "N",
      description = "households computed with explanations, for the single-cause share (default ${DEFAULT-VALUE})")
  int explainedSample = 1_000;

  @Option(names = "--calibration", description = "run S1 and S0 (unless --scenarios is given) and print the"
      + " calibration table: the model's figures beside the inspection report's (docs/population.md)")
  boolean calibration;

  @Option(names = "--sensitivity", description = "first print how the scenarios' ranking on cost, indus, rappels and"
      + " volatility moves when each assumption of the population model is halved or raised by half"
      + " (docs/population.md; on 2000 households unless --households is given), then run the comparison as usual;"
      + " report.html shows the table")
  boolean sensitivity;

  @Option(names = "--sweep", description = "run the droits-figés threshold sweep on the AL: S1 then S9-0, S9-25, S9-50,"
      + " S9-100, S9-200, S9-500 and S9-never (unless --scenarios is given); the report draws threshold → indus not"
      + " recovered, rappels not paid, net cost and recovery actions")
  boolean sweep;

  @Option(names = "--list", description = "list the built-in scenarios (and those of --scenario-file) and exit")
  boolean list;

  @Option(names = "--population", paramLabel = "FILE",
      description = "run on the households of a population file (.csv or .parquet, docs/population-file.md) instead of"
          + " the synthetic population; rows refused are printed with their row number, and the exit status is 1")
  Path populationFile;

  @Option(names = "--write-population", paramLabel = "FILE.csv",
      description = "also write the synthetic population compared to a population file (docs/population-file.md): its"
          + " households with their dated values, situation changes, errors held, entries and exits; compare"
          + " --population FILE.csv with the same --from and --to then gives the same households.csv")
  Path writePopulation;

  @Option(names = "--strict", description = "fail the run before computing (exit 1) if any row or household of"
      + " --population is refused; without it the refused households are listed and excluded from every total")
  boolean strict;

  /** At most this many excluded households are listed on the terminal (all of them in summary.txt and households.csv). */
  static final int LISTED_ON_TERMINAL = 50;

  @Option(names = "--scenario-file", paramLabel = "FILE",
      description = "add the scenarios of a YAML or JSON file (docs/scenario-file.md) to the catalogue, to name in --scenarios")
  Path scenarioFile;

  CompareCommand(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    ScenarioCatalog catalogOfScenarios = new ScenarioCatalog(catalog);
    if (scenarioFile != null) {
      try {
        catalogOfScenarios = catalogOfScenarios.plus(ScenarioFile.read(scenarioFile, catalog));
      } catch (IllegalArgumentException | ScenarioFile.UnreadableFileException e) {
        stderr.println("compare: --scenario-file " + scenarioFile + ": " + e.getMessage());
        return 2;
      }
    }
    if (list) {
      catalogOfScenarios.all().values().forEach(s -> stdout.println(s.id() + "  " + s.name() + " — " + s.description()));
      stdout.flush();
      return 0;
    }
    List<Scenario> chosen = new ArrayList<>();
    try {
      if (scenarios.isEmpty() && sweep && calibration) {
        stderr.println("compare: --sweep and --calibration run different scenarios: choose one, or name them with --scenarios");
        return 2;
      } else if (scenarios.isEmpty() && sweep) {
        chosen.addAll(catalogOfScenarios.sweep());
      } else if (scenarios.isEmpty() && calibration) {
        chosen.add(catalogOfScenarios.get("S1"));
        chosen.add(catalogOfScenarios.get("S0"));
      } else if (scenarios.isEmpty()) {
        chosen.addAll(catalogOfScenarios.defaultComparison());
      } else {
        for (String s : scenarios) {
          chosen.add(catalogOfScenarios.get(s.trim()));
        }
      }
    } catch (IllegalArgumentException e) {
      stderr.println("compare: --scenarios: " + e.getMessage());
      return 2;
    }
    Optional<MonthRange> checkedSpan = CompareOptions.runSpan(from, to, households, stderr);
    if (checkedSpan.isEmpty()) {
      return 2;
    }
    MonthRange span = checkedSpan.get();
    if (sensitivity && populationFile != null) {
      stderr.println("compare: --sensitivity varies the synthetic population's assumptions: it cannot run on --population");
      return 2;
    }
    if (writePopulation != null && populationFile != null) {
      stderr.println("compare: --write-population writes the synthetic population: it cannot be used with --population");
      return 2;
    }
    if (writePopulation != null && !writePopulation.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      stderr.println("compare: --write-population: '" + writePopulation + "' is not a .csv file (the population is written"
          + " as CSV)");
      return 2;
    }
    Instant started = Instant.now();
    // the output folder is checked (and its temporary folder created) before anything is computed
    try (OutputFolder output = OutputFolder.prepare(out, OUTPUT_FILES)) {
      Optional<HtmlReport.Table> sensitivityTable = Optional.empty();
      if (sensitivity) {
        int size = spec.commandLine().getParseResult().hasMatchedOption("--households") ? households : 2_000;
        Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
        for (Benefit b : Benefit.values()) {
          rules.put(b, catalog.rule(b));
        }
        fr.benefitcalc.lab.compare.Sensitivity table = fr.benefitcalc.lab.compare.Sensitivity.run(chosen, rules, span,
            size, seed, threads, line -> {
              stderr.println("compare: " + line);
              stderr.flush();
            });
        stdout.print(table.text());
        stdout.println();
        stdout.flush();
        sensitivityTable = Optional.of(HtmlReport.sensitivity(table));
      }
      return run(output, chosen, span, started, stdout, stderr, sensitivityTable);
    } catch (OutputFolder.OutputException e) {
      stderr.println("compare: --out " + e.getMessage());
      stderr.flush();
      return 2;
    }
  }

  /** The files a run writes in its output folder (beside {@link OutputFolder#MANIFEST}). */
  static final Set<String> OUTPUT_FILES = Set.of("report.html", "households.csv", "summary.txt", "summary.json");

  private int run(OutputFolder output, List<Scenario> chosen, MonthRange span, Instant started, PrintWriter stdout,
      PrintWriter stderr, Optional<HtmlReport.Table> sensitivityTable) throws IOException {
    long t0 = System.nanoTime();
    Population population;
    boolean refusedRows = false;
    Map<String, String> refused = new LinkedHashMap<>();
    if (populationFile != null) {
      stderr.println("compare: reading " + populationFile + " ...");
      stderr.flush();
      PopulationFile.Result read;
      try {
        read = PopulationFile.read(populationFile);
      } catch (PopulationFile.UnreadableFileException e) {
        stderr.println("compare: --population: " + e.getMessage());
        return 2;
      }
      read.problems().forEach(p -> stderr.println("compare: " + populationFile.getFileName() + ": " + p));
      refusedRows = read.hasProblems();
      population = read.population();
      read.refusedHouseholds().forEach((id, reasons) -> refused.put(id, String.join("; ", reasons)));
      // coherent with the months computed: nobody born after them, every household in the files in one of them
      List<fr.benefitcalc.core.household.Household> kept = new ArrayList<>();
      for (int i = 0; i < population.size(); i++) {
        fr.benefitcalc.core.household.Household h = population.households().get(i);
        java.util.Optional<String> notComputable = PopulationFile.notComputable(h,
            Optional.of(population.timelineCase(i)), population.inFiles(h.id()), span);
        if (notComputable.isEmpty()) {
          kept.add(h);
        } else {
          String reason = notComputable.get();
          stderr.println("compare: " + populationFile.getFileName() + ": " + reason);
          refused.put(h.id(), reason);
          refusedRows = true;
        }
      }
      if (kept.size() < population.size()) {
        population = population.withHouseholds(kept);
      }
      if (strict && refusedRows) {
        stderr.println("compare: --strict: " + Math.max(read.problems().size(), refused.size()) + " problem(s) in "
            + populationFile + ", "
            + refused.size() + " household(s) refused; nothing computed");
        stderr.flush();
        return 1;
      }
      stderr.println("compare: " + population.description());
      stderr.flush();
      if (population.size() == 0) {
        stderr.println("compare: no household of " + populationFile + " could be loaded");
        return 1;
      }
    } else {
      population = SyntheticPopulation.forComparison(households, seed, span.first(), span.last());
      if (writePopulation != null) {
        try {
          PopulationFile.writeCsv(population, writePopulation);
        } catch (IOException e) {
          stderr.println("compare: --write-population " + writePopulation + ": cannot write it: " + e.getMessage());
          return 2;
        }
        stderr.println("compare: wrote the synthetic population to " + writePopulation);
        stderr.flush();
      }
    }
    long t1 = System.nanoTime();
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    for (Benefit b : Benefit.values()) {
      rules.put(b, catalog.rule(b));
    }
    ComparisonResult result = Comparison.run(population, rules, new Comparison.Settings(chosen, span, explainedSample,
        threads, line -> {
          stderr.println("compare: " + line);
          stderr.flush();
        })).withRefused(refused);
    long t2 = System.nanoTime();
    StringBuilder summary = new StringBuilder(ComparisonSummary.text(result));
    int errors = 0;
    for (ScenarioOutcome o : result.scenarios()) {
      errors += o.errors().size();
    }
    if (calibration) {
      summary.append(fr.benefitcalc.lab.compare.Calibration.text(fr.benefitcalc.lab.compare.Calibration.rows(result)))
          .append(fr.benefitcalc.lab.compare.Calibration.byOrigin(result)).append('\n');
    }
    long householdMonths = (long) population.size() * span.length();
    summary.append(ComparisonSummary.wrap(String.format(Locale.ROOT,
        "%d households x %d months x %d scenarios = %d household-months per scenario; %s, comparison %.1f s",
        population.size(), span.length(), chosen.size(), householdMonths, populationFile != null
            ? String.format(Locale.ROOT, "reading %.1f s", (t1 - t0) / 1e9)
            : "households drawn during the comparison", (t2 - t1) / 1e9), ""));
    List<String> excludedLines = excludedHouseholds(result);
    if (!excludedLines.isEmpty()) {
      stdout.print(summary);
      stdout.println("Households excluded from every total:");
      excludedLines.stream().limit(LISTED_ON_TERMINAL).forEach(l -> stdout.println("  " + l));
      if (excludedLines.size() > LISTED_ON_TERMINAL) {
        stdout.println("  ... and " + (excludedLines.size() - LISTED_ON_TERMINAL)
            + " more, every one in summary.txt and households.csv (status, reason)");
      }
      summary.append("Households excluded from every total:\n");
      excludedLines.forEach(l -> summary.append("  ").append(l).append('\n'));
    } else {
      stdout.print(summary);
    }
    stdout.flush();
    summary.append('\n').append(ComparisonSummary.definitions());
    Files.writeString(output.file("summary.txt"), summary.toString(), StandardCharsets.UTF_8);
    writeReports(result.withWinnersAndLosers(), chosen, output, sensitivityTable);
    output.commit(manifest(result, chosen, span, started));
    Path target = output.target();
    stderr.println("compare: wrote " + target.resolve("report.html") + ", " + target.resolve("households.csv") + ", "
        + target.resolve("summary.txt") + ", " + target.resolve("summary.json") + ", " + target.resolve(OutputFolder.MANIFEST));
    stderr.flush();
    return errors == 0 && !refusedRows ? 0 : 1;
  }

  /**
   * Writes report.html and summary.json on one thread while households.csv is formatted by the workers' number of
   * threads (the report's share is small: the CSV would otherwise finish last on one core), or all three in turn on
   * one thread (they read the result only; each file is the same either way).
   */
  private void writeReports(ComparisonResult result, List<Scenario> chosen, OutputFolder output,
      Optional<HtmlReport.Table> sensitivityTable) throws IOException {
    String title = "Reform comparison: " + chosen.get(0).name() + " against " + (chosen.size() - 1) + " alternatives";
    if (threads == 1) {
      HtmlReport.write(result, title, output.file("report.html"), sensitivityTable);
      HouseholdCsv.write(result, output.file("households.csv"));
      fr.benefitcalc.lab.report.SummaryJson.write(result, output.file("summary.json"));
      return;
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "report");
      t.setDaemon(true);
      return t;
    });
    try {
      java.util.concurrent.Future<Void> reportAndJson = pool.submit(() -> {
        HtmlReport.write(result, title, output.file("report.html"), sensitivityTable);
        fr.benefitcalc.lab.report.SummaryJson.write(result, output.file("summary.json"));
        return null;
      });
      HouseholdCsv.write(result, output.file("households.csv"), threads);
      reportAndJson.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("compare: interrupted while writing the reports", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** One line per household excluded from the totals: refused in the input, or in error under some scenario. */
  static List<String> excludedHouseholds(ComparisonResult result) {
    List<String> lines = new ArrayList<>();
    result.refused().forEach((id, reasons) -> lines.add(id + ": refused: " + reasons));
    result.excluded().forEach((i, reason) -> lines.add(result.householdIds().get(i) + ": " + reason));
    return lines;
  }

  /** What the manifest says of the run: enough to tell it from any other. */
  private Map<String, Object> manifest(ComparisonResult result, List<Scenario> chosen, MonthRange span, Instant started)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tool", "benefit-calc compare");
    String[] version = spec.root().version();
    m.put("version", version.length == 0 ? "unknown" : version[0]);
    m.put("started", started.toString());
    m.put("finished", Instant.now().toString());
    m.put("arguments", spec.commandLine().getParseResult() == null ? List.of()
        : spec.commandLine().getParseResult().originalArgs());
    Map<String, Object> inputs = new LinkedHashMap<>();
    if (populationFile != null) {
      inputs.put("population", Map.of("file", populationFile.toAbsolutePath().normalize().toString(),
          "sha256", OutputFolder.sha256(populationFile)));
    } else {
      inputs.put("population", Map.of("synthetic", result.population(), "households", households, "seed", seed));
    }
    if (scenarioFile != null) {
      inputs.put("scenarioFile", Map.of("file", scenarioFile.toAbsolutePath().normalize().toString(),
          "sha256", OutputFolder.sha256(scenarioFile)));
    }
    m.put("inputs", inputs);
    m.put("seed", seed);
    m.put("months", Map.of("from", span.first().toString(), "to", span.last().toString()));
    m.put("scenarios", chosen.stream().map(Scenario::id).toList());
    m.put("households", Map.of("total", result.households() + result.refused().size(), "covered", result.covered(),
        "refused", result.refused().size(), "inError", result.excluded().size()));
    return m;
  }

  /**
   * The decision-timeline conventions behind every indu and rappel counted: the payment day (month m
   * paid on that day of m+1) and when revaluations apply, per benefit, as the scenarios set them.
   */
  static String timelineConventions(List<Scenario> scenarios) {
    return ComparisonSummary.timelineConventions(scenarios);
  }
}
