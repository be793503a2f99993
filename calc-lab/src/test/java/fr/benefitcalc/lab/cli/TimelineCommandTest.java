package fr.benefitcalc.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code benefit-calc timeline}: the worked examples of examples/timeline through the command (each
 * output equals its {@code .expected.json}, worked by hand in examples/timeline/README.md), the table,
 * a law computation checked against reference-rules.md, and bad input.
 */
class TimelineCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "timeline");
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  };

  @TempDir
  Path dir;

  private record Run(int status, String out, String err) {
    JsonNode json() throws IOException {
      return JSON.readTree(out);
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "timeline";
    System.arraycopy(args, 0, all, 1, args.length);
    int status = BenefitCalc.run(StandardCatalog.create(), new PrintWriter(out), new PrintWriter(err), all);
    return new Run(status, out.toString(), err.toString());
  }

  private Run runContent(String json, String... extra) throws IOException {
    Path f = dir.resolve("timeline.json");
    Files.writeString(f, json.replace('\'', '"'));
    String[] args = new String[extra.length + 1];
    args[0] = f.toString();
    System.arraycopy(extra, 0, args, 1, extra.length);
    return run(args);
  }

  static Stream<String> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.endsWith(".expected.json"))
          .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList().stream();
    }
  }

  @Test
  void thereAreAtLeastThreeExamples() throws IOException {
    assertThat(examples()).hasSizeGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theJsonOutputOfEachExampleIsItsHandWorkedExpectedFile(String name) throws IOException {
    Run r = run(EXAMPLES.resolve(name + ".json").toString());
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode actual = r.json();
    JsonNode expected = JSON.readTree(EXAMPLES.resolve(name + ".expected.json").toFile());
    assertThat(actual.equals(NUMBERS_BY_VALUE, expected))
        .as("%s:%nactual   %s%nexpected %s", name, actual, expected).isTrue();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyMonthPaidPlusRegularisationsIsDue(String name) throws IOException {
    assertPaidPlusRegularisationsIsDue(name, run(EXAMPLES.resolve(name + ".json").toString()).json().get("benefits"));
  }

  private static void assertPaidPlusRegularisationsIsDue(String name, JsonNode benefits) {
    for (Iterator<JsonNode> it = benefits.elements(); it.hasNext();) {
      JsonNode b = it.next();
      for (Iterator<String> months = b.get("paid").fieldNames(); months.hasNext();) {
        String m = months.next();
        BigDecimal total = b.get("paid").get(m).decimalValue();
        for (JsonNode reg : b.get("regularisations")) {
          if (reg.get("month").asText().equals(m)) {
            total = total.add(reg.get("amount").decimalValue());
          }
        }
        assertThat(total).as("%s %s", name, m).isEqualByComparingTo(b.get("due").get(m).decimalValue());
      }
    }
  }

  @Test
  void theTableHasOneLinePerMonthThenTheRegularisationsAndTheChanges() {
    // examples/timeline/README.md §1: decision 2025-01 reopened on 2025-04-15, 200 paid, 180 due, -20 applied for
    // its three months, paid by then; decision 2025-04, reopened before any of its months was paid, pays 180: the
    // amount paid falls from 200 to 180 in 2025-04 because of the correction; 3 x -20 = -60 applied.
    Run r = run(EXAMPLES.resolve("report-m13-m2-quarterly.json").toString(), "--format", "table");
    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).contains("AL",
        "month    decision      paid       due   applied    frozen",
        "2024-07  2024-07     200.00    200.00      0.00      0.00",
        "2025-01  2025-01*    200.00    180.00    -20.00      0.00",
        "2025-04  2025-04*    180.00    180.00      0.00      0.00  changed",
        "2025-06  2025-04*    180.00    180.00      0.00      0.00",
        "2025-07  2025-07     180.00    180.00      0.00      0.00",
        "  2025-04  200.00 -> 180.00",
        "totals: applied indus -60.00, applied rappels 0.00, frozen indus 0.00, frozen rappels 0.00");
    assertThat(lines.stream().filter(l -> l.startsWith("20"))).hasSize(18);
    String cause = "salaryTaxable of person p1 for 2024-11 known on 2025-04-15: 300.00 -> 540.00";
    assertThat(lines).contains("  2025-03  2025-01  2025-04-15 INDU      -20.00  APPLIED: " + cause,
        "       -20.00  " + cause);
    assertThat(lines.indexOf("2025-12  2025-10     190.00    190.00      0.00      0.00"))
        .isLessThan(lines.indexOf("  2025-01  2025-01  2025-04-15 INDU      -20.00  APPLIED: " + cause))
        .isLessThan(lines.indexOf("  2025-04  200.00 -> 180.00"));
  }

  @Test
  void theTableShowsFrozenRegularisations() {
    // examples/timeline/README.md §3: the same three indus (-60 for the decision), frozen above the 50 EUR ceiling.
    Run r = run(EXAMPLES.resolve("report-m13-m2-quarterly-threshold.json").toString(), "--format", "table");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out().lines()).contains("2025-02  2025-01*    200.00    180.00      0.00    -20.00",
        "totals: applied indus 0.00, applied rappels 0.00, frozen indus -60.00, frozen rappels 0.00");
    assertThat(r.out()).contains("INDU      -20.00  FROZEN_ABOVE_THRESHOLD: ");
  }

  // reference-rules.md §5.5 GEN-AL-02: single, zone 2, rent 450, taxable salary 1 200 every month -> AL 59.44 (ALS) in 2025-01
  // to the cent, 59 € under the law (CCH D823-16: net of CRDS rounded down to the euro)
  private static final String GEN_AL_02_HOUSEHOLD = "{'persons': [{'id': 'a', 'role': 'adult', 'birthDate': '1990-05-01',"
      + " 'incomes': {'salaryTaxable': 1200}}], 'housing': {'status': 'tenant', 'rent': 450, 'zone': 2}}";

  @Test
  void theLawCalculatorUnderABuiltInRuleSet() throws IOException {
    // The law's quarterly decision of 2025-01 pays GEN-AL-02's 59 € (59.44 to the cent) for 2025-01..2025-03; nothing is late.
    Run r = runContent("{'id': 'gen-al-02', 'span': {'first': '2025-01', 'last': '2025-03'}, 'benefits': ['AL'],"
        + " 'ruleSet': 'law', 'household': " + GEN_AL_02_HOUSEHOLD + "}");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode al = r.json().get("benefits").get("AL");
    assertThat(r.json().get("ruleSet").asText()).isEqualTo("law");
    assertThat(al.get("decisions")).hasSize(1);
    assertThat(al.get("decisions").get(0).get("window").asText()).isEqualTo("2023-12..2024-11");
    assertThat(al.get("decisions").get(0).get("coverage").asText()).isEqualTo("2025-01..2025-03");
    for (String m : List.of("2025-01", "2025-02", "2025-03")) {
      assertThat(al.get("paid").get(m).decimalValue()).isEqualByComparingTo("59");
      assertThat(al.get("due").get(m).decimalValue()).isEqualByComparingTo("59");
    }
    assertThat(al.get("regularisations")).isEmpty();
    assertThat(al.get("changes")).isEmpty();
  }

  @Test
  void anInlineRuleSetChangesOnlyWhatItGivesOnItsBase() throws IOException {
    // Recomputed every month instead of each quarter: three decisions; the income and the AL parameters do
    // not change over 2025-01..2025-03, so each pays GEN-AL-02's 59 €.
    Run r = runContent("{'id': 'gen-al-02', 'span': {'first': '2025-01', 'last': '2025-03'}, 'benefits': ['AL'],"
        + " 'ruleSet': {'name': 'al-monthly', 'base': 'law', 'AL': {'schedule': {'every': 1}, 'decisionDay': 10}},"
        + " 'household': " + GEN_AL_02_HOUSEHOLD + "}");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode decisions = r.json().get("benefits").get("AL").get("decisions");
    assertThat(r.json().get("ruleSet").asText()).isEqualTo("al-monthly");
    assertThat(decisions).hasSize(3);
    assertThat(decisions.get(1).get("decidedOn").asText()).isEqualTo("2025-02-10");
    assertThat(decisions.get(1).get("window").asText()).isEqualTo("2024-01..2024-12");
    assertThat(decisions.get(2).get("amount").decimalValue()).isEqualByComparingTo("59");
  }

  @Test
  void theLawCalculatorCascadesTheAlIntoTheRsaAndPrimeDActivite() throws IOException {
    // The taxable salary of 2024-11 doubles on 2025-05-20: AL resources rise, so the AL decisions of 2025-01 and
    // 2025-04 (windows 2023-12..2024-11 and 2024-03..2025-02, taken on the 15th of their month under `law`, before
    // that date) are reopened with indus for the months paid by then (2025-01..2025-04, April paid on 2025-05-05);
    // the prime d'activité of 2025-04, reading the AL of its quarter as the agency knew it (forfait logement), is
    // reopened too and names those AL changes as causes of its April indu.
    Run r = runContent("{'id': 'cascade', 'span': {'first': '2024-07', 'last': '2025-12'}, 'benefits': ['AL', 'RSA', 'PA'],"
        + " 'household': {'persons': [{'id': 'a', 'role': 'adult', 'birthDate': '1985-01-01', 'incomes': {"
        + "   'salaryTaxable': {'otherMonths': 700, '2024-11': [{'amount': 700}, {'amount': 1400, 'knownOn': '2025-05-20'}]},"
        + "   'salaryNet': {'otherMonths': 700, '2025-02': [{'amount': 700}, {'amount': 1400, 'knownOn': '2025-05-20'}]}}}],"
        + "  'housing': {'status': 'tenant', 'rent': 450, 'zone': 2}}}", "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode benefits = r.json().get("benefits");
    assertThat(benefits.fieldNames()).toIterable().containsExactly("AL", "RSA", "PA");
    assertPaidPlusRegularisationsIsDue("cascade", benefits);
    JsonNode al = benefits.get("AL").get("regularisations");
    assertThat(al).isNotEmpty();
    for (JsonNode reg : al) {
      assertThat(reg.get("kind").asText()).isEqualTo("INDU");
      assertThat(reg.get("decidedOn").asText()).isEqualTo("2025-05-20");
      assertThat(reg.get("decision").asText()).isIn("2025-01", "2025-04");
    }
    assertThat(benefits.get("PA").get("regularisations").toString()).contains("AL of 2025-01 recomputed on 2025-05-20");
  }

  @Test
  void anUnreadableFileExitsTwo() throws IOException {
    Run missing = run(dir.resolve("nope.json").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.json").contains("cannot be read");
    Run notJson = runContent("{'id': ");
    assertThat(notJson.status()).isEqualTo(2);
    assertThat(notJson.err()).contains("not valid JSON");
    assertThat(notJson.out()).isEmpty();
  }

  @Test
  void aBadFormatOrNoFileIsAUsageError() {
    assertThat(run(EXAMPLES.resolve("report-n1-yearly.json").toString(), "--format", "xml").status()).isEqualTo(2);
    assertThat(run().status()).isEqualTo(2);
  }

  private static final String DEMO_HEAD = "{'id': 'x', 'span': {'first': '2024-07', 'last': '2025-12'}, 'calculator': 'demo', ";
  private static final String DEMO_HOUSEHOLD = "'household': {'persons': [{'id': 'p1', 'role': 'adult', 'birthDate': '1990-05-01'}]}";

  @ParameterizedTest
  @MethodSource("invalidContents")
  void invalidContentExitsOneNamingTheFieldAndValue(String json, String message) throws IOException {
    Run r = runContent(json);
    assertThat(r.status()).as(r.out()).isEqualTo(1);
    assertThat(r.err()).contains(message);
    assertThat(r.out()).isEmpty();
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> invalidContents() {
    String rules = "'ruleSet': {'name': 'r', 'AL': %s}, ";
    return Stream.of(
        args("{'span': {'first': '2024-07', 'last': '2025-12'}, 'benefits': ['AL'], " + DEMO_HOUSEHOLD + "}",
            "id: 'null' is required"),
        args("{'id': 'x', 'span': {'first': '2024-13', 'last': '2025-12'}, 'benefits': ['AL'], " + DEMO_HOUSEHOLD + "}",
            "span.first: '2024-13' is not a month (YYYY-MM)"),
        args("{'id': 'x', 'span': {'first': '2025-07', 'last': '2025-06'}, 'benefits': ['AL'], " + DEMO_HOUSEHOLD + "}",
            "span.last: '2025-06' is before span.first 2025-07"),
        args(DEMO_HEAD + "'benefits': ['AL', 'RSA'], " + DEMO_HOUSEHOLD + "}",
            "benefits[1]: 'RSA' is not computed by the demo calculator (AL only)"),
        args(DEMO_HEAD + "'benefits': ['AL', 'APL'], " + DEMO_HOUSEHOLD + "}", "benefits[1]: 'APL' is not a benefit"),
        args(DEMO_HEAD.replace("demo", "toy") + "'benefits': ['AL'], " + DEMO_HOUSEHOLD + "}",
            "calculator: 'toy' is not a calculator"),
        args(DEMO_HEAD + "'benefits': ['AL'], 'ruleSet': 'nope', " + DEMO_HOUSEHOLD + "}",
            "ruleSet: 'nope' is not a known rule set (known: law, "),
        args(DEMO_HEAD + "'benefits': ['AL'], 'ruleSet': {'name': 'r', 'base': 'nope'}, " + DEMO_HOUSEHOLD + "}",
            "ruleSet.base: 'nope' is not a known rule set"),
        args(DEMO_HEAD + "'benefits': ['AL'], " + rules.formatted("{'period': 'M-2..M-13'}") + DEMO_HOUSEHOLD + "}",
            "ruleSet.AL.period: 'M-2..M-13' ends before it starts"),
        args(DEMO_HEAD + "'benefits': ['AL'], " + rules.formatted("{'period': 'last year'}") + DEMO_HOUSEHOLD + "}",
            "ruleSet.AL.period: 'last year' is not a reference period"),
        args(DEMO_HEAD + "'benefits': ['AL'], " + rules.formatted("{'schedule': {'every': 5}}") + DEMO_HOUSEHOLD + "}",
            "ruleSet.AL.schedule.every: '5' does not divide 12"),
        args(DEMO_HEAD + "'benefits': ['AL'], " + rules.formatted("{'decisionDay': 31}") + DEMO_HOUSEHOLD + "}",
            "ruleSet.AL.decisionDay: '31' is not a whole number from 1 to 28"),
        args(DEMO_HEAD + "'benefits': ['AL'], " + rules.formatted("{'policy': {'regularize': false}}") + DEMO_HOUSEHOLD + "}",
            "ruleSet.AL.policy.regularize: 'regularize' is not a known field"),
        args(DEMO_HEAD + "'benefits': ['AL'], " + rules.formatted("{'policy': {'indus': {'ceiling': {'euros': -5}}}}")
            + DEMO_HOUSEHOLD + "}", "ruleSet.AL.policy.indus.ceiling.euros: '-5' is negative"),
        args(DEMO_HEAD + "'benefits': ['AL'], " + rules.formatted("{'policy': {'recoveryLimit': 'soon'}}") + DEMO_HOUSEHOLD + "}",
            "ruleSet.AL.policy.recoveryLimit: '\"soon\"' is not \"none\", \"legal\" or a number of months"),
        args(DEMO_HEAD + "'benefits': ['AL'], 'rules': 'law', " + DEMO_HOUSEHOLD + "}", "rules: 'rules' is not a known field"),
        args(DEMO_HEAD + "'benefits': ['AL'], 'household': {'persons': [{'id': 'p1', 'role': 'adult', 'birthDate': 'x'}]}}",
            "household.persons[0].birthDate: 'x' is not a date"),
        args("{'id': 'x', 'span': {'first': '2025-01', 'last': '2025-03'}, 'benefits': ['AL'], "
            + "'household': {'persons': [{'id': 'p1', 'role': 'adult', 'birthDate': '1990-05-01'}]}}",
            "household.housing: 'null' is required for AL"),
        // a month no legal parameter covers: a ParameterOutOfRangeException, never a guess
        args("{'id': 'x', 'span': {'first': '2020-07', 'last': '2020-12'}, 'benefits': ['AL'], 'household': "
            + GEN_AL_02_HOUSEHOLD + "}", "timeline.json: parameter "));
  }

  private static org.junit.jupiter.params.provider.Arguments args(String json, String message) {
    return org.junit.jupiter.params.provider.Arguments.of(json, message);
  }
}
