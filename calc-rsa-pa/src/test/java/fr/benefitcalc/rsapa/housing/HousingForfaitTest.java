package fr.benefitcalc.rsapa.housing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.rsapa.TestHouseholds;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Forfait logement maxima of reference-rules.md §2.5 and §3.7 (CASF R262-9, CSS R844-3). */
class HousingForfaitTest {
  private static final int JUNE_2025 = Months.index(YearMonth.of(2025, 6));

  private static long max(String base, int persons) {
    return HousingForfait.maximum(persons, Fixed.euros(base), Fixed.rate("0.5"), Fixed.rate("0.3"),
        Fixed.rate("0.12"), Fixed.rate("0.16"), Fixed.rate("0.165"));
  }

  @Test
  void rsaMaximaFrom2025() { // 77.58 / 155.16 / 192.02
    assertThat(Fixed.toCent(max("646.52", 1))).isEqualTo(Fixed.euros("77.58"));
    assertThat(Fixed.toCent(max("646.52", 2))).isEqualTo(Fixed.euros("155.16"));
    assertThat(Fixed.toCent(max("646.52", 3))).isEqualTo(Fixed.euros("192.02"));
    assertThat(max("646.52", 6)).isEqualTo(max("646.52", 3));
  }

  @Test
  void paMaximaFrom2024() { // 74.72 / 149.43 / 184.92
    assertThat(Fixed.toCent(max("622.63", 1))).isEqualTo(Fixed.euros("74.72"));
    assertThat(Fixed.toCent(max("622.63", 2))).isEqualTo(Fixed.euros("149.43"));
    assertThat(Fixed.toCent(max("622.63", 3))).isEqualTo(Fixed.euros("184.92"));
  }

  @Test
  void housingBenefitUpToTheMaximumOrInKind() {
    long maximum = Fixed.euros("77.58");
    var tenantWithAl = TestHouseholds.adult("1980-01-01").tenant().receives(ReceivedBenefit.AL, "50").build();
    assertThat(HousingForfait.amount(tenantWithAl, JUNE_2025, maximum)).isEqualTo(Fixed.euros("50"));
    var tenantWithBigAl = TestHouseholds.adult("1980-01-01").tenant().receives(ReceivedBenefit.AL, "300").build();
    assertThat(HousingForfait.amount(tenantWithBigAl, JUNE_2025, maximum)).isEqualTo(maximum);
    var tenantWithout = TestHouseholds.adult("1980-01-01").tenant().build();
    assertThat(HousingForfait.amount(tenantWithout, JUNE_2025, maximum)).isZero();
    var owner = TestHouseholds.adult("1980-01-01").housing(HousingStatus.OWNER).build();
    assertThat(HousingForfait.amount(owner, JUNE_2025, maximum)).isEqualTo(maximum);
    var lodged = TestHouseholds.adult("1980-01-01").housing(HousingStatus.LODGED_FREE).build();
    assertThat(HousingForfait.amount(lodged, JUNE_2025, maximum)).isEqualTo(maximum);
  }
}
