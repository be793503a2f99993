package fr.benefitcalc.al.amount;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.al.AlRuleSets;
import fr.benefitcalc.al.parameters.MonthParameters;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.Months;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PaidAmountTest {
  private final MonthParameters p = MonthParameters.of(AlRuleSets.law(), Months.index(YearMonth.of(2025, 1)));

  @Test
  void taperOfGenAl08() {
    // reference-rules.md §1.12: zone 1, L_plaf 329.71, D = 1 121.01, S = 1 318.84, rent 1 200: 350.53 x coeff = 210.57
    long d = HighRentTaper.taperRent(p, 1, Fixed.euros("329.71"));
    long s = HighRentTaper.cutOffRent(p, 1, Fixed.euros("329.71"));
    assertThat(d).isEqualTo(Fixed.euros("1121.01"));
    assertThat(s).isEqualTo(Fixed.euros("1318.84"));
    assertThat(HighRentTaper.apply(Fixed.euros("350.53"), Fixed.euros("1200"), d, s)).isEqualTo(Fixed.euros("210.57"));
    assertThat(HighRentTaper.apply(Fixed.euros("350.53"), Fixed.euros("1400"), d, s)).isZero();
  }

  @Test
  void crdsToTheCentAsOpenFisca() {
    // §1.12: 59.74 -> 59.44; GEN-AL-10: 303.17 - 0.98 x 48.45 = 255.69 -> 254.41
    assertThat(PaidAmount.netToCent(p, Fixed.euros("59.74"))).isEqualTo(Fixed.euros("59.44"));
    long afterRls = PaidAmount.afterRls(Fixed.euros("303.17"), SolidarityRentReduction.aidReduction(p, Fixed.euros("48.45")));
    assertThat(PaidAmount.netToCent(p, afterRls)).isEqualTo(Fixed.euros("254.41"));
  }

  @Test
  void netRoundedDownToTheEuroAsCatalaReadsD823_16() {
    // Catala aides_logement tests, Exemple2 (2022-04): amount after the 5 € 353.05; CRDS 1.77; 351 + 1.77 = 352.77
    long crds = PaidAmount.crds(p, Fixed.euros("353.05"));
    assertThat(crds).isEqualTo(Fixed.euros("1.77"));
    assertThat(PaidAmount.roundedDownNetPlusCrds(Fixed.euros("353.05"), crds)).isEqualTo(Fixed.euros("352.77"));
  }

  @Test
  void rlsOnlyBelowTheResourceCeiling() {
    // reference-rules.md §1.10: zone 2 single, ceiling 895 €/month in 2024-2025, amount 48.45 until 2025-05
    assertThat(SolidarityRentReduction.of(p, 2, false, 0, Fixed.euros("10700"))).isEqualTo(Fixed.euros("48.45"));
    assertThat(SolidarityRentReduction.of(p, 2, false, 0, Fixed.euros("10800"))).isZero();
  }
}
