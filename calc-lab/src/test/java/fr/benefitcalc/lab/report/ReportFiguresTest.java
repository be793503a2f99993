package fr.benefitcalc.lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.compare.BenefitMetrics;
import fr.benefitcalc.lab.compare.Comparison;
import fr.benefitcalc.lab.compare.ComparisonResult;
import fr.benefitcalc.lab.compare.NationalWeights;
import fr.benefitcalc.lab.compare.ScenarioOutcome;
import fr.benefitcalc.lab.compare.ThresholdSweep;
import fr.benefitcalc.lab.compare.WinnersAndLosers;
import fr.benefitcalc.lab.population.Population;
import fr.benefitcalc.lab.population.SyntheticPopulation;
import fr.benefitcalc.lab.scenario.Scenario;
import fr.benefitcalc.lab.scenario.ScenarioCatalog;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report's figures add up, and its charts show the figures of its tables. */
class ReportFiguresTest {
  private static final Catalog CATALOG = StandardCatalog.create();
  private static final ScenarioCatalog SCENARIOS = new ScenarioCatalog(CATALOG);
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));
  private static ComparisonResult result;

  @BeforeAll
  static void run() {
    Population p = SyntheticPopulation.generate(300, 3, YearMonth.of(2022, 1), YearMonth.of(2025, 12));
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    for (Benefit b : Benefit.values()) {
      rules.put(b, CATALOG.rule(b));
    }
    List<Scenario> chosen = new ArrayList<>(SCENARIOS.sweep().subList(0, 4)); // S1, S9-0, S9-25, S9-50
    chosen.add(SCENARIOS.get("S7"));
    result = Comparison.run(p, rules, new Comparison.Settings(chosen, SPAN, 0, 2, line -> { }));
  }

  @Test
  void winnersLosersAndUnchangedAreEveryHouseholdCompared() {
    List<WinnersAndLosers> all = WinnersAndLosers.of(result);
    assertThat(all).hasSize(4);
    for (WinnersAndLosers w : all) {
      assertThat(w.households()).isEqualTo(result.covered());
      assertThat(w.winners() + w.losers() + w.unchanged()).isEqualTo(300);
      assertThat(w.winnerShare() + w.loserShare() + w.unchangedShare()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
      assertThat(w.histogram().stream().mapToLong(Long::longValue).sum()).isEqualTo(w.households());
      // the histogram's losses and gains are the losers and winners
      long lost = 0;
      long gained = 0;
      for (int k = 0; k < 7; k++) {
        lost += w.histogram().get(k);
      }
      for (int k = 8; k < WinnersAndLosers.BINS.size(); k++) {
        gained += w.histogram().get(k);
      }
      assertThat(lost).isEqualTo(w.losers());
      assertThat(gained).isEqualTo(w.winners());
      assertThat(w.histogram().get(7)).isEqualTo(w.unchanged());
      // ten deciles of 30 households, increasing bands
      assertThat(w.deciles()).hasSize(10).allSatisfy(d -> assertThat(d.households()).isEqualTo(30));
      for (int d = 1; d < 10; d++) {
        assertThat(w.deciles().get(d).minIncome()).isGreaterThanOrEqualTo(w.deciles().get(d - 1).maxIncome());
      }
      assertThat(w.deciles().stream().mapToLong(WinnersAndLosers.Decile::winners).sum()).isEqualTo(w.winners());
      assertThat(w.deciles().stream().mapToLong(WinnersAndLosers.Decile::losers).sum()).isEqualTo(w.losers());
    }
    // freezing every AL regularisation: those who kept an indu win, those denied a rappel lose
    WinnersAndLosers zero = all.get(0);
    assertThat(zero.scenarioId()).isEqualTo("S9-0");
    assertThat(zero.winners()).isPositive();
    assertThat(zero.losers()).isPositive();
  }

  @Test
  void theHistogramsBinsFollowTheGainPerYear() {
    int months = 24;
    long euro = Fixed.EURO;
    // over 24 months: a gain per year is half the change over the run
    assertThat(bin(0, months)).isEqualTo("unchanged");
    assertThat(bin(euro - 1, months)).isEqualTo("unchanged");
    assertThat(bin(-euro + 1, months)).isEqualTo("unchanged");
    assertThat(bin(euro, months)).isEqualTo("gain .. 10");
    assertThat(bin(-euro, months)).isEqualTo("-10 .. loss");
    assertThat(bin(20 * euro - 1, months)).isEqualTo("gain .. 10"); // 9.99... €/year
    assertThat(bin(20 * euro, months)).isEqualTo("10 .. 50");
    assertThat(bin(-20 * euro, months)).isEqualTo("-10 .. loss"); // -10 €/year: the bin [-10, 0)
    assertThat(bin(-20 * euro - 1, months)).isEqualTo("-50 .. -10");
    assertThat(bin(2000 * euro, months)).isEqualTo(">= 1000");
    assertThat(bin(-2000 * euro - 1, months)).isEqualTo("< -1000");
  }

  @Test
  void theBinsInLongArithmeticAreTheExactComparisonOfTheGainPerYear() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    long[] edges = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 12, -(Long.MAX_VALUE / 12),
        Long.MAX_VALUE / 12 + 1, -(Long.MAX_VALUE / 12) - 1};
    for (int months : new int[] {1, 7, 12, 24, 36, 1_000_000, 1_000_001}) {
      for (long d : edges) {
        assertThat(WinnersAndLosersAccess.bin(d, months)).as(d + " over " + months).isEqualTo(exactBin(d, months));
      }
      for (int i = 0; i < 20_000; i++) {
        long d = random.nextInt(4) == 0 ? random.nextLong() : random.nextLong(-3000 * Fixed.EURO, 3000 * Fixed.EURO);
        assertThat(WinnersAndLosersAccess.bin(d, months)).as(d + " over " + months).isEqualTo(exactBin(d, months));
      }
      for (long edge : WinnersAndLosers.EDGES_EUROS) { // the differences on an edge per year, and next to it
        if (edge * Fixed.EURO * months % 12 == 0) {
          long onEdge = edge * Fixed.EURO * months / 12;
          for (long d = onEdge - 1; d <= onEdge + 1; d++) {
            assertThat(WinnersAndLosersAccess.bin(d, months)).as(d + " over " + months).isEqualTo(exactBin(d, months));
          }
        }
      }
    }
  }

  /** The bin as a BigDecimal comparison of the change per year with the edges (the definition). */
  private static int exactBin(long difference, int months) {
    if (difference > -Fixed.EURO && difference < Fixed.EURO) {
      return 7;
    }
    BigDecimal perYear = new BigDecimal(difference).multiply(BigDecimal.valueOf(12))
        .divide(BigDecimal.valueOf(months), java.math.MathContext.DECIMAL128);
    int k = 0;
    while (k < WinnersAndLosers.EDGES_EUROS.length
        && perYear.compareTo(BigDecimal.valueOf(WinnersAndLosers.EDGES_EUROS[k] * Fixed.EURO)) >= 0) {
      k++;
    }
    return difference < 0 ? k : k + 2;
  }

  @Test
  void eurosAreWrittenToTheCentHalfUpAsBigDecimalWritesThem() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    long[] values = {0, 1, -1, 4_999_999, 5_000_000, -4_999_999, -5_000_000, 5_000_001, -5_000_001, 9_995_000_000L,
        -9_995_000_000L, 10_000_000, -10_000_000, 123_455_000_000L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 4_999_999,
        Long.MIN_VALUE + 5_000_000};
    for (long v : values) {
      assertThat(MetricTable.euros(v)).as(Long.toString(v)).isEqualTo(bigDecimalEuros(v));
    }
    for (int i = 0; i < 100_000; i++) {
      long v = random.nextInt(3) == 0 ? random.nextLong() : random.nextLong(-2_000_000 * Fixed.EURO, 2_000_000 * Fixed.EURO);
      if (random.nextBoolean()) { // a half cent exactly
        v = random.nextLong(-2_000_000_00L, 2_000_000_00L) * 10_000_000 + (random.nextBoolean() ? 5_000_000 : -5_000_000);
      }
      assertThat(MetricTable.euros(v)).as(Long.toString(v)).isEqualTo(bigDecimalEuros(v));
    }
  }

  private static String bigDecimalEuros(long fixed) {
    return BigDecimal.valueOf(fixed, 9).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  @Test
  void householdsCsvIsTheSameWrittenInBlocksOnSeveralThreads() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("households-csv");
    try {
      java.nio.file.Path one = dir.resolve("one.csv");
      HouseholdCsv.write(result, one);
      String expected = java.nio.file.Files.readString(one);
      assertThat(expected.lines().count()).isEqualTo(1 + 300L * result.scenarios().size());
      for (int threads : new int[] {1, 2, 3}) {
        for (int block : new int[] {1, 7, 299, 300, 301}) {
          java.nio.file.Path f = dir.resolve(threads + "-" + block + ".csv");
          HouseholdCsv.write(result, f, threads, block);
          assertThat(java.nio.file.Files.readString(f)).as(threads + " threads, blocks of " + block).isEqualTo(expected);
        }
      }
      ComparisonResult refused = result.withRefused(Map.of("r1", "no \"rent\", row 3"));
      HouseholdCsv.write(refused, one);
      String withRefused = java.nio.file.Files.readString(one);
      assertThat(withRefused).contains("r1,,,,,,,,,,").contains(",refused,\"no \"\"rent\"\", row 3\"");
      java.nio.file.Path f = dir.resolve("refused.csv");
      HouseholdCsv.write(refused, f, 2, 64);
      assertThat(java.nio.file.Files.readString(f)).isEqualTo(withRefused);
    } finally {
      try (var files = java.nio.file.Files.list(dir)) {
        for (java.nio.file.Path f : files.toList()) {
          java.nio.file.Files.delete(f);
        }
      }
      java.nio.file.Files.delete(dir);
    }
  }

  private static String bin(long difference, int months) {
    return WinnersAndLosers.BINS.get(WinnersAndLosersAccess.bin(difference, months));
  }

  @Test
  void theHistogramChartShowsTheTable() {
    List<WinnersAndLosers> all = WinnersAndLosers.of(result);
    DefaultCategoryDataset ds = HtmlReport.histogramDataset(all);
    assertThat(ds.getRowCount()).isEqualTo(all.size());
    assertThat(ds.getColumnCount()).isEqualTo(WinnersAndLosers.BINS.size() - 1); // all but "unchanged"
    for (WinnersAndLosers w : all) {
      for (int k = 0; k < WinnersAndLosers.BINS.size(); k++) {
        if (k != 7) {
          assertThat(ds.getValue(w.scenarioId(), WinnersAndLosers.BINS.get(k)).longValue()).isEqualTo(w.histogram().get(k));
        }
      }
    }
  }

  @Test
  void theSweepHasOnePointPerThresholdInEurosAndItsChartShowsItsTable() {
    ThresholdSweep sweep = ThresholdSweep.of(result).orElseThrow();
    assertThat(sweep.points()).extracting(ThresholdSweep.Point::scenarioId).containsExactly("S9-0", "S9-25", "S9-50");
    assertThat(sweep.points()).extracting(p -> p.threshold().intValue()).containsExactly(0, 25, 50);
    ScenarioOutcome s90 = result.scenarios().get(1);
    BenefitMetrics.Summary al = s90.metrics().get(Benefit.AL).summary(24);
    assertThat(sweep.points().get(0).indusNotRecovered()).isEqualTo(MetricTable.perYear(al.frozenIndus().negate(), 24));
    // a threshold of 0 freezes every AL regularisation: the cost is the indus not recovered less the rappels not paid,
    // beyond those the baseline leaves frozen too (time-barred after two years, CSS L553-1)
    BenefitMetrics.Summary base = result.scenarios().get(0).metrics().get(Benefit.AL).summary(24);
    assertThat(sweep.points().get(0).netCost()).isEqualByComparingTo(MetricTable.perYear(al.frozenIndus().negate()
        .subtract(al.frozenRappels()).subtract(base.frozenIndus().negate().subtract(base.frozenRappels())), 24));
    XYSeriesCollection c = HtmlReport.sweepDataset(sweep);
    assertThat(c.getSeriesCount()).isEqualTo(3);
    for (int i = 0; i < sweep.points().size(); i++) {
      ThresholdSweep.Point p = sweep.points().get(i);
      assertThat(c.getSeries(0).getX(i).doubleValue()).isEqualTo(p.threshold().doubleValue());
      assertThat(c.getSeries(0).getY(i).doubleValue()).isEqualTo(p.indusNotRecovered().movePointLeft(6).doubleValue());
      assertThat(c.getSeries(1).getY(i).doubleValue()).isEqualTo(p.rappelsNotPaid().movePointLeft(6).doubleValue());
      assertThat(c.getSeries(2).getY(i).doubleValue()).isEqualTo(p.netCost().movePointLeft(6).doubleValue());
    }
  }

  @Test
  void summaryJsonsNationalAmountsAreTheWeightsTimesTheSampleSums() {
    JsonNode json = SummaryJson.of(result);
    NationalWeights w = NationalWeights.of(result);
    for (int s = 0; s < result.scenarios().size(); s++) {
      ScenarioOutcome o = result.scenarios().get(s);
      for (Benefit b : o.benefits()) {
        BenefitMetrics.Summary m = o.metrics().get(b).summary(24);
        JsonNode n = json.get("scenarios").get(s).get("benefits").get(b.name());
        BigDecimal exact = m.netPaid().multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(24))
            .multiply(w.weight(b).orElseThrow());
        assertThat(n.get("national").get("receivedEuros").decimalValue())
            .isCloseTo(exact, org.assertj.core.data.Offset.offset(new BigDecimal("0.01")));
        // the years add up to the run (two whole years: the mean of the yearly amounts is the amount per year)
        BigDecimal years = n.get("years").get("2024").get("receivedEuros").decimalValue()
            .add(n.get("years").get("2025").get("receivedEuros").decimalValue());
        assertThat(years).isEqualByComparingTo(m.netPaid());
      }
      if (s > 0) {
        JsonNode wl = json.get("scenarios").get(s).get("winnersAndLosers");
        assertThat(wl.get("winners").asLong() + wl.get("losers").asLong() + wl.get("unchanged").asLong()).isEqualTo(300);
      }
    }
    assertThat(json.get("national").get("weights").get("AL").decimalValue()).isEqualTo(w.weight(Benefit.AL).orElseThrow());
  }

  /** An unattributed regularisation (none with the built-in rules) is flagged: "!!" on the terminal, red in the report. */
  @Test
  void anUnattributedAmountIsFlagged(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.math.BigInteger[] c = new java.math.BigInteger[BenefitMetrics.COUNTERS.size()];
    java.util.Arrays.fill(c, java.math.BigInteger.ZERO);
    c[BenefitMetrics.COUNTERS.indexOf("households")] = java.math.BigInteger.ONE;
    c[BenefitMetrics.COUNTERS.indexOf("indus_unattributed")] = java.math.BigInteger.valueOf(-25 * Fixed.EURO);
    BenefitMetrics flawed = BenefitMetrics.ofCounters(c);
    ScenarioOutcome base = result.baseline();
    Map<Benefit, BenefitMetrics> metrics = new EnumMap<>(base.metrics());
    metrics.put(Benefit.AL, flawed);
    ScenarioOutcome o = new ScenarioOutcome(base.scenario(), base.benefits(), metrics, base.net(), base.paid(),
        base.byType(), base.byBand(), base.errors(), base.millis());
    ComparisonResult r = new ComparisonResult(result.population(), SPAN, List.of(o), result.types(), result.bands(),
        result.householdIds(), result.size(), result.excluded(), result.refused(), result.profiles());
    List<MetricTable.Row> rows = MetricTable.rows(r, Benefit.AL);
    assertThat(rows).filteredOn(MetricTable.Row::alarm).extracting(MetricTable.Row::label)
        .containsExactly("indus: UNATTRIBUTED (M€/yr)");
    assertThat(MetricTable.rows(result, Benefit.AL)).noneMatch(MetricTable.Row::alarm);
    assertThat(MetricTable.text(r, Benefit.AL)).contains("!! indus: UNATTRIBUTED (M€/yr)");
    java.nio.file.Path html = dir.resolve("report.html");
    HtmlReport.write(r, "t", html);
    assertThat(java.nio.file.Files.readString(html)).contains("<tr class=\"alarm\"><td>indus: UNATTRIBUTED (M€/yr) (defect)");
  }

  /** The sensitivity table in the report: the calibrated order, then each variant's where it differs ("=" else). */
  @Test
  void theSensitivityTableShowsTheOrdersThatChange(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    Map<fr.benefitcalc.lab.compare.Sensitivity.Measure, List<Double>> values = new EnumMap<>(
        fr.benefitcalc.lab.compare.Sensitivity.Measure.class);
    Map<fr.benefitcalc.lab.compare.Sensitivity.Measure, List<String>> same = new EnumMap<>(
        fr.benefitcalc.lab.compare.Sensitivity.Measure.class);
    Map<fr.benefitcalc.lab.compare.Sensitivity.Measure, List<String>> swapped = new EnumMap<>(
        fr.benefitcalc.lab.compare.Sensitivity.Measure.class);
    for (fr.benefitcalc.lab.compare.Sensitivity.Measure m : fr.benefitcalc.lab.compare.Sensitivity.Measure.values()) {
      values.put(m, List.of(1.0, 2.0));
      same.put(m, List.of("S1", "S2"));
      swapped.put(m, m == fr.benefitcalc.lab.compare.Sensitivity.Measure.INDUS ? List.of("S2", "S1") : List.of("S1", "S2"));
    }
    var base = new fr.benefitcalc.lab.compare.Sensitivity.Ranking(values, same);
    Map<fr.benefitcalc.lab.compare.Sensitivity.Measure, List<Double>> moved = new EnumMap<>(values);
    moved.put(fr.benefitcalc.lab.compare.Sensitivity.Measure.INDUS, List.of(2.5, 1.5)); // S1 +150 %, S2 −25 %
    moved.put(fr.benefitcalc.lab.compare.Sensitivity.Measure.RAPPELS, List.of(0.7, 2.2)); // S1 −30 %, S2 +10 %
    var s = new fr.benefitcalc.lab.compare.Sensitivity(200, 1, List.of("S1", "S2"), base,
        List.of(new fr.benefitcalc.lab.compare.Sensitivity.Variant("declaration errors", "0.1", 0.5,
            new fr.benefitcalc.lab.compare.Sensitivity.Ranking(moved, swapped))));
    HtmlReport.Table t = HtmlReport.sensitivity(s);
    assertThat(t.rows()).hasSize(2);
    assertThat(t.rows().get(0)).containsExactly("calibrated values", "", "S1 S2", "S1 S2", "S1 S2", "S1 S2", "", "", "",
        "");
    // the largest change of a value in absolute value, signed (S1's −30 % for the rappels, not S2's +10 %)
    assertThat(t.rows().get(1)).containsExactly("declaration errors × 0.5", "0.1", "=", "S2 S1", "=", "=", "+0.0",
        "+150.0", "-30.0", "+0.0");
    java.nio.file.Path html = dir.resolve("report.html");
    HtmlReport.write(result, "t", html, java.util.Optional.of(t));
    assertThat(java.nio.file.Files.readString(html)).contains("Sensitivity of the scenarios' ranking")
        .contains("<td>declaration errors × 0.5</td><td>0.1</td><td>=</td><td>S2 S1</td>");
  }

  @Test
  void theTerminalSummaryIsNarrowAndShowsTheReopenedMonths() {
    String text = ComparisonSummary.text(result);
    assertThat(text).contains("months of right reopened").doesNotContain("households whose amount changed")
        .doesNotContain("per correction").doesNotContain("lag window");
    assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(MetricTable.WIDTH));
  }
}
