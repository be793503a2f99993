package fr.benefitcalc.lab.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.RecalculationSchedule;
import fr.benefitcalc.core.time.ReferencePeriod;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.core.timeline.policy.RecoveryLimit;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy;
import fr.benefitcalc.core.timeline.policy.Threshold;
import fr.benefitcalc.lab.catalog.Catalog;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rule set given as data: the {@code ruleSet} of a timeline file (docs/timeline-format.md)
 * and each scenario of a scenario file (docs/scenario-file.md). A built-in rule set's name, or
 * {@code {"name", "base", "AL": BENEFIT_RULES, ...}} where each BENEFIT_RULES replaces, in the base
 * rule set's rules of that benefit, the fields it gives: {@code period} the default period (the base's
 * per-category periods and experiment are kept), {@code periods} per category, {@code experiment},
 * {@code schedule}, {@code decisionDay}, {@code policy} (as a whole: the fields it omits take their
 * defaults), {@code options} (added to the base's), {@code parameters} (legal parameters replaced from
 * a date on). Every error names the field and the value refused.
 */
public final class RuleSetReader {
  private static final Pattern ROLLING = Pattern.compile("M([+-]\\d{1,3})?\\.\\.M([+-]\\d{1,3})?");
  private static final Pattern CALENDAR_YEAR = Pattern.compile("N([+-]\\d{1,2})?");
  private static final Set<String> RULE_SET_FIELDS = Set.of("name", "base", "description");
  private static final Set<String> BENEFIT_RULES_FIELDS =
      Set.of("period", "periods", "experiment", "schedule", "decisionDay", "policy", "options", "parameters");
  private static final Set<String> POLICY_FIELDS =
      Set.of("regularise", "indus", "rappels", "correctedDataFeedFutureDecisions", "recoveryLimit",
          "frozenDecisionPaysCorrectedAmount");
  private static final String DEFAULT_BASE = "law";

  private RuleSetReader() {}

  /** The rule set of {@code node} (absent: {@code law}); it must define every benefit of {@code benefits}. */
  static RuleSet read(JsonNode node, Catalog catalog, List<Benefit> benefits) {
    String path = "ruleSet";
    RuleSet ruleSet;
    if (node == null || node.isNull()) {
      ruleSet = known(catalog, DEFAULT_BASE, path);
    } else if (node.isTextual()) {
      ruleSet = known(catalog, node.asText(), path);
    } else if (node.isObject()) {
      ruleSet = ruleSet(node, catalog, path, "timeline file");
    } else {
      throw new InvalidInputException(path, node, "must be a rule set's name or an object {\"name\", \"base\", \"AL\": ...}");
    }
    for (Benefit b : benefits) {
      if (!ruleSet.defines(b)) {
        throw new InvalidInputException(path, ruleSet.name(), "defines no rules for " + b);
      }
    }
    return ruleSet;
  }

  /**
   * The rule set of an object {@code {"name", "base", "description", "AL": BENEFIT_RULES, ...}} at
   * {@code path} (the prefix of every error's field), on the rule sets of {@code catalog};
   * {@code origin} ("scenario file") ends the default description.
   */
  public static RuleSet ruleSet(JsonNode node, Catalog catalog, String path, String origin) {
    if (!node.isObject()) {
      throw new InvalidInputException(path, node, "must be an object {\"name\", \"base\", \"AL\": ...}");
    }
    String name = Json.text(node, "name", path + ".name");
    String baseName = node.hasNonNull("base") ? Json.text(node, "base", path + ".base") : DEFAULT_BASE;
    RuleSet base = known(catalog, baseName, path + ".base");
    Map<Benefit, BenefitRules> rules = new EnumMap<>(Benefit.class);
    rules.putAll(base.benefits());
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      if (RULE_SET_FIELDS.contains(f.getKey())) {
        continue;
      }
      String fp = path + "." + f.getKey();
      Benefit benefit = Json.benefit(fp, f.getKey());
      if (!base.defines(benefit)) {
        throw new InvalidInputException(fp, f.getKey(), "is not defined by the base rule set " + baseName);
      }
      rules.put(benefit, benefitRules(f.getValue(), base.rules(benefit), benefit, fp));
    }
    String description = node.hasNonNull("description") ? Json.text(node, "description", path + ".description")
        : baseName + " with the changes of the " + origin;
    return new RuleSet(name, description, rules);
  }

  private static RuleSet known(Catalog catalog, String name, String path) {
    if (!catalog.ruleSets().containsKey(name)) {
      throw new InvalidInputException(path, name, "is not a known rule set (known: "
          + String.join(", ", catalog.ruleSets().keySet()) + ")");
    }
    return catalog.ruleSet(name);
  }

  /** {@code base} with the fields {@code node} gives replaced. */
  static BenefitRules benefitRules(JsonNode node, BenefitRules base, Benefit benefit, String path) {
    Json.object(node, path, BENEFIT_RULES_FIELDS);
    BenefitRules rules = base;
    if (node.hasNonNull("period")) {
      rules = rules.withDefaultPeriod(period(Json.text(node, "period", path + ".period"), path + ".period"));
    }
    if (node.hasNonNull("periods")) {
      JsonNode periods = node.get("periods");
      if (!periods.isObject()) {
        throw new InvalidInputException(path + ".periods", periods, "must be an object such as {\"alimonyReceived\": \"N-1\"}");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = periods.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        String fp = path + ".periods." + f.getKey();
        IncomeCategory category;
        try {
          category = IncomeCategory.ofKey(f.getKey());
        } catch (IllegalArgumentException e) {
          throw new InvalidInputException(fp, f.getKey(), "is not an income category");
        }
        if (!f.getValue().isTextual()) {
          throw new InvalidInputException(fp, f.getValue(), "must be a string such as \"N-1\"");
        }
        rules = rules.withPeriod(category, period(f.getValue().asText(), fp));
      }
    }
    if (node.hasNonNull("experiment")) {
      rules = experiment(node.get("experiment"), rules, path + ".experiment");
    }
    if (node.hasNonNull("schedule")) {
      rules = rules.withSchedule(schedule(node.get("schedule"), path + ".schedule"));
    }
    if (node.hasNonNull("decisionDay")) {
      int day = Json.integer(node.get("decisionDay"), path + ".decisionDay", 1, 28);
      rules = rules.withOption(DecisionTimeline.DECISION_DAY_OPTION, Integer.toString(day));
    }
    if (node.hasNonNull("policy")) {
      rules = rules.withPolicy(policy(node.get("policy"), path + ".policy"));
    }
    if (node.hasNonNull("options")) {
      rules = BenefitOptions.read(node.get("options"), rules, benefit, path + ".options");
    }
    if (node.hasNonNull("parameters")) {
      rules = ParameterOverrides.read(node.get("parameters"), rules, benefit, path + ".parameters");
    }
    return rules;
  }

  /**
   * {@code "none"} (no experiment: every household on the default period) or
   * {@code {"period": "M-4..M-2", "from": "2024-10"}}.
   */
  private static BenefitRules experiment(JsonNode node, BenefitRules rules, String path) {
    if (node.isTextual() && "none".equals(node.asText())) {
      return new BenefitRules(rules.defaultPeriod(), rules.periods(), Optional.empty(), rules.schedule(),
          rules.overrides(), rules.options(), rules.policy());
    }
    if (!node.isObject()) {
      throw new InvalidInputException(path, node, "must be \"none\" or {\"period\": \"M-4..M-2\", \"from\": \"YYYY-MM\"}");
    }
    Json.object(node, path, Set.of("period", "from"));
    ReferencePeriod period = period(Json.text(node, "period", path + ".period"), path + ".period");
    return rules.withExperiment(new BenefitRules.Experiment(period, Json.month(Json.required(node, "from", path + ".from"),
        path + ".from")));
  }

  /** {@code "M-13..M-2"} (rolling), {@code "N-1"} (calendar year): the labels of {@link ReferencePeriod}. */
  static ReferencePeriod period(String text, String path) {
    Matcher rolling = ROLLING.matcher(text);
    if (rolling.matches()) {
      int from = offset(rolling.group(1));
      int to = offset(rolling.group(2));
      if (to < from) {
        throw new InvalidInputException(path, text, "ends before it starts");
      }
      if (to > 0) {
        throw new InvalidInputException(path, text, "reaches after the month computed: a rule never reads a month after the month it computes");
      }
      return ReferencePeriod.rolling(from, to);
    }
    Matcher year = CALENDAR_YEAR.matcher(text);
    if (year.matches()) {
      int offset = offset(year.group(1));
      if (offset >= 0) {
        throw new InvalidInputException(path, text, "reaches after the month computed: a rule never reads a month after the month it computes");
      }
      return ReferencePeriod.calendarYear(offset);
    }
    throw new InvalidInputException(path, text, "is not a reference period such as \"M-13..M-2\" or \"N-1\"");
  }

  private static int offset(String signed) {
    return signed == null ? 0 : Integer.parseInt(signed);
  }

  private static RecalculationSchedule schedule(JsonNode node, String path) {
    Json.object(node, path, Set.of("every", "anchorMonth"));
    JsonNode every = Json.required(node, "every", path + ".every");
    int interval = Json.integer(every, path + ".every", 1, 12);
    if (12 % interval != 0) {
      throw new InvalidInputException(path + ".every", interval, "does not divide 12 (1, 2, 3, 4, 6 or 12)");
    }
    int anchor = node.hasNonNull("anchorMonth") ? Json.integer(node.get("anchorMonth"), path + ".anchorMonth", 1, 12) : 1;
    return RecalculationSchedule.every(interval, anchor);
  }

  private static RegularisationPolicy policy(JsonNode node, String path) {
    Json.object(node, path, POLICY_FIELDS);
    boolean regularise = !node.hasNonNull("regularise") || Json.bool(node.get("regularise"), path + ".regularise");
    RegularisationPolicy p = regularise ? RegularisationPolicy.alwaysRegularise() : RegularisationPolicy.neverRegularise();
    if (node.hasNonNull("indus")) {
      p = p.withIndus(limits(node.get("indus"), path + ".indus"));
    }
    if (node.hasNonNull("rappels")) {
      p = p.withRappels(limits(node.get("rappels"), path + ".rappels"));
    }
    if (node.hasNonNull("correctedDataFeedFutureDecisions")) {
      p = p.withCorrectedDataFeedingFutureDecisions(
          Json.bool(node.get("correctedDataFeedFutureDecisions"), path + ".correctedDataFeedFutureDecisions"));
    }
    if (node.hasNonNull("recoveryLimit")) {
      p = p.withRecoveryLimit(recoveryLimit(node.get("recoveryLimit"), path + ".recoveryLimit"));
    }
    if (node.hasNonNull("frozenDecisionPaysCorrectedAmount")) {
      p = p.withFrozenDecisionPayingCorrectedAmount(
          Json.bool(node.get("frozenDecisionPaysCorrectedAmount"), path + ".frozenDecisionPaysCorrectedAmount"));
    }
    return p;
  }

  private static RegularisationPolicy.Limits limits(JsonNode node, String path) {
    Json.object(node, path, Set.of("ceiling", "deMinimis"));
    Optional<Threshold> deMinimis = node.hasNonNull("deMinimis")
        ? Optional.of(threshold(node.get("deMinimis"), path + ".deMinimis")) : Optional.empty();
    Optional<Threshold> ceiling = node.hasNonNull("ceiling")
        ? Optional.of(threshold(node.get("ceiling"), path + ".ceiling")) : Optional.empty();
    return new RegularisationPolicy.Limits(deMinimis, ceiling);
  }

  private static Threshold threshold(JsonNode node, String path) {
    Json.object(node, path, Set.of("euros", "monthsOfRight"));
    if (node.size() != 1) {
      throw new InvalidInputException(path, node, "must be {\"euros\": number} or {\"monthsOfRight\": number}");
    }
    if (node.has("euros")) {
      return new Threshold(Threshold.Unit.EUROS, nonNegative(node.get("euros"), path + ".euros"));
    }
    return new Threshold(Threshold.Unit.MONTHS_OF_RIGHT, nonNegative(node.get("monthsOfRight"), path + ".monthsOfRight"));
  }

  private static long nonNegative(JsonNode v, String path) {
    BigDecimal d = Json.number(v, path);
    if (d.signum() < 0) {
      throw new InvalidInputException(path, v, "is negative");
    }
    try {
      return Fixed.of(d);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(path, v, "has more than 9 decimals or is too large");
    }
  }

  private static RecoveryLimit recoveryLimit(JsonNode node, String path) {
    if (node.isTextual() && "none".equals(node.asText())) {
      return RecoveryLimit.none();
    }
    if (node.isTextual() && "legal".equals(node.asText())) {
      return RecoveryLimit.legal();
    }
    if (node.isIntegralNumber()) {
      return RecoveryLimit.months(Json.integer(node, path, 1, 1200));
    }
    throw new InvalidInputException(path, node, "is not \"none\", \"legal\" or a number of months");
  }
}
