package fr.benefitcalc.core.resources;

import fr.benefitcalc.core.money.Euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.Months;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthlyAmountsOverlayTest {
  private static final int JAN_2025 = Months.index(YearMonth.of(2025, 1));

  @Test
  void overlaysAConstant() {
    MonthlyAmounts m = MonthlyAmounts.overlay(MonthlyAmounts.constant(Euros.of("100")), JAN_2025,
        new long[] {Fixed.euros("80"), Fixed.euros("90")});
    assertThat(m.at(JAN_2025 - 1)).isEqualTo(Fixed.euros("100"));
    assertThat(m.at(JAN_2025)).isEqualTo(Fixed.euros("80"));
    assertThat(m.at(JAN_2025 + 1)).isEqualTo(Fixed.euros("90"));
    assertThat(m.at(JAN_2025 + 2)).isEqualTo(Fixed.euros("100"));
  }

  @Test
  void overlaysMonthByMonthAmountsWhoseOtherMonthsStayZero() {
    MonthlyAmounts base = MonthlyAmounts.byMonthNanoEuros(Map.of(YearMonth.of(2024, 12), Fixed.euros("50"),
        YearMonth.of(2025, 1), Fixed.euros("60")));
    MonthlyAmounts m = MonthlyAmounts.overlay(base, JAN_2025, new long[] {Fixed.euros("70")});
    assertThat(m.at(JAN_2025 - 1)).isEqualTo(Fixed.euros("50"));
    assertThat(m.at(JAN_2025)).isEqualTo(Fixed.euros("70"));
    assertThat(m.at(JAN_2025 + 1)).isZero();
    assertThat(base.at(JAN_2025 + 5)).isZero();
  }
}
