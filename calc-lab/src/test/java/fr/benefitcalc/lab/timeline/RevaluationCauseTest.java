package fr.benefitcalc.lab.timeline;

import fr.benefitcalc.core.money.Euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.BenefitTimeline;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.core.timeline.explain.PaymentChange;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A change of the amount paid caused by a legal revaluation names the revalued parameter and its source. */
class RevaluationCauseTest {
  @Test
  void theOctober2024RevaluationOfTheAlScaleIsNamedAsACause() {
    // GEN-AL-17 / GEN-AL-02 household (single, zone 2, rent 450, 1 200 € taxable salary every month): the AL of
    // 2024-07 uses the 2023-10 scale (48.24 €), that of 2024-10 the 2024-10 scale (arrêté du 27/09/2024).
    Household h = Household.builder("h").person(Person.adult("a1", LocalDate.of(1985, 1, 1)))
        .housing(Housing.tenant(2, MonthlyAmounts.constant(Euros.of("450"))))
        .received(ReceivedBenefit.RSA, MonthlyAmounts.none())
        .resources(ResourceHistory.builder(1).constant(0, IncomeCategory.SALARY_TAXABLE, Euros.of("1200")).build())
        .build();
    Catalog c = StandardCatalog.create();
    BenefitTimeline t = DecisionTimeline.compute(h, Map.of(Benefit.AL, c.rule(Benefit.AL)), c.ruleSet("law"),
        MonthRange.of(YearMonth.of(2024, 7), YearMonth.of(2024, 12))).of(Benefit.AL);
    List<PaymentChange> changes = t.changes();
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).month()).isEqualTo(YearMonth.of(2024, 10));
    List<Cause> causes = changes.get(0).attributions().stream().flatMap(a -> a.causes().stream()).toList();
    assertThat(causes).filteredOn(x -> x instanceof Cause.ParameterRevaluation).isNotEmpty()
        .allSatisfy(x -> assertThat(((Cause.ParameterRevaluation) x).from()).isEqualTo(LocalDate.of(2024, 10, 1)));
    assertThat(causes.stream().map(Cause::describe).toList().toString()).contains("27/09/2024");
  }
}
