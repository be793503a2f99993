package fr.benefitcalc.lab.examples;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.al.HousingBenefit;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.rules.BenefitResult;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.trace.RecordingTrace;
import fr.benefitcalc.core.trace.Trace;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The README's 30-second example: reference-rules.md §1.12 / GEN-AL-02, 59.44 € of ALS to the cent (OpenFisca),
 * paid 59 € by the law (CCH D823-16: the amount net of CRDS rounded down to the euro).
 */
class ReadmeExampleTest {
  @Test
  void theThirtySecondExample() {
    Household household = Household.builder("h1")
        .person(Person.adult("a1", LocalDate.of(1990, 5, 1)))
        .housing(Housing.tenant(2, MonthlyAmounts.constant(Fixed.euros("450"))))
        .resources(ResourceHistory.builder(1)
            .constant(0, IncomeCategory.SALARY_TAXABLE, Fixed.euros("1200"))
            .build())
        .build();
    RuleSet law = StandardCatalog.create().ruleSet("law");
    RecordingTrace trace = Trace.recording();
    BenefitResult al = new HousingBenefit()
        .compute(household, household.resources().finalView(), YearMonth.of(2025, 1), law, trace);
    assertThat(al.amount()).isEqualTo(Euros.of("59.00"));
    assertThat(al.label()).isEqualTo("ALS");
    assertThat(trace.render()).contains("CCH D823-16");
  }
}
