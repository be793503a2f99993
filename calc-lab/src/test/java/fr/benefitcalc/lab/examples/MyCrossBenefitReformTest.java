package fr.benefitcalc.lab.examples;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.al.HousingBenefit;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy;
import fr.benefitcalc.core.timeline.policy.Threshold;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.rsapa.pa.ActivityBonus;
import fr.benefitcalc.rsapa.rsa.Rsa;
import fr.benefitcalc.testkit.generators.CorrectionModel;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import fr.benefitcalc.testkit.generators.SituationChangeModel;
import fr.benefitcalc.testkit.generators.TimelineCaseGenerator;
import fr.benefitcalc.testkit.properties.ReformRegression;
import fr.benefitcalc.testkit.properties.TimelineReformRegression;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reform regressions over 24 months and across benefits, as a team would write them: the AL, the RSA
 * and the prime d'activité computed together through the decision timeline (the RSA / PA reading the
 * AL the agency decided), with late data, corrections and situation changes, and bounds on each
 * household's total gain or loss, payment changes, indus and rappels. A household breaking a bound is
 * shrunk, described in full and written as two timeline files (baseline, reform) that
 * {@code bin/benefit-calc timeline FILE} replays.
 */
class MyCrossBenefitReformTest {
  private static final MonthRange TWO_YEARS = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));
  private static final Map<Benefit, BenefitRule> ALL = Map.of(Benefit.AL, new HousingBenefit(), Benefit.RSA, new Rsa(),
      Benefit.PA, new ActivityBonus());
  private static final Catalog CATALOG = StandardCatalog.create();
  private static final RuleSet LAW = CATALOG.ruleSet("law");

  @Test
  void withoutLateDataDroitsFigesChangeNoHouseholdsTotal() {
    // droits figés act only on regularisations, and a regularisation needs a decision reopened by data known
    // after it: with every income known from the start, freezing changes nothing, for the AL, the RSA and the
    // prime d'activité alike, births, separations and moves included. Not a cent gained or lost by anyone.
    // (A reform of periods or schedules would not do: the PA's monthly primes keep their months' parameters,
    // R843-1, and a member reaching an age limit counts until the next recalculation.)
    RegularisationPolicy figes = RegularisationPolicy.alwaysRegularise().withCeiling(Threshold.euros("150"))
        .withDeMinimis(Threshold.euros("20"));
    TimelineCaseGenerator onTime = TimelineCaseGenerator.of(HouseholdGenerator.defaults(), TWO_YEARS)
        .withSituationChanges(SituationChangeModel.frequent());
    TimelineReformRegression.Report report = ReformRegression.overTime(ALL, LAW, withPolicy("figes-150", figes))
        .maxTotalLoss(0).maxTotalGain(0)
        .run(onTime, 42L, 150);
    assertThat(report.violations()).as(report.summary()).isEmpty();
    assertThat(report.cases()).hasSize(150);
  }

  @Test
  void droitsFigesNeverRegulariseAndMoveMoneyBothWays() {
    // a reform that never regularises ("droits figés" in full): under it no indu is recovered and no rappel paid,
    // over two years, with the report's order of late data, births, separations and moves
    RuleSet figes = withPolicy("never-regularise", RegularisationPolicy.neverRegularise());
    TimelineCaseGenerator cases = TimelineCaseGenerator.of(HouseholdGenerator.defaults(), TWO_YEARS)
        .withCorrections(CorrectionModel.typical())
        .withSituationChanges(SituationChangeModel.frequent());
    TimelineReformRegression.Report report = ReformRegression.overTime(ALL, LAW, figes)
        .maxIndus(0).maxRappels(0)
        .run(cases, 7L, 150);
    assertThat(report.violations()).as(report.summary()).isEmpty();
    // frozen rappels are losses, frozen indus gains, against the law that regularises both
    assertThat(report.cases()).anyMatch(c -> c.difference() < 0).anyMatch(c -> c.difference() > 0);
  }

  /** The law with {@code policy} for the three benefits. */
  private static RuleSet withPolicy(String name, RegularisationPolicy policy) {
    return new RuleSet(name, "the law, regularisations: " + name, Map.of(
        Benefit.AL, LAW.rules(Benefit.AL).withPolicy(policy), Benefit.RSA, LAW.rules(Benefit.RSA).withPolicy(policy),
        Benefit.PA, LAW.rules(Benefit.PA).withPolicy(policy)));
  }
}
