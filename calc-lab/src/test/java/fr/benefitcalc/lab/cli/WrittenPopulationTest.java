package fr.benefitcalc.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.population.MonthsInFiles;
import fr.benefitcalc.lab.population.Population;
import fr.benefitcalc.lab.population.PopulationFile;
import fr.benefitcalc.lab.population.SyntheticPopulation;
import fr.benefitcalc.testkit.generators.TimelineCase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A synthetic population drawn for a comparison, written as a population file ({@link PopulationFile#writeCsv}) and
 * read back, is the same population: the same households with the same dated situations (births, separations,
 * moves, couples formed, each known on its date), the same errors held, in the files in the same months; so
 * {@code compare --population} on the file gives exactly what {@code compare} gives on the synthetic population —
 * households.csv byte for byte and every figure of summary.json. Dropping either the situations or the entries and
 * exits changes the figures, so the comparison sees each of them.
 */
class WrittenPopulationTest {
  private static final int HOUSEHOLDS = 60;
  private static final long SEED = 7;
  private static final YearMonth FROM = YearMonth.of(2024, 1);
  private static final YearMonth TO = YearMonth.of(2025, 12);

  @TempDir
  static Path dir;

  private static Population synthetic;
  private static Path file;
  private static Path syntheticRun;

  private record Run(int status, String out, String err) {}

  private static Run compare(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("compare", "--from", FROM.toString(), "--to", TO.toString(),
        "--threads", "2"));
    Collections.addAll(all, args);
    int status = BenefitCalc.run(StandardCatalog.create(), new PrintWriter(out), new PrintWriter(err),
        all.toArray(new String[0]));
    return new Run(status, out.toString(), err.toString());
  }

  @BeforeAll
  static void writeTheSyntheticPopulation() throws Exception {
    synthetic = SyntheticPopulation.forComparison(HOUSEHOLDS, SEED, FROM, TO);
    file = dir.resolve("synthetic.csv");
    PopulationFile.writeCsv(synthetic, file);
    syntheticRun = dir.resolve("synthetic");
    Run r = compare("--households", Integer.toString(HOUSEHOLDS), "--seed", Long.toString(SEED), "--out",
        syntheticRun.toString());
    assertThat(r.status()).as(r.err()).isZero();
  }

  /** The population has every kind of thing the file must carry, else the test could not fail for its loss. */
  @Test
  void theSyntheticPopulationHasEntriesExitsLateChangesAndErrorsOfBothOrigins() {
    int entries = 0;
    int exits = 0;
    int changes = 0;
    int learntLate = 0;
    Map<Cause.SituationKnown.Origin, Integer> errors = new HashMap<>();
    for (int i = 0; i < synthetic.size(); i++) {
      MonthsInFiles in = synthetic.inFiles(i);
      entries += in.first().isPresent() ? 1 : 0;
      exits += in.last().isPresent() ? 1 : 0;
      TimelineCase c = synthetic.timelineCase(i);
      changes += c.changes().size();
      for (Map.Entry<YearMonth, TimelineCase.Learnt> e : c.learnt().entrySet()) {
        learntLate += e.getValue().knownOn().isAfter(e.getKey().plusMonths(1).atDay(1)) ? 1 : 0;
      }
      c.errors().forEach(e -> errors.merge(e.origin(), 1, Integer::sum));
    }
    assertThat(entries).isGreaterThan(3);
    assertThat(exits).isGreaterThan(3);
    assertThat(changes).isGreaterThan(5);
    assertThat(learntLate).isGreaterThan(0);
    assertThat(errors.getOrDefault(Cause.SituationKnown.Origin.PROCESSING, 0)).isGreaterThan(3);
    assertThat(errors.getOrDefault(Cause.SituationKnown.Origin.CONTROL, 0)).isGreaterThan(0);
  }

  @Test
  void readingTheFileGivesTheSameHouseholdsSituationsErrorsAndMonthsInTheFiles() {
    PopulationFile.Result read = PopulationFile.read(file);
    assertThat(read.problems()).isEmpty();
    Population back = read.population();
    assertThat(back.size()).isEqualTo(HOUSEHOLDS);
    MonthRange span = MonthRange.of(FROM, TO);
    for (int i = 0; i < HOUSEHOLDS; i++) {
      TimelineCase expected = synthetic.timelineCase(i);
      TimelineCase actual = back.timelineCase(i);
      String id = expected.id();
      assertThat(actual.initial()).as(id).isEqualTo(expected.initial());
      assertThat(actual.changes()).as(id).isEqualTo(expected.changes());
      assertThat(actual.learnt()).as(id).isEqualTo(expected.learnt());
      assertThat(actual.errors()).as(id).isEqualTo(expected.errors());
      assertThat(back.inFiles(i)).as(id).isEqualTo(synthetic.inFiles(i));
      assertThat(back.presence(i, span)).as(id).isEqualTo(synthetic.presence(i, span));
    }
  }

  @Test
  void compareOnTheWrittenFileGivesTheSameHouseholdsAndFigures() throws Exception {
    Path fromFile = dir.resolve("from-file");
    Run r = compare("--population", file.toString(), "--out", fromFile.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.readString(fromFile.resolve("households.csv")))
        .isEqualTo(Files.readString(syntheticRun.resolve("households.csv")));
    assertThat(scenarios(fromFile)).isEqualTo(scenarios(syntheticRun));
  }

  /** Without its situations, or without its entries and exits, the file gives other figures: the test sees both. */
  @Test
  void aFileWithoutTheSituationsOrWithoutTheEntriesAndExitsGivesOtherFigures() throws Exception {
    List<Household> initial = new ArrayList<>();
    Map<String, MonthsInFiles> inFiles = new HashMap<>();
    Map<String, TimelineCase> dated = new HashMap<>();
    for (int i = 0; i < synthetic.size(); i++) {
      TimelineCase c = synthetic.timelineCase(i);
      initial.add(c.initial());
      inFiles.put(c.id(), synthetic.inFiles(i));
      dated.put(c.id(), c);
    }
    for (Population lossy : List.of(
        new Population("without situations", initial, synthetic.firstMonth(), synthetic.lastMonth(), inFiles, Map.of()),
        new Population("without entries", initial, synthetic.firstMonth(), synthetic.lastMonth(), Map.of(), dated))) {
      Path csv = dir.resolve(lossy.description().replace(' ', '-') + ".csv");
      PopulationFile.writeCsv(lossy, csv);
      Path out = dir.resolve(lossy.description().replace(' ', '-'));
      Run r = compare("--population", csv.toString(), "--out", out.toString());
      assertThat(r.status()).as(r.err()).isZero();
      assertThat(Files.readString(out.resolve("households.csv"))).as(lossy.description())
          .isNotEqualTo(Files.readString(syntheticRun.resolve("households.csv")));
      assertThat(scenarios(out)).as(lossy.description()).isNotEqualTo(scenarios(syntheticRun));
    }
  }

  /** {@code compare --write-population} writes the same file as the API, and the run's figures are those of the synthetic run. */
  @Test
  void compareWritePopulationWritesTheFileThatReproducesTheRun() throws Exception {
    Path written = dir.resolve("written-by-compare.csv");
    Path out = dir.resolve("with-write");
    Run r = compare("--households", Integer.toString(HOUSEHOLDS), "--seed", Long.toString(SEED), "--write-population",
        written.toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).contains("compare: wrote the synthetic population to " + written);
    assertThat(Files.readString(written)).isEqualTo(Files.readString(file));
    assertThat(Files.readString(out.resolve("households.csv")))
        .isEqualTo(Files.readString(syntheticRun.resolve("households.csv")));
  }

  @Test
  void compareWritePopulationIsRefusedWithAPopulationFileOrANameThatIsNotCsv() {
    Run withFile = compare("--population", file.toString(), "--write-population", dir.resolve("x.csv").toString(),
        "--out", dir.resolve("refused-1").toString());
    assertThat(withFile.status()).isEqualTo(2);
    assertThat(withFile.err()).contains("--write-population writes the synthetic population: it cannot be used with"
        + " --population");
    Run parquet = compare("--households", "5", "--write-population", dir.resolve("x.parquet").toString(), "--out",
        dir.resolve("refused-2").toString());
    assertThat(parquet.status()).isEqualTo(2);
    assertThat(parquet.err()).contains("is not a .csv file");
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }

  /** Every figure of summary.json, by scenario. */
  private static JsonNode scenarios(Path out) throws Exception {
    return new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("scenarios");
  }
}
