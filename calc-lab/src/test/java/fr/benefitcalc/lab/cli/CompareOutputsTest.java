package fr.benefitcalc.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.population.PopulationFile;
import fr.benefitcalc.lab.population.SyntheticPopulation;
import fr.benefitcalc.lab.report.OutputFolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #14: refused households out of every total, {@code --strict}, atomic outputs with a manifest, {@code --out} first. */
class CompareOutputsTest {
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

  /** A population file of 3 generated households plus a couple whose partner's salary is refused. */
  private Path populationWithARefusedCouple() throws Exception {
    Path csv = dir.resolve("population.csv");
    PopulationFile.writeCsv(SyntheticPopulation.generate(3, 5, YearMonth.of(2022, 1), YearMonth.of(2024, 6)), csv);
    List<String> lines = new ArrayList<>(Files.readAllLines(csv));
    List<String> header = List.of(lines.get(0).split(",", -1));
    String[] a = new String[header.size()];
    String[] b = new String[header.size()];
    java.util.Arrays.fill(a, "");
    java.util.Arrays.fill(b, "");
    for (String[] row : List.of(a, b)) {
      row[header.indexOf("household_id")] = "couple";
      row[header.indexOf("month")] = "other";
      row[header.indexOf("role")] = "adult";
      row[header.indexOf("couple")] = "true";
    }
    a[header.indexOf("person_id")] = "a";
    a[header.indexOf("birth_date")] = "1985-01-01";
    a[header.indexOf("housing_status")] = "tenant";
    a[header.indexOf("rent")] = "600";
    a[header.indexOf("zone")] = "2";
    a[header.indexOf("salary_net")] = "1200";
    b[header.indexOf("person_id")] = "b";
    b[header.indexOf("birth_date")] = "1986-01-01";
    b[header.indexOf("salary_net")] = "\"1 450\"";
    lines.add(String.join(",", a));
    lines.add(String.join(",", b));
    return Files.write(dir.resolve("with-couple.csv"), lines);
  }

  /**
   * Issue #14, failures 2 and 3: a refused household, and a household in error, appear in households.csv with a
   * status and a reason and no amount, are listed in the summary and on the terminal, and the totals say how many
   * households they cover; the totals equal the sum of the computed rows of households.csv to the cent.
   */
  @Test
  void refusedHouseholdsAreListedWithAStatusAndInNoTotal() throws Exception {
    Path out = dir.resolve("out");
    Run r = compare("--population", populationWithARefusedCouple().toString(), "--scenarios", "S1,S2", "--from", "2024-01",
        "--to", "2024-06", "--threads", "1", "--out", out.toString());
    assertThat(r.status()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).contains("Totals cover 3 of 4 households: 1 excluded (1 refused in the input, 0 in error")
        .contains("Households excluded from every total:")
        .contains("couple: refused: ").contains("salary_net: '1 450' is not a number");
    assertThat(out.resolve("summary.txt")).content().contains("Totals cover 3 of 4 households")
        .contains("couple: refused: ");
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(Files.newBufferedReader(out.resolve("households.csv")))
        .getRecords();
    List<CSVRecord> couple = rows.stream().filter(x -> x.get("household").equals("couple")).toList();
    assertThat(couple).hasSize(2).allSatisfy(x -> {
      assertThat(x.get("status")).isEqualTo("refused");
      assertThat(x.get("reason")).contains("salary_net: '1 450'");
      assertThat(x.get("al_net")).isEmpty();
      assertThat(x.get("rsa_net")).isEmpty();
      assertThat(x.get("net_difference_with_baseline")).isEmpty();
    });
    // the totals printed equal the sum of the computed rows, to the cent
    BigDecimal rsa = rows.stream().filter(x -> x.get("scenario").equals("current") && x.get("status").equals("computed"))
        .map(x -> new BigDecimal(x.get("rsa_net"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(rsa.signum()).isPositive();
    assertThat(r.out()).contains(rsa.movePointLeft(6).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
  }

  /**
   * Issue #14, the national-scale check: summary.json's exact totals equal the sums of households.csv's computed rows
   * (check-totals, exit 0), and a single cent changed in households.csv is found (exit 1).
   */
  @Test
  void checkTotalsFindsTheExactTotalsOfSummaryJsonInHouseholdsCsv() throws Exception {
    Path out = dir.resolve("out");
    Run r = compare("--population", populationWithARefusedCouple().toString(), "--scenarios", "S1,S2", "--from", "2024-01",
        "--to", "2024-06", "--threads", "1", "--out", out.toString());
    assertThat(r.status()).as(r.err()).isEqualTo(1);
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("coverage").toString()).isEqualTo("{\"households\":4,\"covered\":3,\"refused\":1,\"inError\":0}");
    String rsa = summary.get("scenarios").get(0).get("benefits").get("RSA").get("totals").get("received").asText();
    assertThat(rsa).matches("-?[0-9]+\\.[0-9]{2,9}");
    Run ok = check(out);
    assertThat(ok.status()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).contains("S1 RSA received: summary.json " + rsa + ", households.csv " + rsa + ": equal")
        .contains("S2 households computed: summary.json 3, households.csv 3: equal");

    Path csv = out.resolve("households.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(csv));
    List<String> header = List.of(lines.get(0).split(",", -1));
    int column = header.indexOf("al_paid");
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      if (cells.length == header.size() && "computed".equals(cells[header.indexOf("status")]) && !cells[column].isEmpty()) {
        cells[column] = new BigDecimal(cells[column]).add(new BigDecimal("0.01")).toPlainString();
        lines.set(i, String.join(",", cells));
        break;
      }
    }
    Files.write(csv, lines);
    Run changed = check(out);
    assertThat(changed.status()).isEqualTo(1);
    assertThat(changed.out()).contains("AL paid: summary.json").contains("DIFFERENT by -0.01")
        .contains("some totals differ");
  }

  private static Run check(Path dir) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = BenefitCalc.run(StandardCatalog.create(), new PrintWriter(out), new PrintWriter(err), "check-totals",
        dir.toString());
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void strictFailsBeforeComputingWhenAHouseholdIsRefused() throws Exception {
    Path out = dir.resolve("strict");
    Run r = compare("--population", populationWithARefusedCouple().toString(), "--strict", "--scenarios", "S1",
        "--from", "2024-01", "--to", "2024-06", "--out", out.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("--strict: 2 problem(s)").contains("1 household(s) refused; nothing computed")
        .doesNotContain("households\n");
    assertThat(out).doesNotExist();
    assertThat(r.out()).isEmpty();
  }

  /** Issue #14, failure 6: --out is checked before the computation, with a message saying what is wrong. */
  @Test
  void anUnusableOutputFolderIsRefusedBeforeComputing() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Run r = compare("--households", "100000000", "--out", file.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--out " + file + ": exists and is not a folder").doesNotContain("households:");
    Path foreign = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(foreign.resolve("thesis.tex"), "precious");
    Run f = compare("--households", "100000000", "--out", foreign.toString());
    assertThat(f.status()).isEqualTo(2);
    assertThat(f.err()).contains("holds files that are not the output of a run (thesis.tex)");
    assertThat(foreign.resolve("thesis.tex")).hasContent("precious");
  }

  /** Issue #14, failure 6: a run writes a new folder with a manifest, renamed into place; nothing of the old one stays. */
  @Test
  void aRunReplacesTheWholeOutputFolderWithAManifest() throws Exception {
    Path out = dir.resolve("out");
    Run first = compare("--households", "30", "--scenarios", "S1,S2", "--seed", "3", "--out", out.toString());
    assertThat(first.status()).as(first.err()).isZero();
    JsonNode m = new ObjectMapper().readTree(out.resolve(OutputFolder.MANIFEST).toFile());
    assertThat(m.get("tool").asText()).isEqualTo("benefit-calc compare");
    assertThat(m.get("seed").asLong()).isEqualTo(3);
    assertThat(m.get("scenarios").toString()).isEqualTo("[\"S1\",\"S2\"]");
    assertThat(m.get("files").get("households.csv").get("sha256").asText())
        .isEqualTo(OutputFolder.sha256(out.resolve("households.csv")));
    Files.writeString(out.resolve("summary.json"), "{}"); // as if written by a run of another version
    Run second = compare("--households", "20", "--scenarios", "S1", "--seed", "4", "--out", out.toString());
    assertThat(second.status()).as(second.err()).isZero();
    // replaced by this run's summary
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"scenarios\"").contains("seed 4");
    assertThat(new ObjectMapper().readTree(out.resolve(OutputFolder.MANIFEST).toFile()).get("seed").asLong()).isEqualTo(4);
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("out");
    }
  }

  /** A run killed (here: failing) before the end leaves the previous output whole, and no partial file in it. */
  @Test
  void anOutputNotCommittedLeavesThePreviousOneWhole() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("summary.txt"), "old summary");
    Files.writeString(out.resolve("households.csv"), "old csv");
    try (OutputFolder o = OutputFolder.prepare(out, Set.of("summary.txt", "households.csv"))) {
      Files.writeString(o.file("summary.txt"), "new summary");
      Files.writeString(o.file("households.csv"), "new csv, trunc");
      // killed here: no commit
    }
    assertThat(out.resolve("summary.txt")).hasContent("old summary");
    assertThat(out.resolve("households.csv")).hasContent("old csv");
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("out");
    }
  }
}
