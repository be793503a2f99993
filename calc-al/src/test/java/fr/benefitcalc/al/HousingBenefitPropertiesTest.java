package fr.benefitcalc.al;

import static fr.benefitcalc.core.resources.IncomeCategory.SALARY_TAXABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.benefitcalc.al.parameters.MonthParameters;
import fr.benefitcalc.al.rent.FlatRateCharges;
import fr.benefitcalc.al.rent.RentCeiling;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.Months;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Properties of the amount on generated single-person households, months 2021-01..2026-12. */
class HousingBenefitPropertiesTest {
  private static final YearMonth FIRST = YearMonth.of(2021, 1);
  private final HousingBenefit rule = new HousingBenefit();

  private static Household household(int zone, int rent, int salary) {
    return TestHouseholds.single().tenant(zone, Integer.toString(rent))
        .constant(0, SALARY_TAXABLE, Integer.toString(salary)).build();
  }

  private long amount(Household h, YearMonth month) {
    return rule.compute(h, month, TestHouseholds.law()).amountFixed();
  }

  @Test
  void neverIncreasesWhenResourcesRise() {
    qt().forAll(integers().between(1, 3), integers().between(100, 1600), integers().between(0, 2500),
        integers().between(0, 71)).checkAssert((zone, rent, salary, offset) -> {
          YearMonth m = FIRST.plusMonths(offset);
          assertThat(amount(household(zone, rent, salary + 100), m))
              .isLessThanOrEqualTo(amount(household(zone, rent, salary), m));
        });
  }

  @Test
  void neverExceedsEligibleRentPlusCharges() {
    qt().forAll(integers().between(1, 3), integers().between(100, 1600), integers().between(0, 2500),
        integers().between(0, 71)).checkAssert((zone, rent, salary, offset) -> {
          YearMonth m = FIRST.plusMonths(offset);
          MonthParameters p = MonthParameters.of(AlRuleSets.law(), Months.index(m));
          long bound = Math.min(Fixed.euros(Integer.toString(rent)), RentCeiling.of(p, zone, false, 0, false, false))
              + FlatRateCharges.of(p, false, 0, false);
          assertThat(amount(household(zone, rent, salary), m)).isLessThanOrEqualTo(bound);
        });
  }

  @Test
  void zeroOrAtLeastTheThresholdNetOfCrds() {
    // ALS: the 10 € threshold of arrêté art. 12 is tested "before CRDS" on the last result (CCH D823-16),
    // so a paid amount is 0 or at least 10 € less 0.5 % = 9.95 €.
    qt().forAll(integers().between(1, 3), integers().between(100, 1600), integers().between(0, 2500),
        integers().between(0, 71)).checkAssert((zone, rent, salary, offset) -> {
          long paid = amount(household(zone, rent, salary), FIRST.plusMonths(offset));
          assertThat(paid == 0 || paid >= Fixed.euros("9.95")).as("paid %s", Fixed.format(paid)).isTrue();
        });
  }

  @Test
  void withSteadyIncomesTheLawEqualsN1Yearly() {
    qt().forAll(integers().between(1, 3), integers().between(100, 1600), integers().between(0, 2500),
        integers().between(0, 71)).checkAssert((zone, rent, salary, offset) -> {
          Household h = household(zone, rent, salary);
          YearMonth m = FIRST.plusMonths(offset);
          assertThat(rule.compute(h, m, TestHouseholds.ruleSet(AlRuleSets.n1Yearly(1))).amountFixed())
              .isEqualTo(amount(h, m));
        });
  }
}
