package fr.benefitcalc.lab.scenario;

import fr.benefitcalc.core.money.Euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.parameters.ParameterOutOfRangeException;
import fr.benefitcalc.core.parameters.Timeline;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.RecalculationSchedule;
import fr.benefitcalc.core.time.ReferencePeriod;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.core.timeline.policy.RecoveryLimit;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy;
import fr.benefitcalc.core.timeline.policy.Threshold;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.rsapa.RsaPaOptions;
import fr.benefitcalc.rsapa.rsa.RsaParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioFileTest {
  private static final Catalog CATALOG = StandardCatalog.create();
  private static final Path EXAMPLE = Path.of("..", "examples", "scenarios", "my-reform.yaml");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static List<Scenario> json(String json) throws Exception {
    return ScenarioFile.read(JSON.readTree(json.replace('\'', '"')), CATALOG);
  }

  @Test
  void theExampleFileGivesTheRuleSetsItStates() {
    List<Scenario> scenarios = ScenarioFile.read(EXAMPLE, CATALOG);
    assertThat(scenarios).extracting(Scenario::id).containsExactly("R1", "R2");
    RuleSet law = CATALOG.ruleSet("law");

    Scenario r1 = scenarios.get(0);
    assertThat(r1.name()).isEqualTo("al-n1-half-yearly-capped");
    assertThat(r1.description()).startsWith("AL on calendar year N-1, recomputed each January and July;");
    BenefitRules al = r1.ruleSet().rules(Benefit.AL);
    assertThat(al.defaultPeriod()).isEqualTo(ReferencePeriod.calendarYear(-1));
    // kept from the law's AL rules (CCH R822-3: alimony over N-1; self-employed profits over N-2)
    assertThat(al.periods()).isEqualTo(law.rules(Benefit.AL).periods());
    assertThat(al.schedule()).isEqualTo(RecalculationSchedule.every(6, 1));
    assertThat(al.option(DecisionTimeline.DECISION_DAY_OPTION, "1")).isEqualTo("15");
    assertThat(al.policy()).isEqualTo(RegularisationPolicy.alwaysRegularise()
        .withIndus(RegularisationPolicy.Limits.ceiling(Threshold.monthsOfRight("1")))
        .withRappels(RegularisationPolicy.Limits.deMinimis(Threshold.euros("15")))
        .withCorrectedDataFeedingFutureDecisions(false)
        .withRecoveryLimit(RecoveryLimit.legal()));
    assertThat(r1.ruleSet().rules(Benefit.RSA)).isEqualTo(law.rules(Benefit.RSA));
    assertThat(r1.ruleSet().rules(Benefit.PA)).isEqualTo(law.rules(Benefit.PA));

    Scenario r2 = scenarios.get(1);
    BenefitRules rsa = r2.ruleSet().rules(Benefit.RSA);
    assertThat(rsa.defaultPeriod()).isEqualTo(ReferencePeriod.rolling(-4, -2));
    assertThat(rsa.experiment()).isEmpty();
    assertThat(rsa.defaultPeriod(true, YearMonth.of(2025, 1))).isEqualTo(ReferencePeriod.rolling(-4, -2));
    Timeline<Long> base = rsa.parameter(RsaParameters.BASE_AMOUNT);
    // before the reform, the legal values and their sources: 635.71 € from 2024-04-01 (Décret n° 2024-396)
    assertThat(base.at(YearMonth.of(2025, 3))).isEqualTo(Fixed.euros("635.71"));
    assertThat(base.stepAt(LocalDate.of(2025, 3, 31)).source()).startsWith("Décret n° 2024-396");
    assertThat(base.at(YearMonth.of(2025, 4))).isEqualTo(Fixed.euros("700"));
    assertThat(base.at(YearMonth.of(2026, 12))).isEqualTo(Fixed.euros("700"));
    assertThat(base.stepAt(LocalDate.of(2025, 4, 1)).source()).startsWith("Hypothetical reform studied");
    assertThat(base.firstDay()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThatThrownBy(() -> base.at(YearMonth.of(2020, 12))).isInstanceOf(ParameterOutOfRangeException.class);
    BenefitRules pa = r2.ruleSet().rules(Benefit.PA);
    assertThat(pa.period(IncomeCategory.SELF_EMPLOYED_ANNUAL)).isEqualTo(ReferencePeriod.calendarYear(-1));
    assertThat(pa.option(RsaPaOptions.SELF_EMPLOYED_YEAR, "")).isEqualTo(RsaPaOptions.LAW);
    assertThat(pa.parameter(RsaParameters.BASE_AMOUNT)).isSameAs(RsaParameters.BASE_AMOUNT);
    assertThat(r2.ruleSet().rules(Benefit.AL)).isEqualTo(law.rules(Benefit.AL));
  }

  @Test
  void theOverriddenParameterIsWhatTheRuleComputesWith() {
    // CASF L262-2: a single adult without resources and without housing aid receives the montant
    // forfaitaire: 646.52 € in June 2025 (Décret n° 2025-293), 700 € under R2.
    Household h = Household.builder("single").person(Person.adult("a", LocalDate.of(1980, 1, 1)))
        .housing(Housing.tenant(2, MonthlyAmounts.constant(Euros.of("500")))).build();
    RuleSet r2 = ScenarioFile.read(EXAMPLE, CATALOG).get(1).ruleSet();
    YearMonth june = YearMonth.of(2025, 6);
    assertThat(CATALOG.rule(Benefit.RSA).compute(h, june, CATALOG.ruleSet("law")).amountFixed())
        .isEqualTo(Fixed.euros("646.52"));
    assertThat(CATALOG.rule(Benefit.RSA).compute(h, june, r2).amountFixed()).isEqualTo(Fixed.euros("700"));
  }

  @Test
  void yamlAndJsonFilesReadAlike() throws Exception {
    Path json = dir.resolve("my-reform.json");
    Files.writeString(json, JSON.writeValueAsString(new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
        .readTree(EXAMPLE.toFile())));
    List<Scenario> fromJson = ScenarioFile.read(json, CATALOG);
    List<Scenario> fromYaml = ScenarioFile.read(EXAMPLE, CATALOG);
    assertThat(fromJson).hasSameSizeAs(fromYaml);
    for (int i = 0; i < fromYaml.size(); i++) {
      assertThat(comparable(fromJson.get(i))).isEqualTo(comparable(fromYaml.get(i)));
    }
  }

  /** A scenario as values: Timeline has no equals, so each override is its name and steps. */
  private static List<Object> comparable(Scenario s) {
    List<Object> out = new java.util.ArrayList<>(List.of(s.id(), s.name(), s.description()));
    for (Benefit b : Benefit.values()) {
      BenefitRules r = s.ruleSet().rules(b);
      out.add(List.of(r.defaultPeriod(), r.periods(), r.experiment(), r.schedule(), r.options(), r.policy()));
      new java.util.TreeMap<>(r.overrides()).values().forEach(t -> out.add(List.of(t.name(), t.steps())));
    }
    return out;
  }

  @Test
  void theScenariosJoinTheCatalogueUnlessAnIdOrNameIsTaken() throws Exception {
    ScenarioCatalog all = new ScenarioCatalog(CATALOG).plus(ScenarioFile.read(EXAMPLE, CATALOG));
    assertThat(all.get("R2").name()).isEqualTo("rsa-700-m4-m2");
    assertThat(all.get("rsa-700-m4-m2").id()).isEqualTo("R2");
    assertThat(all.get("S1").name()).isEqualTo("current");
    assertThatThrownBy(() -> new ScenarioCatalog(CATALOG).plus(json("{'scenarios': [{'id': 'S1', 'name': 'x', 'AL': {}}]}")))
        .hasMessageContaining("scenario id 'S1' is already taken");
    assertThatThrownBy(() -> new ScenarioCatalog(CATALOG).plus(json("{'scenarios': [{'id': 'X', 'name': 'current', 'AL': {}}]}")))
        .hasMessageContaining("name 'current' is already taken");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{'scenarios': [{'id': 'R', 'name': 'r', 'AL': {'period': 'M-2..M-13'}}]}"
          + "|scenarios[0].AL.period: 'M-2..M-13' ends before it starts",
      "{'scenarios': [{'id': 'R', 'name': 'r', 'AL': {'sechedule': {'every': 6}}}]}"
          + "|scenarios[0].AL.sechedule: 'sechedule' is not a known field",
      "{'scenarios': [{'id': 'R', 'name': 'r', 'AL': {'schedule': {'every': 5}}}]}"
          + "|scenarios[0].AL.schedule.every: '5' does not divide 12",
      "{'scenarios': [{'id': 'R', 'name': 'r', 'base': 'lax'}]}|scenarios[0].base: 'lax' is not a known rule set",
      "{'scenarios': [{'id': 'R'}]}|scenarios[0].name: 'null' is required",
      "{'scenarios': [{'name': 'r'}]}|scenarios[0].id: 'null' is required",
      "{'scenarios': [{'id': 'R,S', 'name': 'r'}]}|scenarios[0].id: 'R,S' must be letters, digits",
      "{'scenarios': [{'id': 'R', 'name': 'r'}, {'id': 'R', 'name': 's'}]}|scenarios[1].id: 'R' is also the id of scenarios[0]",
      "{'scenarios': [{'id': 'R', 'name': 'r'}, {'id': 'S', 'name': 'r'}]}|scenarios[1].name: 'r' is also the name of scenarios[0]",
      "{'scenarios': [{'id': 'R', 'name': 'r', 'AL': {'options': {'al.rlsScop': 'conventionne'}}}]}"
          + "|scenarios[0].AL.options.al.rlsScop: 'al.rlsScop' is not an option of the AL rules",
      "{'scenarios': [{'id': 'R', 'name': 'r', 'AL': {'options': {'al.rlsScope': 'everyone'}}}]}"
          + "|scenarios[0].AL.options.al.rlsScope: 'everyone' is neither social-tenant nor conventionne",
      "{'scenarios': [{'id': 'R', 'name': 'r', 'PA': {'options': {'pa.learners.window': 'of'}}}]}"
          + "|scenarios[0].PA.options.pa.learners.window: 'of' is neither law nor openfisca",
      "{'scenarios': [{'id': 'R', 'name': 'r', 'AL': {'options': {'timeline.decision-day': '31'}}}]}"
          + "|scenarios[0].AL.options.timeline.decision-day: '31' is not a whole number from 1 to 28",
      "{'scenarios': [{'id': 'R', 'name': 'r', 'AL': {'experiment': {'period': 'M-4..M-2'}}}]}"
          + "|scenarios[0].AL.experiment.from: 'null' is required",
      "{'scenarios': [{'id': 'R', 'name': 'r', 'RSA': {'parameters': {'rsa.base': []}}}]}"
          + "|scenarios[0].RSA.parameters.rsa.base: 'rsa.base' is not a parameter of the RSA rules (known: rsa.montant_forfaitaire.base,",
      "{'scenarios': [{'id': 'R', 'name': 'r', 'AL': {'parameters': {'al.rent.ceilings': []}}}]}"
          + "|scenarios[0].AL.parameters.al.rent.ceilings: 'al.rent.ceilings' is a scale (Zoned)",
      "{'scenarios': [{'id': 'R', 'name': 'r', 'AL': {'parameters': {'al.amount.flatReduction': []}}}]}"
          + "|scenarios[0].AL.parameters.al.amount.flatReduction: '[]' must be a non-empty array",
      "{'scenarios': [{'id': 'R', 'name': 'r', 'AL': {'parameters': {'al.amount.flatReduction':"
          + " [{'from': '2020-12-01', 'value': 0, 'source': 's'}]}}}]}"
          + "|scenarios[0].AL.parameters.al.amount.flatReduction[0].from: '2020-12-01' is outside the parameter's coverage 2021-01-01..2026-12-31",
      "{'scenarios': [{'id': 'R', 'name': 'r', 'AL': {'parameters': {'al.amount.flatReduction':"
          + " [{'from': '2025-01-01', 'value': 0}]}}}]}"
          + "|scenarios[0].AL.parameters.al.amount.flatReduction[0].source: 'null' is required",
      "{'scenarios': [{'id': 'R', 'name': 'r', 'AL': {'parameters': {'al.amount.flatReduction':"
          + " [{'from': '2025-01-01', 'value': 1, 'source': 'a'}, {'from': '2024-01-01', 'value': 2, 'source': 'b'}]}}}]}"
          + "|scenarios[0].AL.parameters.al.amount.flatReduction[1].from: '2024-01-01' is not after the previous value's from",
      "{'scenarios': [{'id': 'R', 'name': 'r', 'AL': {'parameters': {'al.resources.studentAgeLimit':"
          + " [{'from': '2025-01-01', 'value': 27.5, 'source': 's'}]}}}]}"
          + "|scenarios[0].AL.parameters.al.resources.studentAgeLimit[0].value: '27.5' is not a whole number",
      "{'scenarios': [{'id': 'R', 'name': 'r', 'AL': {'parameters': {'al.amount.flatReduction':"
          + " [{'from': '2025-01-01', 'value': 0.0000000001, 'source': 's'}]}}}]}"
          + "|scenarios[0].AL.parameters.al.amount.flatReduction[0].value: '1.0E-10' has more than 9 decimals",
      "{'scenarios': []}|scenarios: '[]' must be a non-empty array of scenarios",
      "{'scenario': []}|scenario: 'scenario' is not a known field (known: scenarios)",
  })
  void everyErrorNamesTheFieldAndTheValue(String file, String message) {
    assertThatThrownBy(() -> json(file)).hasMessageStartingWith(message);
  }

  @Test
  void wholeNumbersAndRatesAreReadForWhatTheyAre() throws Exception {
    RuleSet r = json("{'scenarios': [{'id': 'R', 'name': 'r', 'AL': {'parameters': {"
        + "'al.resources.studentAgeLimit': [{'from': '2025-01-01', 'value': 26, 'source': 'a'}],"
        + "'al.amount.crdsRate': [{'from': '2024-01-01', 'value': 0.01, 'source': 'b'},"
        + "                        {'from': '2025-01-01', 'value': 0, 'source': 'c'}]}},"
        + " 'RSA': {'parameters': {'rsa.age_minimum': [{'from': '2025-01-01', 'value': 18, 'source': 'd'}]}}}]}")
        .get(0).ruleSet();
    BenefitRules al = r.rules(Benefit.AL);
    Timeline<Long> age = al.parameter(fr.benefitcalc.al.parameters.AlParameters.STUDENT_AGE_LIMIT);
    assertThat(age.at(YearMonth.of(2024, 12))).isEqualTo(28L);
    assertThat(age.at(YearMonth.of(2025, 1))).isEqualTo(26L);
    Timeline<Long> crds = al.parameter(fr.benefitcalc.al.parameters.AlParameters.CRDS_RATE);
    assertThat(crds.at(YearMonth.of(2023, 12))).isEqualTo(Fixed.rate("0.005"));
    assertThat(crds.at(YearMonth.of(2024, 6))).isEqualTo(Fixed.rate("0.01"));
    assertThat(crds.at(YearMonth.of(2025, 6))).isZero();
    assertThat(crds.steps()).hasSize(3);
    Timeline<Integer> minimumAge = r.rules(Benefit.RSA).parameter(RsaParameters.MINIMUM_AGE);
    assertThat(minimumAge.at(YearMonth.of(2025, 1))).isEqualTo(18);
  }

  @Test
  void aFileThatIsNotYamlNorJsonIsUnreadable() throws Exception {
    Path txt = Files.writeString(dir.resolve("s.txt"), "scenarios: []");
    assertThatThrownBy(() -> ScenarioFile.read(txt, CATALOG)).isInstanceOf(ScenarioFile.UnreadableFileException.class);
    Path bad = Files.writeString(dir.resolve("s.yaml"), "scenarios: [\n  - id: R\n   name: x");
    assertThatThrownBy(() -> ScenarioFile.read(bad, CATALOG)).isInstanceOf(ScenarioFile.UnreadableFileException.class)
        .hasMessageContaining("not valid YAML");
  }
}
