package fr.benefitcalc.lab.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.benefitcalc.lab.cases.CaseEntry;
import fr.benefitcalc.lab.cases.CaseReader;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.population.PopulationFile;
import fr.benefitcalc.lab.scenario.ScenarioFile;
import fr.benefitcalc.lab.timeline.TimelineFileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #14, failures 4 (plausibility), 5 (framing) and 7 (messages that say where). */
class InputRobustnessTest {
  private static final Catalog CATALOG = StandardCatalog.create();
  private static final Path EXAMPLE_YAML = Path.of("..", "examples", "scenarios", "my-reform.yaml");
  private static final Path EXAMPLE_TIMELINE = Path.of("..", "examples", "timeline", "report-n1-yearly.json");

  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  private static String oneCase(String id, String persons, String extra) {
    return "{'id': '" + id + "', 'month': '2025-01', 'benefits': ['AL', 'RSA'], 'household': {'persons': [" + persons
        + "], 'housing': {'status': 'tenant', 'rent': " + extra + ", 'zone': 2}}}";
  }

  private static String adult(String id, String birth, String incomes) {
    return "{'id': '" + id + "', 'role': 'adult', 'birthDate': '" + birth + "', 'incomes': {" + incomes + "}}";
  }

  private List<CaseEntry> cases(String... cases) throws Exception {
    return CaseReader.read(write("cases.json", ("{'cases': [" + String.join(",", cases) + "]}").replace('\'', '"')));
  }

  // ------------------------------------------------------------------ 4. plausibility

  @Test
  void implausibleValuesAreRefusedWithTheFieldAndTheValue() throws Exception {
    StringBuilder children = new StringBuilder(adult("a", "1980-01-01", ""));
    for (int i = 0; i < 10_000; i++) {
      children.append(", {'id': 'c").append(i).append("', 'role': 'child', 'birthDate': '2015-01-01'}");
    }
    List<CaseEntry> e = cases(
        oneCase("negative", adult("a", "1980-01-01", "'salaryNet': -1000"), "450"),
        oneCase("huge", adult("a", "1980-01-01", "'salaryNet': 770000000"), "450"),
        oneCase("children", children.toString(), "450"),
        oneCase("unborn", adult("a", "1980-01-01", "") + "," + adult("b", "2030-01-01", ""), "450"),
        oneCase("rent", adult("a", "1980-01-01", ""), "{'2024-12': 450}"),
        oneCase("deficit", adult("a", "1980-01-01", "'selfEmployedAnnual': {'2023': -5000}"), "450"),
        oneCase("ok", adult("a", "1980-01-01", "'salaryNet': 1000"), "{'2025-01': 450}"));
    assertThat(e.get(0).error()).hasValueSatisfying(m -> assertThat(m).contains("household.persons[0].incomes.salaryNet")
        .contains("-1000").contains("is negative"));
    assertThat(e.get(1).error()).hasValueSatisfying(m -> assertThat(m).contains("salaryNet").contains("770000000")
        .contains("is not plausible: above 10000000 € a month"));
    assertThat(e.get(2).error()).hasValueSatisfying(m -> assertThat(m).contains("household.persons")
        .contains("10001 persons").contains("at most 30"));
    assertThat(e.get(3).error()).hasValueSatisfying(m -> assertThat(m).contains("household.persons[1].birthDate")
        .contains("2030-01-01").contains("after the months computed"));
    assertThat(e.get(4).error()).hasValueSatisfying(m -> assertThat(m).contains("household.housing.rent")
        .contains("gives no rent for 2025-01"));
    assertThat(e.get(5).value()).as("a self-employed deficit is allowed").isPresent();
    assertThat(e.get(6).value()).isPresent();
  }

  @Test
  void implausibleRowsOfAPopulationFileAreRefused() throws Exception {
    Path csv = write("p.csv", """
        household_id,person_id,month,role,birth_date,housing_status,rent,zone,salary_net
        neg,a,other,adult,1985-01-01,tenant,450,2,-1e9
        huge,a,other,adult,1985-01-01,tenant,450,2,770000000
        onemonth,a,2024-01,adult,1985-01-01,tenant,450,2,1000
        ok,a,other,adult,1985-01-01,tenant,450,2,1000
        """);
    PopulationFile.Result r = PopulationFile.read(csv);
    assertThat(r.population().households()).extracting(h -> h.id()).containsExactly("ok");
    assertThat(String.join("\n", r.problems().stream().map(Object::toString).toList()))
        .contains("row 2 (household neg): salary_net: '-1e9' is negative")
        .contains("row 3 (household huge): salary_net: '770000000' is not plausible")
        .contains("household onemonth: rent: '' not loaded: is required on the row of month \"other\"");
  }

  @Test
  void aNegativeLegalParameterInAScenarioFileIsRefused() throws Exception {
    Path f = write("neg.yaml", """
        scenarios:
          - id: R9
            name: negative-rsa
            RSA:
              parameters:
                rsa.montant_forfaitaire.base:
                  - {from: 2025-04-01, value: -700, source: "typo"}
        ...
        """);
    assertThatThrownBy(() -> ScenarioFile.read(f, CATALOG)).hasMessageContaining("scenarios[0].RSA.parameters")
        .hasMessageContaining("-700").hasMessageContaining("is negative");
  }

  // ------------------------------------------------------------------ 5. framing

  @Test
  void aSecondJsonDocumentOrTrailingGarbageIsRefused() throws Exception {
    String one = "{\"cases\": []}";
    for (String text : List.of(one + "\n" + one, one + " x", one + "\n]")) {
      Path f = write("two.json", text);
      assertThatThrownBy(() -> CaseReader.read(f)).isInstanceOf(CaseReader.UnreadableFileException.class)
          .hasMessageStartingWith(f + ":").hasMessageContaining("not valid JSON");
    }
    assertThat(CaseReader.read(write("one.json", one + "\n"))).isEmpty();
  }

  @Test
  void aTruncatedYamlScenarioFileIsRefused() throws Exception {
    String full = Files.readString(EXAMPLE_YAML);
    assertThat(ScenarioFile.read(write("full.yaml", full), CATALOG)).hasSize(2);
    // cut in the middle of a line, as by a writer killed half-way
    Path cut = write("cut.yaml", full.substring(0, full.indexOf("correctedDataFeedFutureDecisions") + 12));
    assertThatThrownBy(() -> ScenarioFile.read(cut, CATALOG)).hasMessageStartingWith(cut + ":")
        .hasMessageContaining("does not end with a line break");
    Path cutAtValue = write("cut2.yaml", full.substring(0, full.indexOf("decisionDay: 15") + 14));
    assertThatThrownBy(() -> ScenarioFile.read(cutAtValue, CATALOG)).hasMessageStartingWith(cutAtValue + ":")
        .hasMessageContaining("does not end with a line break");
    // cut at the end of the first scenario's description: it would keep its description and lose its rules
    int end = full.indexOf("    base: law");
    Path afterDescription = write("desc.yaml", full.substring(0, end));
    assertThatThrownBy(() -> ScenarioFile.read(afterDescription, CATALOG)).hasMessageStartingWith(afterDescription + ":")
        .hasMessageContaining("does not end with the document end marker '...'");
    // the same, with its end marker: the scenario without rules is still refused
    Path describedOnly = write("desc-marked.yaml", full.substring(0, end) + "...\n");
    assertThatThrownBy(() -> ScenarioFile.read(describedOnly, CATALOG))
        .hasMessageContaining("scenarios[0]").hasMessageContaining("gives the rules of no benefit");
    // cut exactly after a complete scenario (R1 whole, R2 gone), at the end of a line: a valid shorter file but for
    // the missing end marker
    Path afterFirst = write("first.yaml", full.substring(0, full.indexOf("  - id: R2")));
    assertThatThrownBy(() -> ScenarioFile.read(afterFirst, CATALOG)).hasMessageStartingWith(afterFirst + ":")
        .hasMessageContaining("does not end with the document end marker '...'");
    assertThat(ScenarioFile.read(write("first-marked.yaml", full.substring(0, full.indexOf("  - id: R2")) + "...\n"),
        CATALOG)).hasSize(1);
    // a second document
    Path two = write("two.yaml", full + "---\n" + full);
    assertThatThrownBy(() -> ScenarioFile.read(two, CATALOG)).hasMessageContaining("not valid YAML");
  }

  @Test
  void theSameByteOrderMarkRulesForEveryFormat() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] utf16 = {(byte) 0xFF, (byte) 0xFE};
    String json = "{\"cases\": []}\n";
    String yaml = Files.readString(EXAMPLE_YAML);
    String csv = "household_id,person_id,month,role,birth_date\nh,a,other,adult,1985-01-01\n";
    // a UTF-8 mark is skipped in every format
    assertThat(CaseReader.read(write("bom.json", concat(bom, json)))).isEmpty();
    assertThat(ScenarioFile.read(write("bom.yaml", concat(bom, yaml)), CATALOG)).hasSize(2);
    assertThat(PopulationFile.read(write("bom.csv", concat(bom, csv))).population().size()).isEqualTo(1);
    // a UTF-16 mark is refused in every format, naming the file, line and column
    Path j = write("u16.json", concat(utf16, json));
    Path y = write("u16.yaml", concat(utf16, yaml));
    Path c = write("u16.csv", concat(utf16, csv));
    assertThatThrownBy(() -> CaseReader.read(j)).hasMessage(j + ":1:1: is UTF-16 or UTF-32 (byte-order mark); save the file as UTF-8");
    assertThatThrownBy(() -> ScenarioFile.read(y, CATALOG)).hasMessageStartingWith(y + ":1:1: is UTF-16");
    assertThatThrownBy(() -> PopulationFile.read(c)).hasMessageStartingWith(c + ":1:1: is UTF-16");
  }

  private static byte[] concat(byte[] head, String text) {
    byte[] t = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + t.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(t, 0, all, head.length, t.length);
    return all;
  }

  // ------------------------------------------------------------------ 7. messages that say where

  @Test
  void parserErrorsNameTheFileLineAndColumnWithoutTheParsersInternals() throws Exception {
    Path nan = write("nan.json", "{\"cases\": [\n  {\"id\": NaN}\n]}\n");
    assertThatThrownBy(() -> CaseReader.read(nan)).hasMessageStartingWith(nan + ":2:")
        .hasMessageContaining("not valid JSON").hasMessageNotContaining("JsonReadFeature").hasMessageNotContaining("enable");
    byte[] latin1 = "{\"cases\": [\n  {\"id\": \"caf\u00e9\"}]}\n".getBytes(StandardCharsets.ISO_8859_1);
    Path j = write("latin1.json", latin1);
    assertThatThrownBy(() -> CaseReader.read(j)).hasMessage(j + ":2:14: is not UTF-8 (byte 0xE9); save the file as UTF-8");
    Path c = write("latin1.csv", "household_id,person_id,month,role,birth_date\nh\u00e9,a,other,adult,1985-01-01\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> PopulationFile.read(c)).hasMessage(c + ":2:2: is not UTF-8 (byte 0xE9); save the file as UTF-8");
    Path y = write("latin1.yaml", Files.readString(EXAMPLE_YAML).replace("EUR", "\u00e9").getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> ScenarioFile.read(y, CATALOG)).hasMessageContaining(y + ":").hasMessageContaining("is not UTF-8");
  }

  @Test
  void aRowWithAWrongNumberOfCellsIsNamedAsSuch() throws Exception {
    Path c = write("cells.csv", "household_id,person_id,month,role,birth_date\nh,a,other,adult,1985-01-01\nh,b,other,adult,1985-01-01,x\n");
    assertThatThrownBy(() -> PopulationFile.read(c)).hasMessageContaining(c.toString()).hasMessageNotContaining("not columns")
        .hasMessage(c + ":3: row 3 has 6 cells, the header has 5");
  }

  @Test
  void anImplausibleAmountInATimelineFileIsNamedNotAnOverflow() throws Exception {
    String t = Files.readString(EXAMPLE_TIMELINE);
    String huge = t.replaceFirst("\"salaryTaxable\": \\{", "\"salaryTaxable\": {\"2024-03\": 770000000,");
    assertThat(huge).isNotEqualTo(t);
    Path f = write("huge.json", huge);
    assertThatThrownBy(() -> TimelineFileReader.read(f, CATALOG)).hasMessageContaining("salaryTaxable")
        .hasMessageContaining("is not plausible").hasMessageNotContaining("Overflow");
  }
}
