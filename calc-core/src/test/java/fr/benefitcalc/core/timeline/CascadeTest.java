package fr.benefitcalc.core.timeline;

import static fr.benefitcalc.core.timeline.Fixtures.QUARTERLY_M13_M2;
import static fr.benefitcalc.core.timeline.Fixtures.QUARTERLY_M3_M1;
import static fr.benefitcalc.core.timeline.Fixtures.SPAN_2024_2025;
import static fr.benefitcalc.core.timeline.Fixtures.corrected;
import static fr.benefitcalc.core.timeline.Fixtures.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.core.timeline.policy.Outcome;
import fr.benefitcalc.core.timeline.regularisation.Regularisation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * AL → RSA cascade (report [151]). Toy AL as in {@link ReopeningTest} (200 €, 180 € after the
 * correction); toy RSA = 600 − 300 (net salary, M-3..M-1) − min(AL of the month, 250): 100 € with an
 * AL of 200 €, 120 € with 180 €. The AL correction known 2025-05-20 lowers the AL right of
 * 2024-07..2025-06, so the RSA decisions of 2024-07, 2024-10, 2025-01 and 2025-04 are reopened the
 * same day: each month already paid (up to 2025-04, paid 2025-05-05) a rappel of +20 €, caused by
 * the AL changes; 2025-05 and 2025-06 are paid 120 €.
 */
class CascadeTest {
  private static final LocalDate LATE = LocalDate.of(2025, 5, 20);
  private static final RuleSet RULES = new RuleSet("test", "toy AL and RSA",
      Map.of(Benefit.AL, QUARTERLY_M13_M2, Benefit.RSA, QUARTERLY_M3_M1));

  private static TimelineResult run(Household h) {
    return DecisionTimeline.compute(h, Map.of(Benefit.AL, ToyRule.housing(), Benefit.RSA, ToyRule.minimumIncome()),
        RULES, SPAN_2024_2025);
  }

  @Test
  void anAlRegularisationReopensTheRsaDecisionsThatReadIt() {
    TimelineResult r = run(corrected(YearMonth.of(2024, 3), "540", LATE));
    BenefitTimeline rsa = r.of(Benefit.RSA);

    assertThat(r.of(Benefit.AL).appliedIndus()).isEqualTo(euros("-200"));
    assertThat(rsa.paid().total()).isEqualTo(euros("100") * 22 + euros("120") * 2);
    assertThat(rsa.reopenedDecisions()).extracting(Decision::month).containsExactly(
        YearMonth.of(2024, 7), YearMonth.of(2024, 10), YearMonth.of(2025, 1), YearMonth.of(2025, 4));
    assertThat(rsa.regularisations()).hasSize(10).allSatisfy(reg -> {
      assertThat(reg.amountFixed()).isEqualTo(euros("20"));
      assertThat(reg.kind()).isEqualTo(Regularisation.Kind.RAPPEL);
      assertThat(reg.outcome()).isEqualTo(Outcome.APPLIED);
      assertThat(reg.decidedOn()).isEqualTo(LATE);
      // named: the AL change of every month the decision may read, M-3..M-1 and the months it covers (the
      // engine cannot tell which one the rule read), among the AL months changed, 2024-07..2025-06
      YearMonth from = reg.decisionMonth().minusMonths(3).isBefore(YearMonth.of(2024, 7)) ? YearMonth.of(2024, 7)
          : reg.decisionMonth().minusMonths(3);
      List<Cause> expected = new ArrayList<>();
      for (YearMonth m : MonthRange.of(from, reg.decisionMonth().plusMonths(2))) {
        expected.add(new Cause.LinkedBenefitChanged(Benefit.AL, m, LATE, euros("-20")));
      }
      assertThat(reg.causes()).containsExactlyElementsOf(expected);
    });
    assertThat(rsa.due().at(YearMonth.of(2024, 7))).isEqualTo(euros("120"));
    assertThat(rsa.due().at(YearMonth.of(2025, 7))).isEqualTo(euros("100"));
  }

  @Test
  void rsaDecisionsTakenAfterTheAlChangeReadTheNewAl() {
    // known 2024-08-10: the AL right of 2024-07..09 falls to 180 that day (July regularised, August and September
    // paid 180); the RSA decision of 2024-07 read the AL of 2024-07: July gets a rappel, August and September
    // are paid 120; the AL decided from 2024-10 is 180
    TimelineResult r = run(corrected(YearMonth.of(2024, 3), "540", LocalDate.of(2024, 8, 10)));
    BenefitTimeline rsa = r.of(Benefit.RSA);

    assertThat(rsa.reopenedDecisions()).extracting(Decision::month).containsExactly(YearMonth.of(2024, 7));
    assertThat(rsa.paid().at(YearMonth.of(2024, 10))).isEqualTo(euros("120"));
    assertThat(rsa.paid().at(YearMonth.of(2025, 7))).isEqualTo(euros("100"));
    assertThat(rsa.paid().at(YearMonth.of(2024, 8))).isEqualTo(euros("120"));
    assertThat(rsa.appliedRappels()).isEqualTo(euros("20"));
  }

  @Test
  void theAlBeforeTheSpanIsComputedForTheRsaThatReadsIt() {
    // Warm-up. Span 2024-02..2024-06: the RSA decision of 2024-01 (quarterly) pays 2024-02 and 2024-03 and reads
    // the AL of 2024-01, before the span. Without a warm-up that AL would count as 0: 600 − 300 − 0 = 300 €. The
    // timeline computes it (200 €, the toy AL of 300 € of salary): 600 − 300 − 200 = 100 €, as when the span
    // starts in 2024-01.
    Household h = Fixtures.single(Fixtures.salary300(1).build());
    TimelineResult late = DecisionTimeline.compute(h, Map.of(Benefit.AL, ToyRule.housing(),
        Benefit.RSA, ToyRule.minimumIncome()), RULES, MonthRange.of(YearMonth.of(2024, 2), YearMonth.of(2024, 6)));
    TimelineResult early = DecisionTimeline.compute(h, Map.of(Benefit.AL, ToyRule.housing(),
        Benefit.RSA, ToyRule.minimumIncome()), RULES, MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2024, 6)));

    assertThat(late.of(Benefit.RSA).paid().at(YearMonth.of(2024, 2))).isEqualTo(euros("100"));
    assertThat(late.of(Benefit.RSA).paid().at(YearMonth.of(2024, 3))).isEqualTo(euros("100"));
    assertThat(late.of(Benefit.RSA).due().at(YearMonth.of(2024, 2))).isEqualTo(euros("100"));
    for (YearMonth m : MonthRange.of(YearMonth.of(2024, 2), YearMonth.of(2024, 6))) {
      assertThat(late.of(Benefit.RSA).paid().at(m)).isEqualTo(early.of(Benefit.RSA).paid().at(m));
    }
    assertThat(late.of(Benefit.AL).paid().span()).isEqualTo(MonthRange.of(YearMonth.of(2024, 2), YearMonth.of(2024, 6)));
  }

  @Test
  void withoutAnAlRuleTheRsaReadsTheAlGiven() {
    Household h = corrected(YearMonth.of(2024, 3), "540", LATE)
        .withReceived(ReceivedBenefit.AL, MonthlyAmounts.constantNanoEuros(euros("100")));
    BenefitTimeline rsa = DecisionTimeline.compute(h, Map.of(Benefit.RSA, ToyRule.minimumIncome()), RULES,
        SPAN_2024_2025).of(Benefit.RSA);

    assertThat(rsa.paid().total()).isEqualTo(euros("200") * 24);
    assertThat(rsa.regularisations()).isEmpty();
  }

  @Test
  void cascadeConservesEveryMonth() {
    TimelineResult r = run(corrected(YearMonth.of(2024, 3), "540", LATE));
    for (BenefitTimeline t : r.benefits().values()) {
      for (YearMonth m : MonthRange.of(SPAN_2024_2025.first(), SPAN_2024_2025.last())) {
        assertThat(t.paid().at(m) + t.applied(m) + t.frozen(m)).as("%s %s", t.benefit(), m).isEqualTo(t.due().at(m));
      }
    }
  }
}
