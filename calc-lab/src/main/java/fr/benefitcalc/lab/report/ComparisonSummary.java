package fr.benefitcalc.lab.report;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.lab.compare.ComparisonResult;
import fr.benefitcalc.lab.compare.ScenarioOutcome;
import fr.benefitcalc.lab.scenario.Scenario;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text summary of a comparison (the head of {@code summary.txt}): the population, each scenario
 * with its time and households in error, what the totals cover, the timeline's conventions, and the
 * table of every benefit.
 * The same whichever engine computed the result (one machine or Spark).
 */
public final class ComparisonSummary {
  private ComparisonSummary() {}

  /** The summary of {@code result}. */
  public static String text(ComparisonResult result) {
    StringBuilder summary = new StringBuilder();
    summary.append("Population: ").append(result.population()).append("; months of right ").append(result.span())
        .append('\n');
    for (ScenarioOutcome o : result.scenarios()) {
      summary.append(String.format(Locale.ROOT, "%-6s %-26s %s (%.1f s, %d households in error)%n", o.scenario().id(),
          o.scenario().name(), o.scenario().description(), o.millis() / 1000.0, o.errors().size()));
    }
    summary.append(result.coverage()).append('\n');
    summary.append(timelineConventions(result.scenarios().stream().map(ScenarioOutcome::scenario).toList())).append('\n');
    for (Benefit b : Benefit.values()) {
      summary.append(MetricTable.text(result, b)).append('\n');
    }
    return summary.toString();
  }

  /**
   * The decision-timeline conventions behind every indu and rappel counted: the payment day (month m
   * paid on that day of m+1) and when revaluations apply, per benefit, as the scenarios set them.
   */
  public static String timelineConventions(List<Scenario> scenarios) {
    Set<String> seen = new LinkedHashSet<>();
    for (Scenario sc : scenarios) {
      for (Benefit b : Benefit.values()) {
        if (!sc.ruleSet().defines(b)) {
          continue;
        }
        var rules = sc.ruleSet().rules(b);
        seen.add(b + " paid on day " + DecisionTimeline.paymentDay(rules)
            + " of the next month, revaluations " + DecisionTimeline.revaluation(rules));
      }
    }
    return "Timeline: " + String.join("; ", seen) + "\n";
  }
}
