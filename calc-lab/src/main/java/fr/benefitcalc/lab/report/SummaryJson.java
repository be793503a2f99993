package fr.benefitcalc.lab.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.lab.compare.BenefitMetrics;
import fr.benefitcalc.lab.compare.ComparisonResult;
import fr.benefitcalc.lab.compare.NationalWeights;
import fr.benefitcalc.lab.compare.ScenarioOutcome;
import fr.benefitcalc.lab.compare.WinnersAndLosers;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * The machine-readable summary of a comparison, {@code summary.json} (schema in
 * {@code docs/summary-json.md}): per scenario and benefit, amounts in euros per year of the run
 * (totals divided by the months of right / 12, rounded to the cent), shares as fractions 0..1,
 * recipients as the mean number of households paid in a month.
 */
public final class SummaryJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private SummaryJson() {}

  /** The summary as a JSON tree. */
  public static ObjectNode of(ComparisonResult result) {
    int months = result.span().length();
    ObjectNode root = JSON.createObjectNode();
    root.put("population", result.population());
    root.put("from", result.span().first().toString());
    root.put("to", result.span().last().toString());
    root.put("households", result.households());
    ObjectNode coverage = root.putObject("coverage");
    coverage.put("households", result.households() + result.refused().size());
    coverage.put("covered", result.covered());
    coverage.put("refused", result.refused().size());
    coverage.put("inError", result.excluded().size());
    NationalWeights weights = NationalWeights.of(result);
    ObjectNode national = root.putObject("national");
    national.put("method", "each benefit's amounts times its weight: the national households paid (DREES, September"
        + " 2024) per household the baseline paid in a month of the run; rounded half-up to the cent");
    ObjectNode w = national.putObject("weights");
    ObjectNode targets = national.putObject("recipients");
    for (Benefit b : Benefit.values()) {
      weights.weight(b).ifPresent(x -> {
        w.put(b.name(), x);
        targets.put(b.name(), NationalWeights.NATIONAL_RECIPIENTS.get(b));
      });
    }
    ArrayNode scenarios = root.putArray("scenarios");
    java.util.Map<String, WinnersAndLosers> changes = new java.util.HashMap<>();
    WinnersAndLosers.of(result).forEach(x -> changes.put(x.scenarioId(), x));
    for (ScenarioOutcome o : result.scenarios()) {
      ObjectNode s = scenarios.addObject();
      s.put("id", o.scenario().id());
      s.put("name", o.scenario().name());
      WinnersAndLosers wl = changes.get(o.scenario().id());
      if (wl != null) {
        ObjectNode wn = s.putObject("winnersAndLosers");
        wn.put("toleranceEuros", 1);
        wn.put("households", wl.households());
        wn.put("winners", wl.winners());
        wn.put("losers", wl.losers());
        wn.put("unchanged", wl.unchanged());
        wn.put("winnerShare", wl.winnerShare());
        wn.put("loserShare", wl.loserShare());
        wn.put("unchangedShare", wl.unchangedShare());
        ArrayNode hist = wn.putArray("histogram");
        for (int k = 0; k < wl.histogram().size(); k++) {
          hist.addObject().put("gainEurosPerYear", WinnersAndLosers.BINS.get(k)).put("households", wl.histogram().get(k));
        }
        ArrayNode deciles = wn.putArray("deciles");
        for (WinnersAndLosers.Decile d : wl.deciles()) {
          deciles.addObject().put("decile", d.decile()).put("minIncomeEuros", d.minIncome())
              .put("maxIncomeEuros", d.maxIncome()).put("households", d.households()).put("winners", d.winners())
              .put("losers", d.losers()).put("meanGainEurosPerYear", d.meanGain());
        }
      }
      ObjectNode benefits = s.putObject("benefits");
      for (Benefit b : o.benefits()) {
        BenefitMetrics.Summary m = o.metrics().get(b).summary(months);
        ObjectNode n = benefits.putObject(b.name());
        n.put("paidEuros", perYear(m.paid(), months));
        n.put("receivedEuros", perYear(m.netPaid(), months));
        n.put("dueEuros", perYear(m.due(), months));
        n.put("indusEuros", perYear(m.appliedIndus(), months));
        n.put("rappelsEuros", perYear(m.appliedRappels(), months));
        n.put("frozenEuros", perYear(m.frozenIndus().add(m.frozenRappels()), months));
        n.put("errorAt9Months", m.errorAt9Months());
        n.put("errorAt24Months", m.errorAt24Months());
        n.put("reopenedShare", m.reopenedMonthShare());
        n.put("recipients", m.recipients());
        n.put("changesPerHouseholdYear", m.significantChangesPerHouseholdYear());
        ObjectNode totals = n.putObject("totals");
        totals.put("paid", exact(m.paid()));
        totals.put("received", exact(m.netPaid()));
        totals.put("due", exact(m.due()));
        totals.put("indus", exact(m.appliedIndus()));
        totals.put("rappels", exact(m.appliedRappels()));
        totals.put("frozenIndus", exact(m.frozenIndus()));
        totals.put("frozenRappels", exact(m.frozenRappels()));
        ObjectNode byCause = n.putObject("regularisationsByCause");
        for (BenefitMetrics.CauseKind k : BenefitMetrics.CauseKind.values()) {
          ObjectNode c = byCause.putObject(k.name());
          c.put("indusEuros", perYear(m.indusBy(k), months));
          c.put("rappelsEuros", perYear(m.rappelsBy(k), months));
        }
        ObjectNode years = n.putObject("years");
        for (BenefitMetrics.Year y : m.years()) {
          ObjectNode yn = years.putObject(Integer.toString(y.year()));
          yn.put("months", y.months());
          amounts(yn, y.paid(), y.received(), y.due(), y.indus(), y.rappels(), y.frozen(), y.months());
          yn.put("recipients", y.recipients());
        }
        ObjectNode nat = n.putObject("national");
        nat.put("paidEuros", national(weights, b, m.paid(), months));
        nat.put("receivedEuros", national(weights, b, m.netPaid(), months));
        nat.put("dueEuros", national(weights, b, m.due(), months));
        nat.put("indusEuros", national(weights, b, m.appliedIndus(), months));
        nat.put("rappelsEuros", national(weights, b, m.appliedRappels(), months));
        nat.put("frozenEuros", national(weights, b, m.frozenIndus().add(m.frozenRappels()), months));
        nat.put("recipients", weights.weight(b).map(x -> x.doubleValue() * m.recipients()).orElse(0.0));
        ObjectNode natYears = nat.putObject("years");
        for (BenefitMetrics.Year y : m.years()) {
          ObjectNode yn = natYears.putObject(Integer.toString(y.year()));
          yn.put("paidEuros", national(weights, b, y.paid(), y.months()));
          yn.put("receivedEuros", national(weights, b, y.received(), y.months()));
          yn.put("dueEuros", national(weights, b, y.due(), y.months()));
        }
      }
    }
    return root;
  }

  /** The amounts of a year, in euros per year (for a whole year: its totals). */
  private static void amounts(ObjectNode n, BigDecimal paid, BigDecimal received, BigDecimal due, BigDecimal indus,
      BigDecimal rappels, BigDecimal frozen, int months) {
    n.put("paidEuros", perYear(paid, months));
    n.put("receivedEuros", perYear(received, months));
    n.put("dueEuros", perYear(due, months));
    n.put("indusEuros", perYear(indus, months));
    n.put("rappelsEuros", perYear(rappels, months));
    n.put("frozenEuros", perYear(frozen, months));
  }

  private static BigDecimal national(NationalWeights weights, Benefit b, BigDecimal sampleTotal, int months) {
    return weights.nationalPerYear(b, sampleTotal, months).orElse(BigDecimal.ZERO.setScale(2));
  }

  /** Writes the summary to {@code file}. */
  public static void write(ComparisonResult result, Path file) throws IOException {
    JSON.writeValue(file.toFile(), of(result));
  }

  /**
   * An exact total in euros, unrounded: at least the cents, more decimals only when the sum has them (the
   * totals are sums of nano-euros, exact at any size: {@code ExactTotal}).
   */
  static BigDecimal exact(BigDecimal euros) {
    BigDecimal e = euros.stripTrailingZeros();
    return e.scale() < 2 ? e.setScale(2) : e;
  }

  private static BigDecimal perYear(BigDecimal total, int months) {
    return MetricTable.perYear(total, months);
  }
}
