package fr.benefitcalc.core.timeline;

import static fr.benefitcalc.core.timeline.Fixtures.QUARTERLY_M13_M2;
import static fr.benefitcalc.core.timeline.Fixtures.SPAN_2024_2025;
import static fr.benefitcalc.core.timeline.Fixtures.al;
import static fr.benefitcalc.core.timeline.Fixtures.corrected;
import static fr.benefitcalc.core.timeline.Fixtures.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.parameters.ParameterOutOfRangeException;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.policy.Outcome;
import fr.benefitcalc.core.timeline.policy.RecoveryLimit;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy.Limits;
import fr.benefitcalc.core.timeline.policy.Threshold;
import fr.benefitcalc.core.timeline.policy.TimelineParameters;
import fr.benefitcalc.core.timeline.regularisation.Regularisation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Frozen-effects policies on the situation of {@link ReopeningTest}: four decisions reopened on
 * 2025-05-20. The decisions 2024-07, 2024-10 and 2025-01 have their 3 months paid: each is a
 * regularisation event of 3 × −20 € = −60 € (indu); the decision 2025-04 has only April paid (on
 * 2025-05-05): an event of −20 €, its May and June not yet paid. Monthly right max(200, 180) = 200 €.
 * The rappel case corrects the month to 60 €: the average falls by 20 €, the events are +60 € and +20 €.
 * When an event is frozen, its decision keeps paying 200 € for its months not yet paid (droits figés),
 * each gap recorded as {@link Outcome#FROZEN_AMOUNT_KEPT}.
 */
class PolicyTest {
  private static final LocalDate LATE = LocalDate.of(2025, 5, 20);
  private static final Household INDU = corrected(YearMonth.of(2024, 3), "540", LATE);
  private static final Household RAPPEL = corrected(YearMonth.of(2024, 3), "60", LATE);

  private static BenefitTimeline run(Household h, RegularisationPolicy policy) {
    return run(h, policy, SPAN_2024_2025);
  }

  private static BenefitTimeline run(Household h, RegularisationPolicy policy, MonthRange span) {
    return DecisionTimeline.compute(h, Map.of(Benefit.AL, ToyRule.housing()),
        al(QUARTERLY_M13_M2.withPolicy(policy)), span).of(Benefit.AL);
  }

  @Test
  void neverRegulariseFreezesEverything() {
    BenefitTimeline t = run(INDU, RegularisationPolicy.neverRegularise());

    assertThat(t.regularisations()).hasSize(12);
    assertThat(t.regularisations()).filteredOn(r -> r.outcome() == Outcome.FROZEN_NEVER).extracting(Regularisation::month)
        .containsExactlyElementsOf(MonthRange.of(YearMonth.of(2024, 7), YearMonth.of(2025, 4)));
    assertThat(t.regularisations()).filteredOn(r -> r.outcome() == Outcome.FROZEN_AMOUNT_KEPT)
        .extracting(Regularisation::month).containsExactly(YearMonth.of(2025, 5), YearMonth.of(2025, 6));
    assertThat(t.appliedIndus()).isZero();
    assertThat(t.frozenIndus()).isEqualTo(euros("-240"));
    assertThat(t.paid().at(YearMonth.of(2025, 6))).isEqualTo(euros("200"));
  }

  @Test
  void aCeilingInEurosFreezesEventsStrictlyAboveIt() {
    // the three −60 € events are frozen; the −20 € one of 2025-04 is applied and May, June are paid 180 €
    BenefitTimeline t = run(INDU, RegularisationPolicy.alwaysRegularise().withCeiling(Threshold.euros("50")));
    assertThat(t.regularisations()).hasSize(10);
    assertThat(t.regularisations()).filteredOn(r -> r.outcome() == Outcome.FROZEN_ABOVE_THRESHOLD).hasSize(9);
    assertThat(t.frozenIndus()).isEqualTo(euros("-180"));
    assertThat(t.appliedIndus()).isEqualTo(euros("-20"));
    assertThat(t.paid().at(YearMonth.of(2025, 5))).isEqualTo(euros("180"));
    assertThat(run(INDU, RegularisationPolicy.alwaysRegularise().withCeiling(Threshold.euros("60"))).appliedIndus())
        .isEqualTo(euros("-200"));
  }

  @Test
  void aCeilingInMonthsOfRightScalesWithTheRight() {
    // 0.25 × 200 = 50 < 60: frozen; 0.3 × 200 = 60: applied
    assertThat(run(INDU, RegularisationPolicy.alwaysRegularise().withCeiling(Threshold.monthsOfRight("0.25")))
        .frozenIndus()).isEqualTo(euros("-180"));
    assertThat(run(INDU, RegularisationPolicy.alwaysRegularise().withCeiling(Threshold.monthsOfRight("0.3")))
        .appliedIndus()).isEqualTo(euros("-200"));
  }

  @Test
  void aDeMinimisAmountFreezesEventsStrictlyBelowIt() {
    assertThat(run(INDU, RegularisationPolicy.alwaysRegularise().withDeMinimis(Threshold.euros("100"))).regularisations())
        .filteredOn(r -> r.outcome() != Outcome.FROZEN_AMOUNT_KEPT).hasSize(10)
        .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.FROZEN_DE_MINIMIS));
    // 60 is not below 60: the three −60 € events are applied; the −20 € one is frozen and its decision keeps 200 €
    BenefitTimeline t = run(INDU, RegularisationPolicy.alwaysRegularise().withDeMinimis(Threshold.euros("60")));
    assertThat(t.appliedIndus()).isEqualTo(euros("-180"));
    assertThat(t.frozenIndus()).isEqualTo(euros("-60"));
  }

  @Test
  void indusAndRappelsHaveSeparateThresholds() {
    RegularisationPolicy capIndus = RegularisationPolicy.alwaysRegularise().withIndus(Limits.ceiling(Threshold.euros("50")));
    assertThat(run(INDU, capIndus).frozenIndus()).isEqualTo(euros("-180"));
    assertThat(run(RAPPEL, capIndus).appliedRappels()).isEqualTo(euros("200"));

    RegularisationPolicy capRappels = RegularisationPolicy.alwaysRegularise().withRappels(Limits.ceiling(Threshold.euros("50")));
    assertThat(run(INDU, capRappels).appliedIndus()).isEqualTo(euros("-200"));
    BenefitTimeline rappels = run(RAPPEL, capRappels);
    assertThat(rappels.frozenRappels()).isEqualTo(euros("180"));
    assertThat(rappels.appliedRappels()).isEqualTo(euros("20"));
    assertThat(rappels.regularisations()).allSatisfy(r -> assertThat(r.kind()).isEqualTo(Regularisation.Kind.RAPPEL));
    assertThat(rappels.regularisations()).filteredOn(r -> r.outcome() == Outcome.FROZEN_ABOVE_THRESHOLD).hasSize(9);
  }

  @Test
  void indusOlderThanTwoYearsAreNotRecovered() {
    // 2022-03 corrected on 2024-12-15 reopens 2022-07, 2022-10, 2023-01, 2023-04 (months 2022-07..2023-06).
    // Month m is paid on the 5th of m+1; 2022-11 was paid 2022-12-05 and 2024-12-05 is past: time-barred;
    // 2022-12 was paid 2023-01-05, barred only after 2025-01-05: recovered.
    Household old = corrected(YearMonth.of(2022, 3), "540", LocalDate.of(2024, 12, 15));
    MonthRange span = MonthRange.of(YearMonth.of(2022, 1), YearMonth.of(2024, 12));
    for (RecoveryLimit limit : new RecoveryLimit[] {RecoveryLimit.months(24), RecoveryLimit.legal()}) {
      BenefitTimeline t = run(old, RegularisationPolicy.alwaysRegularise().withRecoveryLimit(limit), span);

      assertThat(t.regularisations()).hasSize(12);
      assertThat(t.regularisations()).filteredOn(r -> r.outcome() == Outcome.FROZEN_PRESCRIBED)
          .extracting(Regularisation::month)
          .containsExactlyElementsOf(MonthRange.of(YearMonth.of(2022, 7), YearMonth.of(2022, 11)));
      assertThat(t.frozenIndus()).isEqualTo(euros("-100"));
      assertThat(t.appliedIndus()).isEqualTo(euros("-140"));
    }
  }

  @Test
  void theRecoveryLimitDoesNotTouchRappels() {
    Household old = corrected(YearMonth.of(2022, 3), "60", LocalDate.of(2024, 12, 15));
    BenefitTimeline t = run(old, RegularisationPolicy.alwaysRegularise().withRecoveryLimit(RecoveryLimit.months(24)),
        MonthRange.of(YearMonth.of(2022, 1), YearMonth.of(2024, 12)));
    assertThat(t.appliedRappels()).isEqualTo(euros("240"));
  }

  @Test
  void theLegalRecoveryLimitIsDatedAndRefusesDatesBefore2021() {
    assertThat(TimelineParameters.RECOVERY_LIMIT_MONTHS.at(LocalDate.of(2021, 1, 1))).isEqualTo(24);
    assertThat(TimelineParameters.RECOVERY_LIMIT_MONTHS.at(LocalDate.of(2026, 12, 31))).isEqualTo(24);
    assertThat(TimelineParameters.RECOVERY_LIMIT_MONTHS.stepAt(LocalDate.of(2026, 12, 31)).source())
        .contains("L553-1").contains("carried on");
    assertThatThrownBy(() -> TimelineParameters.RECOVERY_LIMIT_MONTHS.at(LocalDate.of(2020, 12, 31)))
        .isInstanceOf(ParameterOutOfRangeException.class);
    assertThat(TimelineParameters.TABLE.timelines()).containsExactly(TimelineParameters.RECOVERY_LIMIT_MONTHS);
  }

  @Test
  void correctedDataFeedFutureDecisionsByDefault() {
    // known 2024-08-10: 2024-07 is reopened (the month's first use): its July, paid 2024-08-05, is regularised, its
    // August and September are paid 180 €; 2024-10, 2025-01, 2025-04 use 540 € and pay 180 €
    Household h = corrected(YearMonth.of(2024, 3), "540", LocalDate.of(2024, 8, 10));
    BenefitTimeline t = run(h, RegularisationPolicy.alwaysRegularise());

    assertThat(t.paid().at(YearMonth.of(2024, 8))).isEqualTo(euros("180"));
    assertThat(t.paid().at(YearMonth.of(2024, 10))).isEqualTo(euros("180"));
    assertThat(t.regularisations()).hasSize(1);
    assertThat(t.appliedIndus()).isEqualTo(euros("-20"));
  }

  @Test
  void correctedDataCanBeKeptOutOfFutureDecisions() {
    // 2024-03 was first used on 2024-07-01 at 300 €: later decisions keep 300 € and pay 200 €; the 9 months
    // 2024-10..2025-06 owe 20 € each (−180 €), frozen on their decision dates. 2024-07 itself is reopened: its
    // July (paid) is regularised (−20 €), its August and September are paid 180 €.
    Household h = corrected(YearMonth.of(2024, 3), "540", LocalDate.of(2024, 8, 10));
    BenefitTimeline t = run(h, RegularisationPolicy.alwaysRegularise().withCorrectedDataFeedingFutureDecisions(false));

    assertThat(t.paid().at(YearMonth.of(2024, 10))).isEqualTo(euros("200"));
    assertThat(t.paid().at(YearMonth.of(2025, 6))).isEqualTo(euros("200"));
    assertThat(t.due().at(YearMonth.of(2025, 6))).isEqualTo(euros("180"));
    assertThat(t.appliedIndus()).isEqualTo(euros("-20"));
    assertThat(t.paid().at(YearMonth.of(2024, 8))).isEqualTo(euros("180"));
    assertThat(t.regularisations()).filteredOn(r -> r.outcome() == Outcome.FROZEN_DATA).hasSize(9)
        .allSatisfy(r -> {
          assertThat(r.amountFixed()).isEqualTo(euros("-20"));
          assertThat(r.decidedOn()).isEqualTo(r.decisionMonth().atDay(1));
        });
    assertThat(t.frozenIndus()).isEqualTo(euros("-180"));
  }

  @Test
  void aFrozenDecisionCanPayTheCorrectedAmountInstead() {
    // as aCeilingInEurosFreezesEventsStrictlyAboveIt with a ceiling of 10 €: the −20 € event of 2025-04 is frozen
    // too; by default May and June keep 200 € (kept), with the switch they are paid 180 € and only April is frozen
    RegularisationPolicy ceiling = RegularisationPolicy.alwaysRegularise().withCeiling(Threshold.euros("10"));
    BenefitTimeline kept = run(INDU, ceiling);
    assertThat(kept.paid().at(YearMonth.of(2025, 5))).isEqualTo(euros("200"));
    assertThat(kept.regularisations()).filteredOn(r -> r.outcome() == Outcome.FROZEN_AMOUNT_KEPT)
        .extracting(Regularisation::month).containsExactly(YearMonth.of(2025, 5), YearMonth.of(2025, 6));
    assertThat(kept.frozenIndus()).isEqualTo(euros("-240"));

    BenefitTimeline corrected = run(INDU, ceiling.withFrozenDecisionPayingCorrectedAmount(true));
    assertThat(corrected.paid().at(YearMonth.of(2025, 5))).isEqualTo(euros("180"));
    assertThat(corrected.paid().at(YearMonth.of(2025, 6))).isEqualTo(euros("180"));
    assertThat(corrected.regularisations()).noneMatch(r -> r.outcome() == Outcome.FROZEN_AMOUNT_KEPT);
    assertThat(corrected.frozenIndus()).isEqualTo(euros("-200"));
    for (BenefitTimeline t : new BenefitTimeline[] {kept, corrected}) {
      for (YearMonth m : SPAN_2024_2025) {
        assertThat(t.paid().at(m) + t.applied(m) + t.frozen(m)).as("month %s", m).isEqualTo(t.due().at(m));
      }
    }
  }

  @Test
  void thresholdsRefuseNegativeValues() {
    assertThatThrownBy(() -> Threshold.euros("-1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> RecoveryLimit.months(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
