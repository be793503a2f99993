package fr.benefitcalc.al;

import fr.benefitcalc.core.money.Euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.parameters.ParameterOutOfRangeException;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.trace.RecordingTrace;
import fr.benefitcalc.core.trace.Trace;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class InvalidInputTest {
  private final HousingBenefit rule = new HousingBenefit();

  @Test
  void missingHousingNamesTheField() {
    Household h = TestHouseholds.single().build();
    assertThatThrownBy(() -> rule.compute(h, YearMonth.of(2025, 1), TestHouseholds.law()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("household.housing");
  }

  @Test
  void unknownZoneOrNegativeRentAreRefused() {
    assertThatThrownBy(() -> Housing.tenant(4, MonthlyAmounts.constant(Euros.of("400"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("housing.zone");
    assertThatThrownBy(() -> Housing.tenant(2, MonthlyAmounts.constant(Euros.of("-1"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("housing.rent");
  }

  @Test
  void aMonthWithoutParametersRaises() {
    Household h = TestHouseholds.single().tenant(2, "400").build();
    assertThatThrownBy(() -> rule.compute(h, YearMonth.of(2020, 12), TestHouseholds.law()))
        .isInstanceOf(ParameterOutOfRangeException.class);
  }

  @Test
  void ownersAndLodgedFreeGetZeroWithAReason() {
    for (HousingStatus status : new HousingStatus[] {HousingStatus.OWNER, HousingStatus.LODGED_FREE}) {
      Household h = TestHouseholds.single().housing(status, 2, "0", false, false, false).build();
      RecordingTrace trace = Trace.recording();
      assertThat(rule.compute(h, h.resources().finalView(), YearMonth.of(2025, 1), TestHouseholds.law(), trace).cents())
          .isZero();
      assertThat(trace.step("statut")).hasValueSatisfying(s -> assertThat(s.value()).isEqualTo(status.key()));
    }
  }

  @Test
  void anUnknownOptionValueIsAnError() {
    Household h = TestHouseholds.single().tenant(2, "400").build();
    assertThatThrownBy(() -> rule.compute(h, YearMonth.of(2025, 1),
        TestHouseholds.ruleSet(AlRuleSets.law().withOption(AlOptions.FINAL_ROUNDING, "up"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("al.finalRounding");
  }
}
