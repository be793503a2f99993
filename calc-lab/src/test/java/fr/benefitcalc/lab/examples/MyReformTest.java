package fr.benefitcalc.lab.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.benefitcalc.al.HousingBenefit;
import fr.benefitcalc.api.BuiltInRuleSets;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import fr.benefitcalc.testkit.properties.BenefitProperties;
import fr.benefitcalc.testkit.properties.ReformRegression;
import fr.benefitcalc.testkit.quicktheories.QuickTheoriesGenerators;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The example of the README's testkit guide, kept compiling and passing here. */
class MyReformTest {
  private final HousingBenefit al = new HousingBenefit();
  private final RuleSet law = BuiltInRuleSets.law();
  private final RuleSet reform = BuiltInRuleSets.named("al-n1-yearly"); // AL on N-1, updated in January
  private final HouseholdGenerator tenants =
      HouseholdGenerator.defaults().withMonths(YearMonth.of(2022, 1), YearMonth.of(2025, 12)).withTenantsOnly();

  @Test
  void theReformNeverCostsATenantMoreThan120EurosAMonth() {
    ReformRegression.Report report = ReformRegression.of(al, law, reform, YearMonth.of(2025, 1))
        .maxLoss(Euros.of("120"))
        .run(tenants, 42L, 500);
    assertThat(report.violations()).as(report.summary()).isEmpty();
  }

  @Test
  void withStableIncomesTheReformChangesNothing() {
    qt().forAll(QuickTheoriesGenerators.households(tenants.withStableIncomes()))
        .checkAssert(h -> assertThat(BenefitProperties.sameAmount(al, law, reform, YearMonth.of(2025, 1), h)).isEmpty());
  }

  @Test
  void moreIncomeNeverMeansMoreHousingBenefitForPrivateTenants() {
    // (in social housing the RLS ends at its resource ceiling and the APL alone then rises: see calc-al's properties)
    qt().forAll(QuickTheoriesGenerators.households(tenants.withStatuses(HousingStatus.TENANT, HousingStatus.TENANT_FURNISHED)))
        .checkAssert(h -> assertThat(BenefitProperties.nonIncreasingInIncome(al, law, YearMonth.of(2025, 1), h, 0,
            IncomeCategory.SALARY_TAXABLE, Euros.of("100"))).isEmpty());
  }
}
