package fr.benefitcalc.rsapa.rsa;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.rsapa.RsaPaRuleSets;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The amounts of a month derived once, against the published amounts (reference-rules.md §2.3 to §2.5:
 * CASF R262-1, R262-9, décret n° 2025-293 du 29/03/2025, base 646.52 € from 2025-04).
 */
class RsaMonthAmountsTest {
  private static final RsaMonthAmounts JUNE_2025 =
      RsaMonthAmounts.of(RsaMonthParameters.of(RsaPaRuleSets.rsaLaw(), Months.index(YearMonth.of(2025, 6))));

  private static long cents(long amount) {
    return Fixed.toCent(amount);
  }

  @Test
  void flatAmountsByComposition() { // §2.3
    assertThat(cents(JUNE_2025.standard(1, 0))).isEqualTo(Fixed.euros("646.52"));
    assertThat(cents(JUNE_2025.standard(2, 0))).isEqualTo(Fixed.euros("969.78"));
    assertThat(cents(JUNE_2025.standard(1, 1))).isEqualTo(Fixed.euros("969.78"));
    assertThat(cents(JUNE_2025.standard(2, 1))).isEqualTo(Fixed.euros("1163.74"));
    assertThat(cents(JUNE_2025.standard(2, 2))).isEqualTo(Fixed.euros("1357.69"));
    assertThat(cents(JUNE_2025.standard(1, 3))).isEqualTo(Fixed.euros("1422.34"));
    assertThat(cents(JUNE_2025.standard(2, 3))).isEqualTo(Fixed.euros("1616.30"));
    // beyond the compositions held, the same formula: + 0.4 × base for each further child
    long ten = JUNE_2025.standard(2, 10);
    long nine = JUNE_2025.standard(2, 9);
    assertThat(cents(ten - nine)).isEqualTo(Fixed.euros("258.61"));
    assertThat(ten).isEqualTo(RsaFlatAmount.standard(JUNE_2025.parameters(), 2, 10));
  }

  @Test
  void loneParentAmounts() { // §2.4
    assertThat(cents(JUNE_2025.loneParent(0))).isEqualTo(Fixed.euros("830.21"));
    assertThat(cents(JUNE_2025.loneParent(1))).isEqualTo(Fixed.euros("1106.95"));
    assertThat(cents(JUNE_2025.loneParent(3))).isEqualTo(Fixed.euros("1660.42"));
    assertThat(JUNE_2025.loneParent(12)).isEqualTo(RsaFlatAmount.loneParent(JUNE_2025.parameters(), 12));
  }

  @Test
  void housingMaximaCappedAtThreePersons() { // §2.5, 2025-04: 77.58, 155.16, 192.02
    assertThat(cents(JUNE_2025.housingMaximum(1))).isEqualTo(Fixed.euros("77.58"));
    assertThat(cents(JUNE_2025.housingMaximum(2))).isEqualTo(Fixed.euros("155.16"));
    assertThat(cents(JUNE_2025.housingMaximum(3))).isEqualTo(Fixed.euros("192.02"));
    assertThat(JUNE_2025.housingMaximum(7)).isEqualTo(JUNE_2025.housingMaximum(3));
  }

  @Test
  void childLimits() { // §2.3: 0.4 × base; (1.28412 − 1 + 0.42804) × base when the child opens the majoré right
    assertThat(cents(JUNE_2025.childLimit(false))).isEqualTo(Fixed.euros("258.61"));
    assertThat(cents(JUNE_2025.childLimit(true))).isEqualTo(Fixed.euros("460.43"));
  }
}
