package fr.benefitcalc.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.population.PopulationFile;
import fr.benefitcalc.lab.population.SyntheticPopulation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare --population FILE} and {@code compare --scenario-file FILE}. */
class CompareFileOptionsTest {
  private static final String EXAMPLE = Path.of("..", "examples", "scenarios", "my-reform.yaml").toString();

  @TempDir
  Path dir;

  private record Run(int status, String out, String err) {}

  private static Run compare(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("compare"));
    Collections.addAll(all, args);
    int status = BenefitCalc.run(StandardCatalog.create(), new PrintWriter(out), new PrintWriter(err), all.toArray(new String[0]));
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void theScenariosOfAFileJoinTheList() {
    Run r = compare("--scenario-file", EXAMPLE, "--list");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("S1  current").contains("R1  al-n1-half-yearly-capped").contains("R2  rsa-700-m4-m2");
  }

  @Test
  void anInvalidScenarioFileIsNamedWithItsFieldAndNothingRuns() throws Exception {
    Path f = Files.writeString(dir.resolve("bad.yaml"), "scenarios:\n  - id: R9\n    name: r9\n    AL: {period: M-2..M-13}\n...\n");
    Run r = compare("--scenario-file", f.toString(), "--list");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("scenarios[0].AL.period: 'M-2..M-13' ends before it starts");
  }

  @Test
  void aPopulationFileRunsItsValidHouseholdsAndReportsItsInvalidRows() throws Exception {
    Path csv = dir.resolve("population.csv");
    PopulationFile.writeCsv(SyntheticPopulation.generate(4, 3, YearMonth.of(2022, 1), YearMonth.of(2024, 6)), csv);
    Run ok = compare("--population", csv.toString(), "--scenario-file", EXAMPLE, "--scenarios", "S1,R1,R2",
        "--from", "2024-01", "--to", "2024-06", "--threads", "1", "--out", dir.resolve("ok").toString());
    assertThat(ok.status()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("file population.csv: 4 households").contains("R2     rsa-700-m4-m2")
        .contains("4 households x 6 months x 3 scenarios");
    assertThat(dir.resolve("ok").resolve("report.html")).exists();

    List<String> lines = new ArrayList<>(Files.readAllLines(csv));
    int columns = lines.get(0).split(",", -1).length;
    lines.add("bad,a,2024-13" + ",".repeat(columns - 3));
    Path withBadRow = Files.write(dir.resolve("with-bad-row.csv"), lines);
    Run bad = compare("--population", withBadRow.toString(), "--scenarios", "S1,S2", "--from", "2024-01", "--to", "2024-06",
        "--threads", "1", "--out", dir.resolve("bad").toString());
    assertThat(bad.status()).isEqualTo(1);
    assertThat(bad.err()).contains("with-bad-row.csv: row " + lines.size()
        + " (household bad): month: '2024-13' is not a month (YYYY-MM) nor \"other\"");
    assertThat(bad.err()).contains("household bad: not loaded");
    assertThat(bad.out()).contains("4 households x 6 months x 2 scenarios");
  }

  @Test
  void anUnreadablePopulationFileRunsNothing() throws Exception {
    Path f = Files.writeString(dir.resolve("p.csv"), "household,person\nh,a\n");
    Run r = compare("--population", f.toString(), "--out", dir.resolve("x").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("are not columns of a population file");
  }

  @Test
  void badOptionsAreNamedWithTheirValueAndExitTwo() {
    Run none = compare("--households", "0", "--out", dir.toString());
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("--households 0");
    Run month = compare("--from", "2024-13", "--out", dir.toString());
    assertThat(month.status()).isEqualTo(2);
    assertThat(month.err()).contains("2024-13");
    Run scenario = compare("--scenarios", "S42", "--out", dir.toString());
    assertThat(scenario.status()).isEqualTo(2);
    assertThat(scenario.err()).contains("S42");
  }

  @Test
  void aSmallComparisonWritesItsThreeFiles() {
    Run r = compare("--households", "40", "--scenarios", "S1,S2", "--explained-sample", "5", "--out", dir.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("S1     current").contains("months of right reopened");
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100));
    assertThat(dir.resolve("report.html")).exists().content().contains("<img").contains("Winners and losers");
    assertThat(dir.resolve("households.csv")).exists().content().contains("household,type,income_band,adults,children,zone,housing,income_per_unit,income_decile,activity,scenario");
    assertThat(dir.resolve("summary.txt")).exists().content()
        .contains("Timeline: AL paid on day 5 of the next month, revaluations on-date");
  }

  @Test
  void sensitivityPrintsItsTableThenComparesAndTheReportShowsIt() {
    Run r = compare("--sensitivity", "--households", "20", "--scenarios", "S1,S2", "--explained-sample", "0", "--out",
        dir.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("Sensitivity of the scenarios' ranking").contains("months of right reopened");
    assertThat(dir.resolve("report.html")).content().contains("<h3>Sensitivity of the scenarios' ranking</h3>")
        .doesNotContain("Not computed in this run");
  }

  @Test
  void sweepRunsTheThresholdsAndTheReportDrawsThem() {
    Run r = compare("--sweep", "--households", "20", "--explained-sample", "0", "--out", dir.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("S9-0").contains("S9-500").contains("S9-never");
    assertThat(dir.resolve("report.html")).content().contains("AL threshold → amounts not regularised and net cost");
  }
}
