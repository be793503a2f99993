package fr.benefitcalc.lab.compare;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.core.timeline.Situations;
import fr.benefitcalc.core.timeline.TimelineResult;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.population.SyntheticPopulation;
import fr.benefitcalc.lab.scenario.Scenario;
import fr.benefitcalc.lab.scenario.ScenarioCatalog;
import fr.benefitcalc.testkit.generators.TimelineCase;
import fr.benefitcalc.testkit.generators.TimelineCaseGenerator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * What the scenarios of a comparison share when computed on one {@link Situations} (the revisions, the
 * timelines of a benefit under equal rules, the receipt a cycle ended with, the rule evaluations of rules
 * equal but for their regularisation policy) changes no result: every built-in scenario computed after the
 * others on the same situations gives exactly what it gives on situations of its own, for households of the
 * comparison's population (late data, situations learnt late, agents' errors).
 */
class SharedSituationsTest {
  private static final Catalog CATALOG = StandardCatalog.create();
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));

  @Test
  void everyScenarioOnSharedSituationsGivesWhatItGivesAlone() {
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    for (Benefit b : Benefit.values()) {
      rules.put(b, CATALOG.rule(b));
    }
    // the default comparison, then the threshold sweep (the same rules with other policies) and the others
    List<Scenario> scenarios = new ArrayList<>();
    ScenarioCatalog catalog = new ScenarioCatalog(CATALOG);
    scenarios.addAll(catalog.defaultComparison());
    for (Scenario s : catalog.all().values()) {
      if (!scenarios.contains(s)) {
        scenarios.add(s);
      }
    }
    List<DecisionTimeline.Prepared> prepared = new ArrayList<>();
    for (Scenario s : scenarios) {
      prepared.add(DecisionTimeline.prepare(rules, s.ruleSet(), SPAN));
    }
    TimelineCaseGenerator cases = SyntheticPopulation.comparisonCases(SPAN.first(), SPAN.last(), UnaryOperator.identity(),
        UnaryOperator.identity());
    int compared = 0;
    for (int i = 0; i < 40; i++) {
      TimelineCase c = cases.next(new SplittableRandom(1_000_003L * 5 + i), 100, "h" + i);
      Situations shared = c.situations();
      for (int s = 0; s < scenarios.size(); s++) {
        TimelineResult together = prepared.get(s).compute(shared, DecisionTimeline.Detail.AMOUNTS);
        TimelineResult alone = prepared.get(s).compute(c.situations(), DecisionTimeline.Detail.AMOUNTS);
        assertThat(together).as("household %s, scenario %s", c.initial().id(), scenarios.get(s).id()).isEqualTo(alone);
        compared++;
      }
    }
    assertThat(compared).isEqualTo(40 * scenarios.size());
  }
}
