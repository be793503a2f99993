package fr.benefitcalc.lab.timeline;

import fr.benefitcalc.core.timeline.BenefitTimeline;
import fr.benefitcalc.core.timeline.Decision;
import fr.benefitcalc.core.timeline.TimelineResult;
import fr.benefitcalc.core.timeline.explain.Attribution;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.core.timeline.explain.PaymentChange;
import fr.benefitcalc.core.timeline.regularisation.Regularisation;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a {@link TimelineResult} as a readable table ({@code timeline --format table}): per benefit,
 * one line per month (the decision paying it, paid, due, applied and frozen regularisations), then
 * the regularisations with their outcome and causes, then the explained changes of the amount paid
 * and the totals. Amounts in euros; for every month {@code paid + applied + frozen = due}.
 *
 * <pre>
 * AL
 * month    decision      paid       due   applied    frozen
 * 2025-01  2025-01     200.00    180.00    -20.00      0.00
 * regularisations (month, decision reopened, date, kind, amount, outcome: causes)
 *   2025-01  2025-01  2025-04-15  INDU      -20.00  APPLIED: salaryTaxable of person p1 for 2024-11 ...
 * </pre>
 */
public final class TimelineTable {
  private static final String MONTH_LINE = "%-8s %-8s %9s %9s %9s %9s%s%n";

  private TimelineTable() {}

  /** The table of {@code result}. */
  public static String render(TimelineResult result) {
    StringBuilder out = new StringBuilder();
    out.append("household ").append(result.householdId()).append(", rule set ").append(result.ruleSet())
        .append(", months ").append(result.span()).append(System.lineSeparator());
    for (BenefitTimeline t : TimelineJson.inOrder(result)) {
      out.append(System.lineSeparator());
      benefit(out, t, result);
    }
    return out.toString();
  }

  private static void benefit(StringBuilder out, BenefitTimeline t, TimelineResult result) {
    out.append(t.benefit()).append(System.lineSeparator());
    out.append(String.format(MONTH_LINE, "month", "decision", "paid", "due", "applied", "frozen", ""));
    for (YearMonth m : result.span()) {
      String decision = decisionPaying(t, m);
      String change = t.paid().at(m) != previousPaid(t, m, result) ? "  changed" : "";
      out.append(String.format(MONTH_LINE, m, decision, money(t.paid().at(m)), money(t.due().at(m)),
          money(t.applied(m)), money(t.frozen(m)), change));
    }
    if (!t.reopenedDecisions().isEmpty()) {
      out.append("(* decision reopened by late data)").append(System.lineSeparator());
    }
    out.append("regularisations (month, decision reopened, date, kind, amount, outcome: causes)");
    out.append(t.regularisations().isEmpty() ? ": none" : "").append(System.lineSeparator());
    for (Regularisation r : t.regularisations()) {
      out.append(String.format("  %-8s %-8s %-10s %-6s %9s  %s: %s%n", r.month(), r.decisionMonth(), r.decidedOn(),
          r.kind(), money(r.amountFixed()), r.outcome(), describe(r.causes())));
    }
    out.append("changes of the amount paid (month, from -> to; each part and its causes)");
    out.append(t.changes().isEmpty() ? ": none" : "").append(System.lineSeparator());
    for (PaymentChange c : t.changes()) {
      out.append(String.format("  %-8s %s -> %s%n", c.month(), money(c.previous()), money(c.amount())));
      for (Attribution a : c.attributions()) {
        out.append(String.format("    %9s  %s%n", money(a.amount()), describe(a.causes())));
      }
    }
    out.append(String.format("totals: applied indus %s, applied rappels %s, frozen indus %s, frozen rappels %s%n",
        money(t.appliedIndus()), money(t.appliedRappels()), money(t.frozenIndus()), money(t.frozenRappels())));
  }

  private static String decisionPaying(BenefitTimeline t, YearMonth m) {
    for (Decision d : t.decisions()) {
      if (d.coverage().contains(m)) {
        return d.month().toString() + (d.reopened() ? "*" : "");
      }
    }
    return "-";
  }

  private static long previousPaid(BenefitTimeline t, YearMonth m, TimelineResult result) {
    return m.equals(result.span().first()) ? t.paid().at(m) : t.paid().at(m.minusMonths(1));
  }

  private static String describe(List<Cause> causes) {
    return causes.stream().map(Cause::describe).collect(Collectors.joining("; "));
  }

  private static String money(long fixed) {
    return TimelineJson.euros(fixed).toPlainString();
  }
}
