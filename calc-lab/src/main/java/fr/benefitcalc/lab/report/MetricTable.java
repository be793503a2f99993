package fr.benefitcalc.lab.report;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.lab.compare.BenefitMetrics;
import fr.benefitcalc.lab.compare.ComparisonResult;
import fr.benefitcalc.lab.compare.ScenarioOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The metrics of a comparison as rows (one per metric) and columns (one per scenario), per benefit:
 * the content of the summary printed by {@code compare} and of the HTML report's tables.
 */
public final class MetricTable {
  private MetricTable() {}

  /**
   * One row of a table.
   *
   * @param label what the row measures
   * @param values one formatted value per scenario
   */
  public record Row(String label, List<String> values) {}

  /** The rows of {@code benefit} for every scenario of {@code result}. */
  public static List<Row> rows(ComparisonResult result, Benefit benefit) {
    int months = result.span().length();
    List<BenefitMetrics.Summary> s = new ArrayList<>();
    for (ScenarioOutcome o : result.scenarios()) {
      BenefitMetrics m = o.metrics().get(benefit);
      s.add(m == null ? null : m.summary(months));
    }
    BenefitMetrics.Summary base = s.get(0);
    List<Row> rows = new ArrayList<>();
    rows.add(row("households with a right", s, x -> Long.toString(x.householdsWithRight())));
    rows.add(row("paid by the decisions (M€)", s, x -> millions(x.paid())));
    rows.add(row("received after regularisations (M€)", s, x -> millions(x.netPaid())));
    rows.add(row("difference with " + result.baseline().scenario().id() + " (M€)", s,
        x -> base == null ? "" : millions(x.netPaid().subtract(base.netPaid()))));
    rows.add(row("due on final data (M€)", s, x -> millions(x.due())));
    rows.add(row("scheduled decisions", s, x -> Long.toString(x.decisions())));
    rows.add(row("decisions reopened by late data", s, x -> Long.toString(x.reopenedDecisions())));
    rows.add(row("decisions with a right", s, x -> Long.toString(x.decisionsWithRight())));
    rows.add(row("share of rights reopened, per decision (the report's ~10 % is per month of right: compare --calibration)", s, x -> percent(x.reopenedShare())));
    rows.add(row("changes of the amount paid per household-year", s, x -> decimal(x.changesPerHouseholdYear())));
    rows.add(row("households whose amount changed", s, x -> percent(x.shareWithChange())));
    rows.add(row("mean change (€)", s, x -> euros(x.meanChange())));
    rows.add(row("largest drop from one month to the next (€)", s, x -> euros(x.largestDrop())));
    rows.add(row("indus applied: months / M€", s, x -> x.appliedIndusCount() + " / " + millions(x.appliedIndus())));
    rows.add(row("rappels applied: months / M€", s, x -> x.appliedRappelsCount() + " / " + millions(x.appliedRappels())));
    rows.add(row("indus not recovered (frozen, M€)", s, x -> millions(x.frozenIndus())));
    rows.add(row("rappels not paid (frozen, M€)", s, x -> millions(x.frozenRappels())));
    rows.add(row("of which above the threshold (M€)", s, x -> millions(x.frozenAboveThreshold())));
    rows.add(row("regularisation events < 10 / 50 / 200 / 500 / more €", s, x -> join(x.eventSizes())));
    rows.add(row("mean delay of a regularisation (months)", s, x -> decimal(x.meanDelayMonths())));
    rows.add(row("error left at 9 months (share of due)", s, x -> percent(x.errorAt9Months())));
    rows.add(row("error left at 24 months (share of due)", s, x -> percent(x.errorAt24Months())));
    rows.add(row("decisions reopened per correction", s, x -> decimal(x.decisionsPerCorrection())));
    rows.add(row("lag window → payment (months)", s, x -> decimal(x.meanLagMonths())));
    rows.add(row("workload: recalculations", s, x -> Long.toString(x.recalculations())));
    rows.add(row("workload: notifications", s, x -> Long.toString(x.notifications())));
    rows.add(row("workload: recovery actions", s, x -> Long.toString(x.recoveryActions())));
    rows.add(row("changes explained by a single cause (sample)", s,
        x -> x.explainedChanges() == 0 ? "-" : percent(x.singleCauseShare())));
    return rows;
  }

  private static Row row(String label, List<BenefitMetrics.Summary> s, Function<BenefitMetrics.Summary, String> f) {
    List<String> values = new ArrayList<>();
    for (BenefitMetrics.Summary x : s) {
      values.add(x == null ? "-" : f.apply(x));
    }
    return new Row(label, values);
  }

  /** Nano-euros as millions of euros with two decimals. */
  public static String millions(long fixed) {
    return Fixed.toBigDecimal(fixed).movePointLeft(6).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** Euros as millions of euros with two decimals. */
  public static String millions(BigDecimal euros) {
    return euros.movePointLeft(6).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** Euros with two decimals. */
  public static String euros(BigDecimal euros) {
    return euros.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** Nano-euros as euros with two decimals. */
  public static String euros(long fixed) {
    return Fixed.toBigDecimal(fixed).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }

  static String decimal(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }

  private static String join(long[] xs) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      b.append(i == 0 ? "" : " / ").append(xs[i]);
    }
    return b.toString();
  }

  /** A plain-text table for the terminal. */
  public static String text(ComparisonResult result, Benefit benefit) {
    List<Row> rows = rows(result, benefit);
    int labelWidth = rows.stream().mapToInt(r -> r.label().length()).max().orElse(10);
    List<String> headers = new ArrayList<>();
    for (ScenarioOutcome o : result.scenarios()) {
      headers.add(o.scenario().id() + " " + o.scenario().name());
    }
    int[] widths = new int[headers.size()];
    for (int c = 0; c < headers.size(); c++) {
      widths[c] = headers.get(c).length();
      for (Row r : rows) {
        widths[c] = Math.max(widths[c], r.values().get(c).length());
      }
    }
    StringBuilder b = new StringBuilder();
    b.append(pad(benefit.name(), labelWidth));
    for (int c = 0; c < headers.size(); c++) {
      b.append("  ").append(padLeft(headers.get(c), widths[c]));
    }
    b.append('\n');
    for (Row r : rows) {
      b.append(pad(r.label(), labelWidth));
      for (int c = 0; c < headers.size(); c++) {
        b.append("  ").append(padLeft(r.values().get(c), widths[c]));
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - s.length()));
  }

  private static String padLeft(String s, int w) {
    return " ".repeat(Math.max(0, w - s.length())) + s;
  }
}
