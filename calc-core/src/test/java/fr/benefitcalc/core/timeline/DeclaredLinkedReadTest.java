package fr.benefitcalc.core.timeline;

import static fr.benefitcalc.core.timeline.Fixtures.QUARTERLY_M13_M2;
import static fr.benefitcalc.core.timeline.Fixtures.QUARTERLY_M3_M1;
import static fr.benefitcalc.core.timeline.Fixtures.SPAN_2024_2025;
import static fr.benefitcalc.core.timeline.Fixtures.corrected;
import static fr.benefitcalc.core.timeline.Fixtures.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.parameters.Timeline;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitResult;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.trace.Trace;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What a rule declares reading of the linked benefit ({@link BenefitRule#receivedMonthsRead},
 * {@link BenefitRule#receivedAmountReadUpTo}): the timeline reopens a decision only when what it reads of the AL
 * changes, and gives exactly what it gives without the declaration (every month of the windows and of the
 * decision, every amount as it is), with fewer evaluations. Setting of {@link CascadeTest}: the toy AL is 200 €, 180
 * € for 2024-07..2025-06 after a correction known on 2025-05-20; the toy RSA reads min(AL of its month, cap).
 */
class DeclaredLinkedReadTest {
  private static final LocalDate LATE = LocalDate.of(2025, 5, 20);
  private static final RuleSet RULES = new RuleSet("test", "toy AL and RSA",
      Map.of(Benefit.AL, QUARTERLY_M13_M2, Benefit.RSA, QUARTERLY_M3_M1));
  private static final Household HOUSEHOLD = corrected(YearMonth.of(2024, 3), "540", LATE);

  /** The toy RSA reading min(AL of its month, {@code cap}). */
  private static ToyRule rsa(String cap) {
    return new ToyRule(Benefit.RSA, IncomeCategory.SALARY_NET, ToyRule.BASE_600, 0, 0, euros(cap));
  }

  /**
   * {@code rule} declaring every read, counting its evaluations; with {@code declared}, declaring that it reads the
   * AL of its month plus {@code offset}, up to {@code ceiling}.
   */
  private record Declaring(ToyRule rule, boolean declared, int offset, long ceiling, AtomicInteger evaluations)
      implements BenefitRule {
    Declaring(ToyRule rule, boolean declared, int offset, long ceiling) {
      this(rule, declared, offset, ceiling, new AtomicInteger());
    }

    @Override
    public Benefit benefit() {
      return rule.benefit();
    }

    @Override
    public List<Timeline<?>> parameters() {
      return rule.parameters();
    }

    @Override
    public boolean declaresEveryRead() {
      return true;
    }

    @Override
    public Optional<MonthRange> receivedMonthsRead(BenefitRules rules, boolean experimenting, int calculationMonth) {
      YearMonth m = Months.of(calculationMonth + offset);
      return declared ? Optional.of(MonthRange.of(m, m)) : Optional.empty();
    }

    @Override
    public long receivedAmountReadUpTo(BenefitRules rules, int persons, int calculationMonth, int parameterMonth,
        int receivedMonth) {
      return ceiling;
    }

    @Override
    public BenefitResult compute(Household household, ResourceView resources, YearMonth month, RuleSet rules,
        Trace trace) {
      evaluations.incrementAndGet();
      return rule.compute(household, resources, month, rules, trace);
    }

    @Override
    public long amount(HouseholdFacts household, ResourceView resources, int m, int parameterMonth, RuleSet rules,
        Trace trace) {
      evaluations.incrementAndGet();
      return rule.amount(household, resources, m, parameterMonth, rules, trace);
    }

    @Override
    public long amount(HouseholdFacts household, ResourceView resources, int m, RuleSet rules, Trace trace) {
      evaluations.incrementAndGet();
      return rule.amount(household, resources, m, rules, trace);
    }
  }

  private static BenefitTimeline run(BenefitRule rsa) {
    return DecisionTimeline.compute(HOUSEHOLD, Map.of(Benefit.AL, ToyRule.housing(), Benefit.RSA, rsa), RULES,
        SPAN_2024_2025).of(Benefit.RSA);
  }

  @Test
  void aChangeOfTheAlReadReopensAsWithoutTheDeclarationWithFewerEvaluations() {
    // 200 -> 180 under a cap of 250: what the RSA reads changes in every month corrected
    Declaring declared = new Declaring(rsa("250"), true, 0, euros("250"));
    Declaring undeclared = new Declaring(rsa("250"), false, 0, Long.MAX_VALUE);
    BenefitTimeline with = run(declared);
    BenefitTimeline without = run(undeclared);

    assertThat(with).isEqualTo(without);
    assertThat(with.regularisations()).hasSize(10);
    // every decision reopened reads the AL of its month, which changed: the same evaluations
    assertThat(declared.evaluations().get()).isEqualTo(undeclared.evaluations().get());
  }

  @Test
  void aChangeOfTheAlAboveTheCeilingOnBothSidesReopensNothing() {
    // 200 -> 180 under a cap of 150: the RSA reads 150 before and after
    Declaring declared = new Declaring(rsa("150"), true, 0, euros("150"));
    Declaring undeclared = new Declaring(rsa("150"), false, 0, Long.MAX_VALUE);
    BenefitTimeline with = run(declared);
    BenefitTimeline without = run(undeclared);

    assertThat(with).isEqualTo(without);
    assertThat(with.regularisations()).isEmpty();
    assertThat(with.reopenedDecisions()).isEmpty();
    assertThat(declared.evaluations().get()).isLessThan(undeclared.evaluations().get());
  }

  @Test
  void aChangeOfTheAlAcrossTheCeilingReopens() {
    // 200 -> 180 under a cap of 190: the RSA reads 190, then 180: the change of a month read forces the recomputation
    Declaring declared = new Declaring(rsa("190"), true, 0, euros("190"));
    BenefitTimeline with = run(declared);

    assertThat(with).isEqualTo(run(new Declaring(rsa("190"), false, 0, Long.MAX_VALUE)));
    assertThat(with.regularisations()).hasSize(10).allSatisfy(r -> assertThat(r.amountFixed()).isEqualTo(euros("10")));
  }

  @Test
  void theDeclarationIsTakenAtItsWord() {
    // a rule declaring the wrong month (its month + 1: none of its AL changes is ever seen by a decision of the
    // quarter, 2024-07 -> 2024-08...) is not reopened on the AL change it reads: what the rules' tests must rule out
    BenefitTimeline wrong = run(new Declaring(rsa("250"), true, 3, euros("250")));

    assertThat(wrong.regularisations()).isNotEqualTo(run(new Declaring(rsa("250"), false, 0, Long.MAX_VALUE))
        .regularisations());
  }
}
