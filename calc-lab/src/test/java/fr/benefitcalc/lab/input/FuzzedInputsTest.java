package fr.benefitcalc.lab.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.lab.cases.CaseEntry;
import fr.benefitcalc.lab.cases.CaseReader;
import fr.benefitcalc.lab.cases.Plausibility;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.cli.BenefitCalc;
import fr.benefitcalc.lab.population.PopulationFile;
import fr.benefitcalc.lab.scenario.ScenarioFile;
import fr.benefitcalc.lab.timeline.TimelineFileReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #14: the inputs of every text format mutated as a data feed would damage them (bytes flipped, inserted,
 * deleted, lines cut, numbers made negative, huge or not numbers, documents doubled), driven by QuickTheories on a
 * fixed seed and a small budget (CI). For every mutated input: no exception escapes but the readers' declared
 * refusals (the command line prints no stack trace and exits 0, 1 or 2); whatever is accepted is plausible (the
 * invalid classes of the issue are never accepted silently); the valid, untouched inputs of the batch are read
 * exactly as before.
 */
class FuzzedInputsTest {
  private static final Catalog CATALOG = StandardCatalog.create();
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final int EXAMPLES_PER_FORMAT = Integer.getInteger("fuzz.examples", 60);
  private static final String[] TOKENS = {"-", "9", "0", "\"", "{", "}", "[", "]", ",", ":", "e", " ", "\n", "NaN",
      "-1e9", "770000000", "1e400", "\u00e9", "\uFEFF", "\t", "---\n", "null", "2030-01-01", ";", "\r"};

  @TempDir
  Path dir;

  /** A mutation of {@code text} inside {@code [from, to)}, drawn from {@code seed}. */
  static String mutate(String text, int from, int to, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder(text);
    int count = 1 + r.nextInt(3);
    for (int k = 0; k < count; k++) {
      int span = Math.max(1, Math.min(to, b.length()) - from);
      int at = from + r.nextInt(span);
      switch (r.nextInt(7)) {
        case 0 -> b.deleteCharAt(Math.min(at, b.length() - 1));
        case 1 -> b.insert(at, TOKENS[r.nextInt(TOKENS.length)]);
        case 2 -> b.replace(at, Math.min(b.length(), at + 1 + r.nextInt(4)), TOKENS[r.nextInt(TOKENS.length)]);
        case 3 -> { // a number of the span made negative, huge or not a number
          int d = indexOfDigit(b, at, Math.min(to, b.length()));
          if (d >= 0) {
            b.insert(d, new String[] {"-", "9999999", "1e12", "0.", "NaN"}[r.nextInt(5)]);
          }
        }
        case 4 -> b.setLength(Math.max(0, Math.min(b.length(), at))); // truncated, as by a killed writer
        case 5 -> b.append(b, 0, Math.min(b.length(), 1 + r.nextInt(Math.max(1, b.length())))); // trailing document
        default -> b.insert(at, b.substring(at, Math.min(b.length(), at + r.nextInt(20))));
      }
    }
    return b.toString();
  }

  private static int indexOfDigit(CharSequence s, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (Character.isDigit(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** What a command line run printed; never a stack trace. */
  private static void runsWithoutStackTrace(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = BenefitCalc.run(CATALOG, new PrintWriter(out), new PrintWriter(err), args);
    assertThat(status).as(err.toString()).isBetween(0, 2);
    assertThat(err.toString()).doesNotContain("\tat ").doesNotContain("Exception in");
  }

  /** A loaded household breaks none of the plausibility rules. */
  private static void plausible(Household h) {
    assertThat(h.persons().size()).isLessThanOrEqualTo(Plausibility.MAX_PERSONS);
    ResourceHistory r = h.resources();
    for (ResourceHistory.Value v : r.values()) {
      long max = v.category().isAnnual() ? Plausibility.MAX_ANNUAL : Plausibility.MAX_MONTHLY;
      assertThat(Math.abs(v.amount())).as("%s %s", h.id(), v).isLessThanOrEqualTo(max);
      if (!Plausibility.MAY_BE_NEGATIVE.contains(v.category())) {
        assertThat(v.amount()).as("%s %s", h.id(), v).isNotNegative();
      }
    }
    for (int p = 0; p < h.persons().size(); p++) {
      for (var c : fr.benefitcalc.core.resources.IncomeCategory.values()) {
        long v = r.constant(p, c);
        assertThat(Math.abs(v)).isLessThanOrEqualTo(c.isAnnual() ? Plausibility.MAX_ANNUAL : Plausibility.MAX_MONTHLY);
        if (!Plausibility.MAY_BE_NEGATIVE.contains(c)) {
          assertThat(v).as("%s %s", h.id(), c).isNotNegative();
        }
      }
    }
    h.housing().ifPresent(x -> assertThat(x.rent().hasNegative()).isFalse());
  }

  @Test
  void mutatedCaseFiles() throws Exception {
    String text = Files.readString(EXAMPLES.resolve("cases").resolve("al-rsa-pa-2025.json"));
    List<CaseEntry> original = CaseReader.read(EXAMPLES.resolve("cases").resolve("al-rsa-pa-2025.json"));
    // the text of each case: from its "id" to the next case's
    List<Integer> starts = new ArrayList<>();
    String caseId = "\n      \"id\""; // a case's id (the persons' ids are indented further)
    for (int i = text.indexOf(caseId); i >= 0; i = text.indexOf(caseId, i + 1)) {
      starts.add(i);
    }
    assertThat(starts).hasSize(original.size());
    Path file = dir.resolve("cases.json");
    qt().withFixedSeed(14L).withExamples(EXAMPLES_PER_FORMAT).forAll(longs().all()).checkAssert(seed -> {
      int k = (int) Math.floorMod(seed, (long) starts.size());
      int from = starts.get(k) + 5;
      int to = k + 1 < starts.size() ? starts.get(k + 1) - 20 : text.length() - 10;
      String mutated = mutate(text, from, to, seed);
      try {
        Files.writeString(file, mutated, StandardCharsets.UTF_8);
        List<CaseEntry> read = CaseReader.read(file);
        for (CaseEntry e : read) {
          e.value().ifPresent(c -> plausible(c.household()));
        }
        // the cases before the mutated one are read as before
        for (int i = 0; i < k && i < read.size(); i++) {
          assertThat(read.get(i)).as("case %d untouched", i).isEqualTo(original.get(i));
        }
      } catch (CaseReader.UnreadableFileException refused) {
        assertThat(refused.getMessage()).startsWith(file.toString());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      runsWithoutStackTrace("evaluate", file.toString());
    });
  }

  @Test
  void mutatedTimelineFiles() throws Exception {
    Path source = EXAMPLES.resolve("timeline").resolve("report-n1-yearly.json");
    String text = Files.readString(source);
    Path file = dir.resolve("timeline.json");
    qt().withFixedSeed(15L).withExamples(EXAMPLES_PER_FORMAT).forAll(longs().all()).checkAssert(seed -> {
      String mutated = mutate(text, 0, text.length(), seed);
      try {
        Files.writeString(file, mutated, StandardCharsets.UTF_8);
        var t = TimelineFileReader.read(file, CATALOG);
        plausible(t.household());
      } catch (CaseReader.UnreadableFileException | InvalidInputException refused) {
        assertThat(refused.getMessage()).isNotBlank();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      runsWithoutStackTrace("timeline", file.toString());
    });
  }

  @Test
  void mutatedScenarioFiles() throws Exception {
    String text = Files.readString(EXAMPLES.resolve("scenarios").resolve("my-reform.yaml"));
    Path file = dir.resolve("scenarios.yaml");
    qt().withFixedSeed(16L).withExamples(EXAMPLES_PER_FORMAT).forAll(longs().all()).checkAssert(seed -> {
      String mutated = mutate(text, text.indexOf("scenarios:"), text.length(), seed);
      try {
        Files.writeString(file, mutated, StandardCharsets.UTF_8);
        var scenarios = ScenarioFile.read(file, CATALOG);
        assertThat(mutated).as("a file without its final line break is never accepted").endsWith("\n");
        assertThat(mutated.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .reduce((a, b) -> b).orElse("")).as("a file without its end marker is never accepted").startsWith("...");
        assertThat(scenarios).isNotEmpty();
      } catch (ScenarioFile.UnreadableFileException | InvalidInputException refused) {
        assertThat(refused.getMessage()).isNotBlank();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      runsWithoutStackTrace("compare", "--scenario-file", file.toString(), "--list");
    });
  }

  @Test
  void mutatedPopulationFiles() throws Exception {
    Path source = EXAMPLES.resolve("population").resolve("small.csv");
    String text = Files.readString(source);
    PopulationFile.Result original = PopulationFile.read(source);
    assertThat(original.problems()).isEmpty();
    Map<String, Household> byId = new HashMap<>();
    original.population().households().forEach(h -> byId.put(h.id(), h));
    List<String> lines = text.lines().toList();
    Path file = dir.resolve("population.csv");
    qt().withFixedSeed(17L).withExamples(EXAMPLES_PER_FORMAT / 2).forAll(longs().all()).checkAssert(seed -> {
      int line = 1 + (int) Math.floorMod(seed, (long) (lines.size() - 1));
      int from = 0;
      for (int i = 0; i < line; i++) {
        from += lines.get(i).length() + 1;
      }
      String household = lines.get(line).split(",", -1)[0];
      String mutated = mutate(text, from, from + lines.get(line).length(), seed);
      try {
        Files.writeString(file, mutated, StandardCharsets.UTF_8);
        PopulationFile.Result r = PopulationFile.read(file);
        for (Household h : r.population().households()) {
          plausible(h);
          if (!h.id().equals(household) && byId.containsKey(h.id()) && mutated.length() >= text.length() - 1
              && mutated.startsWith(text.substring(0, from))) {
            // another household, whose rows the mutation did not touch: read as before
            boolean touched = false;
            for (String l : mutated.substring(from).lines().toList()) {
              touched |= l.startsWith(h.id() + ",") && !lines.contains(l);
            }
            if (!touched) {
              assertThat(h).as("household %s untouched", h.id()).isEqualTo(byId.get(h.id()));
            }
          }
        }
      } catch (PopulationFile.UnreadableFileException refused) {
        assertThat(refused.getMessage()).contains(file.getFileName().toString());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /**
   * Parquet population files, on a small budget: a row's cells mutated as above and the file written as Parquet
   * (every column as text, or typed as DuckDB infers them), or a valid Parquet file's bytes damaged (truncated, bytes
   * overwritten). The reader refuses with a message naming the file or reads plausible households, and the
   * households whose rows were not touched are read as before.
   */
  @Test
  void mutatedParquetPopulationFiles() throws Exception {
    Path source = EXAMPLES.resolve("population").resolve("small.csv");
    String text = Files.readString(source);
    Map<String, Household> byId = new HashMap<>();
    PopulationFile.read(source).population().households().forEach(h -> byId.put(h.id(), h));
    List<String> lines = text.lines().toList();
    Path csv = dir.resolve("mutated.csv");
    Path valid = dir.resolve("valid.parquet");
    toParquet(source, valid, true);
    assertThat(PopulationFile.read(valid).population().households()).containsExactlyElementsOf(
        PopulationFile.read(source).population().households());
    byte[] validBytes = Files.readAllBytes(valid);
    Path file = dir.resolve("population.parquet");
    qt().withFixedSeed(18L).withExamples(Math.max(4, EXAMPLES_PER_FORMAT / 3)).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      String household = ""; // the households whose rows were touched, '|'-separated, or "*" for any
      try {
        Files.deleteIfExists(file);
        if (r.nextInt(3) > 0) {
          int line = 1 + r.nextInt(lines.size() - 1);
          int from = 0;
          for (int i = 0; i < line; i++) {
            from += lines.get(i).length() + 1;
          }
          household = lines.get(line).split(",", -1)[0];
          String mutated = mutate(text, from, from + lines.get(line).length(), seed);
          if (mutated.length() < text.length() - 1 || !mutated.startsWith(text.substring(0, from))) {
            household = "*"; // cut or shifted: other households' rows may be touched too
          } else {
            for (String l : mutated.substring(from).lines().toList()) {
              if (!lines.contains(l)) {
                household = household + "|" + l.split(",", -1)[0]; // every household a changed line names
              }
            }
          }
          Files.writeString(csv, mutated, StandardCharsets.UTF_8);
          try {
            toParquet(csv, file, r.nextBoolean());
          } catch (java.sql.SQLException notCsv) {
            return; // DuckDB cannot read the mutated CSV: the CSV reader's case (mutatedPopulationFiles)
          }
        } else {
          byte[] bytes = validBytes.clone();
          if (r.nextBoolean()) {
            bytes = java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length)); // truncated, as by a killed writer
          } else {
            for (int k = 0; k < 1 + r.nextInt(4); k++) {
              bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
            }
          }
          household = "*"; // any household may be touched
          Files.write(file, bytes);
        }
        PopulationFile.Result read = PopulationFile.read(file);
        for (Household h : read.population().households()) {
          plausible(h);
          if (!household.equals("*") && !List.of(household.split("\\|", -1)).contains(h.id()) && byId.containsKey(h.id())) {
            assertThat(h).as("household %s untouched", h.id()).isEqualTo(byId.get(h.id()));
          }
        }
      } catch (PopulationFile.UnreadableFileException refused) {
        assertThat(refused.getMessage()).contains(file.getFileName().toString());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      runsWithoutStackTrace("compare", "--population", file.toString(), "--scenarios", "S1", "--from", "2024-06", "--to",
          "2024-07", "--threads", "1", "--out", dir.resolve("out").toString());
    });
  }

  /** A CSV population file written as Parquet by DuckDB: every column as text, or typed as DuckDB infers them. */
  private static void toParquet(Path csv, Path parquet, boolean asText) throws java.sql.SQLException {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement st = c.createStatement()) {
      st.execute("COPY (SELECT * FROM read_csv('" + csv + "', header = true" + (asText ? ", all_varchar = true" : "")
          + ")) TO '" + parquet + "' (FORMAT PARQUET)");
    }
  }
}
