package fr.benefitcalc.core.resources;

import fr.benefitcalc.core.money.Euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.money.Fixed;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link MonthlyAmounts#of}, {@link MonthlyAmounts#otherMonths()} and {@link MonthlyAmounts#listedMonths()}. */
class MonthlyAmountsContentTest {
  private static final YearMonth JULY = YearMonth.of(2024, 7);

  @Test
  void otherMonthsWithListedMonths() {
    MonthlyAmounts rent = MonthlyAmounts.ofNanoEuros(Fixed.euros("500"), Map.of(JULY, Fixed.euros("520")));
    assertThat(rent.at(JULY)).isEqualTo(Fixed.euros("520"));
    assertThat(rent.at(JULY.plusMonths(1))).isEqualTo(Fixed.euros("500"));
    assertThat(rent.otherMonths()).isEqualTo(Fixed.euros("500"));
    assertThat(rent.listedMonths()).containsExactly(Map.entry(JULY, Fixed.euros("520")));
  }

  @Test
  void equalsTheConstantAndTheMonthByMonthForms() {
    assertThat(MonthlyAmounts.ofNanoEuros(Fixed.euros("7"), Map.of())).isEqualTo(MonthlyAmounts.constant(Euros.of("7")));
    assertThat(MonthlyAmounts.ofNanoEuros(0, Map.of(JULY, Fixed.euros("3"))))
        .isEqualTo(MonthlyAmounts.byMonthNanoEuros(Map.of(JULY, Fixed.euros("3"))));
    assertThat(MonthlyAmounts.none().listedMonths()).isEmpty();
    assertThat(MonthlyAmounts.none().otherMonths()).isZero();
  }
}
