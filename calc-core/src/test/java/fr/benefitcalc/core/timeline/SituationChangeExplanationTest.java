package fr.benefitcalc.core.timeline;

import static fr.benefitcalc.core.timeline.Fixtures.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.timeline.explain.Attribution;
import fr.benefitcalc.core.timeline.explain.PaymentChange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Explaining a change of the amount paid across a separation: the old situation (two members) is
 * recomputed with the data known on the new date from its own history, not the new situation's (one
 * member), which does not fit it.
 */
class SituationChangeExplanationTest {
  @Test
  void aSeparationIsExplainedWithoutMixingTheTwoSituationsHistories() {
    Household couple = Household.builder("h1").person(Person.adult("p1", LocalDate.of(1990, 5, 1)))
        .person(Person.adult("p2", LocalDate.of(1991, 5, 1)))
        .resources(ResourceHistory.builder(2).constantNanoEuros(0, IncomeCategory.SALARY_TAXABLE, euros("300"))
            .constantNanoEuros(1, IncomeCategory.SALARY_TAXABLE, euros("200")).build())
        .build();
    Household alone = Household.builder("h1").person(Person.adult("p1", LocalDate.of(1990, 5, 1)))
        .resources(ResourceHistory.builder(1).constantNanoEuros(0, IncomeCategory.SALARY_TAXABLE, euros("300")).build())
        .build();
    TimelineResult r = DecisionTimeline.compute(Situations.of(couple, Map.of(YearMonth.of(2024, 7), alone)),
        Map.of(Benefit.AL, ToyRule.housing()), Fixtures.al(Fixtures.QUARTERLY_M13_M2), Fixtures.SPAN_2024_2025,
        DecisionTimeline.Detail.EXPLAINED);
    BenefitTimeline al = r.of(Benefit.AL);
    // toy AL: 500 - average salary of the household over the window; 500 - 500 = 0 as a couple, 500 - 300 alone
    assertThat(al.paid().at(YearMonth.of(2024, 6))).isEqualTo(0);
    assertThat(al.paid().at(YearMonth.of(2024, 7))).isEqualTo(euros("200"));
    PaymentChange change = al.changes().stream().filter(c -> c.month().equals(YearMonth.of(2024, 7))).findFirst().orElseThrow();
    assertThat(change.attributions().stream().mapToLong(Attribution::amount).sum()).isEqualTo(euros("200"));
    assertThat(change.attributions()).anySatisfy(a -> assertThat(a.toString()).contains("situation from 2024-07"));
  }
}
