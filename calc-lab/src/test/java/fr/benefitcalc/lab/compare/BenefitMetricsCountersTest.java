package fr.benefitcalc.lab.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.population.Population;
import fr.benefitcalc.lab.population.SyntheticPopulation;
import fr.benefitcalc.lab.scenario.ScenarioCatalog;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metrics are decomposable: per-household metrics, as counters, sum to the accumulated ones. */
class BenefitMetricsCountersTest {
  private static final Catalog CATALOG = StandardCatalog.create();
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));

  @Test
  void perHouseholdCountersSummedGiveTheComparisonsMetrics() {
    Population p = SyntheticPopulation.generate(150, 11, YearMonth.of(2022, 1), YearMonth.of(2025, 12));
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    for (Benefit b : Benefit.values()) {
      rules.put(b, CATALOG.rule(b));
    }
    ScenarioCatalog scenarios = new ScenarioCatalog(CATALOG);
    List<fr.benefitcalc.lab.scenario.Scenario> chosen = List.of(scenarios.get("S1"), scenarios.get("S9-50"));
    ComparisonResult result = Comparison.run(p, rules, new Comparison.Settings(chosen, SPAN, 20, 2, line -> { }));
    HouseholdComparison engine = new HouseholdComparison(rules, chosen, SPAN, 20);
    int drop = BenefitMetrics.COUNTERS.indexOf(BenefitMetrics.LARGEST_DROP);
    for (int s = 0; s < chosen.size(); s++) {
      List<Benefit> benefits = engine.benefits(s);
      BigInteger[][] sums = new BigInteger[benefits.size()][BenefitMetrics.COUNTERS.size()];
      for (BigInteger[] row : sums) {
        java.util.Arrays.fill(row, BigInteger.ZERO);
      }
      for (int i = 0; i < p.size(); i++) {
        HouseholdComparison.Outcome o = engine.compute(p.households().get(i), i);
        for (int k = 0; k < benefits.size(); k++) {
          BigInteger[] c = BenefitMetrics.of(o.timeline(s, k).orElseThrow(), SPAN).counters();
          for (int j = 0; j < c.length; j++) {
            sums[k][j] = j == drop ? sums[k][j].max(c[j]) : sums[k][j].add(c[j]);
          }
        }
      }
      for (int k = 0; k < benefits.size(); k++) {
        BenefitMetrics expected = result.scenarios().get(s).metrics().get(benefits.get(k));
        assertThat(BenefitMetrics.ofCounters(sums[k]).counters()).isEqualTo(expected.counters());
        assertThat(sums[k][0]).isEqualTo(BigInteger.valueOf(150)); // households
      }
    }
  }

  @Test
  void countersNameEveryFieldOnce() {
    assertThat(BenefitMetrics.COUNTERS).doesNotHaveDuplicates().contains("paid", "due", "largest_drop");
    BigInteger[] c = new BigInteger[BenefitMetrics.COUNTERS.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = BigInteger.valueOf(i + 1);
    }
    c[BenefitMetrics.COUNTERS.indexOf("paid")] = BigInteger.TWO.pow(100); // beyond 64 bits: exact
    assertThat(BenefitMetrics.ofCounters(c).counters()).isEqualTo(c);
    assertThatThrownBy(() -> BenefitMetrics.ofCounters(new BigInteger[3])).hasMessageContaining("3 counters given");
    c[0] = BigInteger.TWO.pow(64); // a count beyond 64 bits
    assertThatThrownBy(() -> BenefitMetrics.ofCounters(c)).isInstanceOf(ArithmeticException.class);
  }
}
