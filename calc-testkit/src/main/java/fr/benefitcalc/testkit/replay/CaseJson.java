package fr.benefitcalc.testkit.replay;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.parameters.Timeline;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.RecalculationSchedule;
import fr.benefitcalc.core.time.ReferencePeriod;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.core.timeline.policy.RecoveryLimit;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy;
import fr.benefitcalc.core.timeline.policy.Threshold;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON of the case format ({@code shared/spec/case-format.md}: HOUSEHOLD, with incomes dated by
 * the day each value became known) and of the timeline file's rule set ({@code docs/timeline-format.md}:
 * {@code ruleSet} as an object on the base {@code law}), as the command line reads them. Pure
 * functions building Jackson trees; {@link ReplayFiles} writes them.
 *
 * <pre>{@code
 * ObjectNode household = CaseJson.household(h, MonthRange.of(YearMonth.of(2021, 1), YearMonth.of(2025, 12)));
 * }</pre>
 *
 * <p>What a file cannot say is added to {@code limits} (e.g. a reference period of fixed months, a
 * scale replaced by a reform): the command line then computes something else, and the failure's
 * message says so.
 */
public final class CaseJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

  private CaseJson() {}

  /**
   * The HOUSEHOLD of {@code h}: members with their incomes (each monthly value with its known-on
   * date, the amount of other months as {@code otherMonths}), dwelling, benefits received, flags.
   * {@code months} are those whose rents and benefits received matter, written month by month when
   * they are neither constant nor 0 outside the months listed.
   */
  public static ObjectNode household(Household h, MonthRange months, List<String> limits) {
    ObjectNode o = JSON.objectNode();
    ArrayNode persons = o.putArray("persons");
    for (int i = 0; i < h.persons().size(); i++) {
      persons.add(person(h.persons().get(i), h.resources(), i, limits));
    }
    o.put("couple", h.couple());
    h.housing().ifPresent(x -> o.set("housing", housing(x, months, limits)));
    if (!h.benefitsReceived().isEmpty()) {
      ObjectNode received = o.putObject("benefitsReceived");
      for (ReceivedBenefit b : ReceivedBenefit.values()) {
        MonthlyAmounts a = h.benefitsReceived().get(b);
        if (a != null) {
          received.set(b.name(), monthly(a, months, "benefitsReceived." + b.name(), limits));
        }
      }
    }
    if (h.recentIsolation()) {
      o.put("recentIsolation", true);
    }
    if (h.rsaPaExperiment()) {
      o.put("rsaPaExperiment", true);
    }
    h.alResourceBase().ifPresent(base -> o.putObject("resourceBase").set("AL", euros(Euros.toFixed(base))));
    return o;
  }

  private static ObjectNode person(Person p, ResourceHistory resources, int index, List<String> limits) {
    ObjectNode o = JSON.objectNode();
    o.put("id", p.id());
    o.put("role", p.isAdult() ? "adult" : "child");
    o.put("birthDate", p.birthDate().toString());
    flag(o, "student", p.student());
    flag(o, "scholarship", p.scholarship());
    flag(o, "pregnant", p.pregnant());
    flag(o, "retired", p.retired());
    flag(o, "disabled", p.disabled());
    p.unemployedSince().ifPresent(d -> o.put("unemployedSince", d.toString()));
    ObjectNode incomes = JSON.objectNode();
    Map<IncomeCategory, TreeMap<String, ArrayNode>> dated = new TreeMap<>();
    for (ResourceHistory.Value v : resources.values()) {
      if (v.person() != index) {
        continue;
      }
      String key = v.category().isAnnual() ? Integer.toString(v.month().getYear()) : v.month().toString();
      ObjectNode value = JSON.objectNode();
      value.set("amount", euros(v.amount()));
      v.knownOn().ifPresent(d -> value.put("knownOn", d.toString()));
      dated.computeIfAbsent(v.category(), c -> new TreeMap<>()).computeIfAbsent(key, k -> JSON.arrayNode()).add(value);
    }
    for (IncomeCategory c : IncomeCategory.values()) {
      long constant = resources.constant(index, c);
      TreeMap<String, ArrayNode> values = dated.get(c);
      if (values == null) {
        if (constant != 0) {
          incomes.set(c.key(), euros(constant));
        }
        continue;
      }
      ObjectNode series = incomes.putObject(c.key());
      if (constant != 0) {
        if (c.isAnnual()) {
          limits.add("person " + p.id() + " " + c.key() + ": an amount for every year besides dated years cannot be written");
        } else {
          series.set("otherMonths", euros(constant));
        }
      }
      values.forEach((month, list) -> series.set(month, list.size() == 1 && !list.get(0).has("knownOn")
          ? list.get(0).get("amount") : list));
    }
    if (!incomes.isEmpty()) {
      o.set("incomes", incomes);
    }
    return o;
  }

  private static ObjectNode housing(Housing h, MonthRange months, List<String> limits) {
    ObjectNode o = JSON.objectNode();
    o.put("status", h.status().key());
    if (h.status().isTenant() || h.status() == HousingStatus.FOYER || !h.rent().equals(MonthlyAmounts.none())) {
      o.set("rent", monthly(h.rent(), months, "housing.rent", limits));
    }
    if (h.zone() != 0) {
      o.put("zone", h.zone());
    }
    if (h.conventionne() != (h.status() == HousingStatus.SOCIAL_TENANT)) {
      o.put("conventionne", h.conventionne());
    }
    flag(o, "shared", h.shared());
    flag(o, "room", h.room());
    h.foyer().ifPresent(f -> {
      ObjectNode x = o.putObject("foyer");
      x.put("type", f.type().key());
      flag(x, "youngWorkers", f.youngWorkers());
      f.conventionDate().ifPresent(d -> x.put("conventionDate", d.toString()));
      x.put("alCategory", f.alCategory().key());
    });
    h.loan().ifPresent(l -> {
      ObjectNode x = o.putObject("loan");
      x.set("payment", monthly(l.payment(), months, "housing.loan.payment", limits));
      x.put("signed", l.signed().toString());
      x.put("kind", l.kind().key());
      x.put("purpose", l.purpose().key());
      flag(x, "firstOccupant", l.firstOccupant());
      l.entryDate().ifPresent(d -> x.put("entryDate", d.toString()));
      flag(x, "coOwners", l.coOwners());
      flag(x, "resourceFloorExempt", l.resourceFloorExempt());
    });
    return o;
  }

  /** MONTHLY: a number, or the months listed (months not listed are 0); otherwise every month of {@code months}. */
  private static com.fasterxml.jackson.databind.JsonNode monthly(MonthlyAmounts a, MonthRange months, String field,
      List<String> limits) {
    if (a.isConstant()) {
      return euros(a.otherMonths());
    }
    ObjectNode o = JSON.objectNode();
    if (a.otherMonths() == 0) {
      a.listedMonths().forEach((m, v) -> o.set(m.toString(), euros(v)));
      return o;
    }
    for (YearMonth m : months) {
      o.set(m.toString(), euros(a.at(m)));
    }
    limits.add(field + ": written month by month over " + months + " only");
    return o;
  }

  /**
   * The rule set as a timeline file's {@code ruleSet} object: on the base {@code law}, each benefit of
   * {@code benefits} with every field given (the period of every category, the experiment or
   * {@code "none"}, the schedule, the decision day, the whole policy, the options and the scalar
   * parameters replaced), so that the command line rebuilds the same rules.
   */
  public static ObjectNode ruleSet(RuleSet rules, Collection<Benefit> benefits, List<String> limits) {
    ObjectNode o = JSON.objectNode();
    o.put("name", rules.name());
    o.put("base", "law");
    o.put("description", rules.description());
    for (Benefit b : Benefit.values()) {
      if (benefits.contains(b)) {
        o.set(b.name(), benefitRules(rules.rules(b), b, limits));
      }
    }
    return o;
  }

  private static ObjectNode benefitRules(BenefitRules r, Benefit benefit, List<String> limits) {
    ObjectNode o = JSON.objectNode();
    o.put("period", period(r.defaultPeriod(), benefit + " period", limits));
    ObjectNode periods = o.putObject("periods");
    for (IncomeCategory c : IncomeCategory.values()) {
      periods.put(c.key(), period(r.period(c), benefit + " periods." + c.key(), limits));
    }
    if (r.experiment().isPresent()) {
      ObjectNode e = o.putObject("experiment");
      e.put("period", period(r.experiment().get().period(), benefit + " experiment", limits));
      e.put("from", r.experiment().get().from().toString());
    } else {
      o.put("experiment", "none");
    }
    RecalculationSchedule s = r.schedule();
    ObjectNode schedule = o.putObject("schedule");
    schedule.put("every", s.intervalMonths());
    schedule.put("anchorMonth", s.anchorMonth());
    String day = r.option(DecisionTimeline.DECISION_DAY_OPTION, "1");
    o.put("decisionDay", Integer.parseInt(day));
    o.set("policy", policy(r.policy()));
    ObjectNode options = JSON.objectNode();
    new TreeMap<>(r.options()).forEach((k, v) -> {
      if (!DecisionTimeline.DECISION_DAY_OPTION.equals(k)) {
        options.put(k, v);
      }
    });
    if (!options.isEmpty()) {
      o.set("options", options);
    }
    ObjectNode parameters = JSON.objectNode();
    new TreeMap<>(r.overrides()).forEach((name, t) -> parameter(parameters, name, t, benefit, limits));
    if (!parameters.isEmpty()) {
      o.set("parameters", parameters);
    }
    return o;
  }

  private static void parameter(ObjectNode parameters, String name, Timeline<?> t, Benefit benefit, List<String> limits) {
    ArrayNode steps = JSON.arrayNode();
    for (Timeline.Step<?> step : t.steps()) {
      ObjectNode s = JSON.objectNode();
      s.put("from", step.from().toString());
      Object v = step.value();
      if (v instanceof Integer i) {
        s.put("value", i);
      } else if (v instanceof Long l) {
        s.set("value", JSON.numberNode(Fixed.toBigDecimal(l)));
      } else {
        limits.add(benefit + " parameter " + name + " is a scale, which a file cannot give: the base's is used");
        return;
      }
      s.put("source", step.source());
      steps.add(s);
    }
    parameters.set(name, steps);
  }

  private static ObjectNode policy(RegularisationPolicy p) {
    ObjectNode o = JSON.objectNode();
    o.put("regularise", p.regularise());
    o.set("indus", limits(p.indus()));
    o.set("rappels", limits(p.rappels()));
    o.put("correctedDataFeedFutureDecisions", p.correctedDataFeedFutureDecisions());
    RecoveryLimit l = p.recoveryLimit();
    if (l instanceof RecoveryLimit.Months m) {
      o.put("recoveryLimit", m.months());
    } else {
      o.put("recoveryLimit", l == RecoveryLimit.legal() ? "legal" : "none");
    }
    return o;
  }

  private static ObjectNode limits(RegularisationPolicy.Limits l) {
    ObjectNode o = JSON.objectNode();
    l.ceiling().ifPresent(t -> o.set("ceiling", threshold(t)));
    l.deMinimis().ifPresent(t -> o.set("deMinimis", threshold(t)));
    return o;
  }

  private static ObjectNode threshold(Threshold t) {
    ObjectNode o = JSON.objectNode();
    o.set(t.unit() == Threshold.Unit.EUROS ? "euros" : "monthsOfRight", JSON.numberNode(Fixed.toBigDecimal(t.value())));
    return o;
  }

  private static String period(ReferencePeriod p, String field, List<String> limits) {
    if (p instanceof ReferencePeriod.Fixed) {
      limits.add(field + " " + p.label() + " (fixed months) cannot be written");
    }
    return p.label();
  }

  private static void flag(ObjectNode o, String field, boolean value) {
    if (value) {
      o.put(field, true);
    }
  }

  /** An amount in euros, exact (whole cents with two decimals). */
  static com.fasterxml.jackson.databind.node.ValueNode euros(long amount) {
    BigDecimal d = Fixed.toBigDecimal(amount);
    d = amount % Fixed.CENT == 0 ? d.setScale(2) : d.stripTrailingZeros();
    return JSON.numberNode(d);
  }

  /** The months of resources a case for {@code month} may read: the 48 months up to it (the case format's MONTHLY). */
  static MonthRange monthsRead(YearMonth first, YearMonth last) {
    return MonthRange.of(first.minusMonths(48), last);
  }

  /** A list to collect limits into. */
  static List<String> newLimits() {
    return new ArrayList<>();
  }
}
