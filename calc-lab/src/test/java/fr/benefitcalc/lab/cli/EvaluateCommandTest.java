package fr.benefitcalc.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private record Run(int status, JsonNode out, String err) {}

  private Run run(String json, String... extra) throws Exception {
    Path f = dir.resolve("cases.json");
    Files.writeString(f, json.replace('\'', '"'));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = new String[2 + extra.length];
    args[0] = "evaluate";
    args[1] = f.toString();
    System.arraycopy(extra, 0, args, 2, extra.length);
    int status = BenefitCalc.run(StandardCatalog.create(), new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString().isBlank() ? null : JSON.readTree(out.toString()), err.toString());
  }

  // reference-rules.md §5.5 GEN-RSA-01: single aged 40, AL 250, no income, 2025-06 -> RSA 568.94
  private static final String GEN_RSA_01 = "{'id': 'GEN-RSA-01', 'month': '2025-06', 'benefits': ['RSA'], 'household': {"
      + "'persons': [{'id': 'a', 'role': 'adult', 'birthDate': '1985-01-01'}], 'housing': {'status': 'tenant', 'rent': 500, 'zone': 2},"
      + "'benefitsReceived': {'AL': 250}}, 'expected': {'RSA': 568.94}}";

  @Test
  void answersEveryCaseInOrderWithASummary() throws Exception {
    Run r = run("{'cases': [" + GEN_RSA_01 + ","
        + "{'id': 'bad', 'month': '2025-06', 'benefits': ['RSA'], 'household': {'persons': [{'id': 'a', 'role': 'adult', 'birthDate': 'x'}]}},"
        + "{'id': 'wrong-expectation', 'month': '2025-06', 'benefits': ['RSA'], 'household': {"
        + "'persons': [{'id': 'a', 'role': 'adult', 'birthDate': '1985-01-01'}], 'benefitsReceived': {'AL': 250}}, 'expected': {'RSA': 500}},"
        + "{'id': 'unknown-rules', 'month': '2025-06', 'rules': 'nope', 'benefits': ['RSA'], 'household': {"
        + "'persons': [{'id': 'a', 'role': 'adult', 'birthDate': '1985-01-01'}]}},"
        + "{'id': 'before-2021', 'month': '2020-06', 'benefits': ['RSA'], 'household': {"
        + "'persons': [{'id': 'a', 'role': 'adult', 'birthDate': '1985-01-01'}]}}"
        + "]}");
    assertThat(r.status()).isEqualTo(1);
    JsonNode results = r.out().get("results");
    assertThat(results).hasSize(5);
    assertThat(results.get(0).get("id").asText()).isEqualTo("GEN-RSA-01");
    assertThat(results.get(0).get("amounts").get("RSA").decimalValue()).isEqualByComparingTo("568.94");
    assertThat(results.get(0).get("mismatches")).isEmpty();
    assertThat(results.get(0).get("error").isNull()).isTrue();
    assertThat(results.get(1).get("error").asText()).isEqualTo("household.persons[0].birthDate: 'x' is not a date");
    assertThat(results.get(2).get("mismatches").get(0).asText()).isEqualTo("RSA");
    assertThat(results.get(3).get("error").asText()).contains("rules").contains("nope");
    assertThat(results.get(4).get("error").asText()).contains("month: '2020-06'").contains("not covered");
    JsonNode summary = r.out().get("summary");
    assertThat(summary.get("cases").asInt()).isEqualTo(5);
    assertThat(summary.get("computed").asInt()).isEqualTo(2);
    assertThat(summary.get("errors").asInt()).isEqualTo(3);
    assertThat(summary.get("mismatches").asInt()).isEqualTo(1);
  }

  @Test
  void exitsZeroWhenEverythingMatchesAndExplainsWithTrace() throws Exception {
    Run r = run("{'cases': [" + GEN_RSA_01 + "]}", "--trace");
    assertThat(r.status()).isZero();
    JsonNode steps = r.out().get("results").get(0).get("trace").get("RSA");
    assertThat(steps.size()).isGreaterThan(3);
    assertThat(steps.toString()).contains("CASF");
  }

  @Test
  void anUnreadableFileExitsTwo() throws Exception {
    Run r = run("{not json");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("not valid JSON");
  }

  @Test
  void aCaseMayNameAScenarioOfTheComparison() throws Exception {
    Run r = run("{'cases': [" + GEN_RSA_01.replace("'benefits'", "'rules': 'S7', 'benefits'") + ","
        + GEN_RSA_01.replace("GEN-RSA-01", "by-name").replace("'benefits'", "'rules': 'al-n1-yearly', 'benefits'") + "]}");
    // GEN-RSA-01 has no income: the window changes nothing (reference-rules.md §5.5: 568.94 under the law)
    assertThat(r.status()).as(r.out().toString()).isZero();
    assertThat(r.out().get("summary").get("computed").asInt()).isEqualTo(2);
  }

  @Test
  void theRsaComputedForTheMonthBeforeNeutralisesTheAlWhenBothAreAsked() throws Exception {
    // A single tenant, zone 2, rent 450, 500 € of salary every month, 2025-01. The RSA of 2024-12 is
    // 635.71 − 76.29 − 500 > 0, so the AL resources are neutralised (CCH R822-17) and the AL is that of a
    // household without resources: 301.65 to the cent (reference-rules.md §5.5 GEN-AL-24, same household with
    // the RSA given), 301 € under the law (CCH D823-16). Asked alone, with no RSA given (0 by the case format), the AL counts the salaries and is lower.
    String household = "'household': {'persons': [{'id': 'a', 'role': 'adult', 'birthDate': '1985-01-01',"
        + " 'incomes': {'salaryNet': 500, 'salaryTaxable': 500}}], 'housing': {'status': 'tenant', 'rent': 450, 'zone': 2}}";
    Run r = run("{'cases': [{'id': 'both', 'month': '2025-01', 'benefits': ['AL', 'RSA'], " + household + ", 'expected': {'AL': 301}},"
        + "{'id': 'al-alone', 'month': '2025-01', 'benefits': ['AL'], " + household + "}]}");
    JsonNode results = r.out().get("results");
    assertThat(results.get(0).get("mismatches")).as(results.get(0).toString()).isEmpty();
    assertThat(results.get(1).get("amounts").get("AL").decimalValue()).isLessThan(new java.math.BigDecimal("301"));
  }
}
