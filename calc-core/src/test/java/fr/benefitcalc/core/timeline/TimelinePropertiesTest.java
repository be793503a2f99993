package fr.benefitcalc.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.time.RecalculationSchedule;
import fr.benefitcalc.core.time.ReferencePeriod;
import fr.benefitcalc.core.timeline.explain.Attribution;
import fr.benefitcalc.core.timeline.policy.Outcome;
import fr.benefitcalc.core.timeline.policy.RecoveryLimit;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy;
import fr.benefitcalc.core.timeline.policy.Threshold;
import fr.benefitcalc.core.timeline.regularisation.Regularisation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invariants on generated households (salaries, late values and corrections), rule sets (periods,
 * schedules, decision days) and policies, with the toy AL and RSA computed together (cascade).
 */
class TimelinePropertiesTest {
  private static final Map<Benefit, BenefitRule> RULES = Map.of(Benefit.AL, ToyRule.housing(),
      Benefit.RSA, ToyRule.minimumIncome());
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2023, 1), YearMonth.of(2025, 12));

  /** A generated case: a household, a rule set, and the same household without late data. */
  private record Scenario(Household household, Household onTime, RuleSet ruleSet, boolean regularise) {}

  private static Scenario scenario(long seed) {
    Random r = new Random(seed);
    ResourceHistory.Builder late = ResourceHistory.builder(1);
    ResourceHistory.Builder onTime = ResourceHistory.builder(1);
    for (IncomeCategory c : new IncomeCategory[] {IncomeCategory.SALARY_TAXABLE, IncomeCategory.SALARY_NET}) {
      long base = Fixed.cents(r.nextInt(150_000));
      late.constantNanoEuros(0, c, base);
      onTime.constantNanoEuros(0, c, base);
      Set<String> seen = new HashSet<>();
      for (int i = r.nextInt(6); i > 0; i--) {
        YearMonth m = YearMonth.of(2021, 6).plusMonths(r.nextInt(53));
        long v = Fixed.cents(r.nextInt(300_000));
        if (seen.add(m.toString())) {
          late.valueNanoEuros(0, c, m, v);
          onTime.valueNanoEuros(0, c, m, v);
        }
      }
      for (int i = r.nextInt(7); i > 0; i--) {
        YearMonth m = YearMonth.of(2022, 1).plusMonths(r.nextInt(46));
        LocalDate known = m.plusMonths(1 + r.nextInt(30)).atDay(1 + r.nextInt(28));
        if (known.getYear() > 2026) { // the legal recovery limit is known until 2026-12-31 only
          known = LocalDate.of(2026, 12, 1 + r.nextInt(28));
        }
        if (seen.add(m + "@" + known)) {
          late.valueNanoEuros(0, c, m, Fixed.cents(r.nextInt(300_000)), known);
        }
      }
    }
    BenefitRules al = switch (r.nextInt(4)) {
      case 0 -> BenefitRules.of(ReferencePeriod.rolling(-13, -2), RecalculationSchedule.quarterly());
      case 1 -> BenefitRules.of(ReferencePeriod.calendarYear(-1), RecalculationSchedule.yearly(1 + r.nextInt(12)));
      case 2 -> BenefitRules.of(ReferencePeriod.rolling(-13, -2), RecalculationSchedule.halfYearly());
      default -> BenefitRules.of(ReferencePeriod.calendarYear(-2), RecalculationSchedule.yearly(1));
    };
    BenefitRules rsa = BenefitRules.of(r.nextBoolean() ? ReferencePeriod.rolling(-3, -1) : ReferencePeriod.rolling(-4, -2),
        RecalculationSchedule.every(3, 1 + r.nextInt(3)));
    RegularisationPolicy policy = policy(r);
    al = al.withPolicy(policy).withOption(DecisionTimeline.DECISION_DAY_OPTION, Integer.toString(1 + r.nextInt(28)));
    rsa = rsa.withPolicy(r.nextBoolean() ? policy : policy(r));
    RuleSet ruleSet = new RuleSet("generated", "generated", Map.of(Benefit.AL, al, Benefit.RSA, rsa));
    return new Scenario(Fixtures.single(late.build()), Fixtures.single(onTime.build()), ruleSet, policy.regularise());
  }

  private static RegularisationPolicy policy(Random r) {
    RegularisationPolicy p = r.nextInt(4) == 0 ? RegularisationPolicy.neverRegularise()
        : RegularisationPolicy.alwaysRegularise();
    if (r.nextBoolean()) {
      p = p.withCeiling(r.nextBoolean() ? new Threshold(Threshold.Unit.EUROS, Fixed.cents(r.nextInt(30_000)))
          : new Threshold(Threshold.Unit.MONTHS_OF_RIGHT, Fixed.ONE / 4 * r.nextInt(8)));
    }
    if (r.nextBoolean()) {
      p = p.withDeMinimis(new Threshold(Threshold.Unit.EUROS, Fixed.cents(r.nextInt(5_000))));
    }
    if (r.nextInt(3) == 0) {
      p = p.withCorrectedDataFeedingFutureDecisions(false);
    }
    p = p.withRecoveryLimit(switch (r.nextInt(3)) {
      case 0 -> RecoveryLimit.none();
      case 1 -> RecoveryLimit.legal();
      default -> RecoveryLimit.months(6);
    });
    return p;
  }

  private static TimelineResult run(Household h, RuleSet ruleSet) {
    return DecisionTimeline.compute(Situations.of(h), RULES, ruleSet, SPAN, DecisionTimeline.Detail.EXPLAINED);
  }

  @Test
  void paidPlusAppliedPlusFrozenIsDueToTheCent() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Scenario s = scenario(seed);
      TimelineResult result = run(s.household(), s.ruleSet());
      for (BenefitTimeline t : result.benefits().values()) {
        for (YearMonth m : SPAN) {
          assertThat(t.paid().at(m) + t.applied(m) + t.frozen(m)).as("seed %s %s %s", seed, t.benefit(), m)
              .isEqualTo(t.due().at(m));
        }
      }
    });
  }

  @Test
  void withoutLateDataThereIsNoRegularisation() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Scenario s = scenario(seed);
      TimelineResult result = run(s.onTime(), s.ruleSet());
      for (BenefitTimeline t : result.benefits().values()) {
        assertThat(t.regularisations()).as("seed %s %s", seed, t.benefit()).isEmpty();
        assertThat(t.paid()).isEqualTo(t.due());
      }
    });
  }

  @Test
  void neverRegulariseRecoversAndBackPaysNothing() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Scenario s = scenario(seed);
      if (s.regularise()) {
        return;
      }
      BenefitTimeline al = run(s.household(), s.ruleSet()).of(Benefit.AL);
      assertThat(al.appliedIndus()).isZero();
      assertThat(al.appliedRappels()).isZero();
      assertThat(al.regularisations()).allSatisfy(r -> assertThat(r.applied()).isFalse());
    });
  }

  @Test
  void sameInputSameOutput() {
    qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      Scenario s = scenario(seed);
      assertThat(run(s.household(), s.ruleSet())).isEqualTo(run(scenario(seed).household(), scenario(seed).ruleSet()));
    });
  }

  @Test
  void everyChangeOfThePaymentIsExplainedToTheCent() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Scenario s = scenario(seed);
      for (BenefitTimeline t : run(s.household(), s.ruleSet()).benefits().values()) {
        int changes = 0;
        for (YearMonth m : MonthRange.of(SPAN.first().plusMonths(1), SPAN.last())) {
          if (t.paid().at(m) != t.paid().at(m.minusMonths(1))) {
            changes++;
          }
        }
        assertThat(t.changes()).hasSize(changes).allSatisfy(c -> {
          assertThat(c.attributions()).isNotEmpty();
          assertThat(c.attributions().stream().mapToLong(Attribution::amount).sum()).isEqualTo(c.change());
        });
      }
    });
  }

  /** The payment date of a month under the default payment day: the 5th of the next month. */
  private static LocalDate paidOn(YearMonth m) {
    return m.plusMonths(1).atDay(5);
  }

  @Test
  void noMonthPaidAfterItsDecisionWasReopenedIsRegularised() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Scenario s = scenario(seed);
      for (BenefitTimeline t : run(s.household(), s.ruleSet()).benefits().values()) {
        for (Regularisation r : t.regularisations()) {
          if (r.outcome() == Outcome.FROZEN_DATA) {
            continue; // the gap between frozen and corrected data is recorded for every month of the decision
          }
          if (r.outcome() == Outcome.FROZEN_AMOUNT_KEPT) {
            assertThat(r.decidedOn()).as("seed %s %s", seed, r).isEqualTo(paidOn(r.month()));
          } else {
            assertThat(r.decidedOn()).as("seed %s %s", seed, r).isAfterOrEqualTo(paidOn(r.month()));
          }
        }
      }
    });
  }

  @Test
  void aMonthsAmountsDoNotDependOnWhereTheSpanStarts() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Scenario s = scenario(seed);
      if (!s.ruleSet().rules(Benefit.AL).policy().correctedDataFeedFutureDecisions()
          || !s.ruleSet().rules(Benefit.RSA).policy().correctedDataFeedFutureDecisions()) {
        return; // frozen data depend on the first decision computed that read them: not span-invariant
      }
      Random r = new Random(seed ^ 0x5eed);
      MonthRange shorter = MonthRange.of(SPAN.first().plusMonths(1 + r.nextInt(20)), SPAN.last().minusMonths(r.nextInt(6)));
      TimelineResult whole = run(s.household(), s.ruleSet());
      TimelineResult part = DecisionTimeline.compute(Situations.of(s.household()), RULES, s.ruleSet(), shorter,
          DecisionTimeline.Detail.AMOUNTS);
      for (Benefit b : RULES.keySet()) {
        BenefitTimeline w = whole.of(b);
        BenefitTimeline p = part.of(b);
        for (YearMonth m : shorter) {
          assertThat(p.paid().at(m)).as("seed %s %s %s paid", seed, b, m).isEqualTo(w.paid().at(m));
          assertThat(p.due().at(m)).as("seed %s %s %s due", seed, b, m).isEqualTo(w.due().at(m));
          assertThat(p.regularisations().stream().filter(x -> x.month().equals(m)).map(x -> x + " " + x.causes()).toList())
              .as("seed %s %s %s regularisations", seed, b, m)
              .isEqualTo(w.regularisations().stream().filter(x -> x.month().equals(m)).map(x -> x + " " + x.causes())
                  .toList());
        }
      }
    });
  }

  @Test
  void onlyDecisionsWhoseWindowsHoldACorrectedMonthAreReopened() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Scenario s = scenario(seed);
      BenefitTimeline al = run(s.household(), s.ruleSet()).of(Benefit.AL);
      List<ResourceHistory.Revision> revisions = s.household().resources().revisions();
      for (Regularisation r : al.regularisations()) {
        if (r.outcome() == Outcome.FROZEN_DATA || r.outcome() == Outcome.FROZEN_AMOUNT_KEPT) {
          continue;
        }
        Decision d = al.decisions().stream().filter(x -> x.month().equals(r.decisionMonth())).findFirst().orElseThrow();
        assertThat(revisions).as("seed %s %s", seed, r).anySatisfy(v -> {
          assertThat(v.category()).isEqualTo(IncomeCategory.SALARY_TAXABLE);
          assertThat(v.knownOn()).isEqualTo(r.decidedOn()).isAfter(d.decidedOn());
          assertThat(d.window().containsIndex(Months.index(v.month()))).isTrue();
        });
      }
    });
  }
}
