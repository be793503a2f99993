package fr.benefitcalc.lab.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.scenario.ScenarioCatalog;
import fr.benefitcalc.lab.population.SyntheticPopulation;
import fr.benefitcalc.testkit.generators.SituationErrors;
import fr.benefitcalc.testkit.generators.TimelineCase;
import fr.benefitcalc.testkit.generators.TimelineCaseGenerator;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** {@link Sensitivity}: every assumption reaches the population, and the orders follow the values. */
class SensitivityTest {
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2024, 6));

  @Test
  void everyAssumptionChangesTheHouseholdsDrawnEitherWay() {
    // the households compare draws (their situations, changes as learnt, errors held), not only their resources
    MonthRange span = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));
    TimelineCaseGenerator base = SyntheticPopulation.comparisonCases(span.first(), span.last(), UnaryOperator.identity(),
        UnaryOperator.identity());
    for (Sensitivity.Assumption a : Sensitivity.ASSUMPTIONS) {
      for (double f : Sensitivity.FACTORS) {
        Sensitivity.Changed c = a.vary().apply(f);
        TimelineCaseGenerator changed = SyntheticPopulation.comparisonCases(span.first(), span.last(), c.change(),
            c.errors());
        boolean differs = false;
        for (int i = 0; i < 3_000 && !differs; i++) {
          TimelineCase x = base.next(new SplittableRandom(i), 100, "h" + i);
          TimelineCase y = changed.next(new SplittableRandom(i), 100, "h" + i);
          differs = !x.equals(y);
        }
        assertThat(differs).as("%s × %s", a.name(), f).isTrue();
      }
    }
  }

  @Test
  void theSituationErrorsAreVariedOneAtATimeAndStayValid() {
    SituationErrors calibrated = SituationErrors.calibrated();
    int situation = 0;
    for (Sensitivity.Assumption a : Sensitivity.ASSUMPTIONS) {
      for (double f : Sensitivity.FACTORS) {
        SituationErrors e = a.vary().apply(f).errors().apply(calibrated);
        // the others are said lowered only when they are
        assertThat(a.vary().apply(f).value()).as(a.name()).doesNotContain("× 1.00");
        if (e.equals(calibrated)) {
          continue;
        }
        situation++;
        for (SituationErrors.Knowledge k : List.of(e.favourable(), e.unfavourable(), e.rentErrorControl(),
            e.processingCorrection())) {
          assertThat(k.lateShare() + k.controlShare() + k.neverShare()).as(a.name()).isLessThanOrEqualTo(1 + 1e-9);
        }
      }
    }
    // late, control, never and delays by direction (8); couples (2); rents (5); processing (8): × 0.5 and × 1.5
    assertThat(situation).isEqualTo(2 * 23);
    // a share raised by half is raised by half, the others lowered only when the three would exceed 1
    SituationErrors.Knowledge k = calibrated.unfavourable();
    SituationErrors e = named("changes lost by declaring: share never learnt within 24 months").vary().apply(1.5).errors()
        .apply(calibrated);
    assertThat(e.unfavourable().neverShare()).isCloseTo(Math.min(1, k.neverShare() * 1.5), within(1e-12));
    if (k.lateShare() + k.controlShare() + k.neverShare() * 1.5 <= 1) {
      assertThat(e.unfavourable().lateShare()).isEqualTo(k.lateShare());
      assertThat(e.unfavourable().controlShare()).isEqualTo(k.controlShare());
    }
    assertThat(e.favourable()).isEqualTo(calibrated.favourable());
    SituationErrors p = named("processing errors: yearly share of households").vary().apply(0.5).errors().apply(calibrated);
    assertThat(p.processingPerYear()).isCloseTo(calibrated.processingPerYear() / 2, within(1e-12));
    assertThat(p.rentErrorShare()).isEqualTo(calibrated.rentErrorShare());
    // the share of a tenant's input errors keyed on the rent, alone (capped at 1)
    for (double f : Sensitivity.FACTORS) {
      SituationErrors r = named("processing errors: share of a tenant's errors keyed on the rent").vary().apply(f).errors()
          .apply(calibrated);
      assertThat(r.processingRentShare()).isCloseTo(Math.min(1, calibrated.processingRentShare() * f), within(1e-12));
      assertThat(r.processingRentShare()).isNotEqualTo(calibrated.processingRentShare());
      assertThat(r.processingPerYear()).isEqualTo(calibrated.processingPerYear());
      assertThat(r.processingCorrection()).isEqualTo(calibrated.processingCorrection());
    }
  }

  private static Sensitivity.Assumption named(String name) {
    return Sensitivity.ASSUMPTIONS.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
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
    for (Sensitivity.Variant v : s.variants()) {
      for (Sensitivity.Measure m : Sensitivity.Measure.values()) {
        double largest = s.largestChange(v, m);
        boolean reached = largest == 0;
        for (int i = 0; i < s.scenarios().size(); i++) {
          double base = s.baseline().values().get(m).get(i);
          double c = base == 0 ? 0 : v.ranking().values().get(m).get(i) / base - 1;
          assertThat(Math.abs(c)).isLessThanOrEqualTo(Math.abs(largest) + 1e-12);
          reached |= c == largest;
        }
        assertThat(reached).as("%s %s", v.assumption(), m).isTrue();
      }
    }
    String text = s.text();
    assertThat(text).contains("Largest change of a scenario's value against the baseline");
    for (Sensitivity.Assumption a : Sensitivity.ASSUMPTIONS) {
      assertThat(text).contains(a.name() + " × 0.5").contains(a.name() + " × 1.5");
    }
  }
}
