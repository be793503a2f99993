package fr.benefitcalc.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.rules.Benefit;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The README's 30-second example, word for word: reference-rules.md §1.12 / reference case GEN-AL-02
 * (shared/reference-cases/openfisca-generated-2024-2025.json): 59.44 € of ALS to the cent (OpenFisca,
 * the rule set {@code openfisca}), paid 59 € by the law (CCH D823-16: the amount rounded down to the euro).
 */
class ReadmeExampleTest {
  @Test
  void theThirtySecondExample() {
    Household household = Household.builder("h1")
        .person(Person.adult("a1", LocalDate.of(1990, 5, 1)))
        .housing(Housing.tenant(2, MonthlyAmounts.constant(Euros.of("450"))))
        .resources(ResourceHistory.builder(1)
            .constant(0, IncomeCategory.SALARY_TAXABLE, Euros.of("1200")) // net taxable: what the AL reads
            .constant(0, IncomeCategory.SALARY_NET, Euros.of("1165"))     // net received: what the RSA / PA read
            .build())
        .build();
    Calculation c = BenefitCalculator.create().traced().compute(household, YearMonth.of(2025, 1));
    assertThat(c.amount(Benefit.AL)).isEqualTo(Euros.of("59.00"));
    assertThat(BenefitCalculator.create().withRuleSet("openfisca").compute(household, YearMonth.of(2025, 1), Benefit.AL)
        .amount(Benefit.AL)).isEqualTo(Euros.of("59.44"));
    assertThat(c.label(Benefit.AL)).isEqualTo("ALS");
    assertThat(c.amount(Benefit.RSA).isZero()).isTrue(); // 1 165 € a month is above the RSA's 635.71 €
    assertThat(c.benefits().get(Benefit.AL).explanation()).contains("L = 287.35").contains("CCH D823-16");
  }
}
