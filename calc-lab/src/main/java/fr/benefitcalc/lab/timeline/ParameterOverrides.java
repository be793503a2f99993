package fr.benefitcalc.lab.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.lab.cases.Plausibility;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.parameters.Timeline;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.api.ParameterCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code parameters} of a BENEFIT_RULES: legal parameters replaced from a date on, a reform given
 * as data. {@code {"rsa.montant_forfaitaire.base": [{"from": "2025-04-01", "value": 700, "source":
 * "..."}]}}: each value holds from its {@code from} to the day before the next one's, the last to the
 * end of the parameter's coverage (2026-12-31); before the first {@code from}, the base rule set's
 * values (and sources) are kept, so the parameter still covers 2021-01-01..2026-12-31 and a month
 * before stays an error. Only scalar parameters can be given: amounts in euros and rates (1.0 = 100 %)
 * as decimal numbers, ages and counts as whole numbers ({@link ParameterCatalog.Kind}).
 */
final class ParameterOverrides {
  private static final Set<String> ENTRY_FIELDS = Set.of("from", "value", "source");

  private ParameterOverrides() {}

  static BenefitRules read(JsonNode node, BenefitRules rules, Benefit benefit, String path) {
    if (!node.isObject()) {
      throw new InvalidInputException(path, node, "must be an object of parameter names such as "
          + "{\"al.amount.flatReduction\": [{\"from\": \"2025-01-01\", \"value\": 0, \"source\": \"...\"}]}");
    }
    BenefitRules out = rules;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      String fp = path + "." + f.getKey();
      Timeline<?> legal = ParameterCatalog.timeline(benefit, f.getKey()).orElseThrow(() -> new InvalidInputException(fp,
          f.getKey(), "is not a parameter of the " + benefit + " rules (known: " + names(benefit) + ")"));
      ParameterCatalog.Kind kind = ParameterCatalog.kind(legal);
      if (kind == ParameterCatalog.Kind.TABLE) {
        throw new InvalidInputException(fp, f.getKey(), "is a scale (" + legal.steps().get(0).value().getClass().getSimpleName()
            + "), which a file cannot give: only amounts, rates and whole numbers");
      }
      out = out.withOverride(override(f.getValue(), out.parameter(legal), kind, fp));
    }
    return out;
  }

  private static String names(Benefit benefit) {
    List<String> names = new ArrayList<>();
    for (Timeline<?> t : ParameterCatalog.timelines(benefit)) {
      if (ParameterCatalog.kind(t) != ParameterCatalog.Kind.TABLE) {
        names.add(t.name());
      }
    }
    return String.join(", ", names);
  }

  private static Timeline<Object> override(JsonNode entries, Timeline<?> base, ParameterCatalog.Kind kind, String path) {
    if (!entries.isArray() || entries.isEmpty()) {
      throw new InvalidInputException(path, entries, "must be a non-empty array of {\"from\", \"value\", \"source\"}");
    }
    List<LocalDate> froms = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonNode e = entries.get(i);
      String ep = path + "[" + i + "]";
      Json.object(e, ep, ENTRY_FIELDS);
      LocalDate from = date(Json.text(e, "from", ep + ".from"), ep + ".from");
      if (from.isBefore(base.firstDay()) || from.isAfter(base.lastDay())) {
        throw new InvalidInputException(ep + ".from", from, "is outside the parameter's coverage " + base.firstDay()
            + ".." + base.lastDay());
      }
      if (!froms.isEmpty() && !from.isAfter(froms.get(froms.size() - 1))) {
        throw new InvalidInputException(ep + ".from", from, "is not after the previous value's from");
      }
      String source = Json.text(e, "source", ep + ".source");
      if (source.isBlank()) {
        throw new InvalidInputException(ep + ".source", source, "is blank: every parameter value needs its source");
      }
      froms.add(from);
      values.add(value(Json.required(e, "value", ep + ".value"), base, kind, ep + ".value"));
      sources.add(source);
    }
    Timeline.Builder<Object> b = Timeline.named(base.name());
    for (Timeline.Step<?> s : base.steps()) {
      if (s.from().isBefore(froms.get(0))) {
        LocalDate until = s.until().isBefore(froms.get(0)) ? s.until() : froms.get(0).minusDays(1);
        b.period(s.from(), until, s.value(), s.source());
      }
    }
    for (int i = 0; i < froms.size(); i++) {
      LocalDate until = i + 1 < froms.size() ? froms.get(i + 1).minusDays(1) : base.lastDay();
      b.period(froms.get(i), until, values.get(i), sources.get(i));
    }
    return b.build();
  }

  /** The largest value of an amount or rate parameter accepted (assumption, as {@link Plausibility#MAX_ANNUAL}). */
  private static final BigDecimal MAX_AMOUNT = Fixed.toBigDecimal(Plausibility.MAX_ANNUAL);
  /** The largest age or count accepted. */
  private static final int MAX_WHOLE = 1_000;

  private static Object value(JsonNode v, Timeline<?> base, ParameterCatalog.Kind kind, String path) {
    BigDecimal d = Json.number(v, path);
    // the domain of a legal parameter: never negative where the law never makes it negative, and plausible
    boolean everNegative = base.steps().stream().anyMatch(s -> s.value() instanceof Number n && n.doubleValue() < 0);
    if (d.signum() < 0 && !everNegative) {
      throw new InvalidInputException(path, v, "is negative: " + base.name() + " is 0 or more");
    }
    if (d.abs().compareTo(kind == ParameterCatalog.Kind.AMOUNT_OR_RATE ? MAX_AMOUNT : BigDecimal.valueOf(MAX_WHOLE)) > 0) {
      throw new InvalidInputException(path, v, "is not plausible for " + base.name() + ": above "
          + (kind == ParameterCatalog.Kind.AMOUNT_OR_RATE ? MAX_AMOUNT.toPlainString() : MAX_WHOLE));
    }
    if (kind == ParameterCatalog.Kind.AMOUNT_OR_RATE) {
      try {
        return Fixed.of(d);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(path, v, "has more than 9 decimals or is too large");
      }
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw new InvalidInputException(path, v, "is not a whole number (" + base.name() + " is an age or a count)");
    }
    return base.steps().get(0).value() instanceof Integer ? (Object) v.asInt() : (Object) v.asLong();
  }

  private static LocalDate date(String text, String path) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(path, text, "is not a date (YYYY-MM-DD)");
    }
  }
}
