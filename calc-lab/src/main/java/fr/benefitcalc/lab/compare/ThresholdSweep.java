package fr.benefitcalc.lab.compare;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy;
import fr.benefitcalc.core.timeline.policy.Threshold;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A sweep of the droits-figés threshold on the AL ("seuil", report [164], [167]): the scenarios of a comparison
 * whose AL policy freezes the indus and rappels above one threshold in euros (e.g. S9-0 … S9-500 of
 * {@code compare --sweep}), ordered by threshold, each with what the threshold costs.
 *
 * @param points one per scenario with a threshold in euros, by increasing threshold
 */
public record ThresholdSweep(List<Point> points) {
  public ThresholdSweep {
    points = List.copyOf(points);
  }

  /**
   * One threshold. Amounts in euros per year of the run, for the households computed.
   *
   * @param scenarioId the scenario
   * @param threshold the threshold (euros)
   * @param indusNotRecovered AL indus frozen (≥ 0: what is not recovered)
   * @param rappelsNotPaid AL rappels frozen (≥ 0)
   * @param netCost what every benefit's households received minus under the baseline
   * @param recoveryActions AL recovery actions (applied regularisation events whose net is an indu), per year
   */
  public record Point(String scenarioId, BigDecimal threshold, BigDecimal indusNotRecovered, BigDecimal rappelsNotPaid,
      BigDecimal netCost, BigDecimal recoveryActions) {}

  /** The AL threshold in euros of a policy, when it freezes the indus and rappels above the same one. */
  static Optional<BigDecimal> thresholdEuros(RegularisationPolicy p) {
    if (!p.regularise() || p.indus().ceiling().isEmpty() || !p.indus().ceiling().equals(p.rappels().ceiling())
        || p.indus().deMinimis().isPresent() || p.rappels().deMinimis().isPresent()) {
      return Optional.empty();
    }
    Threshold t = p.indus().ceiling().get();
    return t.unit() == Threshold.Unit.EUROS
        ? Optional.of(fr.benefitcalc.core.money.Fixed.toBigDecimal(t.value()).stripTrailingZeros())
        : Optional.empty();
  }

  /** The sweep of {@code result}: empty unless at least two scenarios have a threshold in euros on the AL. */
  public static Optional<ThresholdSweep> of(ComparisonResult result) {
    int months = result.span().length();
    List<Point> points = new ArrayList<>();
    for (ScenarioOutcome o : result.scenarios()) {
      if (!o.scenario().ruleSet().defines(Benefit.AL) || !o.metrics().containsKey(Benefit.AL)) {
        continue;
      }
      Optional<BigDecimal> t = thresholdEuros(o.scenario().ruleSet().rules(Benefit.AL).policy());
      if (t.isEmpty()) {
        continue;
      }
      BenefitMetrics.Summary al = o.metrics().get(Benefit.AL).summary(months);
      BigDecimal net = BigDecimal.ZERO;
      for (Benefit b : o.benefits()) {
        BenefitMetrics base = result.baseline().metrics().get(b);
        net = net.add(o.metrics().get(b).summary(months).netPaid())
            .subtract(base == null ? BigDecimal.ZERO : base.summary(months).netPaid());
      }
      points.add(new Point(o.scenario().id(), t.get(), perYear(al.frozenIndus().negate(), months),
          perYear(al.frozenRappels(), months), perYear(net, months),
          BigDecimal.valueOf(al.recoveryEvents() * 12).divide(BigDecimal.valueOf(months), 1, RoundingMode.HALF_UP)));
    }
    points.sort(Comparator.comparing(Point::threshold));
    return points.size() < 2 ? Optional.empty() : Optional.of(new ThresholdSweep(points));
  }

  private static BigDecimal perYear(BigDecimal total, int months) {
    return BenefitMetrics.perYear(total, months);
  }
}
