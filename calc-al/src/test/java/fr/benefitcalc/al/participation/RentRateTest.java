package fr.benefitcalc.al.participation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.al.AlRuleSets;
import fr.benefitcalc.al.parameters.MonthParameters;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.Months;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class RentRateTest {
  private final MonthParameters p = MonthParameters.of(AlRuleSets.law(), Months.index(YearMonth.of(2025, 1)));

  @Test
  void exampleOfTheReferenceDocument() {
    // reference-rules.md §1.7: L = 329.71, LR = 287.35, RL = 1.1474, TL = 0.0068 x 0.3974 + 0.00135 = 0.004052
    long rl = RentRate.ratio(Fixed.euros("329.71"), Fixed.euros("287.35"), false);
    assertThat(Fixed.toBigDecimal(RentRate.rate(p, rl, false)).setScale(6, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("0.004052");
  }

  @Test
  void legalRoundingOfRlAndTl() {
    // arrêté du 27/09/2019 art. 14: RL 114.74 % (to 0.01 %), TL = 0.68 % x 39.74 % + 0.135 % = 0.405232 % -> 0.405 %
    long rl = RentRate.ratio(Fixed.euros("329.71"), Fixed.euros("287.35"), true);
    assertThat(rl).isEqualTo(Fixed.rate("1.1474"));
    assertThat(RentRate.rate(p, rl, true)).isEqualTo(Fixed.rate("0.00405"));
  }

  @Test
  void bands() {
    assertThat(RentRate.rate(p, Fixed.rate("0.44"), true)).isZero();
    assertThat(RentRate.rate(p, Fixed.rate("0.60"), false)).isEqualTo(Fixed.rate("0.000675")); // 0.45 % x 15 %
    assertThat(RentRate.rate(p, Fixed.rate("0.60"), true)).isEqualTo(Fixed.rate("0.00068")); // 0.0675 % -> 0.068 %
    assertThat(RentRate.rate(p, Fixed.rate("0.75"), true)).isEqualTo(Fixed.rate("0.00135"));
  }

  @Test
  void participationOfGenAl02() {
    // reference-rules.md §1.12: P0 = 39.15, Pp = 39.15 + 0.03135 x 7 765 = 282.58
    long p0 = PersonalParticipation.minimum(p, Fixed.euros("287.35"), Fixed.euros("59.97"));
    assertThat(p0).isEqualTo(Fixed.euros("39.15"));
    long pp = PersonalParticipation.of(p0, Fixed.rate("0.03135"), Fixed.euros("13000"), Fixed.euros("5235"));
    assertThat(Fixed.toCent(pp)).isEqualTo(Fixed.euros("282.58"));
  }
}
