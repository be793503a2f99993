package fr.benefitcalc.lab.compare;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.lab.population.SyntheticPopulation;
import fr.benefitcalc.lab.scenario.Scenario;
import fr.benefitcalc.testkit.generators.CorrectionModel;
import fr.benefitcalc.testkit.generators.DeclarationErrors;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import fr.benefitcalc.testkit.generators.LabourDynamics;
import fr.benefitcalc.testkit.generators.SituationErrors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import java.util.function.UnaryOperator;

/**
 * How the scenarios' ranking on cost, indus, rappels and volatility moves when each assumption of the
 * synthetic population's error and employment model ({@code docs/population.md}: declaration errors, payroll
 * corrections, employment, and the situation and processing errors of {@link SituationErrors}: changes learnt
 * late or by a control by direction, couples formed, rents declared wrong, agents' input errors) is halved or raised by half,
 * the others kept: what {@code compare --sensitivity} computes and prints. Each variant reruns the same
 * scenarios on the same households (same seed), drawn with the one assumption changed.
 *
 * <p>Measures, per scenario, summed over its benefits and per year of the run: the cost (what households
 * received after the regularisations applied), the indus applied (in absolute value), the rappels applied,
 * and the volatility (significant changes of the amount paid per household-year with a right, summed over
 * the benefits). Rank 1 is the lowest.
 *
 * <pre>{@code
 * Sensitivity s = Sensitivity.run(scenarios, rules, span, 2_000, 1, 2, line -> {});
 * System.out.print(s.text());
 * s.variants().stream().filter(v -> s.changed(v, Sensitivity.Measure.COST)).forEach(...);
 * }</pre>
 *
 * @param households the size of the population of each run
 * @param seed its seed
 * @param scenarios the scenario ids, in the order of the comparison
 * @param baseline the ranking with every assumption at its calibrated value
 * @param variants one per assumption and factor (0.5 and 1.5), in {@link #ASSUMPTIONS} order
 */
public record Sensitivity(int households, long seed, List<String> scenarios, Ranking baseline, List<Variant> variants) {

  /** The factors applied to each assumption. */
  public static final double[] FACTORS = {0.5, 1.5};

  public Sensitivity {
    scenarios = List.copyOf(scenarios);
    Objects.requireNonNull(baseline, "baseline");
    variants = List.copyOf(variants);
  }

  /** What the scenarios are ranked on. */
  public enum Measure {
    /** Received after the regularisations applied, M€ per year. */
    COST("cost (M€/yr)"),
    /** Indus applied, absolute, M€ per year. */
    INDUS("indus (M€/yr)"),
    /** Rappels applied, M€ per year. */
    RAPPELS("rappels (M€/yr)"),
    /** Significant changes of the amount paid per household-year, summed over the benefits. */
    VOLATILITY("volatility (changes/hh-yr)");

    private final String label;

    Measure(String label) {
      this.label = label;
    }

    /** A short label with the unit. */
    public String label() {
      return label;
    }
  }

  /**
   * The measures of every scenario and their order.
   *
   * @param values by measure, the value of each scenario in the order of {@link Sensitivity#scenarios()}
   * @param order by measure, the scenario ids from the lowest value to the highest (ties in scenario order)
   */
  public record Ranking(Map<Measure, List<Double>> values, Map<Measure, List<String>> order) {
    public Ranking {
      values = Map.copyOf(values);
      order = Map.copyOf(order);
    }
  }

  /**
   * One assumption changed.
   *
   * @param assumption what it is (e.g. "declaration errors: prevalence")
   * @param value the value used, as text (e.g. "0.15 of adults")
   * @param factor the factor applied to the calibrated value (0.5 or 1.5)
   * @param ranking the scenarios' measures and order with it
   */
  public record Variant(String assumption, String value, double factor, Ranking ranking) {}

  /**
   * An assumption of the model and how to change it.
   *
   * @param name what it is
   * @param vary the generator with the assumption multiplied by a factor, and the value used as text
   */
  public record Assumption(String name, DoubleFunction<Changed> vary) {}

  /**
   * A change of the synthetic population's model and the value it sets, as text.
   *
   * @param change the change to the calibrated household generator
   * @param errors the change to the calibrated situation and processing errors ({@link SituationErrors#calibrated()})
   * @param value the value set
   */
  public record Changed(UnaryOperator<HouseholdGenerator> change, UnaryOperator<SituationErrors> errors, String value) {
    public Changed {
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(errors, "errors");
      Objects.requireNonNull(value, "value");
    }

    /** A change of the household generator only. */
    public Changed(UnaryOperator<HouseholdGenerator> change, String value) {
      this(change, UnaryOperator.identity(), value);
    }

    /** A change of the situation and processing errors only. */
    static Changed ofErrors(SituationErrors errors, String value) {
      return new Changed(UnaryOperator.identity(), e -> errors, value);
    }
  }

  /**
   * The largest change of a scenario's value on {@code m} under {@code v} against the baseline, relative to the
   * baseline's value (signed: the change of largest absolute value; 0 when every baseline value is 0): how much an
   * assumption moves the figures, whether or not it moves the order.
   */
  public double largestChange(Variant v, Measure m) {
    List<Double> base = baseline.values().get(m);
    List<Double> changed = v.ranking().values().get(m);
    double largest = 0;
    for (int i = 0; i < base.size(); i++) {
      if (base.get(i) != 0) {
        double c = changed.get(i) / base.get(i) - 1;
        if (Math.abs(c) > Math.abs(largest)) {
          largest = c;
        }
      }
    }
    return largest;
  }

  /** Whether the order of the scenarios on {@code m} differs from the baseline's under {@code v}. */
  public boolean changed(Variant v, Measure m) {
    return !v.ranking().order().get(m).equals(baseline.order().get(m));
  }

  /** The assumptions varied: each named parameter of docs/population.md marked as an assumption or fitted. */
  public static final List<Assumption> ASSUMPTIONS = List.of(
      new Assumption("declaration errors: prevalence (share of adults)", f -> {
        DeclarationErrors d = DeclarationErrors.calibrated();
        double v = Math.min(1, d.personShare() * f);
        return new Changed(g -> g.withDeclarationErrors(new DeclarationErrors(v, d.minSizePercent(), d.maxSizePercent(),
            d.understatedShare(), d.crossCheckMonth(), d.neverDetectedShare(), d.replacementIncomes())), fmt(v));
      }),
      new Assumption("declaration errors: size (% of the true amount)", f -> {
        DeclarationErrors d = DeclarationErrors.calibrated();
        int lo = (int) Math.min(100, Math.round(d.minSizePercent() * f));
        int hi = (int) Math.min(100, Math.round(d.maxSizePercent() * f));
        return new Changed(g -> g.withDeclarationErrors(new DeclarationErrors(d.personShare(), lo, hi, d.understatedShare(),
            d.crossCheckMonth(), d.neverDetectedShare(), d.replacementIncomes())), lo + "-" + hi + " %");
      }),
      new Assumption("declaration errors: share never detected within 24 months", f -> {
        DeclarationErrors d = DeclarationErrors.calibrated();
        double v = Math.min(1, d.neverDetectedShare() * f);
        return new Changed(g -> g.withDeclarationErrors(new DeclarationErrors(d.personShare(), d.minSizePercent(),
            d.maxSizePercent(), d.understatedShare(), d.crossCheckMonth(), v, d.replacementIncomes())), fmt(v));
      }),
      new Assumption("payroll corrections: share of values corrected", f -> {
        CorrectionModel c = CorrectionModel.typical();
        double v = Math.min(1, c.correctedShare() * f);
        return new Changed(g -> g.withCorrections(new CorrectionModel(v, c.lateShare(), c.firstKnownLagDays(),
            c.minDelayMonths(), c.maxDelayMonths(), c.maxRelativeChangePercent())), fmt(v));
      }),
      new Assumption("payroll corrections: largest size (% of the amount)", f -> {
        CorrectionModel c = CorrectionModel.typical();
        int v = (int) Math.min(100, Math.round(c.maxRelativeChangePercent() * f));
        return new Changed(g -> g.withCorrections(new CorrectionModel(c.correctedShare(), c.lateShare(),
            c.firstKnownLagDays(), c.minDelayMonths(), c.maxDelayMonths(), v)), v + " %");
      }),
      new Assumption("payroll corrections: latest delay (months)", f -> {
        CorrectionModel c = CorrectionModel.typical();
        int v = (int) Math.max(c.minDelayMonths(), Math.round(c.maxDelayMonths() * f));
        return new Changed(g -> g.withCorrections(new CorrectionModel(c.correctedShare(), c.lateShare(),
            c.firstKnownLagDays(), c.minDelayMonths(), v, c.maxRelativeChangePercent())), c.minDelayMonths() + "-" + v);
      }),
      new Assumption("employment: monthly end rate of a short contract", f -> {
        LabourDynamics l = LabourDynamics.calibrated();
        double v = Math.min(1, l.contractEnd() * f);
        return new Changed(g -> g.withDynamics(new LabourDynamics(v, l.contractStart(), l.stableEnd(), l.benefitAfterEnd(),
            l.unemployedStart(), l.inactiveStart(), l.benefitRatePercent(), l.declarationDelayMaxDays(),
            l.lowestPayPercent())), fmt(v));
      }),
      new Assumption("employment: monthly rate of finding a contract", f -> {
        LabourDynamics l = LabourDynamics.calibrated();
        double v = Math.min(1, l.contractStart() * f);
        return new Changed(g -> g.withDynamics(new LabourDynamics(l.contractEnd(), v, l.stableEnd(), l.benefitAfterEnd(),
            l.unemployedStart(), l.inactiveStart(), l.benefitRatePercent(), l.declarationDelayMaxDays(),
            l.lowestPayPercent())), fmt(v));
      }),
      new Assumption("employment: share of contract ends with an unemployment benefit", f -> {
        LabourDynamics l = LabourDynamics.calibrated();
        double v = Math.min(1, l.benefitAfterEnd() * f);
        return new Changed(g -> g.withDynamics(new LabourDynamics(l.contractEnd(), l.contractStart(), l.stableEnd(), v,
            l.unemployedStart(), l.inactiveStart(), l.benefitRatePercent(), l.declarationDelayMaxDays(),
            l.lowestPayPercent())), fmt(v));
      }),
      // situation changes learnt late, by direction (SituationErrors.favourable / unfavourable)
      knowledge("changes gained by declaring (birth, separation, dearer home): share declared late", SituationErrors::favourable,
          Share.LATE, Sensitivity::withFavourable),
      knowledge("changes gained by declaring: share found by a control", SituationErrors::favourable, Share.CONTROL,
          Sensitivity::withFavourable),
      knowledge("changes gained by declaring: share never learnt within 24 months", SituationErrors::favourable,
          Share.NEVER, Sensitivity::withFavourable),
      delays("changes gained by declaring: delays (months)", SituationErrors::favourable, Sensitivity::withFavourable),
      knowledge("changes lost by declaring (couple formed, cheaper home): share declared late",
          SituationErrors::unfavourable, Share.LATE, Sensitivity::withUnfavourable),
      knowledge("changes lost by declaring: share found by a control", SituationErrors::unfavourable, Share.CONTROL,
          Sensitivity::withUnfavourable),
      knowledge("changes lost by declaring: share never learnt within 24 months", SituationErrors::unfavourable,
          Share.NEVER, Sensitivity::withUnfavourable),
      delays("changes lost by declaring: delays (months)", SituationErrors::unfavourable, Sensitivity::withUnfavourable),
      // couples formed
      new Assumption("couples formed: yearly share of single adults' households", f -> {
        SituationErrors e = SituationErrors.calibrated();
        double v = Math.min(1, e.couplesFormedPerYear() * f);
        return Changed.ofErrors(new SituationErrors(e.favourable(), e.unfavourable(), v, e.partnerMinPayPercent(),
            e.partnerMaxPayPercent(), e.rentErrorShare(), e.rentErrorMinPercent(), e.rentErrorMaxPercent(),
            e.rentOverstatedShare(), e.rentErrorControl(), e.processingPerYear(), e.processingMinPercent(),
            e.processingMaxPercent(), e.processingOverstatedShare(), e.processingCorrection(), e.processingRentShare()), fmt(v));
      }),
      new Assumption("couples formed: partner's pay (% of a net minimum wage)", f -> {
        SituationErrors e = SituationErrors.calibrated();
        int lo = (int) Math.min(400, Math.round(e.partnerMinPayPercent() * f));
        int hi = (int) Math.min(400, Math.round(e.partnerMaxPayPercent() * f));
        return Changed.ofErrors(new SituationErrors(e.favourable(), e.unfavourable(), e.couplesFormedPerYear(), lo, hi,
            e.rentErrorShare(), e.rentErrorMinPercent(), e.rentErrorMaxPercent(), e.rentOverstatedShare(),
            e.rentErrorControl(), e.processingPerYear(), e.processingMinPercent(), e.processingMaxPercent(),
            e.processingOverstatedShare(), e.processingCorrection(), e.processingRentShare()), lo + "-" + hi + " %");
      }),
      // rents declared wrong
      new Assumption("rents declared wrong: prevalence (share of tenants)", f -> {
        SituationErrors e = SituationErrors.calibrated();
        double v = Math.min(1, e.rentErrorShare() * f);
        return Changed.ofErrors(rent(e, v, e.rentErrorMinPercent(), e.rentErrorMaxPercent(), e.rentOverstatedShare(),
            e.rentErrorControl()), fmt(v));
      }),
      new Assumption("rents declared wrong: size (% of the true rent)", f -> {
        SituationErrors e = SituationErrors.calibrated();
        int lo = (int) Math.min(100, Math.round(e.rentErrorMinPercent() * f));
        int hi = (int) Math.min(100, Math.round(e.rentErrorMaxPercent() * f));
        return Changed.ofErrors(rent(e, e.rentErrorShare(), lo, hi, e.rentOverstatedShare(), e.rentErrorControl()),
            lo + "-" + hi + " %");
      }),
      new Assumption("rents declared wrong: direction (share above the true rent)", f -> {
        SituationErrors e = SituationErrors.calibrated();
        double v = Math.min(1, e.rentOverstatedShare() * f);
        return Changed.ofErrors(rent(e, e.rentErrorShare(), e.rentErrorMinPercent(), e.rentErrorMaxPercent(), v,
            e.rentErrorControl()), fmt(v));
      }),
      knowledge("rents declared wrong: share never found within 24 months", SituationErrors::rentErrorControl, Share.NEVER,
          (e, k) -> rent(e, e.rentErrorShare(), e.rentErrorMinPercent(), e.rentErrorMaxPercent(), e.rentOverstatedShare(),
              k)),
      delays("rents declared wrong: delay of the control (months)", SituationErrors::rentErrorControl,
          (e, k) -> rent(e, e.rentErrorShare(), e.rentErrorMinPercent(), e.rentErrorMaxPercent(), e.rentOverstatedShare(),
              k)),
      // agents' input errors
      new Assumption("processing errors: yearly share of households", f -> {
        SituationErrors e = SituationErrors.calibrated();
        double v = Math.min(1, e.processingPerYear() * f);
        return Changed.ofErrors(processing(e, v, e.processingMinPercent(), e.processingMaxPercent(),
            e.processingOverstatedShare(), e.processingCorrection()), fmt(v));
      }),
      new Assumption("processing errors: size (% of the true value)", f -> {
        SituationErrors e = SituationErrors.calibrated();
        int lo = (int) Math.min(100, Math.round(e.processingMinPercent() * f));
        int hi = (int) Math.min(100, Math.round(e.processingMaxPercent() * f));
        return Changed.ofErrors(processing(e, e.processingPerYear(), lo, hi, e.processingOverstatedShare(),
            e.processingCorrection()), lo + "-" + hi + " %");
      }),
      new Assumption("processing errors: direction (share above the true value)", f -> {
        SituationErrors e = SituationErrors.calibrated();
        double v = Math.min(1, e.processingOverstatedShare() * f);
        return Changed.ofErrors(processing(e, e.processingPerYear(), e.processingMinPercent(), e.processingMaxPercent(),
            v, e.processingCorrection()), fmt(v));
      }),
      new Assumption("processing errors: share of a tenant's errors keyed on the rent", f -> {
        SituationErrors e = SituationErrors.calibrated();
        double v = Math.min(1, e.processingRentShare() * f);
        return Changed.ofErrors(withProcessingRentShare(e, v), fmt(v));
      }),
      knowledge("processing errors: share corrected late (1-3 months)", SituationErrors::processingCorrection, Share.LATE,
          Sensitivity::withProcessingCorrection),
      knowledge("processing errors: share found by a control", SituationErrors::processingCorrection, Share.CONTROL,
          Sensitivity::withProcessingCorrection),
      knowledge("processing errors: share never corrected within 24 months", SituationErrors::processingCorrection,
          Share.NEVER, Sensitivity::withProcessingCorrection),
      delays("processing errors: delays of the correction (months)", SituationErrors::processingCorrection,
          Sensitivity::withProcessingCorrection));

  /** One of the shares of a {@link SituationErrors.Knowledge}. */
  private enum Share { LATE, CONTROL, NEVER }

  /**
   * The assumption "one share of a {@link SituationErrors.Knowledge} of the calibrated errors × factor": the share
   * is capped at 1, and when the three shares then exceed 1 the two others are lowered in proportion (the value
   * then says by how much); the rest, learnt in its month, takes the difference.
   */
  private static Assumption knowledge(String name, java.util.function.Function<SituationErrors, SituationErrors.Knowledge> get,
      Share share, java.util.function.BiFunction<SituationErrors, SituationErrors.Knowledge, SituationErrors> set) {
    return new Assumption(name, f -> {
      SituationErrors e = SituationErrors.calibrated();
      SituationErrors.Knowledge k = get.apply(e);
      double[] s = {k.lateShare(), k.controlShare(), k.neverShare()};
      int i = share.ordinal();
      double v = Math.min(1, s[i] * f);
      double others = s[0] + s[1] + s[2] - s[i];
      double cap = v + others > 1 + 1e-9 ? (1 - v) / others : 1;
      for (int j = 0; j < 3; j++) {
        s[j] = j == i ? v : s[j] * cap;
      }
      SituationErrors.Knowledge changed = new SituationErrors.Knowledge(s[0], k.lateMaxMonths(), s[1], k.controlMinMonths(),
          k.controlMaxMonths(), s[2]);
      return Changed.ofErrors(set.apply(e, changed), fmt(v) + (cap < 1 ? String.format(Locale.ROOT, " (others × %.2f)", cap)
          : ""));
    });
  }

  /**
   * The assumption "the delays of a {@link SituationErrors.Knowledge} of the calibrated errors × factor": the longest
   * delay of a late declaration (at least 1 month) and the shortest and longest delays of a control (at least 1, at
   * most 24 months, the prescription).
   */
  private static Assumption delays(String name, java.util.function.Function<SituationErrors, SituationErrors.Knowledge> get,
      java.util.function.BiFunction<SituationErrors, SituationErrors.Knowledge, SituationErrors> set) {
    return new Assumption(name, f -> {
      SituationErrors e = SituationErrors.calibrated();
      SituationErrors.Knowledge k = get.apply(e);
      int late = (int) Math.max(1, Math.round(k.lateMaxMonths() * f));
      int lo = (int) Math.min(24, Math.max(1, Math.round(k.controlMinMonths() * f)));
      int hi = (int) Math.min(24, Math.max(lo, Math.round(k.controlMaxMonths() * f)));
      SituationErrors.Knowledge changed = new SituationErrors.Knowledge(k.lateShare(), late, k.controlShare(), lo, hi,
          k.neverShare());
      return Changed.ofErrors(set.apply(e, changed), (k.lateShare() > 0 ? "1-" + late + "; " : "") + lo + "-" + hi);
    });
  }

  private static SituationErrors withFavourable(SituationErrors e, SituationErrors.Knowledge k) {
    return new SituationErrors(k, e.unfavourable(), e.couplesFormedPerYear(), e.partnerMinPayPercent(),
        e.partnerMaxPayPercent(), e.rentErrorShare(), e.rentErrorMinPercent(), e.rentErrorMaxPercent(),
        e.rentOverstatedShare(), e.rentErrorControl(), e.processingPerYear(), e.processingMinPercent(),
        e.processingMaxPercent(), e.processingOverstatedShare(), e.processingCorrection(), e.processingRentShare());
  }

  private static SituationErrors withUnfavourable(SituationErrors e, SituationErrors.Knowledge k) {
    return new SituationErrors(e.favourable(), k, e.couplesFormedPerYear(), e.partnerMinPayPercent(),
        e.partnerMaxPayPercent(), e.rentErrorShare(), e.rentErrorMinPercent(), e.rentErrorMaxPercent(),
        e.rentOverstatedShare(), e.rentErrorControl(), e.processingPerYear(), e.processingMinPercent(),
        e.processingMaxPercent(), e.processingOverstatedShare(), e.processingCorrection(), e.processingRentShare());
  }

  private static SituationErrors rent(SituationErrors e, double share, int min, int max, double overstated,
      SituationErrors.Knowledge control) {
    return new SituationErrors(e.favourable(), e.unfavourable(), e.couplesFormedPerYear(), e.partnerMinPayPercent(),
        e.partnerMaxPayPercent(), share, min, max, overstated, control, e.processingPerYear(), e.processingMinPercent(),
        e.processingMaxPercent(), e.processingOverstatedShare(), e.processingCorrection(), e.processingRentShare());
  }

  private static SituationErrors processing(SituationErrors e, double perYear, int min, int max, double overstated,
      SituationErrors.Knowledge correction) {
    return new SituationErrors(e.favourable(), e.unfavourable(), e.couplesFormedPerYear(), e.partnerMinPayPercent(),
        e.partnerMaxPayPercent(), e.rentErrorShare(), e.rentErrorMinPercent(), e.rentErrorMaxPercent(),
        e.rentOverstatedShare(), e.rentErrorControl(), perYear, min, max, overstated, correction, e.processingRentShare());
  }

  /** The errors {@code e} with a tenant's input errors keyed on the rent in the share {@code rentShare}. */
  private static SituationErrors withProcessingRentShare(SituationErrors e, double rentShare) {
    return new SituationErrors(e.favourable(), e.unfavourable(), e.couplesFormedPerYear(), e.partnerMinPayPercent(),
        e.partnerMaxPayPercent(), e.rentErrorShare(), e.rentErrorMinPercent(), e.rentErrorMaxPercent(),
        e.rentOverstatedShare(), e.rentErrorControl(), e.processingPerYear(), e.processingMinPercent(),
        e.processingMaxPercent(), e.processingOverstatedShare(), e.processingCorrection(), rentShare);
  }

  private static SituationErrors withProcessingCorrection(SituationErrors e, SituationErrors.Knowledge k) {
    return processing(e, e.processingPerYear(), e.processingMinPercent(), e.processingMaxPercent(),
        e.processingOverstatedShare(), k);
  }

  /**
   * Runs the baseline and every variant of {@link #ASSUMPTIONS} on {@code households} households of
   * {@code seed} under {@code scenarios} (no explained sample).
   */
  public static Sensitivity run(List<Scenario> scenarios, Map<Benefit, BenefitRule> rules, MonthRange span,
      int households, long seed, int threads, Consumer<String> progress) {
    Comparison.Settings settings = new Comparison.Settings(scenarios, span, 0, threads, line -> {});
    List<String> ids = scenarios.stream().map(Scenario::id).toList();
    progress.accept("sensitivity: baseline");
    Ranking baseline = ranking(Comparison.run(SyntheticPopulation.forComparison(households, seed, span.first(),
        span.last(), UnaryOperator.identity()), rules, settings), ids);
    List<Variant> variants = new ArrayList<>();
    for (Assumption a : ASSUMPTIONS) {
      for (double f : FACTORS) {
        Changed c = a.vary().apply(f);
        progress.accept(String.format(Locale.ROOT, "sensitivity: %s × %.1f (%s)", a.name(), f, c.value()));
        ComparisonResult r = Comparison.run(SyntheticPopulation.forComparison(households, seed, span.first(), span.last(),
            c.change(), c.errors()), rules, settings);
        variants.add(new Variant(a.name(), c.value(), f, ranking(r, ids)));
      }
    }
    return new Sensitivity(households, seed, ids, baseline, variants);
  }

  /** The measures and orders of a comparison's scenarios. */
  static Ranking ranking(ComparisonResult result, List<String> ids) {
    int years = Math.max(1, result.span().length()) ;
    Map<Measure, List<Double>> values = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      values.put(m, new ArrayList<>());
    }
    for (String id : ids) {
      ScenarioOutcome o = result.scenarios().stream().filter(x -> x.scenario().id().equals(id)).findFirst().orElseThrow();
      BigDecimal cost = BigDecimal.ZERO;
      BigDecimal indus = BigDecimal.ZERO;
      BigDecimal rappels = BigDecimal.ZERO;
      double volatility = 0;
      for (Benefit b : o.benefits()) {
        BenefitMetrics.Summary s = o.metrics().get(b).summary(result.span().length());
        cost = cost.add(s.netPaid());
        indus = indus.add(s.appliedIndus().abs());
        rappels = rappels.add(s.appliedRappels());
        volatility += s.significantChangesPerHouseholdYear();
      }
      double perYearMillions = 12.0 / years / 1e6;
      values.get(Measure.COST).add(cost.doubleValue() * perYearMillions);
      values.get(Measure.INDUS).add(indus.doubleValue() * perYearMillions);
      values.get(Measure.RAPPELS).add(rappels.doubleValue() * perYearMillions);
      values.get(Measure.VOLATILITY).add(volatility);
    }
    Map<Measure, List<String>> order = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      List<Double> v = values.get(m);
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        idx.add(i);
      }
      idx.sort(Comparator.comparingDouble(v::get)); // stable: ties keep the scenario order
      order.put(m, idx.stream().map(ids::get).toList());
    }
    return new Ranking(values, order);
  }

  /** The table as text: the baseline's order on each measure, then each variant's, "=" where it is the same. */
  public String text() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "Sensitivity of the scenarios' ranking (%d households, seed %d; each assumption × 0.5 and × 1.5, the others kept;"
            + " lowest first)%n", households, seed));
    int w = Math.max(24, 4 * scenarios.size() + 2);
    int names = "baseline (calibrated values)".length();
    int values = "value".length();
    for (Variant v : variants) {
      names = Math.max(names, v.assumption().length() + " × 0.5".length());
      values = Math.max(values, v.value().length());
    }
    String row = "%-" + names + "s %-" + values + "s" + (" %-" + w + "s").repeat(Measure.values().length) + "%n";
    List<Object> head = new ArrayList<>(List.of("assumption", "value"));
    for (Measure m : Measure.values()) {
      head.add(m.label());
    }
    s.append(String.format(Locale.ROOT, row, head.toArray()));
    List<Object> base = new ArrayList<>(List.of("baseline (calibrated values)", ""));
    for (Measure m : Measure.values()) {
      base.add(String.join(" ", baseline.order().get(m)));
    }
    s.append(String.format(Locale.ROOT, row, base.toArray()));
    for (Variant v : variants) {
      List<Object> cells = new ArrayList<>(List.of(String.format(Locale.ROOT, "%s × %.1f", v.assumption(), v.factor()),
          v.value()));
      for (Measure m : Measure.values()) {
        cells.add(changed(v, m) ? String.join(" ", v.ranking().order().get(m)) : "=");
      }
      s.append(String.format(Locale.ROOT, row, cells.toArray()));
    }
    s.append(String.format(Locale.ROOT, "Baseline values by scenario (%s):%n", String.join(", ", scenarios)));
    for (Measure m : Measure.values()) {
      s.append(String.format(Locale.ROOT, "  %-28s", m.label()));
      for (double x : baseline.values().get(m)) {
        s.append(String.format(Locale.ROOT, " %9.3f", x));
      }
      s.append('\n');
    }
    s.append(String.format(Locale.ROOT, "Largest change of a scenario's value against the baseline (%%, signed), by measure:%n"));
    String changes = "%-" + names + "s" + " %12s".repeat(Measure.values().length) + "%n";
    List<Object> heads = new ArrayList<>(List.of("assumption"));
    for (Measure m : Measure.values()) {
      heads.add(m.name().toLowerCase(Locale.ROOT));
    }
    s.append(String.format(Locale.ROOT, changes, heads.toArray()));
    for (Variant v : variants) {
      List<Object> cells = new ArrayList<>(List.of(String.format(Locale.ROOT, "%s × %.1f", v.assumption(), v.factor())));
      for (Measure m : Measure.values()) {
        cells.add(String.format(Locale.ROOT, "%+.1f", 100 * largestChange(v, m)));
      }
      s.append(String.format(Locale.ROOT, changes, cells.toArray()));
    }
    for (Measure m : Measure.values()) {
      long n = variants.stream().filter(v -> changed(v, m)).count();
      s.append(String.format(Locale.ROOT, "%s: order changed in %d of %d variants; lowest in every one: %s; highest in"
          + " every one: %s%n", m.label(), n, variants.size(), stable(m, 0), stable(m, scenarios.size() - 1)));
    }
    return s.toString();
  }

  /**
   * The scenario at {@code rank} (0: the lowest) on {@code m} in the baseline and in every variant, or "none": what
   * the assumptions do not move, whereas scenarios whose values are within the noise of the population swap places.
   */
  public String stable(Measure m, int rank) {
    String id = baseline.order().get(m).get(rank);
    for (Variant v : variants) {
      if (!v.ranking().order().get(m).get(rank).equals(id)) {
        return "none";
      }
    }
    return id;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
