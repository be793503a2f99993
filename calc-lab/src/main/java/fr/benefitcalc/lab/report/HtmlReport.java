package fr.benefitcalc.lab.report;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.lab.compare.BenefitMetrics;
import fr.benefitcalc.lab.compare.Calibration;
import fr.benefitcalc.lab.compare.NationalWeights;
import fr.benefitcalc.lab.compare.Sensitivity;
import fr.benefitcalc.lab.compare.ThresholdSweep;
import fr.benefitcalc.lab.compare.WinnersAndLosers;
import fr.benefitcalc.lab.compare.Comparison;
import fr.benefitcalc.lab.compare.ComparisonResult;
import fr.benefitcalc.lab.compare.ScenarioOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A self-contained HTML report of a comparison: the tables of {@link MetricTable} per benefit and per year, the
 * national extrapolation and its weights, winners and losers (shares, histogram, income deciles), the threshold
 * sweep, the calibration table, and charts rendered by JFreeChart ({@link ChartStyle}) as PNG images embedded in the
 * page (readable offline, no script). Every chart is drawn from the same figures as the table beside it.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * A table given by another part of the lab (e.g. the sensitivity table of the population and error model).
   *
   * @param title its heading
   * @param note what it shows and where it comes from
   * @param headers the column headers
   * @param rows the cells, one list per row
   */
  public record Table(String title, String note, List<String> headers, List<List<String>> rows) {
    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * The sensitivity table ({@code compare --sensitivity}) as a report table: per assumption changed, the order of
   * the scenarios (lowest first) on each measure, "=" where it is the calibrated model's; then, per measure, the
   * largest change of a scenario's value against the calibrated model's, in % ({@link Sensitivity#largestChange}).
   */
  public static Table sensitivity(Sensitivity s) {
    List<String> headers = new ArrayList<>(List.of("assumption", "value"));
    for (Sensitivity.Measure m : Sensitivity.Measure.values()) {
      headers.add(m.label());
    }
    for (Sensitivity.Measure m : Sensitivity.Measure.values()) {
      headers.add("largest change, " + m.name().toLowerCase(java.util.Locale.ROOT) + " (%)");
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> base = new ArrayList<>(List.of("calibrated values", ""));
    for (Sensitivity.Measure m : Sensitivity.Measure.values()) {
      base.add(String.join(" ", s.baseline().order().get(m)));
    }
    for (Sensitivity.Measure m : Sensitivity.Measure.values()) {
      base.add("");
    }
    rows.add(base);
    for (Sensitivity.Variant v : s.variants()) {
      List<String> row = new ArrayList<>(List.of(String.format(java.util.Locale.ROOT, "%s × %.1f", v.assumption(),
          v.factor()), v.value()));
      for (Sensitivity.Measure m : Sensitivity.Measure.values()) {
        row.add(s.changed(v, m) ? String.join(" ", v.ranking().order().get(m)) : "=");
      }
      for (Sensitivity.Measure m : Sensitivity.Measure.values()) {
        row.add(String.format(java.util.Locale.ROOT, "%+.1f", 100 * s.largestChange(v, m)));
      }
      rows.add(row);
    }
    return new Table("Sensitivity of the scenarios' ranking", String.format(java.util.Locale.ROOT, "%d households, seed"
        + " %d; each assumption of the population and error model × 0.5 and × 1.5, the others kept; the scenarios in"
        + " order of their value, lowest first; \"=\" where the order is the calibrated model's; the largest change of a"
        + " scenario's value against the calibrated model's, in %% (docs/population.md).",
        s.households(), s.seed()), headers, rows);
  }

  /** Writes the report to {@code file}, without a sensitivity table. */
  public static void write(ComparisonResult result, String title, Path file) {
    write(result, title, file, Optional.empty());
  }

  /**
   * Writes the report to {@code file}; {@code sensitivity}: how each scenario's ranking moves when each assumption of
   * the population and error model varies (a hook: shown when given, else said missing).
   */
  public static void write(ComparisonResult result, String title, Path file, Optional<Table> sensitivity) {
    System.setProperty("java.awt.headless", "true");
    int months = result.span().length();
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title)).append("</title>\n")
        .append("<style>body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1200px;color:#222;line-height:1.4}"
            + "table{border-collapse:collapse;margin:1em 0;font-size:0.92em}"
            + "td,th{border-bottom:1px solid #ddd;padding:3px 10px;text-align:right;font-variant-numeric:tabular-nums}"
            + "td:first-child,th:first-child{text-align:left}th{background:#f3f3f3}img{max-width:100%}"
            + ".note{color:#555}.alarm td{color:#c00;font-weight:bold}"
            + "h2{border-bottom:2px solid #0072B2;padding-bottom:3px;margin-top:2em}</style></head><body>\n");
    h.append("<h1>").append(esc(title)).append("</h1>\n");
    h.append("<p>Population: ").append(esc(result.population())).append(". Months of right: ").append(result.span())
        .append(". Baseline: ").append(esc(result.baseline().scenario().toString())).append(".</p>\n");
    h.append("<p><strong>").append(esc(result.coverage())).append("</strong></p>\n");
    h.append("<p class=\"note\">Amounts are in euros (M€) <em>per year of the run</em> (the total over the ").append(months)
        .append(" months × 12 / ").append(months).append(") for the households computed, unless said national"
            + " (extrapolated, see below) or per calendar year. Definitions at the end.</p>\n");
    h.append("<h2>Scenarios</h2><table><tr><th>id</th><th>name</th><th>rules</th><th>time (s)</th><th>households in error</th></tr>\n");
    for (ScenarioOutcome o : result.scenarios()) {
      h.append("<tr><td>").append(esc(o.scenario().id())).append("</td><td>").append(esc(o.scenario().name()))
          .append("</td><td style=\"text-align:left\">").append(esc(o.scenario().description())).append("</td><td>")
          .append(String.format(java.util.Locale.ROOT, "%.1f", o.millis() / 1000.0)).append("</td><td>")
          .append(o.errors().size()).append("</td></tr>\n");
    }
    h.append("</table>\n");
    h.append(national(result));
    h.append("<h2>Overview</h2>\n");
    h.append(image(netDifferenceChart(result)));
    h.append(image(reopenedChart(result)));
    h.append(image(volatilityChart(result)));
    for (Benefit b : Benefit.values()) {
      if (result.scenarios().stream().anyMatch(o -> o.metrics().containsKey(b))) {
        h.append("<h2>").append(b).append("</h2>\n").append(table(result, MetricTable.rows(result, b), "metric"));
        h.append(table(result, MetricTable.reportRows(result, b), "metric"));
        h.append(image(regularisationChart(result, b)));
        List<MetricTable.Row> years = MetricTable.yearRows(result, b);
        h.append("<h3>").append(b).append(" per calendar year</h3>\n");
        h.append(years.isEmpty() ? "<p class=\"note\">Not available (metrics summed by a distributed engine).</p>\n"
            : table(result, years, "year"));
      }
    }
    h.append(winnersAndLosers(result));
    h.append(sweep(result));
    h.append(calibration(result));
    h.append("<h2>Sensitivity</h2>\n");
    if (sensitivity.isPresent()) {
      Table t = sensitivity.get();
      h.append("<h3>").append(esc(t.title())).append("</h3><p class=\"note\">").append(esc(t.note())).append("</p>\n")
          .append(plain(t.headers(), t.rows()));
    } else {
      h.append("<p class=\"note\">Not computed in this run: <code>compare --sensitivity</code> adds the table of how each"
          + " scenario's ranking on cost, indus, rappels and volatility moves when each assumption of the population and"
          + " error model is halved or raised by half (docs/population.md).</p>\n");
    }
    h.append("<h2>Definitions</h2>\n<table><tr><th>row</th><th>definition</th></tr>\n");
    MetricTable.DEFINITIONS.forEach((label, definition) -> h.append("<tr><td>").append(esc(label.strip()))
        .append("</td><td style=\"text-align:left\">").append(esc(definition)).append("</td></tr>\n"));
    h.append("</table>\n");
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

  private static String national(ComparisonResult result) {
    NationalWeights w = NationalWeights.of(result);
    StringBuilder h = new StringBuilder("<h2>National extrapolation</h2>\n<p>Each benefit's amounts are multiplied by"
        + " its weight: the national number of households paid (DREES, <em>Suivi des prestations de solidarité</em>,"
        + " December 2024 edition: September 2024) divided by the mean number of households the baseline ("
        + esc(result.baseline().scenario().id()) + ") paid in a month of the run. Every scenario uses the baseline's"
        + " weights, so that a reform paying more or fewer households shows it. The weights fit one margin per benefit"
        + " (the stock of recipients), not the composition of the population; a national amount is the sample's exact"
        + " amount times the weight, rounded to the cent once.</p>\n<table><tr><th>benefit</th>"
        + "<th>national households paid</th><th>baseline: households paid (mean / month)</th><th>weight</th></tr>\n");
    for (Benefit b : Benefit.values()) {
      BenefitMetrics m = result.baseline().metrics().get(b);
      if (m == null) {
        continue;
      }
      h.append("<tr><td>").append(b).append("</td><td>").append(NationalWeights.NATIONAL_RECIPIENTS.get(b))
          .append("</td><td>").append(String.format(java.util.Locale.ROOT, "%.1f", m.summary(result.span().length()).recipients()))
          .append("</td><td>").append(w.weight(b).map(x -> x.setScale(2, RoundingMode.HALF_UP).toPlainString()).orElse("-"))
          .append("</td></tr>\n");
    }
    return h.append("</table>\n").toString();
  }

  private static String winnersAndLosers(ComparisonResult result) {
    StringBuilder h = new StringBuilder("<h2>Winners and losers against ")
        .append(esc(result.baseline().scenario().id())).append("</h2>\n")
        .append("<p class=\"note\">A household wins (loses) when the net amount of all its benefits over the run"
            + " (paid plus regularisations applied) rises (falls) by at least 1 € against the baseline; otherwise it is"
            + " unchanged (the tolerance: 1 € over the run). Gains are per household and year of the run. The households"
            + " excluded from the totals are not counted.</p>\n");
    List<WinnersAndLosers> all = WinnersAndLosers.of(result);
    if (all.isEmpty()) {
      return h.append("<p>Only one scenario: nothing to compare.</p>\n").toString();
    }
    List<List<String>> rows = new ArrayList<>();
    for (WinnersAndLosers w : all) {
      rows.add(List.of(w.scenarioId(), Long.toString(w.households()), MetricTable.percent(w.winnerShare()),
          MetricTable.percent(w.loserShare()), MetricTable.percent(w.unchangedShare())));
    }
    h.append(plain(List.of("scenario", "households", "winners", "losers", "unchanged"), rows));
    if (all.get(0).histogram().isEmpty()) {
      h.append("<p class=\"note\">Distribution and deciles: not available (the households' amounts were not kept).</p>\n");
    } else {
      h.append("<h3>Distribution of gains and losses (€ per household and year)</h3>\n");
      h.append(image(histogramChart(all)));
      List<String> headers = new ArrayList<>(List.of("gain (€/year)"));
      all.forEach(w -> headers.add(w.scenarioId()));
      List<List<String>> hist = new ArrayList<>();
      for (int k = 0; k < WinnersAndLosers.BINS.size(); k++) {
        List<String> row = new ArrayList<>(List.of(WinnersAndLosers.BINS.get(k)));
        for (WinnersAndLosers w : all) {
          row.add(Long.toString(w.histogram().get(k)));
        }
        hist.add(row);
      }
      h.append(plain(headers, hist));
    }
    if (!all.get(0).deciles().isEmpty()) {
      h.append("<h3>By income decile</h3>\n<p class=\"note\">Income: the adults' monthly net salaries, unemployment"
          + " benefit and pensions (before benefits, true data, mean over the run) per consumption unit (OECD-modified"
          + " scale as INSEE: 1 for the first adult, 0.5 for each other person aged 14 or more, 0.3 under 14). Deciles of"
          + " the households compared, each a tenth of them; its band is the lowest and highest income in it.</p>\n");
      h.append(image(decileChart(all)));
      List<List<String>> bands = new ArrayList<>();
      for (WinnersAndLosers.Decile d : all.get(0).deciles()) {
        bands.add(List.of("D" + d.decile(), MetricTable.euros(d.minIncome()) + " – " + MetricTable.euros(d.maxIncome()),
            Long.toString(d.households())));
      }
      h.append(plain(List.of("decile", "income per consumption unit (€/month)", "households"), bands));
      for (WinnersAndLosers w : all) {
        List<List<String>> dr = new ArrayList<>();
        for (WinnersAndLosers.Decile d : w.deciles()) {
          dr.add(List.of("D" + d.decile(), MetricTable.percent(ratio(d.winners(), d.households())),
              MetricTable.percent(ratio(d.losers(), d.households())),
              MetricTable.percent(ratio(d.households() - d.winners() - d.losers(), d.households())),
              MetricTable.euros(d.meanGain())));
        }
        h.append("<h4>").append(esc(w.scenarioId())).append("</h4>\n")
            .append(plain(List.of("decile", "winners", "losers", "unchanged", "mean gain (€/year)"), dr));
      }
    }
    h.append("<h3>By household type and income band</h3>\n");
    for (ScenarioOutcome o : result.scenarios().subList(1, result.scenarios().size())) {
      h.append("<h4>").append(esc(o.scenario().toString())).append("</h4>\n");
      h.append(groupTable(result.differences(o, true))).append(groupTable(result.differences(o, false)));
    }
    return h.toString();
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static String sweep(ComparisonResult result) {
    Optional<ThresholdSweep> sweep = ThresholdSweep.of(result);
    if (sweep.isEmpty()) {
      return "<h2>Threshold sweep</h2>\n<p class=\"note\">No sweep in this run (at least two scenarios with a"
          + " droits-figés threshold in euros on the AL are needed): run <code>compare --sweep</code>.</p>\n";
    }
    StringBuilder h = new StringBuilder("<h2>Threshold sweep (droits figés on the AL)</h2>\n<p class=\"note\">Each"
        + " scenario freezes the AL indus and rappels above its threshold. M€ per year of the run, households computed;"
        + " net cost: what the households received of every benefit minus under the baseline.</p>\n");
    h.append(image(sweepMoneyChart(sweep.get()))).append(image(sweepActionsChart(sweep.get())));
    List<List<String>> rows = new ArrayList<>();
    for (ThresholdSweep.Point p : sweep.get().points()) {
      rows.add(List.of(p.scenarioId(), p.threshold().toPlainString(), MetricTable.millions(p.indusNotRecovered()),
          MetricTable.millions(p.rappelsNotPaid()), MetricTable.millions(p.netCost()), p.recoveryActions().toPlainString()));
    }
    return h.append(plain(List.of("scenario", "threshold (€)", "indus not recovered (M€/yr)", "rappels not paid (M€/yr)",
        "net cost (M€/yr)", "AL recovery actions per year"), rows)).toString();
  }

  private static String calibration(ComparisonResult result) {
    List<Calibration.Row> rows = Calibration.rows(result);
    StringBuilder h = new StringBuilder("<h2>Calibration</h2>\n");
    if (rows.stream().allMatch(r -> r.s1().isEmpty() && r.s0().isEmpty())) {
      return h.append("<p class=\"note\">S1 and S0 did not run: see <code>compare --calibration</code>.</p>\n").toString();
    }
    h.append("<p class=\"note\">The model's figures under the current rules (S1) and the former N-2 base (S0) beside"
        + " the published figures they are calibrated on (docs/population.md).</p>\n");
    List<List<String>> cells = new ArrayList<>();
    for (Calibration.Row r : rows) {
      cells.add(List.of(r.figure(), r.target(), r.format(r.s1()), r.format(r.s0()), r.source()));
    }
    return h.append(plain(List.of("figure", "target", "S1", "S0", "source"), cells)).toString();
  }

  private static String plain(List<String> headers, List<List<String>> rows) {
    StringBuilder h = new StringBuilder("<table><tr>");
    headers.forEach(x -> h.append("<th>").append(esc(x)).append("</th>"));
    h.append("</tr>\n");
    for (List<String> r : rows) {
      h.append("<tr>");
      r.forEach(x -> h.append("<td>").append(esc(x)).append("</td>"));
      h.append("</tr>\n");
    }
    return h.append("</table>\n").toString();
  }

  /**
   * The histogram's data: per scenario (series) and bin (category), the households; the same as its table but for
   * the unchanged households, left out of the chart (they would flatten every other bar; the table gives them).
   */
  static DefaultCategoryDataset histogramDataset(List<WinnersAndLosers> all) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    for (WinnersAndLosers w : all) {
      for (int k = 0; k < WinnersAndLosers.BINS.size(); k++) {
        if (!WinnersAndLosers.BINS.get(k).equals("unchanged")) {
          ds.addValue(w.histogram().get(k), w.scenarioId(), WinnersAndLosers.BINS.get(k));
        }
      }
    }
    return ds;
  }

  private static JFreeChart histogramChart(List<WinnersAndLosers> all) {
    JFreeChart chart = bar("Households losing or gaining, by € per year against the baseline (unchanged: in the table)",
        "households", histogramDataset(all), "gain (€ per year)");
    ((org.jfree.chart.plot.CategoryPlot) chart.getPlot()).getDomainAxis()
        .setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
    return chart;
  }

  private static JFreeChart decileChart(List<WinnersAndLosers> all) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    for (WinnersAndLosers w : all) {
      for (WinnersAndLosers.Decile d : w.deciles()) {
        ds.addValue(d.meanGain().doubleValue(), w.scenarioId(), "D" + d.decile()); // a chart coordinate
      }
    }
    return bar("Mean gain per household and year by income decile (€)", "€ per year", ds, "income decile");
  }

  /** The sweep's money lines: per series, threshold (x) → M€ per year (y); the same figures as its table. */
  static XYSeriesCollection sweepDataset(ThresholdSweep sweep) {
    XYSeries indus = new XYSeries("indus not recovered");
    XYSeries rappels = new XYSeries("rappels not paid");
    XYSeries cost = new XYSeries("net cost");
    for (ThresholdSweep.Point p : sweep.points()) {
      double x = p.threshold().doubleValue(); // chart coordinates
      indus.add(x, p.indusNotRecovered().movePointLeft(6).doubleValue());
      rappels.add(x, p.rappelsNotPaid().movePointLeft(6).doubleValue());
      cost.add(x, p.netCost().movePointLeft(6).doubleValue());
    }
    XYSeriesCollection c = new XYSeriesCollection();
    c.addSeries(indus);
    c.addSeries(rappels);
    c.addSeries(cost);
    return c;
  }

  private static JFreeChart sweepMoneyChart(ThresholdSweep sweep) {
    return ChartStyle.apply(ChartFactory.createXYLineChart("AL threshold → amounts not regularised and net cost (M€ per year)",
        "threshold (€)", "M€ per year", sweepDataset(sweep), PlotOrientation.VERTICAL, true, false, false));
  }

  private static JFreeChart sweepActionsChart(ThresholdSweep sweep) {
    XYSeries actions = new XYSeries("AL recovery actions per year");
    for (ThresholdSweep.Point p : sweep.points()) {
      actions.add(p.threshold().doubleValue(), p.recoveryActions().doubleValue());
    }
    return ChartStyle.apply(ChartFactory.createXYLineChart("AL threshold → recovery actions per year", "threshold (€)",
        "actions per year", new XYSeriesCollection(actions), PlotOrientation.VERTICAL, true, false, false));
  }

  private static String table(ComparisonResult result, List<MetricTable.Row> rows, String first) {
    StringBuilder h = new StringBuilder("<table><tr><th>" + esc(first) + "</th>");
    for (ScenarioOutcome o : result.scenarios()) {
      h.append("<th>").append(esc(o.scenario().id() + " " + o.scenario().name())).append("</th>");
    }
    h.append("</tr>\n");
    for (MetricTable.Row r : rows) {
      h.append(r.alarm() ? "<tr class=\"alarm\">" : "<tr>").append("<td>").append(esc(r.label()))
          .append(r.alarm() ? " (defect)" : "").append("</td>");
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
        ds.addValue(millionsValue(MetricTable.perYear(s.netPaid().subtract(baseNet), result.span().length())), b.name(),
            o.scenario().id());
      }
    }
    return bar("Received against " + result.baseline().scenario().id() + " (M€ per year, households computed)", "M€ per year",
        ds, "scenario");
  }

  private static JFreeChart reopenedChart(ComparisonResult result) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    for (ScenarioOutcome o : result.scenarios()) {
      for (Benefit b : o.benefits()) {
        ds.addValue(100 * o.metrics().get(b).summary(result.span().length()).reopenedMonthShare(), b.name(),
            o.scenario().id());
      }
    }
    return bar("Months of right reopened by late data within the quarter (%)", "%", ds, "scenario");
  }

  private static JFreeChart regularisationChart(ComparisonResult result, Benefit benefit) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    for (ScenarioOutcome o : result.scenarios()) {
      BenefitMetrics m = o.metrics().get(benefit);
      if (m == null) {
        continue;
      }
      BenefitMetrics.Summary s = m.summary(result.span().length());
      int months = result.span().length();
      ds.addValue(millionsValue(MetricTable.perYear(s.appliedIndus().negate(), months)), "indus recovered", o.scenario().id());
      ds.addValue(millionsValue(MetricTable.perYear(s.appliedRappels(), months)), "rappels paid", o.scenario().id());
      ds.addValue(millionsValue(MetricTable.perYear(s.frozenIndus().negate(), months)), "indus not recovered",
          o.scenario().id());
      ds.addValue(millionsValue(MetricTable.perYear(s.frozenRappels(), months)), "rappels not paid", o.scenario().id());
    }
    return bar(benefit + ": regularisations (M€ per year)", "M€ per year", ds, "scenario");
  }

  private static JFreeChart volatilityChart(ComparisonResult result) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    for (ScenarioOutcome o : result.scenarios()) {
      for (Benefit b : o.benefits()) {
        ds.addValue(o.metrics().get(b).summary(result.span().length()).significantChangesPerHouseholdYear(), b.name(),
            o.scenario().id());
      }
    }
    return bar("Changes of at least 10 % and 20 € of the amount paid per household-year", "changes", ds, "scenario");
  }

  private static JFreeChart bar(String title, String axis, DefaultCategoryDataset ds, String categories) {
    JFreeChart chart = ChartFactory.createBarChart(title, categories, axis, ds, PlotOrientation.VERTICAL, true, false, false);
    return ChartStyle.apply(chart);
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
