package fr.benefitcalc.lab.report;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.lab.compare.BenefitMetrics;
import fr.benefitcalc.lab.compare.ComparisonResult;
import fr.benefitcalc.lab.compare.NationalWeights;
import fr.benefitcalc.lab.compare.ScenarioOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
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
   * @param label what the row measures, short (the terminal table is at most {@value #WIDTH} columns wide)
   * @param values one formatted value per scenario
   * @param alarm whether the row flags a defect (an unattributed regularisation: shown in red)
   */
  public record Row(String label, List<String> values, boolean alarm) {
    public Row(String label, List<String> values) {
      this(label, values, false);
    }
  }

  /** The widest line of the terminal tables, in characters. */
  public static final int WIDTH = 100;

  /**
   * What each row of {@link #rows} means, in order of first appearance (printed under the tables and in
   * the report): label → definition.
   */
  public static final Map<String, String> DEFINITIONS = definitions();

  private static Map<String, String> definitions() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("households with a right", "households with an amount paid or due in some month of the span");
    d.put("recipients (mean / month)", "households paid in a month, on average over the span (a stock, as the"
        + " national counts)");
    d.put("paid (M€/yr)", "paid by the decisions on their payment dates, before regularisation; every amount is in"
        + " euros per year of the run (total × 12 / months of the span), for the households computed");
    d.put("received (M€/yr)", "paid plus the indus and rappels applied: what the households received in the end");
    d.put("received - base (M€/yr)", "received minus the baseline's received");
    d.put("due (M€/yr)", "due on the true data (every correction, also those the agency never learns)");
    d.put("indus applied (M€/yr)", "overpayments recovered (≤ 0)");
    d.put("rappels applied (M€/yr)", "back-payments paid (≥ 0)");
    d.put("indus not recovered (M€/yr)", "indus frozen (droits figés, threshold, prescription)");
    d.put("rappels not paid (M€/yr)", "rappels frozen");
    d.put("  above threshold (M€/yr)", "of the frozen amounts, those frozen by a droits-figés threshold (signed)");
    d.put("received, national (M€/yr)", "received, extrapolated to the nation by the benefit's weight (see"
        + " 'National extrapolation')");
    d.put("received - base, nat. (M€/yr)", "received minus the baseline's, extrapolated to the nation");
    d.put("months of right reopened", "share of the months of right whose decision late data reopened before the"
        + " end of the quarter after the months it covers (a yearly decision counts its twelve months, a quarterly"
        + " one its three: comparable across cadences; the report's ~10 % of AL rights)");
    d.put("changes ≥10 % & ≥20 € / hh-yr", "changes of the amount paid of at least "
        + BenefitMetrics.SIGNIFICANT_CHANGE_PERCENT + " % of the amount before and "
        + BenefitMetrics.SIGNIFICANT_CHANGE_EUROS + " €, per household-year with a right");
    d.put("largest monthly drop (€)", "the largest fall of the amount paid from one month to the next");
    d.put("error left at 9 months", "Σ |due − paid − regularisations applied within 9 months| / Σ due, month by month");
    d.put("error left at 24 months", "the same within 24 months");
    d.put("lag resource → payment (mo)", "months from a resource's month to the payment that first reflects its"
        + " final value: the reference window's delay, or the regularisation's when the value was revised later");
    d.put("regularisation delay (mo)", "mean months from the month of right to the regularisation applied");
    d.put("regularisation events by size", "reopened decisions on one date, by net size: < 10 / 50 / 200 / 500 /"
        + " more €");
    d.put("recovery actions (events)", "applied regularisation events (one decision on one date) whose net is an"
        + " indu: one recovery each");
    d.put("notifications", "changes of the amount paid plus reopenings");
    d.put("single-cause changes (sample)", "share of the changes explained (first households) with one distinct"
        + " cause (one payslip revised = one cause)");
    for (BenefitMetrics.CauseKind k : BenefitMetrics.CauseKind.values()) {
      d.put("indus: " + shortName(k) + " (M€/yr)", "indus (applied and frozen) caused by: " + k.label()
          + (k == BenefitMetrics.CauseKind.UNATTRIBUTED ? " — a defect, flagged" : ""));
      d.put("rappels: " + shortName(k) + " (M€/yr)", "rappels (applied and frozen) caused by: " + k.label()
          + (k == BenefitMetrics.CauseKind.UNATTRIBUTED ? " — a defect, flagged" : ""));
    }
    return java.util.Collections.unmodifiableMap(d);
  }

  /** A short name of a kind of cause, for the tables. */
  public static String shortName(BenefitMetrics.CauseKind k) {
    return switch (k) {
      case LATE_DATA -> "late data";
      case CROSS_CHECK -> "cross-check";
      case NEUTRALISATION -> "neutralisation";
      case SITUATION -> "situation";
      case PROCESSING -> "processing";
      case REVALUATION -> "revaluation";
      case LINKED_BENEFIT -> "other benefit";
      case WINDOW -> "window";
      case SEVERAL -> "several";
      case UNATTRIBUTED -> "UNATTRIBUTED";
    };
  }

  /** The rows of {@code benefit} for every scenario of {@code result}. */
  public static List<Row> rows(ComparisonResult result, Benefit benefit) {
    int months = result.span().length();
    List<BenefitMetrics.Summary> s = new ArrayList<>();
    for (ScenarioOutcome o : result.scenarios()) {
      BenefitMetrics m = o.metrics().get(benefit);
      s.add(m == null ? null : m.summary(months));
    }
    BenefitMetrics.Summary base = s.get(0);
    NationalWeights weights = NationalWeights.of(result);
    List<Row> rows = new ArrayList<>();
    rows.add(row("households with a right", s, x -> Long.toString(x.householdsWithRight())));
    rows.add(row("recipients (mean / month)", s, x -> String.format(Locale.ROOT, "%.0f", x.recipients())));
    rows.add(row("paid (M€/yr)", s, x -> millions(perYear(x.paid(), months))));
    rows.add(row("received (M€/yr)", s, x -> millions(perYear(x.netPaid(), months))));
    rows.add(row("received - base (M€/yr)", s,
        x -> base == null ? "-" : millions(perYear(x.netPaid().subtract(base.netPaid()), months))));
    rows.add(row("due (M€/yr)", s, x -> millions(perYear(x.due(), months))));
    rows.add(row("indus applied (M€/yr)", s, x -> millions(perYear(x.appliedIndus(), months))));
    rows.add(row("rappels applied (M€/yr)", s, x -> millions(perYear(x.appliedRappels(), months))));
    rows.add(row("indus not recovered (M€/yr)", s, x -> millions(perYear(x.frozenIndus(), months))));
    rows.add(row("rappels not paid (M€/yr)", s, x -> millions(perYear(x.frozenRappels(), months))));
    rows.add(row("  above threshold (M€/yr)", s, x -> millions(perYear(x.frozenAboveThreshold(), months))));
    rows.add(row("received, national (M€/yr)", s, x -> weights.nationalPerYear(benefit, x.netPaid(), months)
        .map(MetricTable::millions).orElse("-")));
    rows.add(row("received - base, nat. (M€/yr)", s, x -> base == null ? "-"
        : weights.nationalPerYear(benefit, x.netPaid().subtract(base.netPaid()), months).map(MetricTable::millions)
            .orElse("-")));
    rows.add(row("months of right reopened", s, x -> percent(x.reopenedMonthShare())));
    rows.add(row("changes ≥10 % & ≥20 € / hh-yr", s, x -> decimal(x.significantChangesPerHouseholdYear())));
    rows.add(row("largest monthly drop (€)", s, x -> euros(x.largestDrop())));
    rows.add(row("error left at 9 months", s, x -> percent(x.errorAt9Months())));
    rows.add(row("error left at 24 months", s, x -> percent(x.errorAt24Months())));
    rows.add(row("lag resource → payment (mo)", s,
        x -> x.resourceMonths() == 0 ? "-" : decimal(x.meanResourceLagMonths())));
    rows.add(row("regularisation delay (mo)", s, x -> decimal(x.meanDelayMonths())));
    rows.add(row("recovery actions (events)", s, x -> Long.toString(x.recoveryEvents())));
    rows.add(row("notifications", s, x -> Long.toString(x.notifications())));
    rows.add(row("single-cause changes (sample)", s,
        x -> x.explainedChanges() == 0 ? "-" : percent(x.singleKindShare())));
    for (BenefitMetrics.CauseKind k : BenefitMetrics.CauseKind.values()) {
      boolean unattributed = k == BenefitMetrics.CauseKind.UNATTRIBUTED;
      if (unattributed || s.stream().anyMatch(x -> x != null && x.indusBy(k).signum() != 0)) {
        rows.add(row("indus: " + shortName(k) + " (M€/yr)", s, x -> millions(perYear(x.indusBy(k), months)),
            unattributed && s.stream().anyMatch(x -> x != null && x.indusBy(k).signum() != 0)));
      }
      if (unattributed || s.stream().anyMatch(x -> x != null && x.rappelsBy(k).signum() != 0)) {
        rows.add(row("rappels: " + shortName(k) + " (M€/yr)", s, x -> millions(perYear(x.rappelsBy(k), months)),
            unattributed && s.stream().anyMatch(x -> x != null && x.rappelsBy(k).signum() != 0)));
      }
    }
    return rows;
  }

  /** The rows shown only in the report (too wide for the terminal). */
  public static List<Row> reportRows(ComparisonResult result, Benefit benefit) {
    int months = result.span().length();
    List<BenefitMetrics.Summary> s = new ArrayList<>();
    for (ScenarioOutcome o : result.scenarios()) {
      BenefitMetrics m = o.metrics().get(benefit);
      s.add(m == null ? null : m.summary(months));
    }
    return List.of(row("regularisation events by size", s, x -> join(x.eventSizes())));
  }

  /**
   * The amounts of {@code benefit} per calendar year of the span, for the sample and extrapolated to the nation
   * (M€ of the year; a year partly in the span counts its months only); empty when the years are not known
   * (metrics summed by a distributed engine).
   */
  public static List<Row> yearRows(ComparisonResult result, Benefit benefit) {
    List<List<BenefitMetrics.Year>> years = new ArrayList<>();
    for (ScenarioOutcome o : result.scenarios()) {
      BenefitMetrics m = o.metrics().get(benefit);
      years.add(m == null ? null : m.summary(result.span().length()).years());
    }
    List<BenefitMetrics.Year> any = years.stream().filter(y -> y != null && !y.isEmpty()).findFirst().orElse(List.of());
    NationalWeights weights = NationalWeights.of(result);
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < any.size(); k++) {
      int index = k;
      String year = any.get(k).year() + (any.get(k).months() < 12 ? " (" + any.get(k).months() + " mo)" : "");
      rows.add(yearRow(year + " paid (M€)", years, index, y -> millions(y.paid())));
      rows.add(yearRow(year + " received (M€)", years, index, y -> millions(y.received())));
      rows.add(yearRow(year + " indus applied (M€)", years, index, y -> millions(y.indus())));
      rows.add(yearRow(year + " rappels applied (M€)", years, index, y -> millions(y.rappels())));
      rows.add(yearRow(year + " not regularised (M€)", years, index, y -> millions(y.frozen())));
      rows.add(yearRow(year + " recipients (mean / month)", years, index,
          y -> String.format(Locale.ROOT, "%.0f", y.recipients())));
      rows.add(yearRow(year + " received, national (M€)", years, index,
          y -> weights.nationalPerYear(benefit, y.received(), 12).map(MetricTable::millions).orElse("-")));
    }
    return rows;
  }

  private static Row yearRow(String label, List<List<BenefitMetrics.Year>> years, int k,
      Function<BenefitMetrics.Year, String> f) {
    List<String> values = new ArrayList<>();
    for (List<BenefitMetrics.Year> y : years) {
      values.add(y == null || y.size() <= k ? "-" : f.apply(y.get(k)));
    }
    return new Row(label, values);
  }

  /** A total over the span in euros per year of the run (× 12 / months), exact to the cent, half-up. */
  public static BigDecimal perYear(BigDecimal total, int months) {
    return BenefitMetrics.perYear(total, months);
  }

  private static Row row(String label, List<BenefitMetrics.Summary> s, Function<BenefitMetrics.Summary, String> f) {
    return row(label, s, f, false);
  }

  private static Row row(String label, List<BenefitMetrics.Summary> s, Function<BenefitMetrics.Summary, String> f,
      boolean alarm) {
    if (!DEFINITIONS.containsKey(label)) {
      throw new IllegalStateException("row without a definition: " + label);
    }
    List<String> values = new ArrayList<>();
    for (BenefitMetrics.Summary x : s) {
      values.add(x == null ? "-" : f.apply(x));
    }
    return new Row(label, values, alarm);
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

  /** Nano-euros as euros with two decimals (to the cent half-up, as {@link #euros(BigDecimal)}). */
  public static String euros(long fixed) {
    return appendEuros(new StringBuilder(24), fixed).toString();
  }

  /**
   * Appends nano-euros as euros with two decimals, rounded to the cent half-up (a half cent away from zero), as
   * {@link #euros(BigDecimal)} writes them ("0.00" for an amount that rounds to nothing, a minus sign otherwise);
   * exact in {@code long} arithmetic, without a {@link BigDecimal} per amount (a comparison writes millions).
   */
  public static StringBuilder appendEuros(StringBuilder out, long fixed) {
    long cent = Fixed.EURO / 100;
    long cents = fixed / cent;
    long rest = fixed % cent;
    if (rest >= cent / 2) {
      cents++;
    } else if (rest <= -cent / 2) {
      cents--;
    }
    if (cents < 0) {
      out.append('-');
      cents = -cents; // |cents| <= Long.MAX_VALUE / 10^7: no overflow
    }
    long c = cents % 100;
    return out.append(cents / 100).append('.').append((char) ('0' + c / 10)).append((char) ('0' + c % 10));
  }

  /** A share (0..1) in percent with one decimal. */
  public static String percent(double share) {
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

  /** A plain-text table for the terminal: scenario ids as headers, in blocks of columns at most {@value #WIDTH} wide. */
  public static String text(ComparisonResult result, Benefit benefit) {
    List<String> headers = new ArrayList<>();
    for (ScenarioOutcome o : result.scenarios()) {
      headers.add(o.scenario().id());
    }
    return text(benefit.name(), headers, rows(result, benefit));
  }

  /**
   * {@code rows} under {@code headers} as plain text, the columns split into blocks so that no line is wider than
   * {@value #WIDTH} characters; an alarm row is marked "!!".
   */
  public static String text(String title, List<String> headers, List<Row> rows) {
    int labelWidth = Math.max(title.length(), rows.stream().mapToInt(r -> r.label().length() + (r.alarm() ? 3 : 0))
        .max().orElse(10));
    int[] widths = new int[headers.size()];
    for (int c = 0; c < headers.size(); c++) {
      widths[c] = headers.get(c).length();
      for (Row r : rows) {
        widths[c] = Math.max(widths[c], r.values().get(c).length());
      }
    }
    StringBuilder b = new StringBuilder();
    int from = 0;
    while (from < headers.size()) {
      int to = from;
      int width = labelWidth;
      while (to < headers.size() && (to == from || width + 2 + widths[to] <= WIDTH)) {
        width += 2 + widths[to];
        to++;
      }
      b.append(pad(title, labelWidth));
      for (int c = from; c < to; c++) {
        b.append("  ").append(padLeft(headers.get(c), widths[c]));
      }
      b.append('\n');
      for (Row r : rows) {
        b.append(pad((r.alarm() ? "!! " : "") + r.label(), labelWidth));
        for (int c = from; c < to; c++) {
          b.append("  ").append(padLeft(r.values().get(c), widths[c]));
        }
        b.append('\n');
      }
      from = to;
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
