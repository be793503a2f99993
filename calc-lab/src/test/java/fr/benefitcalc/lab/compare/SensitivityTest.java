package fr.benefitcalc.lab.compare;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.scenario.ScenarioCatalog;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Sensitivity}: every assumption reaches the population, and the orders follow the values. */
class SensitivityTest {
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2024, 6));

  @Test
  void everyAssumptionChangesTheHouseholdsDrawnEitherWay() {
    HouseholdGenerator base = HouseholdGenerator.calibrated(YearMonth.of(2022, 1), SPAN.last());
    for (Sensitivity.Assumption a : Sensitivity.ASSUMPTIONS) {
      for (double f : Sensitivity.FACTORS) {
        HouseholdGenerator changed = a.vary().apply(f).change().apply(base);
        boolean differs = false;
        for (int i = 0; i < 40 && !differs; i++) {
          Household x = base.next(new SplittableRandom(i), 100, "h" + i);
          Household y = changed.next(new SplittableRandom(i), 100, "h" + i);
          differs = !x.resources().equals(y.resources());
        }
        assertThat(differs).as("%s × %s", a.name(), f).isTrue();
      }
    }
  }

  @Test
  void theOrdersFollowTheValuesAndTheTableNamesEveryVariant() {
    Catalog catalog = StandardCatalog.create();
    ScenarioCatalog scenarios = new ScenarioCatalog(catalog);
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    for (Benefit b : Benefit.values()) {
      rules.put(b, catalog.rule(b));
    }
    Sensitivity s = Sensitivity.run(List.of(scenarios.get("S1"), scenarios.get("S8")), rules, SPAN, 30, 1, 2, line -> { });
    assertThat(s.variants()).hasSize(2 * Sensitivity.ASSUMPTIONS.size());
    for (Sensitivity.Ranking r : java.util.stream.Stream.concat(java.util.stream.Stream.of(s.baseline()),
        s.variants().stream().map(Sensitivity.Variant::ranking)).toList()) {
      for (Sensitivity.Measure m : Sensitivity.Measure.values()) {
        List<String> order = r.order().get(m);
        assertThat(order).containsExactlyInAnyOrder("S1", "S8");
        double first = r.values().get(m).get(s.scenarios().indexOf(order.get(0)));
        double second = r.values().get(m).get(s.scenarios().indexOf(order.get(1)));
        assertThat(first).isLessThanOrEqualTo(second);
      }
    }
    String text = s.text();
    for (Sensitivity.Assumption a : Sensitivity.ASSUMPTIONS) {
      assertThat(text).contains(a.name() + " × 0.5").contains(a.name() + " × 1.5");
    }
  }
}
