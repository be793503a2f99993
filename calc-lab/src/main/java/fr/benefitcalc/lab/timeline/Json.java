package fr.benefitcalc.lab.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.rules.Benefit;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/** Field readers of the timeline file: each error is an {@link InvalidInputException} naming the field and value. */
final class Json {
  private Json() {}

  static JsonNode required(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new InvalidInputException(path, "null", "is required");
    }
    return v;
  }

  static String text(JsonNode n, String field, String path) {
    JsonNode v = required(n, field, path);
    if (!v.isTextual()) {
      throw new InvalidInputException(path, v, "must be a string");
    }
    return v.asText();
  }

  /** Checks that {@code node} is an object whose fields are all in {@code allowed} ({@code path} "" for the file). */
  static void object(JsonNode node, String path, Set<String> allowed) {
    if (!node.isObject()) {
      throw new InvalidInputException(path.isEmpty() ? "(file)" : path, node, "must be an object");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw new InvalidInputException(path.isEmpty() ? f : path + "." + f, f, "is not a known field (known: "
            + String.join(", ", new TreeSet<>(allowed)) + ")");
      }
    }
  }

  static int integer(JsonNode v, String path, int min, int max) {
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
      throw new InvalidInputException(path, v, "is not a whole number from " + min + " to " + max);
    }
    return v.asInt();
  }

  static boolean bool(JsonNode v, String path) {
    if (!v.isBoolean()) {
      throw new InvalidInputException(path, v, "must be true or false");
    }
    return v.asBoolean();
  }

  static BigDecimal number(JsonNode v, String path) {
    if (!v.isNumber()) {
      throw new InvalidInputException(path, v, "is not a number");
    }
    return v.decimalValue();
  }

  static YearMonth month(JsonNode v, String path) {
    if (!v.isTextual()) {
      throw new InvalidInputException(path, v, "is not a month (YYYY-MM)");
    }
    try {
      return YearMonth.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(path, v.asText(), "is not a month (YYYY-MM)");
    }
  }

  static Benefit benefit(String path, String key) {
    try {
      return Benefit.valueOf(key);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(path, key, "is not a benefit (AL, RSA, PA)");
    }
  }
}
