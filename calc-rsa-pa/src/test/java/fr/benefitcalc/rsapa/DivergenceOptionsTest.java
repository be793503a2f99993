package fr.benefitcalc.rsapa;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.trace.RecordingTrace;
import fr.benefitcalc.core.trace.Trace;
import fr.benefitcalc.rsapa.rsa.Rsa;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Each divergence option switches between the law and OpenFisca (docs/divergences/rsa-pa.md). */
class DivergenceOptionsTest {
  @Test
  void pregnancyOpensTheRsaUnder25() { // CASF L262-4 1°: "enfants nés ou à naître"
    Household h = TestHouseholds.adult("2003-02-01").last(p -> p.asPregnant()).andAdult("2002-05-01").tenant().build();
    // couple without child, 2025-06: 646.52 × 1.5 = 969.78
    assertThat(TestHouseholds.rsa(h, "2025-06", RsaPaRuleSets.lawRuleSet())).isEqualByComparingTo("969.78");
    assertThat(TestHouseholds.rsa(h, "2025-06", RsaPaRuleSets.openfiscaRuleSet())).isEqualByComparingTo("0");
  }

  @Test
  void anApprenticeBelowTheFloorGetsNoPrime() { // CSS L842-2 2°
    Household h = TestHouseholds.adult("2004-01-13").tenant()
        .every(0, IncomeCategory.APPRENTICE_SALARY, "500").build();
    assertThat(TestHouseholds.pa(h, "2025-07", RsaPaRuleSets.lawRuleSet())).isEqualByComparingTo("0");
    // OpenFisca treats the pay as an ordinary salary: 633.21 + 0.5985 × 500 − 633.21 = 299.25
    assertThat(TestHouseholds.pa(h, "2025-07", RsaPaRuleSets.openfiscaRuleSet())).isEqualByComparingTo("299.25");
  }

  @Test
  void aChildWithHighIncomeIsNeitherCountedNorItsIncomeUnderTheLaw() {
    Household h = TestHouseholds.adult("1985-01-01").child("2004-03-01").tenant()
        .salary("2025-04", "2025-06", "1000").every(1, IncomeCategory.SALARY_NET, "400").build();
    BigDecimal law = TestHouseholds.pa(h, "2025-07", RsaPaRuleSets.lawRuleSet());
    BigDecimal openfisca = TestHouseholds.pa(h, "2025-07", RsaPaRuleSets.openfiscaRuleSet());
    assertThat(law).isEqualByComparingTo("307.76"); // as a single person (GEN-PPA-16, Apr-Jun)
    assertThat(openfisca).isLessThan(law);
  }

  @Test
  void neutralisationOptionHasThreeReadingsAndRefusesOthers() { // CASF R262-13
    Household h = TestHouseholds.adult("1985-03-10").tenant().receives(ReceivedBenefit.AL, "250")
        .salary("2025-03", "2025-05", "700").build();
    var law = RsaPaRuleSets.lawRuleSet();
    var rsa = law.rules(fr.benefitcalc.core.rules.Benefit.RSA);
    java.util.function.Function<String, fr.benefitcalc.core.rules.RuleSet> with = v -> law.with("n-" + v, "neutralisation " + v,
        fr.benefitcalc.core.rules.Benefit.RSA, rsa.withOption(RsaPaOptions.NEUTRALISATION, v));
    assertThat(TestHouseholds.rsa(h, "2025-06", with.apply("declared"))).isEqualByComparingTo("0");
    assertThat(TestHouseholds.rsa(h, "2025-06", with.apply("openfisca"))).isEqualByComparingTo("568.94");
    assertThat(TestHouseholds.rsa(h, "2025-06", with.apply("off"))).isEqualByComparingTo("0");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestHouseholds.rsa(h, "2025-06", with.apply("maybe")))
        .hasMessageContaining("rsa.neutralisation").hasMessageContaining("maybe");
  }

  @Test
  void aChildBornInsideTheReferenceQuarterCountsFromTheMonthOfItsBirth() {
    // PA of 2025-04 on the quarter 2025-01..03 (CSS R843-1: the average of the three monthly primes, each with its
    // month's composition), a lone parent earning 1 000 € a month. Child born on 2025-02-15: under the law it counts
    // in February (the month of its birth, whatever the day) and March, so the prime is one third of the prime of a
    // single person and two thirds of that of a lone parent with a baby (increase for isolation, child under 3);
    // OpenFisca counts it in January too, so its prime is that of the lone parent in all three months.
    Household bornInside = TestHouseholds.adult("1990-05-01").child("2025-02-15").tenant()
        .salary("2025-01", "2025-03", "1000").build();
    Household alone = TestHouseholds.adult("1990-05-01").tenant().salary("2025-01", "2025-03", "1000").build();
    Household bornBefore = TestHouseholds.adult("1990-05-01").child("2024-12-01").tenant()
        .salary("2025-01", "2025-03", "1000").build();
    BigDecimal single = TestHouseholds.pa(alone, "2025-04", RsaPaRuleSets.lawRuleSet());
    BigDecimal parent = TestHouseholds.pa(bornBefore, "2025-04", RsaPaRuleSets.lawRuleSet());
    assertThat(parent).isGreaterThan(single);
    BigDecimal law = TestHouseholds.pa(bornInside, "2025-04", RsaPaRuleSets.lawRuleSet());
    BigDecimal weighted = single.add(parent.multiply(BigDecimal.valueOf(2))).divide(BigDecimal.valueOf(3), 2,
        java.math.RoundingMode.HALF_UP);
    assertThat(law.subtract(weighted).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
    assertThat(TestHouseholds.pa(bornInside, "2025-04", RsaPaRuleSets.openfiscaRuleSet())).isEqualByComparingTo(
        TestHouseholds.pa(bornBefore, "2025-04", RsaPaRuleSets.openfiscaRuleSet()));
    // RSA of the month of birth: the child counts in 2025-02 under the law (lone parent's majoré amount)
    assertThat(TestHouseholds.rsa(TestHouseholds.adult("1990-05-01").child("2025-02-15").tenant().build(), "2025-02",
        RsaPaRuleSets.lawRuleSet())).isEqualByComparingTo(TestHouseholds.rsa(
        TestHouseholds.adult("1990-05-01").child("2025-02-01").tenant().build(), "2025-02", RsaPaRuleSets.lawRuleSet()));
  }

  @Test
  void traceNamesEveryStepWithItsArticle() {
    Household h = TestHouseholds.adult("1985-01-01").tenant().receives(ReceivedBenefit.AL, "250").build();
    RecordingTrace trace = Trace.recording();
    var r = new Rsa().compute(h, h.resources().finalView(), YearMonth.of(2025, 6), RsaPaRuleSets.lawRuleSet(), trace);
    assertThat(r.amountFixed()).isEqualTo(Fixed.euros("568.94"));
    assertThat(trace.step("MF").orElseThrow().value()).isEqualTo("646.52");
    assertThat(trace.step("FL").orElseThrow().article()).contains("R262-9");
    assertThat(trace.step("R").orElseThrow().article()).contains("R262-7");
    assertThat(trace.step("RSA").orElseThrow().value()).isEqualTo("568.94");
  }
}
