package fr.benefitcalc.lab.compare;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.population.SyntheticPopulation;
import fr.benefitcalc.lab.scenario.ScenarioCatalog;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calibration of the synthetic population ({@code docs/population.md}, "Calibration") on a smaller
 * population than the default run (2 000 households against 100 000), hence wider bounds than the
 * issue's acceptance: the published figures are the inspection report's ([153], [158]), the Cour des
 * comptes' errors at 9 months by benefit and DREES's counts of recipients; the bounds here only guard that
 * the model stays near them.
 */
class CalibrationTest {
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));
  private static ComparisonResult result;

  @BeforeAll
  static void run() {
    Catalog catalog = StandardCatalog.create();
    ScenarioCatalog scenarios = new ScenarioCatalog(catalog);
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    for (Benefit b : Benefit.values()) {
      rules.put(b, catalog.rule(b));
    }
    result = Comparison.run(SyntheticPopulation.forComparison(2_000, 1, SPAN.first(), SPAN.last()), rules,
        new Comparison.Settings(List.of(scenarios.get("S1"), scenarios.get("S0")), SPAN, 0, 2, line -> { }));
  }

  private static BenefitMetrics.Summary summary(String scenario, Benefit b) {
    return result.scenarios().stream().filter(o -> o.scenario().id().equals(scenario)).findFirst().orElseThrow()
        .metrics().get(b).summary(SPAN.length());
  }

  @Test
  void alRightsReopenedWithinTheQuarterNearTenPercent() { // [158]: 10 %; acceptance on 10^5: 8-12 %
    assertThat(summary("S1", Benefit.AL).reopenedMonthShare()).isBetween(0.05, 0.17);
  }

  @Test
  void alErrorAtNineMonthsHigherUnderTheCurrentRulesThanUnderN2() { // [153]: 12 % vs 8 %
    double s1 = summary("S1", Benefit.AL).errorAt9Months();
    double s0 = summary("S0", Benefit.AL).errorAt9Months();
    assertThat(s1).isBetween(0.06, 0.20);
    assertThat(s0).isBetween(0.03, 0.14);
    assertThat(s1).isGreaterThan(s0);
  }

  @Test
  void rsaAndPaErrorsAtNineMonthsNearTheCourDesComptesFigures() { // 2022: RSA nearly 1/6, PA 1/4 (29.5 % in 2023)
    // the declaration errors (of the pay; an income left out at the top of their range), the situations learnt late and the
    // agents' errors are fitted jointly to these and to the AL's (docs/population.md, "Errors by source")
    assertThat(summary("S1", Benefit.RSA).errorAt9Months()).isBetween(0.10, 0.25);
    assertThat(summary("S1", Benefit.PA).errorAt9Months()).isBetween(0.10, 0.35);
    // the Cour's order: the PA (a quarter) above the RSA (a sixth); the declaration errors fall on the pay only
    assertThat(summary("S1", Benefit.PA).errorAt9Months()).isGreaterThan(summary("S1", Benefit.RSA).errorAt9Months());
  }

  @Test
  void theErrorAtNineMonthsIsAccountedForByTheKindsOfItsCauses() {
    // month by month the error left at 9 months is the net of the regularisations not made by then (paid + every
    // regularisation = due), so their absolute values by kind add up to at least the error: a kind left out, or a
    // regularisation counted under none, would break it
    for (String id : List.of("S1", "S0")) {
      for (Benefit b : Benefit.values()) {
        BenefitMetrics.Summary s = summary(id, b);
        BigDecimal left = BigDecimal.ZERO;
        for (BenefitMetrics.CauseKind k : BenefitMetrics.CauseKind.values()) {
          left = left.add(s.leftAt9By(k));
        }
        assertThat(left).as(id + " " + b).isGreaterThanOrEqualTo(s.error9Euros());
        assertThat(s.error9Euros().signum()).as(id + " " + b).isPositive();
      }
    }
    assertThat(Calibration.byOrigin(result)).contains(String.format(java.util.Locale.ROOT,
        "S1 RSA  error at 9 months %5.1f %%:", 100 * summary("S1", Benefit.RSA).errorAt9Months()))
        .contains("S0 PA ").contains("cross_check");
  }

  @Test
  void errorsNeverDetectedWithinTheLimitAreNeverRegularised() {
    // under the former N-2 base the cross-check of N-2 precedes the decision: every error left is one never
    // detected, found (if ever) after the two-year limit of CSS L553-1, so it stays in the error at 24 months
    BenefitMetrics.Summary s0 = summary("S0", Benefit.AL);
    assertThat(s0.errorAt24Months()).isGreaterThan(0.03);
    assertThat(s0.errorAt24Months()).isCloseTo(s0.errorAt9Months(), org.assertj.core.data.Offset.offset(0.02));
    assertThat(summary("S1", Benefit.AL).meanDelayMonths()).isLessThan(24);
  }

  @Test
  void rsaRappelsFromTheNeutralisationAreASmallShareOfTheRsaPaid() {
    BenefitMetrics.Summary rsa = summary("S1", Benefit.RSA);
    BigDecimal share = rsa.rappelsBy(BenefitMetrics.CauseKind.NEUTRALISATION).divide(rsa.paid(), java.math.MathContext.DECIMAL64);
    assertThat(share.doubleValue()).isLessThan(0.07);
  }

  @Test
  void amountsPerRecipientNearThePublishedAverages() {
    // the audit of the national extrapolation (docs/population.md, "Amounts per recipient"): published, AL about
    // 224 € (2023), RSA 527 € (2022), PA 188 € (2022-2023) a month per household paid; the national totals are
    // these averages × the national counts, so a gap here is a gap there
    ScenarioOutcome s1 = result.scenarios().get(0);
    assertThat(Calibration.perRecipient(s1, SPAN.length(), Benefit.AL).orElseThrow())
        .isBetween(0.8 * Calibration.AL_PER_RECIPIENT, 1.2 * Calibration.AL_PER_RECIPIENT);
    assertThat(Calibration.perRecipient(s1, SPAN.length(), Benefit.RSA).orElseThrow())
        .isBetween(0.75 * Calibration.RSA_PER_RECIPIENT, 1.15 * Calibration.RSA_PER_RECIPIENT);
    assertThat(Calibration.perRecipient(s1, SPAN.length(), Benefit.PA).orElseThrow())
        .isBetween(0.8 * Calibration.PA_PER_RECIPIENT, 1.2 * Calibration.PA_PER_RECIPIENT);
  }

  @Test
  void recipientsStandInTheNationalProportions() { // DREES, September 2024: 1.84 M RSA, 4.73 M PA, 5.49 M AL
    double al = summary("S1", Benefit.AL).recipients();
    double rsa = summary("S1", Benefit.RSA).recipients() / al;
    double pa = summary("S1", Benefit.PA).recipients() / al;
    assertThat(rsa).isBetween(0.7 * Calibration.RSA_RECIPIENTS / Calibration.AL_RECIPIENTS,
        1.3 * Calibration.RSA_RECIPIENTS / Calibration.AL_RECIPIENTS);
    assertThat(pa).isBetween(0.7 * Calibration.PA_RECIPIENTS / Calibration.AL_RECIPIENTS,
        1.3 * Calibration.PA_RECIPIENTS / Calibration.AL_RECIPIENTS);
  }

  @Test
  void situationAndProcessingErrorsAreRegularisedUnderTheirOwnCauses() {
    // the situations learnt late and the agents' input errors corrected are named as such (compare's split by
    // cause); the agents' share of the files in error at 9 months is near the CNAF's 17 % of the errors (2011; fitted:
    // docs/population.md), far more than their share of the amounts (their errors are smaller and shorter)
    BenefitMetrics.Summary pa = summary("S1", Benefit.PA);
    assertThat(pa.indusBy(BenefitMetrics.CauseKind.SITUATION).signum()).isNegative();
    assertThat(pa.rappelsBy(BenefitMetrics.CauseKind.SITUATION).signum()).isPositive();
    double files = Calibration.rows(result).stream().filter(r -> r.figure().startsWith("agents' input errors")
        && r.figure().endsWith("files)")).findFirst().orElseThrow().s1().orElseThrow();
    double amounts = Calibration.rows(result).stream().filter(r -> r.figure().startsWith("agents' input errors")
        && r.figure().endsWith("amounts)")).findFirst().orElseThrow().s1().orElseThrow();
    assertThat(files).isBetween(0.08, 0.30);
    assertThat(amounts).isGreaterThan(0).isLessThan(files);
    assertThat(summary("S1", Benefit.AL).rappelsBy(BenefitMetrics.CauseKind.PROCESSING).signum()).isPositive();
  }

  @Test
  void noRegularisationIsUnattributedWithTheBuiltInRules() {
    for (ScenarioOutcome o : result.scenarios()) {
      for (Benefit b : o.benefits()) {
        BenefitMetrics.Summary s = o.metrics().get(b).summary(SPAN.length());
        assertThat(s.indusBy(BenefitMetrics.CauseKind.UNATTRIBUTED)).as("%s %s indus", o.scenario().id(), b).isZero();
        assertThat(s.rappelsBy(BenefitMetrics.CauseKind.UNATTRIBUTED)).as("%s %s rappels", o.scenario().id(), b).isZero();
      }
    }
  }

  @Test
  void calibrationTableNamesEveryFigureWithBothScenarios() {
    List<Calibration.Row> rows = Calibration.rows(result);
    assertThat(rows).hasSize(13);
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.s1()).isPresent();
      assertThat(r.s0()).isPresent();
    });
    assertThat(Calibration.text(rows)).contains("[158]").contains("[153]").contains("DREES").contains("Cour des comptes")
        .contains("CNAF").contains(" €");
  }
}
