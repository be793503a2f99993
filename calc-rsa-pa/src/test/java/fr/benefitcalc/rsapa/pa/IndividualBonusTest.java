package fr.benefitcalc.rsapa.pa;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.rsapa.RsaPaRuleSets;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Bonification values of reference-rules.md §3.6 and §5.5 (CSS D843-2). */
class IndividualBonusTest {
  private static int month(int y, int m) {
    return Months.index(YearMonth.of(y, m));
  }

  @Test
  void maximumRoundedToTheCent() { // 181.19 (2024-04), 184.27 (2025-04), 240.63 (2026-04)
    var rules = RsaPaRuleSets.paLaw();
    assertThat(IndividualBonus.maximum(PaMonthParameters.of(rules, month(2024, 6)))).isEqualTo(Fixed.euros("181.19"));
    assertThat(IndividualBonus.maximum(PaMonthParameters.of(rules, month(2025, 6)))).isEqualTo(Fixed.euros("184.27"));
    assertThat(IndividualBonus.maximum(PaMonthParameters.of(rules, month(2026, 6)))).isEqualTo(Fixed.euros("240.63"));
  }

  @Test
  void linearBetween59And120HoursOfSmic() {
    var rules = RsaPaRuleSets.paLaw();
    int june = month(2025, 6); // s1 = 700.92, s2 = 1 425.60
    assertThat(IndividualBonus.of(PaMonthAmounts.of(PaMonthParameters.of(rules, june)), Fixed.euros("700.92"))).isZero();
    assertThat(IndividualBonus.of(PaMonthAmounts.of(PaMonthParameters.of(rules, june)), Fixed.euros("500"))).isZero();
    assertThat(Fixed.toCent(IndividualBonus.of(PaMonthAmounts.of(PaMonthParameters.of(rules, june)), Fixed.euros("1000")))).isEqualTo(Fixed.euros("76.05"));
    assertThat(Fixed.toCent(IndividualBonus.of(PaMonthAmounts.of(PaMonthParameters.of(rules, june)), Fixed.euros("900")))).isEqualTo(Fixed.euros("50.62"));
    assertThat(IndividualBonus.of(PaMonthAmounts.of(PaMonthParameters.of(rules, june)), Fixed.euros("1425.60"))).isEqualTo(Fixed.euros("184.27"));
    assertThat(IndividualBonus.of(PaMonthAmounts.of(PaMonthParameters.of(rules, june)), Fixed.euros("5000"))).isEqualTo(Fixed.euros("184.27"));
  }
}
