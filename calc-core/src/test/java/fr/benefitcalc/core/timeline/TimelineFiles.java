package fr.benefitcalc.core.timeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.time.RecalculationSchedule;
import fr.benefitcalc.core.time.ReferencePeriod;
import fr.benefitcalc.core.timeline.explain.Attribution;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.core.timeline.explain.PaymentChange;
import fr.benefitcalc.core.timeline.policy.RecoveryLimit;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy;
import fr.benefitcalc.core.timeline.policy.Threshold;
import fr.benefitcalc.core.timeline.regularisation.Regularisation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the subset of the timeline file format (docs/timeline-format.md) the examples use, and writes
 * a {@link TimelineResult} as the documented output. Test scaffolding: the command line (calc-lab)
 * owns the real reader and writer.
 */
final class TimelineFiles {
  static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** A timeline file, read. */
  record Input(Household household, Map<Benefit, BenefitRule> rules, RuleSet ruleSet, MonthRange span) {}

  private TimelineFiles() {}

  static Input read(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    if (!"demo".equals(root.path("calculator").asText())) {
      throw new IllegalArgumentException(file + ": only the demo calculator is known to this test reader");
    }
    MonthRange span = MonthRange.of(YearMonth.parse(root.get("span").get("first").asText()),
        YearMonth.parse(root.get("span").get("last").asText()));
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    Map<Benefit, BenefitRules> benefitRules = new EnumMap<>(Benefit.class);
    for (JsonNode b : root.get("benefits")) {
      Benefit benefit = Benefit.valueOf(b.asText());
      rules.put(benefit, benefit == Benefit.AL ? ToyRule.housing() : ToyRule.minimumIncome());
      benefitRules.put(benefit, benefitRules(root.get("ruleSet").get(benefit.name())));
    }
    RuleSet ruleSet = new RuleSet(root.get("ruleSet").get("name").asText(), root.path("description").asText(), benefitRules);
    return new Input(household(root.get("id").asText(), root.get("household")), rules, ruleSet, span);
  }

  private static BenefitRules benefitRules(JsonNode node) {
    String p = node.get("period").asText();
    ReferencePeriod period = switch (p) {
      case "N-1" -> ReferencePeriod.calendarYear(-1);
      case "N-2" -> ReferencePeriod.calendarYear(-2);
      default -> {
        String[] parts = p.replace("M", "").split("\\.\\.");
        yield ReferencePeriod.rolling(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
      }
    };
    BenefitRules rules = BenefitRules.of(period, RecalculationSchedule.every(node.get("schedule").get("every").asInt(),
        node.get("schedule").get("anchorMonth").asInt()));
    if (node.has("decisionDay")) {
      rules = rules.withOption(DecisionTimeline.DECISION_DAY_OPTION, node.get("decisionDay").asText());
    }
    return node.has("policy") ? rules.withPolicy(policy(node.get("policy"))) : rules;
  }

  private static RegularisationPolicy policy(JsonNode node) {
    RegularisationPolicy p = node.path("regularise").asBoolean(true) ? RegularisationPolicy.alwaysRegularise()
        : RegularisationPolicy.neverRegularise();
    p = p.withIndus(limits(node.path("indus"))).withRappels(limits(node.path("rappels")))
        .withCorrectedDataFeedingFutureDecisions(node.path("correctedDataFeedFutureDecisions").asBoolean(true));
    JsonNode limit = node.path("recoveryLimit");
    if (limit.isNumber()) {
      p = p.withRecoveryLimit(RecoveryLimit.months(limit.asInt()));
    } else if ("legal".equals(limit.asText())) {
      p = p.withRecoveryLimit(RecoveryLimit.legal());
    }
    return p;
  }

  private static RegularisationPolicy.Limits limits(JsonNode node) {
    return new RegularisationPolicy.Limits(threshold(node.path("deMinimis")), threshold(node.path("ceiling")));
  }

  private static Optional<Threshold> threshold(JsonNode node) {
    if (node.has("euros")) {
      return Optional.of(new Threshold(Threshold.Unit.EUROS, Fixed.of(node.get("euros").decimalValue())));
    }
    if (node.has("monthsOfRight")) {
      return Optional.of(new Threshold(Threshold.Unit.MONTHS_OF_RIGHT, Fixed.of(node.get("monthsOfRight").decimalValue())));
    }
    return Optional.empty();
  }

  private static Household household(String id, JsonNode node) {
    Household.Builder h = Household.builder(id);
    ResourceHistory.Builder resources = ResourceHistory.builder(node.get("persons").size());
    int i = 0;
    for (JsonNode p : node.get("persons")) {
      LocalDate birth = LocalDate.parse(p.get("birthDate").asText());
      h.person("child".equals(p.get("role").asText()) ? Person.child(p.get("id").asText(), birth)
          : Person.adult(p.get("id").asText(), birth));
      for (Iterator<Map.Entry<String, JsonNode>> it = p.path("incomes").fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> income = it.next();
        dated(resources, i, IncomeCategory.ofKey(income.getKey()), income.getValue());
      }
      i++;
    }
    return h.resources(resources.build()).build();
  }

  private static void dated(ResourceHistory.Builder b, int person, IncomeCategory category, JsonNode node) {
    if (node.isNumber()) {
      b.constant(person, category, Fixed.of(node.decimalValue()));
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equals("otherMonths")) {
        b.constant(person, category, Fixed.of(e.getValue().decimalValue()));
        continue;
      }
      YearMonth month = Months.parse("incomes." + category.key(), e.getKey());
      JsonNode values = e.getValue().isArray() ? e.getValue() : JSON.createArrayNode().add(
          JSON.createObjectNode().set("amount", e.getValue()));
      for (JsonNode v : values) {
        long amount = Fixed.of(v.get("amount").decimalValue());
        if (v.has("knownOn")) {
          b.value(person, category, month, amount, LocalDate.parse(v.get("knownOn").asText()));
        } else {
          b.value(person, category, month, amount);
        }
      }
    }
  }

  /** The documented output of a timeline. */
  static ObjectNode write(TimelineResult result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("household", result.householdId());
    root.put("ruleSet", result.ruleSet());
    root.put("span", result.span().toString());
    ObjectNode benefits = root.putObject("benefits");
    result.benefits().forEach((benefit, t) -> {
      ObjectNode b = benefits.putObject(benefit.name());
      ArrayNode decisions = b.putArray("decisions");
      for (Decision d : t.decisions()) {
        ObjectNode o = decisions.addObject();
        o.put("month", d.month().toString());
        o.put("decidedOn", d.decidedOn().toString());
        o.put("window", d.window().toString());
        o.put("coverage", d.coverage().toString());
        o.put("amount", euros(d.amountFixed()));
        ArrayNode reopened = o.putArray("reopenedOn");
        d.reopenedOn().forEach(x -> reopened.add(x.toString()));
      }
      ObjectNode paid = b.putObject("paid");
      ObjectNode due = b.putObject("due");
      for (YearMonth m : result.span()) {
        paid.put(m.toString(), euros(t.paid().at(m)));
        due.put(m.toString(), euros(t.due().at(m)));
      }
      ArrayNode regs = b.putArray("regularisations");
      for (Regularisation r : t.regularisations()) {
        ObjectNode o = regs.addObject();
        o.put("decision", r.decisionMonth().toString());
        o.put("month", r.month().toString());
        o.put("decidedOn", r.decidedOn().toString());
        o.put("kind", r.kind().name());
        o.put("amount", euros(r.amountFixed()));
        o.put("outcome", r.outcome().name());
        ArrayNode causes = o.putArray("causes");
        r.causes().forEach(c -> causes.add(c.describe()));
      }
      ArrayNode changes = b.putArray("changes");
      for (PaymentChange c : t.changes()) {
        ObjectNode o = changes.addObject();
        o.put("month", c.month().toString());
        o.put("from", euros(c.previous()));
        o.put("to", euros(c.amount()));
        ArrayNode parts = o.putArray("attributions");
        for (Attribution a : c.attributions()) {
          ObjectNode part = parts.addObject();
          part.put("amount", euros(a.amount()));
          ArrayNode causes = part.putArray("causes");
          for (Cause cause : a.causes()) {
            causes.add(cause.describe());
          }
        }
      }
      ObjectNode totals = b.putObject("totals");
      totals.put("appliedIndus", euros(t.appliedIndus()));
      totals.put("appliedRappels", euros(t.appliedRappels()));
      totals.put("frozenIndus", euros(t.frozenIndus()));
      totals.put("frozenRappels", euros(t.frozenRappels()));
    });
    return root;
  }

  private static BigDecimal euros(long fixed) {
    return BigDecimal.valueOf(Fixed.toWholeCents(fixed), 2);
  }
}
