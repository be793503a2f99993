package fr.benefitcalc.spark;

import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.cli.CompareOptions;
import fr.benefitcalc.lab.compare.ComparisonResult;
import fr.benefitcalc.lab.compare.ScenarioOutcome;
import fr.benefitcalc.lab.population.PopulationFile;
import fr.benefitcalc.lab.report.ComparisonSummary;
import fr.benefitcalc.lab.report.HtmlReport;
import fr.benefitcalc.lab.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code benefit-calc-spark compare}: the comparison of {@code benefit-calc compare} on Apache Spark,
 * with the same options plus {@code --master} and {@code --partitions}. It writes {@code summary.txt}, {@code summary.json} and
 * {@code report.html} (the lab's, from the metrics aggregated by Spark) and the per-household results
 * as Parquet ({@value SparkComparison#RESULTS}, instead of {@code households.csv}).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare rule sets (scenarios) on a population, on Apache Spark (local[*] by default).")
public final class SparkCompare implements Callable<Integer> {
  /** Households excluded from the totals listed on the terminal (all of them are in summary.txt). */
  private static final int LISTED_ON_TERMINAL = 20;

  @Spec
  CommandSpec spec;

  @Option(names = "--master", description = "Spark master URL (default: the one spark-submit gives, else local[*])")
  String master = "";

  @Option(names = "--partitions", description = "partitions of the population (default: 4 per core of the cluster)")
  int partitions;

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

  @Option(names = "--out", description = "folder for report.html, summary.txt and " + SparkComparison.RESULTS
      + " (default ${DEFAULT-VALUE}); the results go to --results if given")
  Path out = Path.of("reports", "compare-spark");

  @Option(names = "--results", paramLabel = "URI",
      description = "where to write " + SparkComparison.RESULTS + " on a cluster (e.g. hdfs:///user/me/run1; default: --out)")
  String results = "";

  @Option(names = "--explained-sample", paramLabel = "N",
      description = "households computed with explanations, for the single-cause share (default ${DEFAULT-VALUE})")
  int explainedSample = 1_000;

  @Option(names = "--list", description = "list the built-in scenarios (and those of --scenario-file) and exit")
  boolean list;

  @Option(names = "--population", paramLabel = "FILE",
      description = "run on the households of a Parquet population file (docs/population-file.md; a file or a folder"
          + " of files, any path Spark reads) instead of the synthetic population; households refused are listed with"
          + " their reasons, and the exit status is 1")
  String populationFile = "";

  @Option(names = "--strict", description = "fail the run before computing (exit 1) if any row or household of"
      + " --population is refused; without it the refused households are listed and excluded from every total")
  boolean strict;

  @Option(names = "--scenario-file", paramLabel = "FILE",
      description = "add the scenarios of a YAML or JSON file (docs/scenario-file.md) to the catalogue, to name in --scenarios")
  Path scenarioFile;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    if (!populationFile.isEmpty() && !populationFile.toLowerCase(Locale.ROOT).endsWith(".parquet")
        && populationFile.toLowerCase(Locale.ROOT).matches(".*\\.csv(\\.gz)?$")) {
      stderr.println("compare: --population " + populationFile + ": CSV is read on one machine only: convert it to"
          + " Parquet, or run benefit-calc compare --population");
      return 2;
    }
    Optional<MonthRange> span = CompareOptions.runSpan(from, to, households, stderr);
    if (span.isEmpty()) {
      return 2;
    }
    YearMonth first = span.get().first();
    YearMonth last = span.get().last();
    if (partitions < 0) {
      stderr.println("compare: --partitions " + partitions + " must be at least 1");
      return 2;
    }
    ComparisonJob job = new ComparisonJob(households, seed, scenarios, scenarioFile == null ? "" : scenarioFile.toString(),
        scenarioFile == null ? new byte[0] : Files.readAllBytes(scenarioFile), first, last, explainedSample,
        populationFile);
    Catalog catalog = StandardCatalog.create();
    List<Scenario> chosen;
    try {
      if (list) {
        job.scenarioCatalog(catalog).all().values()
            .forEach(s -> stdout.println(s.id() + "  " + s.name() + " — " + s.description()));
        stdout.flush();
        return 0;
      }
      chosen = job.scenarios(catalog);
    } catch (IllegalArgumentException e) {
      stderr.println("compare: " + (scenarioFile == null ? "--scenarios: " : "--scenarios/--scenario-file: ")
          + e.getMessage());
      return 2;
    }
    boolean local = master.isEmpty() ? System.getProperty("spark.master") == null : master.startsWith("local");
    String m = master.isEmpty() && local ? "local[*]" : master;
    long t0 = System.nanoTime();
    SparkSession spark = local ? SparkSessions.local(m, Math.max(2, Runtime.getRuntime().availableProcessors()))
        : SparkSessions.cluster(m);
    spark.sparkContext().setLogLevel("WARN");
    try {
      int parts = partitions > 0 ? partitions : 4 * Math.max(1, spark.sparkContext().defaultParallelism());
      Files.createDirectories(out);
      String where = results.isEmpty() ? out.toAbsolutePath().toUri().toString() : results;
      Optional<PopulationInput> input = Optional.empty();
      if (job.fromFile()) {
        stderr.println("compare: reading " + populationFile + " on Spark " + spark.sparkContext().master() + ", " + parts
            + " partitions ...");
        stderr.flush();
        try {
          input = Optional.of(PopulationInput.read(spark, job, parts));
        } catch (Exception e) { // unreadable: not a population file (PopulationFile), no such path (Spark's AnalysisException)
          stderr.println("compare: --population: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
          return 2;
        }
        PopulationInput in = input.get();
        in.problemsWithoutHousehold().forEach(p -> stderr.println("compare: " + PopulationInput.fileName(populationFile)
            + ": " + p));
        in.refused().forEach((id, reasons) -> stderr.println("compare: " + PopulationInput.fileName(populationFile)
            + ": household " + id + " refused: " + reasons));
        if (strict && in.hasProblems()) {
          stderr.println("compare: --strict: " + in.badRows() + " invalid row(s) in " + populationFile + ", "
              + in.refusedCount() + " household(s) refused; nothing computed");
          stderr.flush();
          in.release();
          return 1;
        }
        stderr.println("compare: " + in.description());
      } else {
        stderr.println("compare: " + households + " households (seed " + seed + ")");
      }
      stderr.println("compare: x " + chosen.size() + " scenarios on Spark " + spark.sparkContext().master() + ", "
          + parts + " partitions; results to " + where + " ...");
      stderr.flush();
      SparkComparison.Outcome outcome;
      try {
        outcome = input.isPresent() ? SparkComparison.run(spark, job, input.get(), where)
            : SparkComparison.run(spark, job, parts, where);
      } finally {
        input.ifPresent(PopulationInput::release);
      }
      ComparisonResult result = outcome.result();
      long t1 = System.nanoTime();
      StringBuilder summary = new StringBuilder(ComparisonSummary.text(result));
      int errors = result.scenarios().stream().mapToInt(o -> o.errors().size()).sum();
      long computedHouseholds = result.households();
      summary.append(ComparisonSummary.wrap(String.format(Locale.ROOT,
          "%d households x %d months x %d scenarios = %d household-months per scenario; on Spark %s, %d partitions,"
              + " %.1f s", computedHouseholds, job.span().length(), chosen.size(), computedHouseholds * job.span().length(),
          spark.sparkContext().master(), parts, (t1 - t0) / 1e9), ""));
      stdout.print(summary);
      if (!outcome.excluded().isEmpty()) {
        stdout.println("Households excluded from every total:");
        outcome.excluded().stream().limit(LISTED_ON_TERMINAL).forEach(l -> stdout.println("  " + l));
        if (outcome.excluded().size() > LISTED_ON_TERMINAL) {
          stdout.println("  ... and " + (outcome.excluded().size() - LISTED_ON_TERMINAL)
              + " more, every one in summary.txt and " + SparkComparison.RESULTS + " (status, reason)");
        }
        summary.append("Households excluded from every total:\n");
        outcome.excluded().forEach(l -> summary.append("  ").append(l).append('\n'));
      }
      stdout.flush();
      summary.append('\n').append(ComparisonSummary.definitions());
      Files.writeString(out.resolve("summary.txt"), summary.toString(), StandardCharsets.UTF_8);
      HtmlReport.write(result, "Reform comparison: " + chosen.get(0).name() + " against " + (chosen.size() - 1)
          + " alternatives", out.resolve("report.html"));
      fr.benefitcalc.lab.report.SummaryJson.write(result, out.resolve("summary.json"));
      stderr.println("compare: wrote " + out.resolve("report.html") + ", " + out.resolve("summary.txt") + ", "
          + out.resolve("summary.json") + ", " + where
          + "/" + SparkComparison.RESULTS);
      for (ScenarioOutcome o : result.scenarios()) {
        o.errors().stream().limit(20).forEach(e -> stderr.println("compare: household " + e.householdId() + " under "
            + e.scenario() + ": " + e.error()));
      }
      stderr.flush();
      boolean refusedRows = input.isPresent() && input.get().hasProblems();
      return errors == 0 && !refusedRows ? 0 : 1;
    } finally {
      spark.stop();
    }
  }

  /** Entry point: {@code compare [options]} (the word {@code compare} may be omitted). */
  public static void main(String[] args) {
    String[] rest = args.length > 0 && "compare".equals(args[0]) ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
    CommandLine cl = new CommandLine(new SparkCompare());
    cl.setCommandName("benefit-calc-spark compare");
    cl.setExecutionExceptionHandler((e, command, parsed) -> {
      command.getErr().println("compare: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      command.getErr().flush();
      return 2;
    });
    System.exit(cl.execute(rest));
  }
}
