package fr.benefitcalc.core.household;

import fr.benefitcalc.core.money.Euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HouseholdTest {
  private final Person a = Person.adult("a1", LocalDate.of(1980, 1, 1));
  private final Person b = Person.adult("a2", LocalDate.of(1982, 1, 1));
  private final Person c = Person.child("c1", LocalDate.of(2015, 1, 1));

  @Test
  void coupleFlagMustMatchTheAdults() {
    assertThatThrownBy(() -> new Household("h1", List.of(a, b), false, Optional.empty(), Map.of(), false, false,
        Optional.empty(), ResourceHistory.empty(2))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("household.couple");
  }

  @Test
  void moreThanTwoAdultsOrNoAdultAreRefused() {
    Person d = Person.adult("a3", LocalDate.of(1990, 1, 1));
    assertThatThrownBy(() -> Household.builder("h").person(a).person(b).person(d).build()).hasMessageContaining("3 adults").hasMessageContaining("more than two");
    assertThatThrownBy(() -> Household.builder("h").person(c).build()).hasMessageContaining("adult");
  }

  @Test
  void afBaseDefaultsToAf() {
    Household h = Household.builder("h").person(a).person(c)
        .received(ReceivedBenefit.AF, MonthlyAmounts.constant(Euros.of("73.33"))).build();
    assertThat(h.received(ReceivedBenefit.AF_BASE, 24300)).isEqualTo(Fixed.euros("73.33"));
    assertThat(h.received(ReceivedBenefit.CF, 24300)).isZero();
    assertThat(h.applicant()).isEqualTo(a);
  }

  @Test
  void negativeRentAndUnknownZoneAreNamed() {
    assertThatThrownBy(() -> Housing.tenant(2, MonthlyAmounts.constant(Euros.of("-1"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("housing.rent").hasMessageContaining("-1");
    assertThatThrownBy(() -> Housing.tenant(4, MonthlyAmounts.constant(Euros.of("400"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("housing.zone").hasMessageContaining("4");
  }
}
