package fr.benefitcalc.lab.compare;

import fr.benefitcalc.core.rules.Benefit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The model's figures beside the published figures they are calibrated on ({@code docs/population.md},
 * "Calibration"), under the current rules (S1) and the former N-2 base (S0): what
 * {@code compare --calibration} prints. A figure of a scenario that did not run is absent.
 */
public final class Calibration {
  /** National households receiving the RSA, the prime d'activité and an AL, September 2024 (DREES). */
  public static final double RSA_RECIPIENTS = 1.84e6;
  /** See {@link #RSA_RECIPIENTS}. */
  public static final double PA_RECIPIENTS = 4.73e6;
  /** See {@link #RSA_RECIPIENTS}. */
  public static final double AL_RECIPIENTS = 5.49e6;

  /**
   * The Cour des comptes, certification of the accounts of the branche famille for 2022 (report on the
   * accounts of the régime général, May 2023): a quarter of the prime d'activité paid in 2022, nearly a
   * sixth of the RSA and an eighth of the AL carry errors not corrected nine months after their payment.
   */
  public static final String COUR_2022 = "Cour des comptes, certification of the CNAF accounts 2022 (May 2023)";

  /**
   * AL paid per household paid and month, 2023: 15.6 Md€ paid to 5.8 million households (the ministry's
   * <i>Compte du logement 2023</i>, 2024), i.e. about 224 €; by form, APL 216 €, ALF 319 €, ALS 200 € a month.
   */
  public static final double AL_PER_RECIPIENT = 224;
  /**
   * RSA paid per household paid and month, 2022: 527 € (DREES, <i>Minima sociaux et prestations sociales</i>,
   * 2024 edition; about 12 Md€ a year for 1.85-1.9 million foyers).
   */
  public static final double RSA_PER_RECIPIENT = 527;
  /**
   * Prime d'activité paid per foyer paid and month: 188 € at the end of 2022 and in June 2023, 187 € in the third
   * quarter of 2023 (CNAF, quarterly statistics on the prime d'activité); 10.2 Md€ paid by the CAF in 2023 (CNAF,
   * <i>Analyses statistiques</i> n° 2-2024) for about 4.6 million foyers.
   */
  public static final double PA_PER_RECIPIENT = 188;

  private Calibration() {}

  /**
   * One figure.
   *
   * @param figure what is measured
   * @param target the published value (or the acceptance bound), as text
   * @param source where it comes from
   * @param s1 the model under S1, if it ran
   * @param s0 the model under S0, if it ran
   * @param percent whether the values are shares (printed in %) rather than ratios
   * @param euros whether the values are amounts in euros (printed to the euro)
   */
  public record Row(String figure, String target, String source, Optional<Double> s1, Optional<Double> s0, boolean percent,
      boolean euros) {
    /** A row of shares ({@code percent}) or ratios. */
    public Row(String figure, String target, String source, Optional<Double> s1, Optional<Double> s0, boolean percent) {
      this(figure, target, source, s1, s0, percent, false);
    }

    /** A value of this row as printed: a share in %, an amount in euros, a ratio with three decimals, "-" when absent. */
    public String format(Optional<Double> v) {
      return euros ? v.map(x -> String.format(Locale.ROOT, "%.0f €", x)).orElse("-") : Calibration.format(v, percent);
    }
  }

  /** The rows for {@code result} (scenarios found by id: S1, S0). */
  public static List<Row> rows(ComparisonResult result) {
    Optional<ScenarioOutcome> s1 = find(result, "S1");
    Optional<ScenarioOutcome> s0 = find(result, "S0");
    int months = result.span().length();
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("AL rights recalculated within the quarter (months of right reopened)", "10 %",
        "report [158] (CNAF)", al(s1, months, BenefitMetrics.Summary::reopenedMonthShare),
        al(s0, months, BenefitMetrics.Summary::reopenedMonthShare), true));
    rows.add(new Row("AL error from data not corrected at 9 months (share of AL due)", "12 % (2021), 8 % under N-2 (2020)",
        "report [153]; Cour des comptes: 1/8 in 2022", al(s1, months, BenefitMetrics.Summary::errorAt9Months),
        al(s0, months, BenefitMetrics.Summary::errorAt9Months), true));
    rows.add(new Row("RSA error not corrected at 9 months (share of RSA due)", "about 1/6 (2022)", COUR_2022,
        s1.flatMap(o -> summary(o, Benefit.RSA, months)).map(BenefitMetrics.Summary::errorAt9Months),
        s0.flatMap(o -> summary(o, Benefit.RSA, months)).map(BenefitMetrics.Summary::errorAt9Months), true));
    rows.add(new Row("PA error not corrected at 9 months (share of PA due)", "1/4 (2022), 29.5 % (2023)", COUR_2022
        + "; 2023 accounts (May 2024)",
        s1.flatMap(o -> summary(o, Benefit.PA, months)).map(BenefitMetrics.Summary::errorAt9Months),
        s0.flatMap(o -> summary(o, Benefit.PA, months)).map(BenefitMetrics.Summary::errorAt9Months), true));
    rows.add(new Row("error not corrected at 9 months, AL + RSA + PA (share of due)", "10.3 % (whole branch)",
        "report [178]", s1.map(o -> branchError(o, months)), s0.map(o -> branchError(o, months)), true));
    rows.add(new Row("RSA rappels from the neutralisation (share of RSA paid)", "below 5 %", "issue #12 acceptance",
        s1.flatMap(o -> neutralisationShare(o, months)), s0.flatMap(o -> neutralisationShare(o, months)), true));
    rows.add(new Row("agents' input errors: share of the errors left at 9 months (AL + RSA + PA, files)",
        "17 % of the errors (2011)", "CNAF's director general before the Senate's MECSS, 2012 (Cour des comptes' tests)",
        s1.map(o -> processingShare(o, months, true)), s0.map(o -> processingShare(o, months, true)), true));
    rows.add(new Row("agents' input errors: share of the errors left at 9 months (AL + RSA + PA, amounts)",
        "17 % of the errors (2011)", "the same (the CNAF's figure counts errors, not euros)",
        s1.map(o -> processingShare(o, months, false)), s0.map(o -> processingShare(o, months, false)), true));
    rows.add(new Row("households paid the RSA per household paid an AL", String.format(Locale.ROOT, "%.3f",
        RSA_RECIPIENTS / AL_RECIPIENTS), "DREES, September 2024 (1.84 M / 5.49 M)",
        s1.flatMap(o -> ratio(o, months, Benefit.RSA)), s0.flatMap(o -> ratio(o, months, Benefit.RSA)), false));
    rows.add(new Row("households paid the PA per household paid an AL", String.format(Locale.ROOT, "%.3f",
        PA_RECIPIENTS / AL_RECIPIENTS), "DREES, September 2024 (4.73 M / 5.49 M)",
        s1.flatMap(o -> ratio(o, months, Benefit.PA)), s0.flatMap(o -> ratio(o, months, Benefit.PA)), false));
    rows.add(perRecipient(s1, s0, months, Benefit.AL, "AL paid per household paid, a month", "about 224 € (2023)",
        "Compte du logement 2023: 15.6 Md€, 5.8 M households"));
    rows.add(perRecipient(s1, s0, months, Benefit.RSA, "RSA paid per household paid, a month", "527 € (2022)",
        "DREES, Minima sociaux 2024 edition"));
    rows.add(perRecipient(s1, s0, months, Benefit.PA, "PA paid per foyer paid, a month", "188 € (2022-2023)",
        "CNAF; 10.2 Md€ paid in 2023"));
    return rows;
  }

  private static Row perRecipient(Optional<ScenarioOutcome> s1, Optional<ScenarioOutcome> s0, int months, Benefit b,
      String figure, String target, String source) {
    return new Row(figure, target, source, s1.flatMap(o -> perRecipient(o, months, b)),
        s0.flatMap(o -> perRecipient(o, months, b)), false, true);
  }

  /**
   * The amount paid by the decisions (before regularisations) per month in which a household was paid: the mean
   * monthly amount per recipient, as the CNAF and DREES publish it; empty when none was paid.
   */
  public static Optional<Double> perRecipient(ScenarioOutcome o, int months, Benefit b) {
    return summary(o, b, months).filter(s -> s.recipients() > 0)
        .map(s -> s.paid().doubleValue() / (s.recipients() * months));
  }

  /** The rows as a narrow text table (each figure on its line, then its values, target and source). */
  public static String text(List<Row> rows) {
    StringBuilder s = new StringBuilder("Calibration (model under S1 and S0 against the published figures)\n");
    s.append(String.format(Locale.ROOT, "  %8s %8s  %-34s %s%n", "S1", "S0", "target", "source"));
    for (Row r : rows) {
      s.append(r.figure()).append('\n');
      s.append(String.format(Locale.ROOT, "  %8s %8s  %-34s %s%n", r.format(r.s1()), r.format(r.s0()),
          r.target(), r.source()));
    }
    return s.toString();
  }

  /**
   * The error left at 9 months of each benefit under S1 and S0 by the kind of its cause: the regularisations still to
   * be made nine months after their month (not applied by then, or never: time-barred), in absolute values, per the
   * amount due, by {@link BenefitMetrics.CauseKind} ({@link BenefitMetrics.Summary#leftAt9By}); beside the error at 9
   * months itself (the months' net differences, so that a month's indu and rappel of different causes offset there
   * and not here). What tells which source drives each benefit's figure; {@code compare --calibration} prints it.
   */
  public static String byOrigin(ComparisonResult result) {
    int months = result.span().length();
    StringBuilder s = new StringBuilder("Error left at 9 months by the kind of its cause (share of the amount due;"
        + " regularisations not made within 9 months, absolute values)\n");
    for (String id : List.of("S1", "S0")) {
      Optional<ScenarioOutcome> o = find(result, id);
      if (o.isEmpty()) {
        continue;
      }
      for (Benefit b : o.get().benefits()) {
        Optional<BenefitMetrics.Summary> x = summary(o.get(), b, months);
        if (x.isEmpty() || x.get().due().signum() == 0) {
          continue;
        }
        BenefitMetrics.Summary m = x.get();
        s.append(String.format(Locale.ROOT, "  %s %-4s error at 9 months %5.1f %%:", id, b, 100 * m.errorAt9Months()));
        for (BenefitMetrics.CauseKind k : BenefitMetrics.CauseKind.values()) {
          BigDecimal left = m.leftAt9By(k);
          if (left.signum() != 0) {
            s.append(String.format(Locale.ROOT, " %s %.1f %%;", k.name().toLowerCase(Locale.ROOT),
                100 * left.divide(m.due(), MathContext.DECIMAL64).doubleValue()));
          }
        }
        s.append('\n');
      }
    }
    return s.toString();
  }

  /** A value of a row as printed: a share in %, a ratio with three decimals, "-" when absent. */
  public static String format(Optional<Double> v, boolean percent) {
    return v.map(x -> percent ? String.format(Locale.ROOT, "%.1f %%", 100 * x) : String.format(Locale.ROOT, "%.3f", x))
        .orElse("-");
  }

  private static Optional<ScenarioOutcome> find(ComparisonResult result, String id) {
    return result.scenarios().stream().filter(o -> o.scenario().id().equals(id)).findFirst();
  }

  private static Optional<Double> al(Optional<ScenarioOutcome> o, int months,
      java.util.function.ToDoubleFunction<BenefitMetrics.Summary> f) {
    return o.flatMap(x -> summary(x, Benefit.AL, months)).map(f::applyAsDouble);
  }

  private static Optional<BenefitMetrics.Summary> summary(ScenarioOutcome o, Benefit b, int months) {
    BenefitMetrics m = o.metrics().get(b);
    return m == null ? Optional.empty() : Optional.of(m.summary(months));
  }

  private static double branchError(ScenarioOutcome o, int months) {
    BigDecimal error = BigDecimal.ZERO;
    BigDecimal due = BigDecimal.ZERO;
    for (Benefit b : o.benefits()) {
      BenefitMetrics.Summary s = o.metrics().get(b).summary(months);
      error = error.add(s.error9Euros());
      due = due.add(s.due());
    }
    return due.signum() == 0 ? 0 : error.divide(due, MathContext.DECIMAL64).doubleValue();
  }

  private static Optional<Double> neutralisationShare(ScenarioOutcome o, int months) {
    return summary(o, Benefit.RSA, months).map(s -> s.paid().signum() == 0 ? 0
        : s.rappelsBy(BenefitMetrics.CauseKind.NEUTRALISATION).divide(s.paid(), MathContext.DECIMAL64).doubleValue());
  }

  /**
   * The regularisations of processing errors still to be made nine months after their month, per all those of any
   * cause, over the benefits, counted (files: a household with an error of that origin, once per benefit) or in amounts
   * (absolute values): the
   * agents' share of the errors left in the payments, which the CNAF's 17 % measures (the Cour des comptes'
   * re-liquidation tests of 2011 counted the errors they found, by origin: 17 % the agents', 83 % the declarations').
   */
  /**
   * The origins of an error the files are counted by: the agents' (processing) and the data's (resources declared or
   * corrected, situations, declared ends of activity); a regularisation caused by another benefit's error, a
   * revaluation or a moved window is no error of its own.
   */
  private static final BenefitMetrics.CauseKind[] ORIGINS = {BenefitMetrics.CauseKind.PROCESSING,
      BenefitMetrics.CauseKind.LATE_DATA, BenefitMetrics.CauseKind.CROSS_CHECK, BenefitMetrics.CauseKind.SITUATION,
      BenefitMetrics.CauseKind.NEUTRALISATION};

  private static double processingShare(ScenarioOutcome o, int months, boolean counted) {
    BigDecimal processing = BigDecimal.ZERO;
    BigDecimal all = BigDecimal.ZERO;
    for (Benefit b : Benefit.values()) {
      Optional<BenefitMetrics.Summary> s = summary(o, b, months);
      if (s.isEmpty()) {
        continue;
      }
      for (BenefitMetrics.CauseKind k : counted ? ORIGINS : BenefitMetrics.CauseKind.values()) {
        BigDecimal x = counted ? BigDecimal.valueOf(s.get().leftAt9CountBy(k)) : s.get().leftAt9By(k);
        all = all.add(x);
        if (k == BenefitMetrics.CauseKind.PROCESSING) {
          processing = processing.add(x);
        }
      }
    }
    return all.signum() == 0 ? 0 : processing.divide(all, MathContext.DECIMAL64).doubleValue();
  }

  private static Optional<Double> ratio(ScenarioOutcome o, int months, Benefit b) {
    Optional<BenefitMetrics.Summary> al = summary(o, Benefit.AL, months);
    Optional<BenefitMetrics.Summary> x = summary(o, b, months);
    if (al.isEmpty() || x.isEmpty() || al.get().recipients() == 0) {
      return Optional.empty();
    }
    return Optional.of(x.get().recipients() / al.get().recipients());
  }
}
