package fr.benefitcalc.lab.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.lab.cases.CaseReader;
import fr.benefitcalc.lab.catalog.Catalog;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a timeline file (docs/timeline-format.md). The household is read by {@link CaseReader} (the
 * case format, incomes dated by the day each value became known); the rule set by
 * {@link RuleSetReader}.
 *
 * <p>An unreadable file (missing, not JSON) is a {@link CaseReader.UnreadableFileException}; invalid
 * content an {@link InvalidInputException} naming the field and the value, e.g.
 * {@code span.first: '2024-13' is not a month (YYYY-MM)}.
 */
public final class TimelineFileReader {
  private static final Set<String> FIELDS =
      Set.of("id", "description", "span", "calculator", "benefits", "ruleSet", "household", "changes", "errors");

  private TimelineFileReader() {}

  /** The timeline file at {@code file}, its rules and rule sets taken from {@code catalog}. */
  public static TimelineFile read(Path file, Catalog catalog) {
    return read(CaseReader.readTree(file), catalog);
  }

  /** A parsed timeline file. */
  public static TimelineFile read(JsonNode root, Catalog catalog) {
    Json.object(root, "", FIELDS);
    String id = Json.text(root, "id", "id");
    Optional<String> description = root.hasNonNull("description")
        ? Optional.of(Json.text(root, "description", "description")) : Optional.empty();
    MonthRange span = span(Json.required(root, "span", "span"));
    Calculator calculator = root.hasNonNull("calculator")
        ? Calculator.ofKey("calculator", Json.text(root, "calculator", "calculator")) : Calculator.LAW;
    List<Benefit> benefits = benefits(Json.required(root, "benefits", "benefits"));
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    for (int i = 0; i < benefits.size(); i++) {
      rules.put(benefits.get(i), calculator.rule(benefits.get(i), catalog, "benefits[" + i + "]"));
    }
    RuleSet ruleSet = RuleSetReader.read(root.get("ruleSet"), catalog, benefits);
    Household household = CaseReader.household(id, Json.required(root, "household", "household"),
        calculator.needsHousing() && benefits.contains(Benefit.AL), span);
    Map<java.time.YearMonth, Household> changes = new java.util.TreeMap<>();
    Map<java.time.YearMonth, fr.benefitcalc.testkit.generators.TimelineCase.Learnt> learnt = new java.util.TreeMap<>();
    if (root.hasNonNull("changes")) {
      JsonNode list = root.get("changes");
      if (!list.isArray()) {
        throw new InvalidInputException("changes", list, "must be an array of {\"from\": \"YYYY-MM\", \"household\": ...}");
      }
      for (int i = 0; i < list.size(); i++) {
        String path = "changes[" + i + "]";
        JsonNode c = list.get(i);
        Json.object(c, path, Set.of("from", "household", "knownOn", "origin", "what"));
        String fromText = Json.text(c, "from", path + ".from");
        java.time.YearMonth from;
        try {
          from = java.time.YearMonth.parse(fromText);
        } catch (java.time.format.DateTimeParseException e) {
          throw new InvalidInputException(path + ".from", fromText, "is not a month (YYYY-MM)");
        }
        if (changes.containsKey(from)) {
          throw new InvalidInputException(path + ".from", fromText, "is given twice");
        }
        if (c.has("knownOn") || c.has("origin") || c.has("what")) {
          learnt.put(from, learnt(c, path, from));
        }
        try {
          changes.put(from, CaseReader.household(id, Json.required(c, "household", path + ".household"),
              calculator.needsHousing() && benefits.contains(Benefit.AL), span));
        } catch (InvalidInputException e) {
          throw new InvalidInputException(path + "." + e.field(), e.value(), e.getMessage().substring(
              e.getMessage().indexOf("' ") + 2));
        }
      }
    }
    List<fr.benefitcalc.testkit.generators.TimelineCase.HeldError> errors = root.hasNonNull("errors")
        ? errors(id, root.get("errors"), calculator.needsHousing() && benefits.contains(Benefit.AL), span) : List.of();
    return new TimelineFile(id, description, span, calculator, rules, ruleSet, household, changes, learnt, errors);
  }

  /**
   * The wrong situations the agency holds: {@code [{"from": "YYYY-MM", "household": HOUSEHOLD, "enteredOn":
   * "YYYY-MM-DD", "correctedOn": "YYYY-MM-DD", "origin": "control"|"processing", "what": "..."}, ...]}; every error
   * names the household, the field (e.g. {@code errors[0].correctedOn}) and the value.
   */
  private static List<fr.benefitcalc.testkit.generators.TimelineCase.HeldError> errors(String id, JsonNode list, boolean needsHousing, MonthRange span) {
    if (!list.isArray()) {
      throw new InvalidInputException(id, "errors", list, "must be an array of {\"from\": \"YYYY-MM\", \"household\": ...,"
          + " \"correctedOn\": \"YYYY-MM-DD\", \"origin\": \"control\" or \"processing\"}");
    }
    List<fr.benefitcalc.testkit.generators.TimelineCase.HeldError> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "errors[" + i + "]";
      JsonNode e = list.get(i);
      try {
        Json.object(e, path, Set.of("from", "household", "enteredOn", "correctedOn", "origin", "what"));
        Json.required(e, "from", path + ".from");
        Json.required(e, "correctedOn", path + ".correctedOn");
        Json.required(e, "origin", path + ".origin");
        Json.required(e, "household", path + ".household");
      } catch (InvalidInputException x) {
        throw new InvalidInputException(id, x.field(), x.value(), x.reason());
      }
      String fromText = text(id, e, "from", path);
      YearMonth from;
      try {
        from = YearMonth.parse(fromText);
      } catch (java.time.format.DateTimeParseException x) {
        throw new InvalidInputException(id, path + ".from", fromText, "is not a month (YYYY-MM)");
      }
      java.time.LocalDate enteredOn = e.has("enteredOn") ? date(id, e, "enteredOn", path) : from.atDay(1);
      java.time.LocalDate correctedOn = date(id, e, "correctedOn", path);
      if (!correctedOn.isAfter(enteredOn)) {
        throw new InvalidInputException(id, path + ".correctedOn", correctedOn, "is not after the day the error was"
            + " entered, " + enteredOn + (e.has("enteredOn") ? "" : " (enteredOn: by default the first day of from)"));
      }
      String originText = text(id, e, "origin", path);
      fr.benefitcalc.core.timeline.explain.Cause.SituationKnown.Origin origin = switch (originText) {
        case "control" -> fr.benefitcalc.core.timeline.explain.Cause.SituationKnown.Origin.CONTROL;
        case "processing" -> fr.benefitcalc.core.timeline.explain.Cause.SituationKnown.Origin.PROCESSING;
        default -> throw new InvalidInputException(id, path + ".origin", originText, "is not control (a situation"
            + " declared wrong, found by a control) or processing (an agent's input error)");
      };
      String what = e.has("what") ? text(id, e, "what", path) : "wrong situation";
      Household believed;
      try {
        believed = CaseReader.household(id, e.get("household"), needsHousing, span);
      } catch (InvalidInputException x) {
        throw new InvalidInputException(id, path + "." + x.field(), x.value(), x.reason());
      }
      out.add(new fr.benefitcalc.testkit.generators.TimelineCase.HeldError(from, believed, enteredOn, correctedOn, origin, what));
    }
    return out;
  }

  private static String text(String id, JsonNode node, String field, String path) {
    try {
      return Json.text(node, field, path + "." + field);
    } catch (InvalidInputException x) {
      throw new InvalidInputException(id, x.field(), x.value(), x.reason());
    }
  }

  private static java.time.LocalDate date(String id, JsonNode node, String field, String path) {
    String t = text(id, node, field, path);
    try {
      return java.time.LocalDate.parse(t);
    } catch (java.time.format.DateTimeParseException x) {
      throw new InvalidInputException(id, path + "." + field, t, "is not a date (YYYY-MM-DD)");
    }
  }

  /** A change's {@code knownOn} (default: the first day of its month), {@code origin} and {@code what}. */
  private static fr.benefitcalc.testkit.generators.TimelineCase.Learnt learnt(JsonNode c, String path, java.time.YearMonth from) {
    java.time.LocalDate knownOn = from.atDay(1);
    if (c.has("knownOn")) {
      String text = Json.text(c, "knownOn", path + ".knownOn");
      try {
        knownOn = java.time.LocalDate.parse(text);
      } catch (java.time.format.DateTimeParseException e) {
        throw new InvalidInputException(path + ".knownOn", text, "is not a date (YYYY-MM-DD)");
      }
    }
    fr.benefitcalc.core.timeline.explain.Cause.SituationKnown.Origin origin =
        fr.benefitcalc.core.timeline.explain.Cause.SituationKnown.Origin.DECLARED;
    if (c.has("origin")) {
      String text = Json.text(c, "origin", path + ".origin");
      switch (text) {
        case "declared" -> origin = fr.benefitcalc.core.timeline.explain.Cause.SituationKnown.Origin.DECLARED;
        case "control" -> origin = fr.benefitcalc.core.timeline.explain.Cause.SituationKnown.Origin.CONTROL;
        default -> throw new InvalidInputException(path + ".origin", text, "is not declared or control");
      }
    }
    String what = c.has("what") ? Json.text(c, "what", path + ".what") : "new situation";
    return new fr.benefitcalc.testkit.generators.TimelineCase.Learnt(knownOn, origin, what);
  }

  private static MonthRange span(JsonNode node) {
    Json.object(node, "span", Set.of("first", "last"));
    YearMonth first = Json.month(Json.required(node, "first", "span.first"), "span.first");
    YearMonth last = Json.month(Json.required(node, "last", "span.last"), "span.last");
    if (last.isBefore(first)) {
      throw new InvalidInputException("span.last", last, "is before span.first " + first);
    }
    return MonthRange.of(first, last);
  }

  private static List<Benefit> benefits(JsonNode node) {
    if (!node.isArray() || node.isEmpty()) {
      throw new InvalidInputException("benefits", node, "must be a non-empty array of \"AL\", \"RSA\", \"PA\"");
    }
    List<Benefit> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String path = "benefits[" + i + "]";
      if (!node.get(i).isTextual()) {
        throw new InvalidInputException(path, node.get(i), "is not a benefit (AL, RSA, PA)");
      }
      Benefit b = Json.benefit(path, node.get(i).asText());
      if (out.contains(b)) {
        throw new InvalidInputException(path, b, "is listed twice");
      }
      out.add(b);
    }
    return out;
  }
}
