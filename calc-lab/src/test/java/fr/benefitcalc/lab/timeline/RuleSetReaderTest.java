package fr.benefitcalc.lab.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.RecalculationSchedule;
import fr.benefitcalc.core.time.ReferencePeriod;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.core.timeline.policy.Outcome;
import fr.benefitcalc.core.timeline.policy.RecoveryLimit;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleSetReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Catalog CATALOG = StandardCatalog.create();

  private static RuleSet read(String json) throws Exception {
    return RuleSetReader.read(JSON.readTree(json.replace('\'', '"')), CATALOG, List.of(Benefit.AL));
  }

  private static BenefitRules al(String benefitRules) throws Exception {
    return read("{'name': 'r', 'AL': " + benefitRules + "}").rules(Benefit.AL);
  }

  @Test
  void periodsAreTheLabelsOfReferencePeriod() {
    assertThat(RuleSetReader.period("M-13..M-2", "p")).isEqualTo(ReferencePeriod.rolling(-13, -2));
    assertThat(RuleSetReader.period("M-3..M-1", "p")).isEqualTo(ReferencePeriod.rolling(-3, -1));
    assertThat(RuleSetReader.period("M-3..M", "p")).isEqualTo(ReferencePeriod.rolling(-3, 0));
    assertThat(RuleSetReader.period("N-1", "p")).isEqualTo(ReferencePeriod.calendarYear(-1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"M-13..M-2", "M-4..M-2", "M..M", "M-1..M", "N-2", "N-1"})
  void aLabelReadsBackToItself(String label) {
    assertThat(RuleSetReader.period(label, "p").label()).isEqualTo(label);
  }

  @ParameterizedTest
  @ValueSource(strings = {"M-2..M-13", "M-13", "13..2", "N-1..N", "n-1", "", "M-1..M+1", "M+1..M+2", "N", "N+1"})
  void anythingElseIsRefusedNamingTheField(String text) {
    assertThatThrownBy(() -> RuleSetReader.period(text, "ruleSet.AL.period"))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("ruleSet.AL.period: '" + text + "'");
  }

  @Test
  void aNameIsABuiltInRuleSetAndNoneIsTheLaw() throws Exception {
    assertThat(read("'al-n1-yearly'")).isSameAs(CATALOG.ruleSet("al-n1-yearly"));
    assertThat(RuleSetReader.read(null, CATALOG, List.of(Benefit.AL))).isSameAs(CATALOG.ruleSet("law"));
  }

  @Test
  void anInlineRuleSetKeepsWhatItDoesNotGiveFromItsBase() throws Exception {
    // AL law (CCH R822-3, R822-5; AlRuleSets.law): M-13..M-2, alimony over N-1, self-employed profits over N-2, quarterly
    BenefitRules r = al("{'schedule': {'every': 12, 'anchorMonth': 7}}");
    assertThat(r.defaultPeriod()).isEqualTo(ReferencePeriod.rolling(-13, -2));
    assertThat(r.period(IncomeCategory.ALIMONY_RECEIVED)).isEqualTo(ReferencePeriod.calendarYear(-1));
    assertThat(r.schedule()).isEqualTo(RecalculationSchedule.yearly(7));
    assertThat(r.policy()).isEqualTo(RegularisationPolicy.alwaysRegularise());

    BenefitRules n1 = al("{'period': 'N-1', 'periods': {'selfEmployedAnnual': 'N-1'}, 'decisionDay': 15}");
    assertThat(n1.defaultPeriod()).isEqualTo(ReferencePeriod.calendarYear(-1));
    assertThat(n1.period(IncomeCategory.SELF_EMPLOYED_ANNUAL)).isEqualTo(ReferencePeriod.calendarYear(-1));
    assertThat(n1.period(IncomeCategory.ALIMONY_RECEIVED)).isEqualTo(ReferencePeriod.calendarYear(-1));
    assertThat(n1.schedule()).isEqualTo(RecalculationSchedule.quarterly());
    assertThat(n1.option(DecisionTimeline.DECISION_DAY_OPTION, "1")).isEqualTo("15");

    RuleSet on = read("{'name': 'r', 'base': 'al-n1-yearly', 'AL': {'decisionDay': 2}}");
    assertThat(on.name()).isEqualTo("r");
    assertThat(on.rules(Benefit.AL).schedule()).isEqualTo(RecalculationSchedule.yearly(1));
    assertThat(on.rules(Benefit.RSA)).isEqualTo(CATALOG.ruleSet("al-n1-yearly").rules(Benefit.RSA));
  }

  @Test
  void aPolicyReadsItsThresholdsStrictly() throws Exception {
    RegularisationPolicy p = al("{'policy': {'indus': {'ceiling': {'euros': 50}},"
        + " 'rappels': {'deMinimis': {'monthsOfRight': 0.5}}}}").policy();
    long right = Fixed.euros("200");
    assertThat(p.decide(Fixed.euros("-60"), right)).isEqualTo(Outcome.FROZEN_ABOVE_THRESHOLD);
    assertThat(p.decide(Fixed.euros("-50"), right)).isEqualTo(Outcome.APPLIED); // "strictly above" the ceiling
    assertThat(p.decide(Fixed.euros("99.99"), right)).isEqualTo(Outcome.FROZEN_DE_MINIMIS); // below 0.5 x 200
    assertThat(p.decide(Fixed.euros("100"), right)).isEqualTo(Outcome.APPLIED);
    assertThat(p.correctedDataFeedFutureDecisions()).isTrue();
    assertThat(p.recoveryLimit()).isEqualTo(RecoveryLimit.none());
  }

  @Test
  void aPolicyReadsItsSwitchesAndRecoveryLimit() throws Exception {
    RegularisationPolicy never = al("{'policy': {'regularise': false, 'correctedDataFeedFutureDecisions': false,"
        + " 'recoveryLimit': 'legal'}}").policy();
    assertThat(never.decide(Fixed.euros("-1"), Fixed.euros("200"))).isEqualTo(Outcome.FROZEN_NEVER);
    assertThat(never.correctedDataFeedFutureDecisions()).isFalse();
    assertThat(never.recoveryLimit()).isEqualTo(RecoveryLimit.legal());
    assertThat(al("{'policy': {'recoveryLimit': 12}}").policy().recoveryLimit()).isEqualTo(RecoveryLimit.months(12));
  }

  @Test
  void aThresholdHasOneUnit() {
    assertThatThrownBy(() -> al("{'policy': {'indus': {'ceiling': {'euros': 50, 'monthsOfRight': 1}}}}"))
        .hasMessageStartingWith("ruleSet.AL.policy.indus.ceiling: ");
    assertThatThrownBy(() -> al("{'policy': {'indus': {'ceiling': {'percent': 5}}}}"))
        .hasMessageStartingWith("ruleSet.AL.policy.indus.ceiling.percent: 'percent' is not a known field");
  }

  @Test
  void anUnknownBenefitOrCategoryIsNamed() {
    assertThatThrownBy(() -> read("{'name': 'r', 'APL': {}}")).hasMessageStartingWith("ruleSet.APL: 'APL' is not a benefit");
    assertThatThrownBy(() -> al("{'periods': {'wages': 'N-1'}}"))
        .hasMessageStartingWith("ruleSet.AL.periods.wages: 'wages' is not an income category");
    JsonNode noName = JSON.createObjectNode();
    assertThatThrownBy(() -> RuleSetReader.read(noName, CATALOG, List.of(Benefit.AL)))
        .hasMessageStartingWith("ruleSet.name: 'null' is required");
  }

  @Test
  void aTimelineFileRuleSetTakesExperimentOptionsAndParametersToo() throws Exception {
    BenefitRules r = al("{'experiment': {'period': 'M-4..M-2', 'from': '2025-01'}, 'options': {'al.rlsScope': 'conventionne'},"
        + " 'parameters': {'al.amount.flatReduction': [{'from': '2025-01-01', 'value': 0, 'source': 'reform'}]}}");
    assertThat(r.experiment()).contains(new BenefitRules.Experiment(ReferencePeriod.rolling(-4, -2),
        java.time.YearMonth.of(2025, 1)));
    assertThat(r.option("al.rlsScope", "")).isEqualTo("conventionne");
    var flat = r.parameter(fr.benefitcalc.al.parameters.AlParameters.FLAT_REDUCTION);
    assertThat(flat.at(java.time.YearMonth.of(2024, 12))).isEqualTo(Fixed.euros("5")); // CCH D823-16: 5 €
    assertThat(flat.at(java.time.YearMonth.of(2025, 1))).isZero();
    assertThatThrownBy(() -> al("{'options': {'rsa.eligibility.pregnancy': 'law'}}"))
        .hasMessageStartingWith("ruleSet.AL.options.rsa.eligibility.pregnancy: 'rsa.eligibility.pregnancy' is not an option");
  }
}
