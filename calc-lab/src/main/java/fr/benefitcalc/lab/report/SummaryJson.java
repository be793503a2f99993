package fr.benefitcalc.lab.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.lab.compare.BenefitMetrics;
import fr.benefitcalc.lab.compare.ComparisonResult;
import fr.benefitcalc.lab.compare.ScenarioOutcome;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
    ArrayNode scenarios = root.putArray("scenarios");
    for (ScenarioOutcome o : result.scenarios()) {
      ObjectNode s = scenarios.addObject();
      s.put("id", o.scenario().id());
      s.put("name", o.scenario().name());
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
      }
    }
    return root;
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
    return total.multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
  }
}
