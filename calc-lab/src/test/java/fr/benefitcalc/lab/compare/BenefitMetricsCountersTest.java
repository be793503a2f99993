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
      long[][] sums = new long[benefits.size()][BenefitMetrics.COUNTERS.size()];
      for (int i = 0; i < p.size(); i++) {
        HouseholdComparison.Outcome o = engine.compute(p.households().get(i), i);
        for (int k = 0; k < benefits.size(); k++) {
          long[] c = BenefitMetrics.of(o.timeline(s, k).orElseThrow(), SPAN).counters();
          for (int j = 0; j < c.length; j++) {
            sums[k][j] = j == drop ? Math.max(sums[k][j], c[j]) : sums[k][j] + c[j];
          }
        }
      }
      for (int k = 0; k < benefits.size(); k++) {
        BenefitMetrics expected = result.scenarios().get(s).metrics().get(benefits.get(k));
        assertThat(BenefitMetrics.ofCounters(sums[k]).counters()).isEqualTo(expected.counters());
        assertThat(sums[k][0]).isEqualTo(150); // households
      }
    }
  }

  @Test
  void countersNameEveryFieldOnce() {
    assertThat(BenefitMetrics.COUNTERS).doesNotHaveDuplicates().contains("paid", "due", "largest_drop");
    long[] c = new long[BenefitMetrics.COUNTERS.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = i + 1;
    }
    assertThat(BenefitMetrics.ofCounters(c).counters()).isEqualTo(c);
    assertThatThrownBy(() -> BenefitMetrics.ofCounters(new long[3])).hasMessageContaining("3 counters given");
  }
}
