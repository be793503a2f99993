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
      Set.of("id", "description", "span", "calculator", "benefits", "ruleSet", "household", "changes");

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
    Map<java.time.YearMonth, TimelineFile.Learnt> learnt = new java.util.TreeMap<>();
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
    return new TimelineFile(id, description, span, calculator, rules, ruleSet, household, changes, learnt);
  }

  /** A change's {@code knownOn} (default: the first day of its month), {@code origin} and {@code what}. */
  private static TimelineFile.Learnt learnt(JsonNode c, String path, java.time.YearMonth from) {
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
    return new TimelineFile.Learnt(knownOn, origin, what);
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
