package fr.benefitcalc.lab.report;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.lab.compare.BenefitMetrics;
import fr.benefitcalc.lab.compare.Comparison;
import fr.benefitcalc.lab.compare.ComparisonResult;
import fr.benefitcalc.lab.compare.ScenarioOutcome;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A self-contained HTML report of a comparison: the tables of {@link MetricTable} and charts rendered
 * by JFreeChart as PNG images embedded in the page (readable offline, no script).
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** Writes the report to {@code file}. */
  public static void write(ComparisonResult result, String title, Path file) {
    System.setProperty("java.awt.headless", "true");
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title)).append("</title>\n")
        .append("<style>body{font-family:sans-serif;margin:2em;max-width:1400px}table{border-collapse:collapse;margin:1em 0}"
            + "td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}td:first-child,th:first-child{text-align:left}"
            + "th{background:#eee}img{max-width:100%}.note{color:#555}</style></head><body>\n");
    h.append("<h1>").append(esc(title)).append("</h1>\n");
    h.append("<p>Population: ").append(esc(result.population())).append(". Months of right: ").append(result.span())
        .append(". Baseline: ").append(esc(result.baseline().scenario().toString())).append(".</p>\n");
    h.append("<p><strong>").append(esc(result.coverage())).append("</strong></p>\n");
    h.append("<h2>Scenarios</h2><table><tr><th>id</th><th>name</th><th>rules</th><th>time (s)</th><th>households in error</th></tr>\n");
    for (ScenarioOutcome o : result.scenarios()) {
      h.append("<tr><td>").append(esc(o.scenario().id())).append("</td><td>").append(esc(o.scenario().name()))
          .append("</td><td style=\"text-align:left\">").append(esc(o.scenario().description())).append("</td><td>")
          .append(String.format(java.util.Locale.ROOT, "%.1f", o.millis() / 1000.0)).append("</td><td>")
          .append(o.errors().size()).append("</td></tr>\n");
    }
    h.append("</table>\n");
    h.append(image(netDifferenceChart(result)));
    h.append(image(reopenedChart(result)));
    h.append(image(regularisationChart(result, Benefit.AL)));
    h.append(image(volatilityChart(result)));
    for (Benefit b : Benefit.values()) {
      if (result.baseline().metrics().containsKey(b)) {
        h.append("<h2>").append(b).append("</h2>\n").append(table(result, b));
      }
    }
    h.append("<h2>Winners and losers against ").append(esc(result.baseline().scenario().id())).append("</h2>\n")
        .append("<p class=\"note\">A household wins (loses) when the net amount of all its benefits over the span rises (falls) by at least 1 €.</p>\n");
    for (ScenarioOutcome o : result.scenarios().subList(1, result.scenarios().size())) {
      h.append("<h3>").append(esc(o.scenario().toString())).append("</h3>\n");
      h.append(groupTable(result.differences(o, true))).append(groupTable(result.differences(o, false)));
    }
    List<Comparison.HouseholdError> errors = result.scenarios().stream().flatMap(o -> o.errors().stream()).toList();
    h.append("<h2>Households in error</h2>\n<p>").append(errors.size()).append(" (excluded from every total; every one listed in households.csv and summary.txt).</p>\n");
    if (!errors.isEmpty()) {
      h.append("<table><tr><th>household</th><th>scenario</th><th>error</th></tr>\n");
      errors.stream().limit(1000).forEach(e -> h.append("<tr><td>").append(esc(e.householdId())).append("</td><td>")
          .append(esc(e.scenario())).append("</td><td style=\"text-align:left\">").append(esc(e.error())).append("</td></tr>\n"));
      h.append("</table>\n");
    }
    if (!result.refused().isEmpty()) {
      h.append("<h2>Households refused in the input</h2>\n<p>").append(result.refused().size())
          .append(" (not computed, in no total; all listed in households.csv).</p>\n<table><tr><th>household</th><th>reasons</th></tr>\n");
      result.refused().entrySet().stream().limit(1000).forEach(e -> h.append("<tr><td>").append(esc(e.getKey()))
          .append("</td><td style=\"text-align:left\">").append(esc(e.getValue())).append("</td></tr>\n"));
      h.append("</table>\n");
    }
    h.append("</body></html>\n");
    try {
      Files.writeString(file, h.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be written", e);
    }
  }

  private static String table(ComparisonResult result, Benefit benefit) {
    StringBuilder h = new StringBuilder("<table><tr><th>metric</th>");
    for (ScenarioOutcome o : result.scenarios()) {
      h.append("<th>").append(esc(o.scenario().id() + " " + o.scenario().name())).append("</th>");
    }
    h.append("</tr>\n");
    for (MetricTable.Row r : MetricTable.rows(result, benefit)) {
      h.append("<tr><td>").append(esc(r.label())).append("</td>");
      for (String v : r.values()) {
        h.append("<td>").append(esc(v)).append("</td>");
      }
      h.append("</tr>\n");
    }
    return h.append("</table>\n").toString();
  }

  private static String groupTable(ComparisonResult.GroupDifferences d) {
    StringBuilder h = new StringBuilder("<table><tr><th>group</th><th>households</th><th>winners</th><th>losers</th>"
        + "<th>mean difference per household (€)</th></tr>\n");
    for (int g = 0; g < d.groups().size(); g++) {
      BigDecimal mean = d.households()[g] == 0 ? BigDecimal.ZERO
          : d.difference()[g].euros().divide(BigDecimal.valueOf(d.households()[g]), 2, RoundingMode.HALF_UP);
      h.append("<tr><td>").append(esc(d.groups().get(g))).append("</td><td>").append(d.households()[g]).append("</td><td>")
          .append(d.winners()[g]).append("</td><td>").append(d.losers()[g]).append("</td><td>")
          .append(MetricTable.euros(mean)).append("</td></tr>\n");
    }
    return h.append("</table>\n").toString();
  }

  private static JFreeChart netDifferenceChart(ComparisonResult result) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    for (ScenarioOutcome o : result.scenarios()) {
      for (Benefit b : o.benefits()) {
        BenefitMetrics.Summary s = o.metrics().get(b).summary(result.span().length());
        BenefitMetrics base = result.baseline().metrics().get(b);
        BigDecimal baseNet = base == null ? BigDecimal.ZERO : base.summary(result.span().length()).netPaid();
        ds.addValue(millionsValue(s.netPaid().subtract(baseNet)), b.name(), o.scenario().id());
      }
    }
    return bar("Net amount received against " + result.baseline().scenario().id() + " (M€)", "M€", ds);
  }

  private static JFreeChart reopenedChart(ComparisonResult result) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    for (ScenarioOutcome o : result.scenarios()) {
      for (Benefit b : o.benefits()) {
        ds.addValue(100 * o.metrics().get(b).summary(result.span().length()).reopenedShare(), b.name(), o.scenario().id());
      }
    }
    return bar("Decisions reopened by late data (%)", "%", ds);
  }

  private static JFreeChart regularisationChart(ComparisonResult result, Benefit benefit) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    for (ScenarioOutcome o : result.scenarios()) {
      BenefitMetrics m = o.metrics().get(benefit);
      if (m == null) {
        continue;
      }
      BenefitMetrics.Summary s = m.summary(result.span().length());
      ds.addValue(millionsValue(s.appliedIndus().negate()), "indus recovered", o.scenario().id());
      ds.addValue(millionsValue(s.appliedRappels()), "rappels paid", o.scenario().id());
      ds.addValue(millionsValue(s.frozenIndus().negate()), "indus frozen", o.scenario().id());
      ds.addValue(millionsValue(s.frozenRappels()), "rappels frozen", o.scenario().id());
    }
    return bar(benefit + ": regularisations (M€)", "M€", ds);
  }

  private static JFreeChart volatilityChart(ComparisonResult result) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    for (ScenarioOutcome o : result.scenarios()) {
      for (Benefit b : o.benefits()) {
        ds.addValue(o.metrics().get(b).summary(result.span().length()).changesPerHouseholdYear(), b.name(), o.scenario().id());
      }
    }
    return bar("Changes of the amount paid per household-year", "changes", ds);
  }

  private static JFreeChart bar(String title, String axis, DefaultCategoryDataset ds) {
    JFreeChart chart = ChartFactory.createBarChart(title, "scenario", axis, ds, PlotOrientation.VERTICAL, true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  private static double millionsValue(BigDecimal euros) {
    return euros.movePointLeft(6).doubleValue(); // a chart's bar: the exact figures are in the tables
  }

  private static String image(JFreeChart chart) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ChartUtils.writeChartAsPNG(out, chart, 900, 380);
      return "<p><img alt=\"" + esc(chart.getTitle().getText()) + "\" src=\"data:image/png;base64,"
          + Base64.getEncoder().encodeToString(out.toByteArray()) + "\"></p>\n";
    } catch (IOException e) {
      throw new UncheckedIOException("chart", e);
    }
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
