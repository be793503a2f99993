package fr.benefitcalc.lab.timeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.timeline.BenefitTimeline;
import fr.benefitcalc.core.timeline.Decision;
import fr.benefitcalc.core.timeline.TimelineResult;
import fr.benefitcalc.core.timeline.explain.Attribution;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.core.timeline.explain.PaymentChange;
import fr.benefitcalc.core.timeline.regularisation.Regularisation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link TimelineResult} as the JSON output of docs/timeline-format.md: per benefit the
 * decisions, the amounts paid and due per month, the regularisations (kind, outcome, causes), the
 * explained changes of the amount paid and the totals. Amounts in euros with two decimals.
 */
public final class TimelineJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TimelineJson() {}

  /** The output of {@code result}. */
  public static ObjectNode write(TimelineResult result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("household", result.householdId());
    root.put("ruleSet", result.ruleSet());
    root.put("span", result.span().toString());
    ObjectNode benefits = root.putObject("benefits");
    for (BenefitTimeline t : inOrder(result)) {
      benefit(benefits.putObject(t.benefit().name()), t, result);
    }
    return root;
  }

  private static void benefit(ObjectNode b, BenefitTimeline t, TimelineResult result) {
    ArrayNode decisions = b.putArray("decisions");
    for (Decision d : t.decisions()) {
      ObjectNode o = decisions.addObject();
      o.put("month", d.month().toString());
      o.put("decidedOn", d.decidedOn().toString());
      o.put("window", d.window().toString());
      o.put("coverage", d.coverage().toString());
      o.put("amount", euros(d.amountFixed()));
      ArrayNode reopened = o.putArray("reopenedOn");
      for (LocalDate date : d.reopenedOn()) {
        reopened.add(date.toString());
      }
    }
    ObjectNode paid = b.putObject("paid");
    ObjectNode due = b.putObject("due");
    for (YearMonth m : result.span()) {
      paid.put(m.toString(), euros(t.paid().at(m)));
      due.put(m.toString(), euros(t.due().at(m)));
    }
    ArrayNode regularisations = b.putArray("regularisations");
    for (Regularisation r : t.regularisations()) {
      ObjectNode o = regularisations.addObject();
      o.put("decision", r.decisionMonth().toString());
      o.put("month", r.month().toString());
      o.put("decidedOn", r.decidedOn().toString());
      o.put("kind", r.kind().name());
      o.put("amount", euros(r.amountFixed()));
      o.put("outcome", r.outcome().name());
      causes(o.putArray("causes"), r.causes());
    }
    ArrayNode changes = b.putArray("changes");
    for (PaymentChange c : t.changes()) {
      ObjectNode o = changes.addObject();
      o.put("month", c.month().toString());
      o.put("from", euros(c.previous()));
      o.put("to", euros(c.amount()));
      ArrayNode attributions = o.putArray("attributions");
      for (Attribution a : c.attributions()) {
        ObjectNode part = attributions.addObject();
        part.put("amount", euros(a.amount()));
        causes(part.putArray("causes"), a.causes());
      }
    }
    ObjectNode totals = b.putObject("totals");
    totals.put("appliedIndus", euros(t.appliedIndus()));
    totals.put("appliedRappels", euros(t.appliedRappels()));
    totals.put("frozenIndus", euros(t.frozenIndus()));
    totals.put("frozenRappels", euros(t.frozenRappels()));
  }

  private static void causes(ArrayNode out, List<Cause> causes) {
    for (Cause c : causes) {
      out.add(c.describe());
    }
  }

  /** The benefits' timelines in the order AL, RSA, PA (the order they are computed in). */
  static List<BenefitTimeline> inOrder(TimelineResult result) {
    List<BenefitTimeline> out = new ArrayList<>();
    for (Benefit b : Benefit.values()) {
      if (result.benefits().containsKey(b)) {
        out.add(result.of(b));
      }
    }
    return out;
  }

  /** Euros with two decimals (amounts of the timeline are whole cents). */
  static BigDecimal euros(long fixed) {
    return BigDecimal.valueOf(Fixed.toWholeCents(fixed), 2);
  }
}
