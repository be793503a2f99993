package fr.benefitcalc.core.timeline;

import static fr.benefitcalc.core.timeline.Fixtures.QUARTERLY_M13_M2;
import static fr.benefitcalc.core.timeline.Fixtures.QUARTERLY_M3_M1;
import static fr.benefitcalc.core.timeline.Fixtures.SPAN_2024_2025;
import static fr.benefitcalc.core.timeline.Fixtures.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitResult;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.trace.Trace;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The AL reading whether the RSA was received in the month before its month of calculation
 * ({@link DecisionTimeline#READS_RECEIVED_OPTION}) while the RSA reads the AL: a cycle that runs forward in time.
 * Toy AL: 100 € when the RSA was received in M-1, else 50 €. Toy RSA ({@link ToyRule#minimumIncome()}, net salary
 * 520 € every month): 600 − 520 − min(AL of M, 250) = 30 € with an AL of 50 €, nothing with 100 €. So the AL of a
 * quarter is 100 € exactly when the AL of the quarter before was 50 €: the amounts alternate, each quarter reading
 * the one before, as far back as the timeline computes — the longest chain the engine has to resolve.
 */
class ReceiptCycleTest {
  /** The toy AL: 100 € when the RSA was received in the month before the month of calculation, else 50 €. */
  private record ReceiptAl() implements BenefitRule {
    @Override
    public Benefit benefit() {
      return Benefit.AL;
    }

    @Override
    public BenefitResult compute(Household household, ResourceView resources, YearMonth month, RuleSet rules,
        Trace trace) {
      boolean received = household.received(ReceivedBenefit.RSA, Months.index(month) - 1) > 0;
      return new BenefitResult(Benefit.AL, month, euros(received ? "100" : "50"), "toy");
    }
  }

  private static final Map<Benefit, BenefitRule> RULES = Map.of(Benefit.AL, new ReceiptAl(), Benefit.RSA,
      ToyRule.minimumIncome());

  private static RuleSet ruleSet(String readsReceived) {
    return new RuleSet("test", "toy AL reading the RSA received", Map.of(
        Benefit.AL, QUARTERLY_M13_M2.withOption(DecisionTimeline.READS_RECEIVED_OPTION, readsReceived),
        Benefit.RSA, QUARTERLY_M3_M1));
  }

  private static Household household() {
    return Fixtures.single(ResourceHistory.builder(1)
        .constantNanoEuros(0, IncomeCategory.SALARY_NET, euros("520")).build());
  }

  @Test
  void theChainIsResolvedQuarterByQuarterFromTheWarmUp() {
    TimelineResult r = DecisionTimeline.compute(Situations.of(household()), RULES, ruleSet("RSA"), SPAN_2024_2025,
        DecisionTimeline.Detail.EXPLAINED);
    // the RSA is computed from 2023-07 (six months before the span, its decision month), the AL from 2023-04 (the
    // months the RSA decision of 2023-07 reads); the AL decisions of 2023-04 and 2023-07 read the RSA of 2023-03 and
    // 2023-06, not computed: 50 €. Then 2023-07: RSA 30 -> AL of 2023-10: 100 -> RSA nil -> AL of 2024-01: 50 ...
    BenefitTimeline al = r.of(Benefit.AL);
    BenefitTimeline rsa = r.of(Benefit.RSA);
    for (YearMonth m : SPAN_2024_2025) {
      boolean received = ((m.getYear() - 2024) * 12 + m.getMonthValue() - 1) / 3 % 2 == 1;
      assertThat(al.paid().at(m)).as("AL %s", m).isEqualTo(euros(received ? "100" : "50"));
      assertThat(rsa.paid().at(m)).as("RSA %s", m).isEqualTo(euros(received ? "0" : "30"));
      assertThat(al.due().at(m)).isEqualTo(al.paid().at(m));
      assertThat(rsa.due().at(m)).isEqualTo(rsa.paid().at(m));
    }
    assertThat(al.regularisations()).isEmpty();
    assertThat(rsa.regularisations()).isEmpty();
  }

  @Test
  void withoutTheOptionTheAlReadsOnlyTheRsaGiven() {
    TimelineResult r = DecisionTimeline.compute(Situations.of(household()), RULES, ruleSet("none"), SPAN_2024_2025,
        DecisionTimeline.Detail.AMOUNTS);
    for (YearMonth m : SPAN_2024_2025) {
      assertThat(r.of(Benefit.AL).paid().at(m)).isEqualTo(euros("50"));
      assertThat(r.of(Benefit.RSA).paid().at(m)).isEqualTo(euros("30"));
    }
  }

  @Test
  void aValueThatIsNotABenefitReceivedIsRefused() {
    assertThatThrownBy(() -> DecisionTimeline.prepare(RULES, ruleSet("PA"), SPAN_2024_2025))
        .hasMessageContaining(DecisionTimeline.READS_RECEIVED_OPTION).hasMessageContaining("'PA'");
  }
}
