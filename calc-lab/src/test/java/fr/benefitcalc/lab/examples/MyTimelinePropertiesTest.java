package fr.benefitcalc.lab.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.benefitcalc.al.HousingBenefit;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy;
import fr.benefitcalc.core.timeline.policy.Threshold;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.rsapa.pa.ActivityBonus;
import fr.benefitcalc.rsapa.rsa.Rsa;
import fr.benefitcalc.testkit.generators.CorrectionModel;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import fr.benefitcalc.testkit.generators.SituationChangeModel;
import fr.benefitcalc.testkit.generators.TimelineCaseGenerator;
import fr.benefitcalc.testkit.junit.Seeds;
import fr.benefitcalc.testkit.properties.TimelineProperties;
import fr.benefitcalc.testkit.quicktheories.QuickTheoriesGenerators;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Timeline properties as a team would write them for its own rule sets: households with late data,
 * corrections, births, separations and moves over two years, the AL, the RSA and the prime d'activité
 * computed together (cascade), through QuickTheories and through JUnit parameterised tests fed by
 * seeds. A failure describes the household in full and names the timeline file that replays it.
 */
class MyTimelinePropertiesTest {
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));
  private static final Map<Benefit, BenefitRule> ALL = Map.of(Benefit.AL, new HousingBenefit(), Benefit.RSA, new Rsa(),
      Benefit.PA, new ActivityBonus());
  private static final RuleSet LAW = StandardCatalog.create().ruleSet("law");
  /** Droits figés: indus and rappels above 150 EUR or below 20 EUR are not regularised. */
  private static final RegularisationPolicy FIGES = RegularisationPolicy.alwaysRegularise()
      .withCeiling(Threshold.euros("150")).withDeMinimis(Threshold.euros("20"));
  private static final RuleSet FROZEN = new RuleSet("figes-150", "the law with droits figés", Map.of(
      Benefit.AL, LAW.rules(Benefit.AL).withPolicy(FIGES), Benefit.RSA, LAW.rules(Benefit.RSA).withPolicy(FIGES),
      Benefit.PA, LAW.rules(Benefit.PA).withPolicy(FIGES)));
  private static final TimelineCaseGenerator CASES = TimelineCaseGenerator.of(HouseholdGenerator.defaults(), SPAN)
      .withCorrections(CorrectionModel.typical())
      .withSituationChanges(SituationChangeModel.frequent());

  @Test
  void moneyIsConservedAndReopeningsHaveACause() {
    qt().withExamples(150).forAll(QuickTheoriesGenerators.timelineCases(CASES)).checkAssert(c -> {
      assertThat(TimelineProperties.conservation(c, ALL, FROZEN)).isEmpty();
      assertThat(TimelineProperties.reopenedOnlyWhenReadDataChanged(c, ALL, LAW)).isEmpty();
    });
  }

  @Test
  void droitsFigesFreezeWhatThePolicySays() {
    qt().withExamples(150).forAll(QuickTheoriesGenerators.timelineCases(CASES))
        .checkAssert(c -> assertThat(TimelineProperties.regularisationsWithinPolicy(c, ALL, FROZEN)).isEmpty());
  }

  @Test
  void aYearDoesNotDependOnTheMonthsComputedBeforeIt() {
    qt().withExamples(60).forAll(QuickTheoriesGenerators.timelineCases(CASES)).checkAssert(c -> assertThat(
        TimelineProperties.spanInvariance(c, ALL, LAW, MonthRange.of(YearMonth.of(2025, 1), YearMonth.of(2025, 12))))
        .isEmpty());
  }

  static LongStream seeds() {
    return Seeds.seeds(1000, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theTimelineIsDeterministic(long seed) {
    assertThat(Seeds.check(CASES, seed, c -> TimelineProperties.deterministic(c, ALL, LAW))).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anIncomeCorrectedUpwardsNeverRaisesThePrivateTenantsAl(long seed) {
    // the AL decreases with resources (CCH D823-16, D823-17); in social housing the RLS ends at its resource
    // ceiling and the APL alone may then rise, so private tenants only; the AL computed alone. The applicant's
    // first income of 2024-03 that is not 0 is raised by 300 EUR, known months later.
    TimelineCaseGenerator tenants = CASES.withHouseholds(HouseholdGenerator.defaults()
        .withStatuses(HousingStatus.TENANT, HousingStatus.TENANT_FURNISHED));
    YearMonth corrected = YearMonth.of(2024, 3);
    assertThat(Seeds.check(tenants, seed, c -> {
      var h = c.initial();
      for (IncomeCategory category : List.of(IncomeCategory.SALARY_TAXABLE, IncomeCategory.UNEMPLOYMENT_TAXABLE,
          IncomeCategory.PENSION_TAXABLE)) {
        if (h.resources().finalAmount(h.applicantIndex(), category, corrected) > 0) {
          return TimelineProperties.upwardCorrectionNeverRaisesDue(c, Map.of(Benefit.AL, new HousingBenefit()), LAW,
              Benefit.AL, h.applicant().id(), category, corrected, Fixed.euros("300"));
        }
      }
      return Optional.empty(); // no income to correct
    })).isEmpty();
  }
}
