package fr.benefitcalc.rsapa.resources;

import fr.benefitcalc.core.money.Euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.time.Months;
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
  void salaryStoppedInTheMonthIsNeutralisedUnlessSubstitutionIncome() { // GEN-RSA-11
    var b = ResourceHistory.builder(1);
    for (int m = 3; m <= 5; m++) {
      b.value(0, IncomeCategory.SALARY_NET, YearMonth.of(2025, m), Euros.of("700"));
    }
    assertThat(QuarterlyResources.activity(view(b), 0, JUNE, JUNE - 3, JUNE - 1, 0)).isZero();
    b.value(0, IncomeCategory.UNEMPLOYMENT_NET, YearMonth.of(2025, 6), Euros.of("400"));
    assertThat(QuarterlyResources.activity(view(b), 0, JUNE, JUNE - 3, JUNE - 1, 0)).isEqualTo(Fixed.euros("700"));
  }

  @Test
  void stoppedAlimonyIsReducedByTheAllowance() {
    var b = ResourceHistory.builder(1);
    for (int m = 3; m <= 5; m++) {
      b.value(0, IncomeCategory.ALIMONY_RECEIVED, YearMonth.of(2025, m), Euros.of("1000"));
    }
    long allowance = Fixed.euros("1939.56"); // 3 × 646.52
    long other = QuarterlyResources.other(view(b), 0, JUNE, JUNE - 3, JUNE - 1, allowance);
    assertThat(Fixed.toCent(other)).isEqualTo(Fixed.euros("353.48")); // (3000 − 1939.56) / 3
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
