package fr.benefitcalc.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.RecalculationSchedule;
import fr.benefitcalc.core.time.ReferencePeriod;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy;
import fr.benefitcalc.core.timeline.policy.Threshold;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The regularisation policy was added to {@link BenefitRules} without breaking its former API. */
class BenefitRulesPolicyTest {
  private static final RegularisationPolicy FIGES = RegularisationPolicy.alwaysRegularise()
      .withCeiling(Threshold.euros("150"));

  @Test
  void defaultsToAlwaysRegularise() {
    assertThat(BenefitRules.of(ReferencePeriod.rolling(-13, -2), RecalculationSchedule.quarterly()).policy())
        .isEqualTo(RegularisationPolicy.alwaysRegularise());
    assertThat(new BenefitRules(ReferencePeriod.rolling(-3, -1), Map.of(), Optional.empty(),
        RecalculationSchedule.quarterly(), Map.of(), Map.of()).policy()).isEqualTo(RegularisationPolicy.alwaysRegularise());
  }

  @Test
  void everyCopyKeepsThePolicy() {
    BenefitRules r = BenefitRules.of(ReferencePeriod.rolling(-13, -2), RecalculationSchedule.quarterly()).withPolicy(FIGES);
    assertThat(r.policy()).isEqualTo(FIGES);
    assertThat(r.withDefaultPeriod(ReferencePeriod.calendarYear(-1)).policy()).isEqualTo(FIGES);
    assertThat(r.withPeriod(IncomeCategory.ALIMONY_RECEIVED, ReferencePeriod.calendarYear(-1)).policy()).isEqualTo(FIGES);
    assertThat(r.withAllPeriods(ReferencePeriod.calendarYear(-1)).policy()).isEqualTo(FIGES);
    assertThat(r.withSchedule(RecalculationSchedule.halfYearly()).policy()).isEqualTo(FIGES);
    assertThat(r.withExperiment(new BenefitRules.Experiment(ReferencePeriod.rolling(-4, -2), YearMonth.of(2024, 10)))
        .policy()).isEqualTo(FIGES);
    assertThat(r.withOption("x", "y").policy()).isEqualTo(FIGES);
    assertThat(r.withOverride(fr.benefitcalc.core.parameters.Timeline.constant("p", java.time.LocalDate.of(2021, 1, 1),
        java.time.LocalDate.of(2026, 12, 31), 1L, "test")).policy()).isEqualTo(FIGES);
  }

  @Test
  void thePolicyTakesPartInEquality() {
    BenefitRules r = BenefitRules.of(ReferencePeriod.fixed(MonthRange.calendarYear(2023)), RecalculationSchedule.yearly(1));
    assertThat(r.withPolicy(FIGES)).isNotEqualTo(r).isEqualTo(r.withPolicy(FIGES));
  }
}
