package fr.benefitcalc.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.RecalculationSchedule;
import fr.benefitcalc.core.time.ReferencePeriod;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy;
import fr.benefitcalc.core.timeline.policy.Threshold;
import fr.benefitcalc.testkit.generators.CorrectionModel;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import fr.benefitcalc.testkit.generators.SituationChangeModel;
import fr.benefitcalc.testkit.generators.TimelineCase;
import fr.benefitcalc.testkit.generators.TimelineCaseGenerator;
import fr.benefitcalc.testkit.junit.Seeds;
import fr.benefitcalc.testkit.properties.TimelineProperties;
import fr.benefitcalc.testkit.properties.TimelineReformRegression;
import fr.benefitcalc.testkit.replay.ReplayFile;
import fr.benefitcalc.testkit.replay.ReplayFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timeline cases, timeline properties, the reform regression over time, replay files and the JUnit seeds adapter, on the toy rule. */
class TimelineKitTest {
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));
  private static final Map<Benefit, BenefitRule> TOY = Map.of(Benefit.RSA, new ToyRule());
  private static final TimelineCaseGenerator CASES = TimelineCaseGenerator.of(HouseholdGenerator.defaults(), SPAN)
      .withCorrections(CorrectionModel.typical()).withSituationChanges(SituationChangeModel.frequent());

  @TempDir
  Path dir;

  private static RuleSet quarterly(String name, RegularisationPolicy policy) {
    return new RuleSet(name, name, Map.of(Benefit.RSA, BenefitRules.of(ReferencePeriod.rolling(-3, -1),
        RecalculationSchedule.quarterly()).withPolicy(policy)));
  }

  @Test
  void theSameSeedGivesTheSameCaseAndComplexityZeroNoChange() {
    for (long seed = 0; seed < 30; seed++) {
      assertThat(CASES.next(new SplittableRandom(seed), 100, "h")).isEqualTo(CASES.next(new SplittableRandom(seed), 100, "h"));
      assertThat(CASES.next(new SplittableRandom(seed), 0, "h").changes()).isEmpty();
    }
  }

  @Test
  void birthsSeparationsAndMovesKeepEachMembersIncomes() {
    int births = 0;
    int separations = 0;
    int moves = 0;
    for (long seed = 0; seed < 200; seed++) {
      TimelineCase c = CASES.next(new SplittableRandom(seed), 100, "h" + seed);
      Household before = c.initial();
      for (Household after : c.changes().values()) {
        if (after.persons().size() > before.persons().size()) {
          births++;
          Household b = before;
          assertThat(after.persons().get(after.persons().size() - 1).isAdult()).isFalse();
          for (int p = 0; p < b.persons().size(); p++) {
            assertThat(after.resources().finalAmount(p, IncomeCategory.SALARY_NET, YearMonth.of(2024, 6)))
                .isEqualTo(b.resources().finalAmount(p, IncomeCategory.SALARY_NET, YearMonth.of(2024, 6)));
          }
        } else if (after.adultCount() < before.adultCount()) {
          separations++;
          assertThat(after.applicant()).isEqualTo(before.applicant());
          assertThat(after.resources().finalAmount(0, IncomeCategory.SALARY_NET, YearMonth.of(2024, 6)))
              .isEqualTo(before.resources().finalAmount(before.applicantIndex(), IncomeCategory.SALARY_NET, YearMonth.of(2024, 6)));
        } else if (!after.housing().equals(before.housing())) {
          moves++;
        }
        before = after;
      }
    }
    assertThat(births).isGreaterThan(20);
    assertThat(separations).isGreaterThan(10);
    assertThat(moves).isGreaterThan(20);
  }

  @Test
  void theToyTimelineConservesMoneyAndFreezesAsThePolicySays() {
    RuleSet figes = quarterly("figes", RegularisationPolicy.alwaysRegularise().withCeiling(Threshold.euros("40"))
        .withDeMinimis(Threshold.euros("5")));
    for (long seed = 0; seed < 100; seed++) {
      TimelineCase c = Seeds.timelineCase(CASES, seed);
      assertThat(TimelineProperties.conservation(c, TOY, figes)).isEmpty();
      assertThat(TimelineProperties.regularisationsWithinPolicy(c, TOY, figes)).isEmpty();
      assertThat(TimelineProperties.reopenedOnlyWhenReadDataChanged(c, TOY, figes)).isEmpty();
      assertThat(TimelineProperties.deterministic(c, TOY, figes)).isEmpty();
      assertThat(TimelineProperties.spanInvariance(c, TOY, figes, MonthRange.of(YearMonth.of(2025, 1), YearMonth.of(2025, 12))))
          .isEmpty();
    }
  }

  @Test
  void aRuleThatRisesWithIncomeIsCaughtAndWrittenToAFile() {
    // the toy rule falls with income: the property holds for it and fails for its mirror image
    BenefitRule rising = new BenefitRule() {
      @Override
      public Benefit benefit() {
        return Benefit.RSA;
      }

      @Override
      public fr.benefitcalc.core.rules.BenefitResult compute(Household h, fr.benefitcalc.core.resources.ResourceView r,
          YearMonth month, RuleSet rules, fr.benefitcalc.core.trace.Trace trace) {
        long toy = new ToyRule().compute(h, r, month, rules, trace).amountFixed();
        return new fr.benefitcalc.core.rules.BenefitResult(Benefit.RSA, month, Fixed.euros("300") - toy, "mirror");
      }
    };
    RuleSet law = quarterly("toy", RegularisationPolicy.alwaysRegularise());
    TimelineCaseGenerator workers = TimelineCaseGenerator.of(HouseholdGenerator.defaults().withStableIncomes(), SPAN);
    Optional<String> holds = Optional.empty();
    Optional<String> fails = Optional.empty();
    for (long seed = 0; fails.isEmpty() && seed < 50; seed++) {
      TimelineCase c = Seeds.timelineCase(workers, seed);
      String a1 = c.initial().applicant().id();
      holds = holds.or(() -> TimelineProperties.upwardCorrectionNeverRaisesDue(c, TOY, law, Benefit.RSA, a1,
          IncomeCategory.SALARY_NET, YearMonth.of(2024, 6), Fixed.euros("200")));
      fails = TimelineProperties.upwardCorrectionNeverRaisesDue(c, Map.of(Benefit.RSA, rising), law, Benefit.RSA, a1,
          IncomeCategory.SALARY_NET, YearMonth.of(2024, 6), Fixed.euros("200"));
    }
    assertThat(holds).isEmpty();
    assertThat(fails).isPresent();
    assertThat(fails.get()).contains("due rose").contains("replay: bin/benefit-calc timeline ")
        .contains("and with the correction: replay: bin/benefit-calc timeline ");
  }

  @Test
  void replayFilesHoldTheHouseholdInFullAndTheRuleSet() throws IOException {
    TimelineCase c = null;
    for (long seed = 0; c == null || c.changes().isEmpty(); seed++) {
      c = Seeds.timelineCase(CASES, seed);
    }
    RuleSet figes = quarterly("figes", RegularisationPolicy.alwaysRegularise().withCeiling(Threshold.euros("40")));
    ReplayFile f = ReplayFiles.in(dir).writeTimeline("t", c, List.of(Benefit.RSA), figes, "test");
    assertThat(f.limits()).isEmpty();
    assertThat(f.command()).isEqualTo("bin/benefit-calc timeline " + f.path());
    assertThat(f.path().getParent()).isEqualTo(dir.toAbsolutePath().normalize());
    JsonNode root = new ObjectMapper().readTree(Files.readString(f.path()));
    assertThat(root.get("span").get("first").asText()).isEqualTo("2024-01");
    assertThat(root.get("ruleSet").get("RSA").get("period").asText()).isEqualTo("M-3..M-1");
    assertThat(root.get("ruleSet").get("RSA").get("policy").get("indus").get("ceiling").get("euros").decimalValue())
        .isEqualByComparingTo("40");
    assertThat(root.get("changes")).hasSize(c.changes().size());
    // every dated value of the first person's salary, with the day it became known
    long dated = c.initial().resources().values().stream().filter(v -> v.person() == 0 && v.knownOn().isPresent()
        && v.category() == IncomeCategory.SALARY_NET).count();
    JsonNode salary = root.get("household").get("persons").get(0).path("incomes").path("salaryNet");
    long written = 0;
    for (var it = salary.fields(); it.hasNext();) {
      JsonNode v = it.next().getValue();
      written += v.isArray() ? v.size() : 0;
    }
    assertThat(written).isEqualTo(dated);
    // the same content is the same file
    assertThat(ReplayFiles.in(dir).writeTimeline("t", c, List.of(Benefit.RSA), figes, "test").path()).isEqualTo(f.path());
  }

  @Test
  void theReformRegressionOverTimeShrinksAndReplaysItsViolations() {
    RuleSet law = quarterly("law", RegularisationPolicy.alwaysRegularise());
    RuleSet never = quarterly("never", RegularisationPolicy.neverRegularise());
    TimelineReformRegression.Report r = TimelineReformRegression.of(TOY, law, never).maxTotalLoss(0).maxTotalGain(0)
        .replayTo(ReplayFiles.in(dir)).run(CASES, 3, 80);
    assertThat(r.cases()).hasSize(80);
    assertThat(r.violations()).isNotEmpty();
    TimelineReformRegression.Case worst = r.violations().get(0);
    assertThat(worst.replay()).hasSize(2).allSatisfy(f -> assertThat(f.path()).exists());
    assertThat(worst.reform().indus()).isZero();
    assertThat(worst.reform().rappels()).isZero();
    assertThat(r.summary()).contains("80 households").contains("VIOLATION").contains("(known ");
  }

  @Test
  void seedsShrinkByComplexity() {
    HouseholdGenerator g = HouseholdGenerator.defaults();
    long seed = Seeds.seeds(0, 200).filter(s -> Seeds.household(g, s).persons().size() > 2).findFirst().orElseThrow();
    Optional<String> f = Seeds.check(g, seed, h -> h.persons().size() > 1 ? Optional.of(h.persons().size() + " persons")
        : Optional.empty());
    assertThat(f).isPresent();
    assertThat(f.get()).startsWith("seed " + seed + ", complexity ").contains("(shrunk from 100)");
    assertThat(Seeds.households(g, 5, 3).map(a -> a.get()[0].toString()).toList())
        .containsExactly("seed 5", "seed 6", "seed 7");
  }
}
