package fr.benefitcalc.core.timeline;

import static fr.benefitcalc.core.timeline.Fixtures.QUARTERLY_M13_M2;
import static fr.benefitcalc.core.timeline.Fixtures.SPAN_2024_2025;
import static fr.benefitcalc.core.timeline.Fixtures.al;
import static fr.benefitcalc.core.timeline.Fixtures.corrected;
import static fr.benefitcalc.core.timeline.Fixtures.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.RecalculationSchedule;
import fr.benefitcalc.core.time.ReferencePeriod;
import fr.benefitcalc.core.timeline.explain.Attribution;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.core.timeline.explain.PaymentChange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every change of the amount paid names its causes ("fait générateur"). Amounts by hand from the toy rule. */
class ExplanationTest {
  private static final BenefitRules FIXED_WINDOW = BenefitRules.of(
      ReferencePeriod.fixed(MonthRange.calendarYear(2023)), RecalculationSchedule.quarterly());

  private static BenefitTimeline run(Household h, ToyRule rule, BenefitRules rules) {
    return DecisionTimeline.compute(h, Map.of(Benefit.AL, rule), al(rules), SPAN_2024_2025).of(Benefit.AL);
  }

  @Test
  void aCorrectionKnownBetweenTwoDecisionsExplainsTheDrop() {
    // known 2024-08-10: 200 € paid for 2024-07 (paid 2024-08-05), 180 € from 2024-08 (the decision reopened, the
    // data), back to 200 € in 2025-07 (2024-03 leaves the window)
    BenefitTimeline t = run(corrected(YearMonth.of(2024, 3), "540", LocalDate.of(2024, 8, 10)), ToyRule.housing(),
        QUARTERLY_M13_M2);

    assertThat(t.changes()).extracting(PaymentChange::month).containsExactly(YearMonth.of(2024, 8), YearMonth.of(2025, 7));
    PaymentChange drop = t.changes().get(0);
    assertThat(drop.change()).isEqualTo(euros("-20"));
    assertThat(drop.attributions()).singleElement().satisfies(a -> {
      assertThat(a.amount()).isEqualTo(euros("-20"));
      assertThat(a.causes()).containsExactly(new Cause.DataRevision(0, "p1", IncomeCategory.SALARY_TAXABLE,
          YearMonth.of(2024, 3), euros("300"), euros("540"), LocalDate.of(2024, 8, 10)));
    });
    PaymentChange back = t.changes().get(1);
    assertThat(back.attributions()).singleElement().satisfies(a -> {
      assertThat(a.amount()).isEqualTo(euros("20"));
      assertThat(a.causes()).containsExactly(new Cause.WindowMoved(YearMonth.of(2025, 7),
          MonthRange.of(YearMonth.of(2024, 3), YearMonth.of(2025, 2)),
          MonthRange.of(YearMonth.of(2024, 6), YearMonth.of(2025, 5))));
    });
  }

  @Test
  void aParameterRevaluationIsNamedWithItsSource() {
    BenefitTimeline t = run(Fixtures.single(Fixtures.salary300(1).build()),
        ToyRule.housing().withBase(ToyRule.BASE_500_THEN_520), FIXED_WINDOW);

    assertThat(t.changes()).singleElement().satisfies(c -> {
      assertThat(c.month()).isEqualTo(YearMonth.of(2025, 1));
      assertThat(c.attributions()).singleElement().satisfies(a -> {
        assertThat(a.amount()).isEqualTo(euros("20"));
        assertThat(a.causes()).containsExactly(new Cause.ParameterRevaluation("toy.base", LocalDate.of(2025, 1, 1),
            "toy revaluation of 2025-01-01"));
      });
    });
  }

  @Test
  void aWindowMoveAndARevaluationTogetherAreSaidJoint() {
    // salary 300 € until 2023-10, 0 € after: the window 2023-12..2024-11 of 2025-01 averages 0 (was 50 €
    // for 2023-09..2024-08: 2 months of 300 €): 520 − 0 − (500 − 50) = +70, window and revaluation together
    ResourceHistory.Builder b = ResourceHistory.builder(1);
    for (YearMonth m : MonthRange.of(YearMonth.of(2019, 1), YearMonth.of(2023, 10))) {
      b.valueNanoEuros(0, IncomeCategory.SALARY_TAXABLE, m, euros("300"));
    }
    BenefitTimeline t = run(Fixtures.single(b.build()), ToyRule.housing().withBase(ToyRule.BASE_500_THEN_520),
        QUARTERLY_M13_M2);

    PaymentChange jan = t.changes().stream().filter(c -> c.month().equals(YearMonth.of(2025, 1))).findFirst().orElseThrow();
    assertThat(jan.change()).isEqualTo(euros("70"));
    assertThat(jan.attributions()).singleElement().satisfies(a -> {
      assertThat(a.joint()).isTrue();
      assertThat(a.causes()).hasSize(2).hasAtLeastOneElementOfType(Cause.WindowMoved.class)
          .hasAtLeastOneElementOfType(Cause.ParameterRevaluation.class);
    });
  }

  @Test
  void aRentChangeIsNamed() {
    // amount = 500 + 0.5 × rent − 300: rent 400 → 450 in 2024-09 gives +25 € at the decision of 2024-10
    Map<YearMonth, Long> rent = new HashMap<>();
    for (YearMonth m : MonthRange.of(YearMonth.of(2020, 1), YearMonth.of(2026, 12))) {
      rent.put(m, m.isBefore(YearMonth.of(2024, 9)) ? euros("400") : euros("450"));
    }
    Household h = Fixtures.single(Fixtures.salary300(1).build()).withHousing(Housing.tenant(2, MonthlyAmounts.byMonthNanoEuros(rent)));
    BenefitTimeline t = run(h, ToyRule.housing().withRentRate(Fixed.rate("0.5")), FIXED_WINDOW);

    assertThat(t.changes()).singleElement().satisfies(c -> {
      assertThat(c.month()).isEqualTo(YearMonth.of(2024, 10));
      assertThat(c.previous()).isEqualTo(euros("400"));
      assertThat(c.amount()).isEqualTo(euros("425"));
      assertThat(c.attributions()).singleElement().satisfies(a ->
          assertThat(a.causes()).containsExactly(new Cause.RentChanged(euros("400"), euros("450"))));
    });
  }

  @Test
  void aNewSituationIsNamed() {
    // a child from 2024-11: +100 € from the next decision, 2025-01
    Household alone = Fixtures.single(Fixtures.salary300(1).build());
    Household withChild = Household.builder("h1").person(Person.adult("p1", LocalDate.of(1990, 5, 1)))
        .person(Person.child("c1", LocalDate.of(2024, 10, 20))).resources(Fixtures.salary300(2).build()).build();
    BenefitTimeline t = DecisionTimeline.compute(Situations.of(alone, Map.of(YearMonth.of(2024, 11), withChild)),
        Map.of(Benefit.AL, ToyRule.housing().withChildBonus(euros("100"))), al(FIXED_WINDOW), SPAN_2024_2025,
        DecisionTimeline.Detail.EXPLAINED).of(Benefit.AL);

    assertThat(t.changes()).singleElement().satisfies(c -> {
      assertThat(c.month()).isEqualTo(YearMonth.of(2025, 1));
      assertThat(c.change()).isEqualTo(euros("100"));
      assertThat(c.attributions()).singleElement().satisfies(a -> assertThat(a.causes()).singleElement()
          .isInstanceOfSatisfying(Cause.SituationChanged.class, s -> {
            assertThat(s.from()).isEqualTo(YearMonth.of(2024, 11));
            assertThat(s.what()).contains("c1 (child)");
          }));
    });
  }

  @Test
  void attributionsAddUpToTheChange() {
    BenefitTimeline t = run(corrected(YearMonth.of(2024, 3), "540", LocalDate.of(2024, 8, 10)),
        ToyRule.housing().withBase(ToyRule.BASE_500_THEN_520), QUARTERLY_M13_M2);
    assertThat(t.changes()).isNotEmpty().allSatisfy(c ->
        assertThat(c.attributions().stream().mapToLong(Attribution::amount).sum()).isEqualTo(c.change()));
  }

  @Test
  void amountsOnlyDetailSkipsExplanations() {
    BenefitTimeline t = DecisionTimeline.compute(Situations.of(corrected(YearMonth.of(2024, 3), "540",
        LocalDate.of(2024, 8, 10))), Map.of(Benefit.AL, ToyRule.housing()), al(QUARTERLY_M13_M2), SPAN_2024_2025,
        DecisionTimeline.Detail.AMOUNTS).of(Benefit.AL);
    assertThat(t.changes()).isEmpty();
    assertThat(t.regularisations()).hasSize(1);
  }
}
