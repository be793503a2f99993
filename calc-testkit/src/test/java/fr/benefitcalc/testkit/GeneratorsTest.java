package fr.benefitcalc.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.RecalculationSchedule;
import fr.benefitcalc.core.time.ReferencePeriod;
import fr.benefitcalc.testkit.generators.CorrectionModel;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import fr.benefitcalc.testkit.properties.BenefitProperties;
import fr.benefitcalc.testkit.properties.ReformRegression;
import fr.benefitcalc.testkit.quicktheories.QuickTheoriesGenerators;
import java.time.YearMonth;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeneratorsTest {
  private static RuleSet window(String name, int from, int to) {
    return new RuleSet(name, name, Map.of(Benefit.RSA, BenefitRules.of(ReferencePeriod.rolling(from, to), RecalculationSchedule.quarterly())));
  }

  @Test
  void sameSeedSameHousehold() {
    HouseholdGenerator g = HouseholdGenerator.defaults().withCorrections(CorrectionModel.typical());
    for (long seed = 0; seed < 50; seed++) {
      Household a = g.next(new SplittableRandom(seed), 100, "h");
      Household b = g.next(new SplittableRandom(seed), 100, "h");
      assertThat(a).isEqualTo(b);
    }
  }

  @Test
  void complexityZeroIsASingleAdultWithoutIncome() {
    Household h = HouseholdGenerator.defaults().next(new SplittableRandom(7), 0, "h");
    assertThat(h.persons()).hasSize(1);
    assertThat(h.housing().orElseThrow().status()).isEqualTo(HousingStatus.TENANT);
    assertThat(h.resources().finalView().sum(0, IncomeCategory.SALARY_NET, 2022 * 12, 2025 * 12 + 11)).isZero();
  }

  @Test
  void correctionsAppearAtRoughlyTheConfiguredShare() {
    HouseholdGenerator g = HouseholdGenerator.defaults().withCorrections(new CorrectionModel(0.10, 0.0, 10, 1, 9, 30));
    long values = 0;
    long corrections = 0;
    SplittableRandom rng = new SplittableRandom(3);
    for (int i = 0; i < 400; i++) {
      Household h = g.next(rng);
      var revisions = h.resources().revisions();
      corrections += revisions.stream().filter(r -> r.previous() != 0 && r.previous() != r.amount()).count();
      values += revisions.stream().filter(r -> r.previous() == 0).count();
    }
    assertThat(values).isGreaterThan(1000);
    double share = (double) corrections / values;
    assertThat(share).isBetween(0.05, 0.12);
  }

  @Test
  void stableIncomesMakeWindowsEquivalent() {
    RuleSet m3 = window("m3m1", -3, -1);
    RuleSet m4 = window("m4m2", -4, -2);
    qt().withExamples(200).forAll(QuickTheoriesGenerators.households(HouseholdGenerator.defaults().withStableIncomes()))
        .checkAssert(h -> assertThat(BenefitProperties.sameAmount(new ToyRule(), m3, m4, YearMonth.of(2025, 6), h)).isEmpty());
  }

  @Test
  void theToyRuleNeverRisesWithIncome() {
    RuleSet m3 = window("m3m1", -3, -1);
    qt().withExamples(200).forAll(QuickTheoriesGenerators.households(HouseholdGenerator.defaults()))
        .checkAssert(h -> assertThat(BenefitProperties.nonIncreasingInIncome(new ToyRule(), m3, YearMonth.of(2025, 6), h, 0,
            IncomeCategory.SALARY_NET, Euros.of("100"))).isEmpty());
  }

  @Test
  void shrinkingFindsTheSmallestHouseholdBreakingAProperty() {
    // A property that fails as soon as the household has a child: the shrunk example has exactly one.
    Throwable failure = null;
    try {
      qt().withExamples(300).forAll(QuickTheoriesGenerators.households(HouseholdGenerator.defaults()))
          .check(h -> h.persons().stream().noneMatch(p -> !p.isAdult()));
    } catch (AssertionError e) {
      failure = e;
    }
    assertThat(failure).isNotNull();
    assertThat(failure.getMessage()).contains("c1 (child").doesNotContain("c2 (child");
  }

  @Test
  void reformRegressionReportsTheWorstLosses() {
    // Halving the toy benefit's window changes amounts only for irregular incomes; a bound of 0 € must be broken.
    ReformRegression.Report r = ReformRegression.of(new ToyRule(), window("m3m1", -3, -1), window("m4m2", -4, -2), YearMonth.of(2025, 6))
        .maxLoss(Euros.of("0")).run(HouseholdGenerator.defaults(), 11, 300);
    assertThat(r.cases()).hasSize(300);
    assertThat(r.violations()).isNotEmpty();
    assertThat(r.violations().get(0).difference()).isNegative();
    assertThat(r.worstLoss().difference()).isLessThanOrEqualTo(r.violations().get(0).difference());
    assertThat(r.summary()).contains("300 households").contains("VIOLATION");
  }
}
