package fr.benefitcalc.rsapa.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.household.Role;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A minimal reader of the shared case format (spec/case-format.md), test scope only: enough of it
 * for the RSA and prime d'activité (the command line's reader lives in calc-lab).
 */
final class ReferenceCases {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One case: id, month, household, expected amounts by benefit, tolerance by benefit. */
  record Case(String id, YearMonth month, List<String> benefits, Household household, Map<String, BigDecimal> expected,
      Map<String, BigDecimal> tolerance, boolean alGiven) {}

  private ReferenceCases() {}

  static List<Case> read(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    List<Case> out = new ArrayList<>();
    for (JsonNode c : root.get("cases")) {
      out.add(toCase(c));
    }
    return out;
  }

  private static Case toCase(JsonNode c) {
    String id = c.get("id").asText();
    YearMonth month = YearMonth.parse(c.get("month").asText());
    List<String> benefits = new ArrayList<>();
    c.get("benefits").forEach(b -> benefits.add(b.asText()));
    JsonNode h = c.get("household");
    Household.Builder b = Household.builder(id);
    List<JsonNode> persons = new ArrayList<>();
    h.get("persons").forEach(persons::add);
    ResourceHistory.Builder res = ResourceHistory.builder(persons.size());
    for (int i = 0; i < persons.size(); i++) {
      JsonNode p = persons.get(i);
      Person person = new Person(p.get("id").asText(),
          "adult".equals(p.get("role").asText()) ? Role.ADULT : Role.CHILD,
          LocalDate.parse(p.get("birthDate").asText()), flag(p, "student"), flag(p, "scholarship"),
          flag(p, "pregnant"), flag(p, "retired"),
          p.has("unemployedSince") ? Optional.of(LocalDate.parse(p.get("unemployedSince").asText())) : Optional.empty(),
          flag(p, "disabled"));
      b.person(person);
      JsonNode incomes = p.get("incomes");
      if (incomes != null) {
        for (Iterator<Map.Entry<String, JsonNode>> it = incomes.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          IncomeCategory cat = IncomeCategory.ofKey(e.getKey());
          JsonNode v = e.getValue();
          if (v.isNumber()) {
            res.constant(i, cat, amount(v));
          } else if (cat.isAnnual()) {
            for (Iterator<Map.Entry<String, JsonNode>> y = v.fields(); y.hasNext(); ) {
              Map.Entry<String, JsonNode> ye = y.next();
              res.annual(i, cat, Integer.parseInt(ye.getKey()), amount(ye.getValue()));
            }
          } else {
            for (Iterator<Map.Entry<String, JsonNode>> mo = v.fields(); mo.hasNext(); ) {
              Map.Entry<String, JsonNode> me = mo.next();
              res.value(i, cat, YearMonth.parse(me.getKey()), amount(me.getValue()));
            }
          }
        }
      }
    }
    b.resources(res.build());
    boolean alGiven = false;
    JsonNode received = h.get("benefitsReceived");
    if (received != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = received.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        ReceivedBenefit rb = ReceivedBenefit.ofKey("benefitsReceived", e.getKey());
        alGiven |= rb == ReceivedBenefit.AL;
        b.received(rb, monthly(e.getValue()));
      }
    }
    JsonNode housing = h.get("housing");
    if (housing != null) {
      HousingStatus status = HousingStatus.ofKey("housing.status", housing.get("status").asText());
      MonthlyAmounts rent = housing.has("rent") ? monthly(housing.get("rent")) : MonthlyAmounts.none();
      int zone = housing.has("zone") ? housing.get("zone").asInt() : 0;
      boolean conv = housing.has("conventionne") ? housing.get("conventionne").asBoolean() : status == HousingStatus.SOCIAL_TENANT;
      b.housing(new Housing(status, rent, zone, conv, flag(housing, "shared"), flag(housing, "room")));
    }
    b.recentIsolation(flag(h, "recentIsolation"));
    b.rsaPaExperiment(flag(h, "rsaPaExperiment"));
    Map<String, BigDecimal> expected = new HashMap<>();
    if (c.has("expected")) {
      c.get("expected").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().decimalValue()));
    }
    Map<String, BigDecimal> tolerance = new HashMap<>();
    JsonNode tol = c.get("tolerance");
    for (String benefit : benefits) {
      BigDecimal t = new BigDecimal("0.01");
      if (tol != null && tol.isNumber()) {
        t = tol.decimalValue();
      } else if (tol != null && tol.has(benefit)) {
        t = tol.get(benefit).decimalValue();
      }
      tolerance.put(benefit, t);
    }
    return new Case(id, month, benefits, b.build(), expected, tolerance, alGiven);
  }

  private static boolean flag(JsonNode n, String field) {
    return n.has(field) && n.get(field).asBoolean();
  }

  private static long amount(JsonNode v) {
    return Fixed.of(v.decimalValue());
  }

  private static MonthlyAmounts monthly(JsonNode v) {
    if (v.isNumber()) {
      return MonthlyAmounts.constant(amount(v));
    }
    Map<YearMonth, Long> m = new HashMap<>();
    v.fields().forEachRemaining(e -> m.put(YearMonth.parse(e.getKey()), amount(e.getValue())));
    return MonthlyAmounts.byMonth(m);
  }
}
