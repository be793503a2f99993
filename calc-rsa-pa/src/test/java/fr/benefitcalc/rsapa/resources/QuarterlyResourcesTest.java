package fr.benefitcalc.rsapa.resources;

import fr.benefitcalc.core.money.Euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.time.Months;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Averages and neutralisation of reference-rules.md §2.6 (CASF R262-7, R262-13). */
class QuarterlyResourcesTest {
  private static final int JUNE = Months.index(YearMonth.of(2025, 6));

  private static ResourceView view(ResourceHistory.Builder b) {
    return b.build().finalView();
  }

  @Test
  void averageOverTheQuarter() { // R17: (700 + 200 + 200) / 3
    var b = ResourceHistory.builder(1);
    b.value(0, IncomeCategory.SALARY_NET, YearMonth.of(2025, 3), Euros.of("200"));
    b.value(0, IncomeCategory.SALARY_NET, YearMonth.of(2025, 4), Euros.of("200"));
    b.value(0, IncomeCategory.SALARY_NET, YearMonth.of(2025, 5), Euros.of("700"));
    b.value(0, IncomeCategory.SALARY_NET, YearMonth.of(2025, 6), Euros.of("1000"));
    long avg = QuarterlyResources.activity(view(b), 0, JUNE, JUNE - 3, JUNE - 1, 0);
    assertThat(Fixed.toCent(avg)).isEqualTo(Fixed.euros("366.67"));
  }

  @Test
  void openfiscaSalaryStoppedInTheMonthIsNeutralisedUnlessSubstitutionIncome() { // GEN-RSA-11
    var b = ResourceHistory.builder(1);
    for (int m = 3; m <= 5; m++) {
      b.value(0, IncomeCategory.SALARY_NET, YearMonth.of(2025, m), Euros.of("700"));
    }
    assertThat(QuarterlyResources.activity(view(b), 0, JUNE, JUNE - 3, JUNE - 1, 0, Neutralisation.OPENFISCA)).isZero();
    assertThat(QuarterlyResources.activity(view(b), 0, JUNE, JUNE - 3, JUNE - 1, 0, Neutralisation.OFF))
        .isEqualTo(Fixed.euros("700"));
    // declared: a month without pay is no certain interruption
    assertThat(QuarterlyResources.activity(view(b), 0, JUNE, JUNE - 3, JUNE - 1, 0)).isEqualTo(Fixed.euros("700"));
    b.value(0, IncomeCategory.UNEMPLOYMENT_NET, YearMonth.of(2025, 6), Euros.of("400"));
    assertThat(QuarterlyResources.activity(view(b), 0, JUNE, JUNE - 3, JUNE - 1, 0, Neutralisation.OPENFISCA))
        .isEqualTo(Fixed.euros("700"));
  }

  @Test
  void declaredEndNeutralisesTheEndedPayFromTheDateOfTheDeclaration() {
    var b = ResourceHistory.builder(1);
    for (int m = 3; m <= 5; m++) {
      b.value(0, IncomeCategory.SALARY_NET, YearMonth.of(2025, m), Euros.of("700"), LocalDate.of(2025, m + 1, 10));
    }
    // the contract ended in May, declared on 20 June
    b.value(0, IncomeCategory.ACTIVITY_END_DECLARED, YearMonth.of(2025, 5), Euros.of("1"), LocalDate.of(2025, 6, 20));
    ResourceHistory h = b.build();
    assertThat(QuarterlyResources.activity(h.asOf(LocalDate.of(2025, 6, 15)), 0, JUNE, JUNE - 3, JUNE - 1, 0))
        .isEqualTo(Fixed.euros("700")); // not declared yet
    assertThat(QuarterlyResources.activity(h.asOf(LocalDate.of(2025, 6, 25)), 0, JUNE, JUNE - 3, JUNE - 1, 0)).isZero();
    assertThat(QuarterlyResources.activity(h.finalView(), 0, JUNE, JUNE - 3, JUNE - 1, 0)).isZero();
    // the neutralisation lasts while the pay of the months up to May is in the quarter: July reads April..June
    assertThat(QuarterlyResources.activity(h.finalView(), 0, JUNE + 1, JUNE - 2, JUNE, 0)).isZero();
    // in May itself the contract still ran: nothing is neutralised
    assertThat(QuarterlyResources.activity(h.finalView(), 0, JUNE - 1, JUNE - 4, JUNE - 2, 0))
        .isEqualTo(Fixed.divide(Fixed.euros("1400"), 3));
  }

  @Test
  void declaredEndWithASubstituteIncomeOrANewActivity() {
    var b = ResourceHistory.builder(1);
    b.value(0, IncomeCategory.SALARY_NET, YearMonth.of(2025, 3), Euros.of("900"));
    b.value(0, IncomeCategory.SALARY_NET, YearMonth.of(2025, 4), Euros.of("900"));
    b.value(0, IncomeCategory.ACTIVITY_END_DECLARED, YearMonth.of(2025, 4), Euros.of("1"));
    b.value(0, IncomeCategory.SALARY_NET, YearMonth.of(2025, 5), Euros.of("300")); // a new contract in May
    // the ended pay (March, April) is not counted, the new one is: 300 / 3
    assertThat(QuarterlyResources.activity(view(b), 0, JUNE, JUNE - 3, JUNE - 1, 0)).isEqualTo(Fixed.euros("100"));
    b.value(0, IncomeCategory.UNEMPLOYMENT_NET, YearMonth.of(2025, 6), Euros.of("400"));
    // a substitute income after the end: no certain interruption, everything counts (2 100 / 3)
    assertThat(QuarterlyResources.activity(view(b), 0, JUNE, JUNE - 3, JUNE - 1, 0)).isEqualTo(Fixed.euros("700"));
  }

  @Test
  void stoppedAlimonyIsReducedByTheAllowanceUnlessOff() {
    var b = ResourceHistory.builder(1);
    for (int m = 3; m <= 5; m++) {
      b.value(0, IncomeCategory.ALIMONY_RECEIVED, YearMonth.of(2025, m), Euros.of("1000"));
    }
    long allowance = Fixed.euros("1939.56"); // 3 × 646.52
    long other = QuarterlyResources.other(view(b), 0, JUNE, JUNE - 3, JUNE - 1, allowance);
    assertThat(Fixed.toCent(other)).isEqualTo(Fixed.euros("353.48")); // (3000 − 1939.56) / 3
    assertThat(QuarterlyResources.other(view(b), 0, JUNE, JUNE - 3, JUNE - 1, allowance, Neutralisation.OFF))
        .isEqualTo(Fixed.euros("1000"));
  }

  @Test
  void selfEmployedLastKnownYear() {
    var b = ResourceHistory.builder(1);
    b.annual(0, IncomeCategory.SELF_EMPLOYED_ANNUAL, 2023, Euros.of("12000"));
    b.annualNanoEuros(0, IncomeCategory.SELF_EMPLOYED_ANNUAL, 2024, 0);
    ResourceView v = view(b);
    assertThat(SelfEmployedIncome.monthly(v, 0, 2025, false)).isZero(); // 2024 known as 0
    assertThat(SelfEmployedIncome.monthly(v, 0, 2025, true)).isEqualTo(Fixed.euros("1000")); // OpenFisca: last > 0
    assertThat(SelfEmployedIncome.monthly(v, 0, 2026, false)).isZero();
    assertThat(SelfEmployedIncome.monthly(v, 0, 2027, true)).isZero(); // 2024..2026 only
  }
}
