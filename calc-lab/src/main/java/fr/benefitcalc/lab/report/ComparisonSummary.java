package fr.benefitcalc.lab.report;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.lab.compare.ComparisonResult;
import fr.benefitcalc.lab.compare.NationalWeights;
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

  /** The summary of {@code result}, for the terminal: no line wider than {@value MetricTable#WIDTH} characters. */
  public static String text(ComparisonResult result) {
    StringBuilder summary = new StringBuilder();
    summary.append(wrap("Population: " + result.population() + "; months of right " + result.span(), ""));
    for (ScenarioOutcome o : result.scenarios()) {
      summary.append(String.format(Locale.ROOT, "%-6s %s (%.1f s, %d households in error)%n", o.scenario().id(),
          o.scenario().name(), o.millis() / 1000.0, o.errors().size()));
      summary.append(wrap("       " + o.scenario().description(), "       "));
    }
    summary.append(wrap(result.coverage(), ""));
    summary.append(wrap(timelineConventions(result.scenarios().stream().map(ScenarioOutcome::scenario).toList()).strip(),
        "")).append('\n');
    summary.append(wrap("Amounts in M€ per year of the run (total × 12 / " + result.span().length()
        + " months) for the households computed; 'national': extrapolated by each benefit's weight ("
        + weights(result) + "); definitions at the end of summary.txt and in report.html.", "")).append('\n');
    for (Benefit b : Benefit.values()) {
      if (result.scenarios().stream().anyMatch(o -> o.metrics().containsKey(b))) {
        summary.append(MetricTable.text(result, b)).append('\n');
      }
    }
    return summary.toString();
  }

  /** The definitions of the rows of the tables, wrapped (the tail of {@code summary.txt}). */
  public static String definitions() {
    StringBuilder b = new StringBuilder("Definitions\n");
    MetricTable.DEFINITIONS.forEach((label, definition) -> b.append(wrap(label.strip() + ": " + definition, "    ")));
    return b.toString();
  }

  /** The national weights of {@code result}, as text: "AL × 54.9, RSA × ...". */
  static String weights(ComparisonResult result) {
    NationalWeights w = NationalWeights.of(result);
    List<String> parts = new java.util.ArrayList<>();
    for (Benefit b : Benefit.values()) {
      w.weight(b).ifPresent(x -> parts.add(b + " × " + x.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()));
    }
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  /** {@code text} wrapped at {@value MetricTable#WIDTH} columns, the next lines indented by {@code indent}. */
  public static String wrap(String text, String indent) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder();
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (!empty && line.length() + 1 + word.length() > MetricTable.WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    return out.append(line).append('\n').toString();
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
