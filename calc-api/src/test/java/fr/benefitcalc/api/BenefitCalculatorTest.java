package fr.benefitcalc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.benefitcalc.al.AlOptions;
import fr.benefitcalc.core.errors.BenefitCalcException;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.parameters.Timeline;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.ReferencePeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class BenefitCalculatorTest {
  private static final YearMonth JAN_2025 = YearMonth.of(2025, 1);

  /** A single adult, tenant in zone 2 at {@code rent}, with the same salary under both concepts. */
  private static Household single(String rent, String salary) {
    return Household.builder("h1")
        .person(Person.adult("a1", LocalDate.of(1985, 1, 1)))
        .housing(Housing.tenant(2, MonthlyAmounts.constant(Euros.of(rent))))
        .resources(ResourceHistory.builder(1)
            .constant(0, IncomeCategory.SALARY_TAXABLE, Euros.of(salary))
            .constant(0, IncomeCategory.SALARY_NET, Euros.of(salary))
            .build())
        .build();
  }

  @Test
  void theAlOfTheReferenceCaseGenAl02() {
    // shared/reference-cases/openfisca-generated-2024-2025.json GEN-AL-02: ALS 59.44 to the cent as
    // OpenFisca computes it (single, zone 2, rent 450, 1 200 net taxable a month; its net pay is far
    // above the RSA, so none is received); the law pays it rounded down to the euro (CCH D823-16)
    Calculation c = BenefitCalculator.create().compute(single("450", "1200"), JAN_2025, Benefit.AL);
    assertThat(c.amount(Benefit.AL)).isEqualTo(Euros.of("59.00"));
    assertThat(BenefitCalculator.create().withRuleSet("openfisca").compute(single("450", "1200"), JAN_2025, Benefit.AL)
        .amount(Benefit.AL)).isEqualTo(Euros.of("59.44"));
    assertThat(c.label(Benefit.AL)).isEqualTo("ALS");
    assertThat(c.trace(Benefit.AL)).isEmpty();
  }

  @Test
  void theRsaCountsTheForfaitLogementOfTheAlTheCalculatorComputed() {
    Household h = single("450", "300");
    Calculation c = BenefitCalculator.create().compute(h, JAN_2025, Benefit.RSA);
    // CASF L262-2: montant forfaitaire 635.71 (décret 2024-396) minus the resources of M-3..M-1 (300),
    // minus the forfait logement of a person receiving an AL: 12 % of the montant forfaitaire (R262-9)
    BigDecimal base = new BigDecimal("635.71");
    BigDecimal expected = base.subtract(new BigDecimal("300")).subtract(base.multiply(new BigDecimal("0.12")))
        .setScale(2, RoundingMode.HALF_UP);
    assertThat(c.amount(Benefit.RSA).getAmount()).isEqualByComparingTo(expected);
    // the same as when the caller computes the AL and gives it
    Calculation al = BenefitCalculator.create().compute(h, JAN_2025, Benefit.AL);
    assertThat(al.amount(Benefit.AL).isPositive()).isTrue();
    Household given = h.withReceived(ReceivedBenefit.AL, MonthlyAmounts.constant(al.amount(Benefit.AL)));
    assertThat(BenefitCalculator.create().compute(given, JAN_2025, Benefit.RSA).amount(Benefit.RSA))
        .isEqualTo(c.amount(Benefit.RSA));
    // and not what an AL forgotten would give
    Household noAl = h.withReceived(ReceivedBenefit.AL, MonthlyAmounts.none());
    assertThat(BenefitCalculator.create().compute(noAl, JAN_2025, Benefit.RSA).amount(Benefit.RSA).getAmount())
        .isEqualByComparingTo("335.71");
  }

  @Test
  void everyBenefitOfTheRuleSetInOneCallTraced() {
    Calculation c = BenefitCalculator.create().traced().compute(single("450", "300"), JAN_2025);
    assertThat(c.benefits().keySet()).containsExactly(Benefit.AL, Benefit.RSA, Benefit.PA);
    assertThat(c.trace(Benefit.AL)).anySatisfy(s -> assertThat(s.article()).contains("CCH"));
    assertThat(c.benefits().get(Benefit.RSA).explanation()).contains("CASF");
    assertThat(c.ruleSet()).isEqualTo("law");
  }

  @Test
  void aSalaryGivenOnlyAsNetIsRefusedForTheAlNeverTakenAsZero() {
    Household h = Household.builder("h7")
        .person(Person.adult("a1", LocalDate.of(1985, 1, 1)))
        .housing(Housing.tenant(2, MonthlyAmounts.constant(Euros.of("450"))))
        .resources(ResourceHistory.builder(1).constant(0, IncomeCategory.SALARY_NET, Euros.of("1200")).build())
        .build();
    assertThatThrownBy(() -> BenefitCalculator.create().compute(h, JAN_2025, Benefit.AL))
        .isInstanceOfSatisfying(BenefitCalcException.class, e -> {
          assertThat(e.household()).contains("h7");
          assertThat(e.field()).isEqualTo("household.persons[0].incomes.salaryTaxable");
        })
        .hasMessageContaining("a1").hasMessageContaining("salaryNet");
    // the RSA alone would compute the AL for its forfait logement: refused too
    assertThatThrownBy(() -> BenefitCalculator.create().compute(h, JAN_2025, Benefit.RSA))
        .isInstanceOf(BenefitCalcException.class).hasMessageContaining("salaryTaxable");
    // given the AL received, the RSA reads only net amounts
    Household withAl = h.withReceived(ReceivedBenefit.AL, MonthlyAmounts.none());
    assertThat(BenefitCalculator.create().compute(withAl, JAN_2025, Benefit.RSA).amount(Benefit.RSA).isZero()).isTrue();
  }

  @Test
  void aPersonBornAfterTheMonthIsRefused() {
    Household h = Household.builder("h2")
        .person(Person.adult("a1", LocalDate.of(1985, 1, 1)))
        .person(Person.child("c1", LocalDate.of(2025, 2, 3)))
        .housing(Housing.tenant(2, MonthlyAmounts.constant(Euros.of("450"))))
        .build();
    assertThatThrownBy(() -> BenefitCalculator.create().compute(h, JAN_2025, Benefit.AL))
        .isInstanceOfSatisfying(BenefitCalcException.class, e -> {
          assertThat(e.household()).contains("h2");
          assertThat(e.field()).isEqualTo("household.persons[1].birthDate");
          assertThat(e.value()).isEqualTo("2025-02-03");
        });
  }

  @Test
  void anUnknownOptionOrValueOrParameterIsRefused() {
    RuleSet law = BuiltInRuleSets.law();
    RuleSet misspelt = law.with("r1", "misspelt", Benefit.AL, law.rules(Benefit.AL).withOption("al.rlsScop", "conventionne"));
    assertThatThrownBy(() -> BenefitCalculator.of(misspelt))
        .isInstanceOfSatisfying(BenefitCalcException.class, e -> {
          assertThat(e.field()).isEqualTo("rules.r1.AL.options.al.rlsScop");
          assertThat(e.value()).isEqualTo("al.rlsScop");
        }).hasMessageContaining(AlOptions.RLS_SCOPE);
    RuleSet badValue = law.with("r2", "bad value", Benefit.AL, law.rules(Benefit.AL).withOption(AlOptions.RLS_SCOPE, "everyone"));
    assertThatThrownBy(() -> BenefitCalculator.of(badValue))
        .isInstanceOf(BenefitCalcException.class).hasMessageContaining("rules.r2.AL.options.al.rlsScope: 'everyone'");
    RuleSet badRsaValue = law.with("r3", "bad value", Benefit.RSA, law.rules(Benefit.RSA).withOption("rsa.eligibility.pregnancy", "yes"));
    assertThatThrownBy(() -> BenefitCalculator.of(badRsaValue))
        .isInstanceOf(BenefitCalcException.class).hasMessageContaining("rules.r3.RSA.options.rsa.eligibility.pregnancy: 'yes'");
    Timeline<Long> unknown = Timeline.constant("rsa.montant_forfaitaire.bas", LocalDate.of(2021, 1, 1), LocalDate.of(2026, 12, 31), 700L, "a misspelt name");
    RuleSet badParameter = law.with("r4", "misspelt parameter", Benefit.RSA, law.rules(Benefit.RSA).withOverride(unknown));
    assertThatThrownBy(() -> BenefitCalculator.create().withRuleSet(badParameter))
        .isInstanceOfSatisfying(BenefitCalcException.class, e -> {
          assertThat(e.field()).isEqualTo("rules.r4.RSA.parameters");
          assertThat(e.value()).isEqualTo("rsa.montant_forfaitaire.bas");
        });
    assertThatThrownBy(() -> BenefitCalculator.create().withRuleSet("lwa"))
        .isInstanceOf(BenefitCalcException.class).hasMessageContaining("rules: 'lwa'").hasMessageContaining("law");
  }

  @Test
  void aPeriodReachingAfterTheMonthIsRefused() {
    assertThatThrownBy(() -> ReferencePeriod.rolling(0, 2))
        .isInstanceOf(BenefitCalcException.class).hasMessageContaining("M..M+2").hasMessageContaining("after the month");
    assertThatThrownBy(() -> ReferencePeriod.calendarYear(0)).isInstanceOf(BenefitCalcException.class);
    RuleSet law = BuiltInRuleSets.law();
    RuleSet fixed2024 = law.with("f", "2024", Benefit.AL,
        law.rules(Benefit.AL).withAllPeriods(ReferencePeriod.fixed(MonthRange.calendarYear(2024))));
    BenefitCalculator calculator = BenefitCalculator.of(fixed2024);
    assertThat(calculator.compute(single("450", "1200"), JAN_2025, Benefit.AL).amount(Benefit.AL)).isNotNull();
    assertThatThrownBy(() -> calculator.compute(single("450", "1200"), YearMonth.of(2024, 6), Benefit.AL))
        .isInstanceOfSatisfying(BenefitCalcException.class, e -> {
          assertThat(e.household()).contains("h1");
          assertThat(e.field()).isEqualTo("rules.f.AL.period");
        });
  }

  @Test
  void aMonthWithoutLegalParametersNamesTheHousehold() {
    assertThatThrownBy(() -> BenefitCalculator.create().compute(single("450", "1200"), YearMonth.of(2019, 1), Benefit.AL))
        .isInstanceOfSatisfying(BenefitCalcException.class, e -> assertThat(e.household()).contains("h1"));
  }

  @Test
  void oneLawDefinedOnce() {
    assertThat(BuiltInRuleSets.all().keySet()).containsOnlyOnce("law");
    assertThat(BuiltInRuleSets.named("law")).isSameAs(BuiltInRuleSets.law());
    assertThat(BenefitCalculator.create().ruleSet()).isSameAs(BuiltInRuleSets.law());
  }
}
