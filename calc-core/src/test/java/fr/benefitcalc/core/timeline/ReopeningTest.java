package fr.benefitcalc.core.timeline;

import static fr.benefitcalc.core.timeline.Fixtures.QUARTERLY_M13_M2;
import static fr.benefitcalc.core.timeline.Fixtures.SPAN_2024_2025;
import static fr.benefitcalc.core.timeline.Fixtures.YEARLY_N1_JANUARY;
import static fr.benefitcalc.core.timeline.Fixtures.al;
import static fr.benefitcalc.core.timeline.Fixtures.corrected;
import static fr.benefitcalc.core.timeline.Fixtures.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.core.timeline.policy.Outcome;
import fr.benefitcalc.core.timeline.regularisation.Regularisation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One correction of one month's salary: which decisions it reopens. Hand computation with the toy
 * rule: salary 300 € every month gives 500 − 300 = 200 €; correcting one month to 540 € raises the
 * 12-month average by 240 / 12 = 20 €, so each decision whose window holds that month falls to 180 €.
 * Month m is paid on the 5th of m+1 (default payment day): a reopening regularises the months paid
 * by its date; the later months of the decision are paid 180 € directly.
 */
class ReopeningTest {
  private static final LocalDate LATE = LocalDate.of(2025, 5, 20);

  private static BenefitTimeline run(Household h, fr.benefitcalc.core.rules.BenefitRules rules) {
    return DecisionTimeline.compute(h, Map.of(Benefit.AL, ToyRule.housing()), al(rules), SPAN_2024_2025).of(Benefit.AL);
  }

  @Test
  void quarterlyM13M2ReopensTheFourDecisionsWhoseWindowsHoldTheMonth() {
    // 2024-03 is in M-13..M-2 of D for D in 2024-05..2025-04: quarterly decisions 2024-07, 2024-10, 2025-01, 2025-04;
    // on 2025-05-20 the months up to 2025-04 (paid 2025-05-05) are paid: 10 indus; 2025-05 and 2025-06 are paid 180
    BenefitTimeline t = run(corrected(YearMonth.of(2024, 3), "540", LATE), QUARTERLY_M13_M2);

    assertThat(t.decisions()).hasSize(8);
    assertThat(t.reopenedDecisions()).extracting(Decision::month).containsExactly(
        YearMonth.of(2024, 7), YearMonth.of(2024, 10), YearMonth.of(2025, 1), YearMonth.of(2025, 4));
    assertThat(t.reopenedDecisions()).allSatisfy(d -> assertThat(d.reopenedOn()).containsExactly(LATE));
    assertThat(t.regularisations()).hasSize(10).allSatisfy(r -> {
      assertThat(r.amountFixed()).isEqualTo(euros("-20"));
      assertThat(r.kind()).isEqualTo(Regularisation.Kind.INDU);
      assertThat(r.outcome()).isEqualTo(Outcome.APPLIED);
      assertThat(r.decidedOn()).isEqualTo(LATE);
      assertThat(r.causes()).singleElement().isInstanceOf(Cause.DataRevision.class);
    });
    assertThat(t.regularisations()).extracting(Regularisation::month)
        .containsExactlyElementsOf(MonthRange.of(YearMonth.of(2024, 7), YearMonth.of(2025, 4)));
    assertThat(t.appliedIndus()).isEqualTo(euros("-200"));
    assertThat(t.paid().total()).isEqualTo(euros("200") * 22 + euros("180") * 2);
    assertThat(t.paid().at(YearMonth.of(2025, 4))).isEqualTo(euros("200"));
    assertThat(t.paid().at(YearMonth.of(2025, 5))).isEqualTo(euros("180"));
    assertThat(t.due().at(YearMonth.of(2024, 6))).isEqualTo(euros("200"));
    assertThat(t.due().at(YearMonth.of(2024, 7))).isEqualTo(euros("180"));
    assertThat(t.due().at(YearMonth.of(2025, 6))).isEqualTo(euros("180"));
    assertThat(t.due().at(YearMonth.of(2025, 7))).isEqualTo(euros("200"));
  }

  @Test
  void yearlyN1ReopensOneDecision() {
    // 2024-03 is in N-1 only for the decision of January 2025, which covers the 12 months of 2025; on 2025-05-20
    // January to April 2025 are paid (2025-05-05 for April): 4 indus; May to December are paid 180
    BenefitTimeline t = run(corrected(YearMonth.of(2024, 3), "540", LATE), YEARLY_N1_JANUARY);

    assertThat(t.decisions()).extracting(Decision::month).containsExactly(YearMonth.of(2024, 1), YearMonth.of(2025, 1));
    assertThat(t.reopenedDecisions()).extracting(Decision::month).containsExactly(YearMonth.of(2025, 1));
    assertThat(t.regularisations()).hasSize(4).allSatisfy(r -> assertThat(r.amountFixed()).isEqualTo(euros("-20")));
    assertThat(t.regularisations()).extracting(Regularisation::month)
        .containsExactlyElementsOf(MonthRange.of(YearMonth.of(2025, 1), YearMonth.of(2025, 4)));
    assertThat(t.appliedIndus()).isEqualTo(euros("-80"));
    assertThat(t.paid().at(YearMonth.of(2025, 4))).isEqualTo(euros("200"));
    assertThat(t.paid().at(YearMonth.of(2025, 5))).isEqualTo(euros("180"));
    assertThat(t.paid().at(YearMonth.of(2025, 12))).isEqualTo(euros("180"));
  }

  @Test
  void aCorrectionKnownBeforeADecisionIsUsedByIt() {
    // known 2024-08-10: only the decision of 2024-07 was taken before; of its months only 2024-07 was paid (on
    // 2024-08-05): one indu, and 2024-08 and 2024-09 are paid 180; the next three decisions pay 180 at once
    BenefitTimeline t = run(corrected(YearMonth.of(2024, 3), "540", LocalDate.of(2024, 8, 10)), QUARTERLY_M13_M2);

    assertThat(t.reopenedDecisions()).extracting(Decision::month).containsExactly(YearMonth.of(2024, 7));
    assertThat(t.regularisations()).singleElement().satisfies(r -> {
      assertThat(r.month()).isEqualTo(YearMonth.of(2024, 7));
      assertThat(r.amountFixed()).isEqualTo(euros("-20"));
    });
    assertThat(t.paid().at(YearMonth.of(2024, 7))).isEqualTo(euros("200"));
    assertThat(t.paid().at(YearMonth.of(2024, 8))).isEqualTo(euros("180"));
    assertThat(t.paid().at(YearMonth.of(2024, 9))).isEqualTo(euros("180"));
    assertThat(t.paid().at(YearMonth.of(2024, 10))).isEqualTo(euros("180"));
    assertThat(t.paid().at(YearMonth.of(2025, 6))).isEqualTo(euros("180"));
    assertThat(t.paid().at(YearMonth.of(2025, 7))).isEqualTo(euros("200"));
  }

  @Test
  void theDecisionDayDecidesWhichDataADecisionSees() {
    // known 2025-04-10: after a decision on April 1st, before one on April 15th
    Household h = corrected(YearMonth.of(2024, 3), "540", LocalDate.of(2025, 4, 10));
    BenefitTimeline onFirst = run(h, QUARTERLY_M13_M2);
    BenefitTimeline onFifteenth = run(h, QUARTERLY_M13_M2.withOption(DecisionTimeline.DECISION_DAY_OPTION, "15"));

    assertThat(onFirst.reopenedDecisions()).hasSize(4);
    assertThat(onFifteenth.reopenedDecisions()).hasSize(3);
    assertThat(onFifteenth.decisions().get(5).decidedOn()).isEqualTo(LocalDate.of(2025, 4, 15));
    assertThat(onFifteenth.paid().at(YearMonth.of(2025, 4))).isEqualTo(euros("180"));
  }

  @Test
  void withoutLateDataThereIsNoRegularisation() {
    BenefitTimeline t = run(Fixtures.single(Fixtures.salary300(1).build()), QUARTERLY_M13_M2);

    assertThat(t.regularisations()).isEmpty();
    assertThat(t.reopenedDecisions()).isEmpty();
    assertThat(t.paid()).isEqualTo(t.due());
  }

  @Test
  void aCorrectionThatChangesNothingIsNoRegularisation() {
    BenefitTimeline t = run(corrected(YearMonth.of(2024, 3), "300", LATE), QUARTERLY_M13_M2);

    assertThat(t.regularisations()).isEmpty();
  }

  @Test
  void aSpanStartingMidQuarterKeepsTheQuarterDecision() {
    BenefitTimeline t = DecisionTimeline.compute(corrected(YearMonth.of(2024, 3), "540", LATE),
        Map.of(Benefit.AL, ToyRule.housing()), al(QUARTERLY_M13_M2),
        MonthRange.of(YearMonth.of(2024, 8), YearMonth.of(2024, 12))).of(Benefit.AL);

    assertThat(t.decisions()).extracting(Decision::month).containsExactly(YearMonth.of(2024, 7), YearMonth.of(2024, 10));
    assertThat(t.decisions().get(0).coverage()).isEqualTo(MonthRange.of(YearMonth.of(2024, 8), YearMonth.of(2024, 9)));
    assertThat(t.regularisations()).extracting(Regularisation::month).containsExactlyElementsOf(
        MonthRange.of(YearMonth.of(2024, 8), YearMonth.of(2024, 12)));
  }

  @Test
  void refusesARuleGivenForAnotherBenefit() {
    assertThatThrownBy(() -> DecisionTimeline.compute(corrected(YearMonth.of(2024, 3), "540", LATE),
        Map.of(Benefit.RSA, ToyRule.housing()), al(QUARTERLY_M13_M2), SPAN_2024_2025))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RSA");
  }

  @Test
  void refusesABadDecisionDay() {
    assertThatThrownBy(() -> run(corrected(YearMonth.of(2024, 3), "540", LATE),
        QUARTERLY_M13_M2.withOption(DecisionTimeline.DECISION_DAY_OPTION, "31")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeline.decision-day");
  }

  @Test
  void everyMonthConserves() {
    BenefitTimeline t = run(corrected(YearMonth.of(2024, 3), "540", LATE), QUARTERLY_M13_M2);
    for (YearMonth m : SPAN_2024_2025) {
      assertThat(t.paid().at(m) + t.applied(m) + t.frozen(m)).as("month %s", m).isEqualTo(t.due().at(m));
    }
    assertThat(List.copyOf(t.regularisations())).isEqualTo(t.regularisations());
  }
}
