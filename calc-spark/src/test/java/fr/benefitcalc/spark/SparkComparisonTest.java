package fr.benefitcalc.spark;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.compare.Comparison;
import fr.benefitcalc.lab.compare.ComparisonResult;
import fr.benefitcalc.lab.compare.ScenarioOutcome;
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
  private static final int HOUSEHOLDS = 150;
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
  void theSparkRunGivesCompareSFiguresAndHouseholdsExactly(int partitions) {
    ComparisonResult distributed = SparkComparison.run(spark, JOB, partitions, dir.toUri().toString());

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
            "household_net_difference", "error")
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
    }
  }
}
