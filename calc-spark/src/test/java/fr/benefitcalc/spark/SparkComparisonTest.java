package fr.benefitcalc.spark;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.compare.Comparison;
import fr.benefitcalc.lab.compare.ComparisonResult;
import fr.benefitcalc.lab.compare.ScenarioOutcome;
import fr.benefitcalc.lab.compare.WinnersAndLosers;
import fr.benefitcalc.lab.report.ComparisonSummary;
import fr.benefitcalc.lab.report.HtmlReport;
import fr.benefitcalc.lab.report.SummaryJson;
import fr.benefitcalc.lab.report.MetricTable;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The comparison on Spark ({@code local[2]}) gives what {@code compare} gives on one machine: every
 * metric of every scenario and benefit, the winners and losers by group, the households in error, and
 * each household's amounts, whatever the number of partitions.
 */
class SparkComparisonTest {
  private static final int HOUSEHOLDS = 100;
  private static final ComparisonJob JOB = new ComparisonJob(HOUSEHOLDS, 5, List.of(), "", new byte[0],
      YearMonth.of(2024, 1), YearMonth.of(2025, 12), 20);
  private static SparkSession spark;
  private static ComparisonResult single;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSessions.local("local[2]", 2);
    Catalog catalog = StandardCatalog.create();
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    for (Benefit b : Benefit.values()) {
      rules.put(b, catalog.rule(b));
    }
    single = Comparison.run(JOB.population(), rules, new Comparison.Settings(JOB.scenarios(catalog), JOB.span(),
        JOB.explainedSample(), 2, line -> { }));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 8})
  void theSparkRunGivesCompareSFiguresAndHouseholdsExactly(int partitions) throws Exception {
    SparkComparison.Outcome outcome = SparkComparison.run(spark, JOB, partitions, dir.toUri().toString());
    ComparisonResult distributed = outcome.result();
    assertThat(outcome.excluded()).isEmpty();

    assertThat(distributed.population()).isEqualTo(single.population());
    assertThat(distributed.households()).isEqualTo(HOUSEHOLDS);
    assertThat(distributed.excluded()).isEqualTo(single.excluded());
    assertThat(distributed.coverage()).isEqualTo(single.coverage());
    assertThat(distributed.scenarios()).hasSize(6);
    for (int s = 0; s < single.scenarios().size(); s++) {
      ScenarioOutcome a = single.scenarios().get(s);
      ScenarioOutcome b = distributed.scenarios().get(s);
      assertThat(b.scenario().id()).isEqualTo(a.scenario().id());
      assertThat(b.benefits()).isEqualTo(a.benefits());
      for (Benefit benefit : a.benefits()) {
        assertThat(b.metrics().get(benefit).counters()).as(a.scenario().id() + " " + benefit)
            .isEqualTo(a.metrics().get(benefit).counters());
      }
      for (boolean byType : new boolean[] {true, false}) {
        ComparisonResult.GroupDifferences x = single.differences(a, byType);
        ComparisonResult.GroupDifferences y = distributed.differences(b, byType);
        assertThat(y.groups()).isEqualTo(x.groups());
        assertThat(y.households()).isEqualTo(x.households());
        assertThat(y.winners()).isEqualTo(x.winners());
        assertThat(y.losers()).isEqualTo(x.losers());
        assertThat(y.difference()).isEqualTo(x.difference());
      }
      assertThat(b.errors()).isEqualTo(a.errors());
    }
    // every figure of the summary's tables (and so of the report's)
    for (Benefit benefit : Benefit.values()) {
      assertThat(MetricTable.text(distributed, benefit)).isEqualTo(MetricTable.text(single, benefit));
    }
    // issue #17, report parity: the per-year figures, the winners and losers' histogram and income deciles, and so
    // every section of summary.txt, summary.json and report.html (timings aside)
    for (int s = 0; s < single.scenarios().size(); s++) {
      for (Benefit benefit : single.scenarios().get(s).benefits()) {
        assertThat(distributed.scenarios().get(s).metrics().get(benefit).summary(24).years())
            .as(single.scenarios().get(s).scenario().id() + " " + benefit)
            .isEqualTo(single.scenarios().get(s).metrics().get(benefit).summary(24).years()).hasSize(2);
      }
    }
    List<WinnersAndLosers> changes = WinnersAndLosers.of(single);
    assertThat(changes).hasSize(5).allSatisfy(w -> {
      assertThat(w.histogram()).hasSize(WinnersAndLosers.BINS.size());
      assertThat(w.deciles()).hasSize(10);
    });
    assertThat(WinnersAndLosers.of(distributed)).isEqualTo(changes);
    SummaryJson.write(single, dir.resolve("single.json"));
    SummaryJson.write(distributed, dir.resolve("spark.json"));
    assertThat(dir.resolve("spark.json")).hasSameTextualContentAs(dir.resolve("single.json"));
    ComparisonResult a = withoutTimings(single);
    ComparisonResult b = withoutTimings(distributed);
    assertThat(ComparisonSummary.text(b)).isEqualTo(ComparisonSummary.text(a));
    HtmlReport.write(a, "parity", dir.resolve("single.html"));
    HtmlReport.write(b, "parity", dir.resolve("spark.html"));
    assertThat(dir.resolve("spark.html")).hasSameTextualContentAs(dir.resolve("single.html"));

    // the households are at least somewhat varied: the test would see a metric or an amount go wrong
    assertThat(single.baseline().metrics().get(Benefit.AL).summary(24).householdsWithRight()).isPositive();
    assertThat(single.baseline().metrics().get(Benefit.AL).summary(24).reopenedDecisions()).isPositive();

    // household by household: the rows of the Parquet results against compare's amounts
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < single.households(); i++) {
      index.put(single.householdIds().get(i), i);
    }
    List<Row> rows = spark.read().parquet(dir.resolve(SparkComparison.RESULTS).toString())
        .select("household", "household_index", "scenario_index", "benefit", "benefit_index", "net", "paid",
            "household_net_difference", "error", "status")
        .collectAsList();
    int benefitsPerHousehold = single.scenarios().stream().mapToInt(o -> o.benefits().size()).sum();
    assertThat(rows).hasSize(HOUSEHOLDS * benefitsPerHousehold);
    for (Row r : rows) {
      int i = index.get(r.getString(0));
      assertThat(r.getLong(1)).isEqualTo(i);
      ScenarioOutcome o = single.scenarios().get(r.getInt(2));
      int k = r.getInt(4);
      assertThat(o.benefits().get(k).name()).isEqualTo(r.getString(3));
      assertThat(r.getLong(5)).as(r.getString(0)).isEqualTo(o.net()[k][i]);
      assertThat(r.getLong(6)).as(r.getString(0)).isEqualTo(o.paid()[k][i]);
      assertThat(r.getLong(7)).isEqualTo(o.netTotal(i) - single.baseline().netTotal(i));
      assertThat(r.isNullAt(8)).isTrue();
      assertThat(r.getString(9)).isEqualTo("computed");
    }
  }

  /** {@code r} with every scenario's time set to 0 (the only figure of a report that differs between two runs). */
  private static ComparisonResult withoutTimings(ComparisonResult r) {
    List<ScenarioOutcome> scenarios = r.scenarios().stream().map(o -> new ScenarioOutcome(o.scenario(), o.benefits(),
        o.metrics(), o.net(), o.paid(), o.byType(), o.byBand(), o.errors(), 0)).toList();
    return new ComparisonResult(r.population(), r.span(), scenarios, r.types(), r.bands(), r.householdIds(), r.size(),
        r.excluded(), r.refused(), r.profiles(), r.winnersAndLosers());
  }

  // ------------------------------------------------------------------------------- a Parquet population file

  /**
   * Issue #17: the population read from Parquet on Spark, each household built on the executors by the lab's
   * reader, gives what {@code compare --population} gives on the same file: every figure of the summary, the
   * households refused (a bad row, contradicting rows, a household that does not make one, a member born after the
   * months computed, a row naming no household) listed with the same reasons and excluded from every total, and
   * household by household the rows of households.csv (status, reason, amounts paid and received, difference with
   * the baseline), with 1 and 8 partitions; households in the files only part of the months (first_month,
   * last_month) are computed over those months by both, one in none of them refused by both.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 8})
  void aParquetPopulationOnSparkGivesWhatComparePopulationGives(int partitions) throws Exception {
    Path parquet = parquetPopulation();
    Path compareOut = dir.resolve("compare");
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int status = fr.benefitcalc.lab.cli.BenefitCalc.run(StandardCatalog.create(), new java.io.PrintWriter(out),
        new java.io.PrintWriter(err), "compare", "--population", parquet.toString(), "--explained-sample", "20",
        "--threads", "1", "--out", compareOut.toString());
    assertThat(status).as(err.toString()).isEqualTo(1);

    ComparisonJob job = new ComparisonJob(1, 1, List.of(), "", new byte[0], YearMonth.of(2024, 1),
        YearMonth.of(2025, 12), 20, parquet.toString());
    PopulationInput input = PopulationInput.read(spark, job, partitions);
    assertThat(input.badRows()).isEqualTo(2); // the partner's salary, the row without household_id
    assertThat(input.problemsWithoutHousehold()).singleElement().asString()
        .contains("household_id: '' is required");
    assertThat(input.refused().keySet()).containsExactly("couple", "twice-born", "no-rent", "unborn", "gone");
    SparkComparison.Outcome outcome;
    try {
      outcome = SparkComparison.run(spark, job, input, dir.resolve("spark").toUri().toString());
    } finally {
      input.release();
    }
    ComparisonResult distributed = outcome.result();

    // the summary, figure for figure, with the same households excluded and the same reasons
    String summary = java.nio.file.Files.readString(compareOut.resolve("summary.txt"));
    // (timings aside: each scenario's time, and the line of sizes and times after the tables)
    assertThat(untimed(summary)).startsWith(untimed(fr.benefitcalc.lab.report.ComparisonSummary.text(distributed)));
    StringBuilder excluded = new StringBuilder("Households excluded from every total:\n");
    outcome.excluded().forEach(l -> excluded.append("  ").append(l).append('\n'));
    assertThat(summary).endsWith(excluded + "\n" + fr.benefitcalc.lab.report.ComparisonSummary.definitions());
    assertThat(summary).contains("Totals cover " + (distributed.covered()) + " of " + (distributed.covered() + 5)
        + " households: 5 excluded (5 refused in the input, 0 in error")
        .contains("gone: refused: household gone: not computed: last_month: '2023-06' is before the first month"
            + " compared 2024-01")
        .contains("couple: refused: ").contains("salary_net: '1 450' is not a number")
        .contains("unborn: refused: household unborn: not computed: ").contains("2026-05-01")
        .contains("twice-born: refused: ").contains("contradicts row");
    assertThat(distributed.population()).contains("(3 not loaded)").contains("(2 invalid)");

    // household by household: households.csv against the Parquet results
    Map<String, Row> results = new HashMap<>();
    for (Row r : spark.read().parquet(dir.resolve("spark").resolve(SparkComparison.RESULTS).toString())
        .select("household", "scenario", "benefit", "status", "reason", "paid", "net", "household_net_difference",
            "invalid_rows")
        .collectAsList()) {
      results.put(r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2), r);
    }
    Map<String, String> ids = new HashMap<>();
    single.scenarios().forEach(o -> ids.put(o.scenario().name(), o.scenario().id()));
    int compared = 0;
    // households.csv read by Spark's CSV reader (an empty cell comes as null)
    for (Row csvRow : spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
        .csv(compareOut.resolve("households.csv").toString()).collectAsList()) {
      java.util.function.Function<String, String> row = c -> {
        Object v = csvRow.get(csvRow.fieldIndex(c));
        return v == null ? "" : v.toString();
      };
      for (Benefit b : Benefit.values()) {
        Row r = results.get(row.apply("household") + "|" + ids.get(row.apply("scenario")) + "|" + b.name());
        assertThat(r).as(csvRow.toString()).isNotNull();
        String what = row.apply("household") + " " + row.apply("scenario") + " " + b;
        assertThat(r.getString(3)).as(what).isEqualTo(row.apply("status"));
        assertThat(r.isNullAt(4) ? "" : r.getString(4)).as(what).isEqualTo(row.apply("reason"));
        String lower = b.name().toLowerCase(java.util.Locale.ROOT);
        boolean counted = "computed".equals(row.apply("status"));
        assertThat(counted ? MetricTable.euros(r.getLong(5)) : "").as(what).isEqualTo(row.apply(lower + "_paid"));
        assertThat(counted ? MetricTable.euros(r.getLong(6)) : "").as(what).isEqualTo(row.apply(lower + "_net"));
        assertThat(counted ? MetricTable.euros(r.getLong(7)) : "").as(what)
            .isEqualTo(row.apply("net_difference_with_baseline"));
        assertThat(r.getLong(8)).as(what).isEqualTo(row.apply("household").equals("couple") ? 1 : 0);
        compared++;
      }
    }
    assertThat(compared).isEqualTo(results.size());
  }

  private static String untimed(String summary) {
    return summary.replaceAll("\\(\\d+\\.\\d s, ", "(_ s, ");
  }

  /**
   * 30 generated households written as a population file, with bad ones: first in the file a couple whose partner's
   * salary is refused (the first of the explained sample must then be the next household), a person born twice, a
   * tenant without rent, a child born after the months computed, and a row without household_id; tenants who enter
   * or leave the files during the months computed, and one who left before them; a tenant whose move is learnt late
   * and one whose rent an agent keys wrong ({@code situation} rows); as Parquet.
   */
  private Path parquetPopulation() throws Exception {
    Path csv = dir.resolve("population.csv");
    fr.benefitcalc.lab.population.PopulationFile.writeCsv(fr.benefitcalc.lab.population.SyntheticPopulation.generate(30,
        9, YearMonth.of(2022, 1), YearMonth.of(2025, 12)), csv);
    List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(csv));
    List<String> header = List.of(lines.get(0).split(",", -1));
    java.util.function.Function<Map<String, String>, String> row = cells -> {
      String[] r = new String[header.size()];
      java.util.Arrays.fill(r, "");
      cells.forEach((c, v) -> r[header.indexOf(c)] = v);
      return String.join(",", r);
    };
    List<String> bad = List.of(
        row.apply(Map.of("household_id", "couple", "person_id", "a", "month", "other", "role", "adult", "couple", "true",
            "birth_date", "1985-01-01", "housing_status", "tenant", "rent", "600", "zone", "2", "salary_net", "1200")),
        row.apply(Map.of("household_id", "couple", "person_id", "b", "month", "other", "role", "adult",
            "birth_date", "1986-01-01", "salary_net", "\"1 450\"")));
    lines.addAll(1, bad);
    lines.add(row.apply(Map.of("household_id", "twice-born", "person_id", "a", "month", "other", "role", "adult",
        "birth_date", "1970-01-01")));
    lines.add(row.apply(Map.of("household_id", "no-rent", "person_id", "a", "month", "other", "role", "adult",
        "birth_date", "1970-01-01", "housing_status", "tenant", "zone", "1")));
    lines.add(row.apply(Map.of("household_id", "", "person_id", "x", "month", "other", "role", "adult")));
    lines.add(row.apply(Map.of("household_id", "unborn", "person_id", "a", "month", "other", "role", "adult",
        "birth_date", "1990-01-01")));
    lines.add(row.apply(Map.of("household_id", "unborn", "person_id", "k", "month", "other", "role", "child",
        "birth_date", "2026-05-01")));
    lines.add(row.apply(Map.of("household_id", "twice-born", "person_id", "a", "month", "2024-01", "salary_net", "10",
        "birth_date", "1971-01-01")));
    // in the agency's files only part of the months compared, or none of them (first_month, last_month)
    for (String[] inFiles : new String[][] {{"enters", "2024-07", ""}, {"leaves", "", "2025-03"}, {"gone", "2021-01",
        "2023-06"}}) {
      lines.add(row.apply(Map.ofEntries(Map.entry("household_id", inFiles[0]), Map.entry("person_id", "a"),
          Map.entry("month", "other"), Map.entry("role", "adult"), Map.entry("birth_date", "1988-01-01"),
          Map.entry("housing_status", "tenant"), Map.entry("rent", "520"), Map.entry("zone", "2"),
          Map.entry("salary_net", "700"), Map.entry("salary_taxable", "721"), Map.entry("first_month", inFiles[1]),
          Map.entry("last_month", inFiles[2]))));
    }
    // a later situation learnt late (a move declared 3 months after), and an agent's input error held for 9 months
    // (situation rows): read on the executors into the same situations as compare reads
    for (String[] s : new String[][] {{"moves", "", "", "", "", "", "520", "2"},
        {"moves", "move", "2024-09", "2024-12-05", "", "declared", "380", "1"}, {"keyed", "", "", "", "", "", "520", "2"},
        {"keyed", "e1", "2024-04", "2024-04-15", "2025-01-20", "processing", "300", "2"}}) {
      lines.add(row.apply(Map.ofEntries(Map.entry("household_id", s[0]), Map.entry("person_id", "a"),
          Map.entry("month", "other"), Map.entry("situation", s[1]), Map.entry("situation_from", s[2]),
          Map.entry("situation_known_on", s[3]), Map.entry("situation_corrected_on", s[4]),
          Map.entry("situation_origin", s[5]), Map.entry("role", "adult"), Map.entry("birth_date", "1988-01-01"),
          Map.entry("housing_status", "tenant"), Map.entry("rent", s[6]), Map.entry("zone", s[7]),
          Map.entry("salary_net", "700"), Map.entry("salary_taxable", "721"))));
    }
    java.nio.file.Files.write(csv, lines);
    Path parquet = dir.resolve("population.parquet");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement st = c.createStatement()) {
      st.execute("COPY (SELECT * FROM read_csv('" + csv + "', all_varchar = true, header = true)) TO '" + parquet
          + "' (FORMAT PARQUET)");
    }
    return parquet;
  }
}
