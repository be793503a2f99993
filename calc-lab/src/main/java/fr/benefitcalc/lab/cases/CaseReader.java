package fr.benefitcalc.lab.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.household.Foyer;
import fr.benefitcalc.core.household.Loan;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.household.Role;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.lab.input.InputText;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.joda.money.Money;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the case format ({@code shared/spec/case-format.md}) with Jackson. Each case is read on its
 * own: an invalid case becomes an entry with an error naming the field and the value
 * (e.g. {@code household.persons[0].birthDate: 'x' is not a date}), and the others are still read.
 *
 * <p>Beyond the contract, a MONTHLY income may give, for a month, several values with the date each
 * became known: {@code {"2024-06": [{"amount": 1200, "knownOn": "2024-07-10"}, {"amount": 1350,
 * "knownOn": "2024-11-05"}]}} (used by the timeline), and the key {@code "otherMonths"} gives the
 * amount of every month not listed (default 0). Two values of one month known on the same date are an
 * error naming the second one.
 */
public final class CaseReader {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS); // one document per file, nothing after it

  /** The key of a dated MONTHLY income giving the amount of every month not listed. */
  public static final String OTHER_MONTHS = "otherMonths";

  private CaseReader() {}

  /** The JSON tree of a file; an unreadable file is an {@link UnreadableFileException}. */
  public static JsonNode readTree(Path file) {
    try {
      // one JSON document, nothing after it (FAIL_ON_TRAILING_TOKENS); UTF-8 with or without its mark
      return MAPPER.readTree(InputText.read(file));
    } catch (JsonProcessingException e) {
      throw new UnreadableFileException(InputText.parseError(file, "JSON", e), e);
    } catch (InputText.MalformedInputFileException e) {
      throw new UnreadableFileException(e.getMessage(), e);
    } catch (IOException e) {
      throw new UnreadableFileException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** Every case of a file, valid or not, in file order. */
  public static List<CaseEntry> read(Path file) {
    return read(readTree(file));
  }

  /** Every case of a parsed file {@code {"cases": [...]}}, valid or not, in order. */
  public static List<CaseEntry> read(JsonNode root) {
    JsonNode cases = root == null ? null : root.get("cases");
    if (cases == null || !cases.isArray()) {
      throw new UnreadableFileException("the file has no \"cases\" array", null);
    }
    List<CaseEntry> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < cases.size(); i++) {
      JsonNode c = cases.get(i);
      String id = c.hasNonNull("id") && c.get("id").isTextual() ? c.get("id").asText() : "cases[" + i + "]";
      Optional<String> month = c.hasNonNull("month") ? Optional.of(c.get("month").asText()) : Optional.empty();
      try {
        if (!c.hasNonNull("id")) {
          throw new InvalidInputException("id", "null", "is required");
        }
        if (!ids.add(id)) {
          throw new InvalidInputException("id", id, "is not unique in the file");
        }
        out.add(CaseEntry.valid(i, readCase(c)));
      } catch (RuntimeException e) {
        out.add(CaseEntry.invalid(i, id, month, message(e)));
      }
    }
    return out;
  }

  /** One case; an invalid one is an {@link InvalidInputException} naming the field and value. */
  public static BenefitCase readCase(JsonNode c) {
    String id = text(c, "id", "id");
    YearMonth month = month(required(c, "month", "month"), "month");
    List<Benefit> benefits = new ArrayList<>();
    JsonNode bs = required(c, "benefits", "benefits");
    if (!bs.isArray() || bs.isEmpty()) {
      throw new InvalidInputException("benefits", bs, "must be a non-empty array of \"AL\", \"RSA\", \"PA\"");
    }
    for (int i = 0; i < bs.size(); i++) {
      String b = bs.get(i).asText();
      try {
        Benefit benefit = Benefit.valueOf(b);
        if (benefits.contains(benefit)) {
          throw new InvalidInputException("benefits[" + i + "]", b, "is listed twice");
        }
        benefits.add(benefit);
      } catch (IllegalArgumentException e) {
        if (e instanceof InvalidInputException) {
          throw e;
        }
        throw new InvalidInputException("benefits[" + i + "]", b, "is not a benefit (AL, RSA, PA)");
      }
    }
    String rules = c.hasNonNull("rules") ? text(c, "rules", "rules") : "law";
    Household household = household(id, required(c, "household", "household"), benefits.contains(Benefit.AL),
        MonthRange.of(month, month));
    Map<Benefit, BigDecimal> expected = new EnumMap<>(Benefit.class);
    if (c.hasNonNull("expected")) {
      JsonNode e = c.get("expected");
      if (!e.isObject()) {
        throw new InvalidInputException("expected", e, "must be an object such as {\"AL\": 59.44}");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        expected.put(benefitKey("expected." + f.getKey(), f.getKey()), number(f.getValue(), "expected." + f.getKey()));
      }
    }
    Map<Benefit, BigDecimal> tolerance = new EnumMap<>(Benefit.class);
    if (c.hasNonNull("tolerance")) {
      JsonNode t = c.get("tolerance");
      if (t.isNumber()) {
        BigDecimal all = nonNegative(t, "tolerance");
        for (Benefit b : Benefit.values()) {
          tolerance.put(b, all);
        }
      } else if (t.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext();) {
          Map.Entry<String, JsonNode> f = it.next();
          tolerance.put(benefitKey("tolerance." + f.getKey(), f.getKey()), nonNegative(f.getValue(), "tolerance." + f.getKey()));
        }
      } else {
        throw new InvalidInputException("tolerance", t, "must be a number or an object");
      }
    }
    Optional<String> description = c.hasNonNull("description") ? Optional.of(c.get("description").asText()) : Optional.empty();
    return new BenefitCase(id, month, benefits, rules, household, expected, tolerance, description);
  }

  /** A household of the case format; {@code needsHousing} when the AL is asked. */
  public static Household household(String id, JsonNode h, boolean needsHousing) {
    return household(id, h, needsHousing, Optional.empty());
  }

  /**
   * A household of the case format for a computation of the months {@code computed}: its persons' birth dates
   * must not be after them ({@link Plausibility#birth}), and a tenant's rent given by months must list each of them
   * (months not listed are 0: a missing value, not a free dwelling).
   */
  public static Household household(String id, JsonNode h, boolean needsHousing, MonthRange computed) {
    return household(id, h, needsHousing, Optional.of(computed));
  }

  private static Household household(String id, JsonNode h, boolean needsHousing, Optional<MonthRange> computed) {
    String path = "household";
    if (!h.isObject()) {
      throw new InvalidInputException(path, h, "must be an object");
    }
    JsonNode ps = required(h, "persons", path + ".persons");
    if (!ps.isArray() || ps.isEmpty()) {
      throw new InvalidInputException(path + ".persons", ps, "must be a non-empty array");
    }
    Plausibility.persons(path + ".persons", ps.size());
    List<Person> persons = new ArrayList<>();
    ResourceHistory.Builder resources = ResourceHistory.builder(ps.size());
    for (int i = 0; i < ps.size(); i++) {
      Person person = person(ps.get(i), path + ".persons[" + i + "]", i, resources);
      if (computed.isPresent()) {
        Plausibility.birth(path + ".persons[" + i + "].birthDate", person.birthDate(), computed.get().last());
      }
      persons.add(person);
    }
    long adults = persons.stream().filter(Person::isAdult).count();
    boolean couple = adults == 2;
    if (h.hasNonNull("couple")) {
      JsonNode cp = h.get("couple");
      if (!cp.isBoolean()) {
        throw new InvalidInputException(path + ".couple", cp, "must be true or false");
      }
      if (cp.asBoolean() != couple) {
        throw new InvalidInputException(path + ".couple", cp.asBoolean(), "does not match the " + adults + " adult(s)");
      }
    }
    Optional<Housing> housing = Optional.empty();
    if (h.hasNonNull("housing")) {
      housing = Optional.of(housing(h.get("housing"), path + ".housing"));
      MonthlyAmounts rent = housing.get().rent();
      if (housing.get().status().isTenant() && computed.isPresent() && rent.otherMonths() == 0
          && !rent.listedMonths().isEmpty()) {
        for (YearMonth m : computed.get()) {
          if (!rent.listedMonths().containsKey(m)) {
            throw new InvalidInputException(path + ".housing.rent", h.get("housing").get("rent"), "gives no rent for "
                + m + ", a month computed (list every month computed, or give one number for every month)");
          }
        }
      }
    } else if (needsHousing) {
      throw new InvalidInputException(path + ".housing", "null", "is required for AL");
    }
    Map<ReceivedBenefit, MonthlyAmounts> received = new EnumMap<>(ReceivedBenefit.class);
    if (h.hasNonNull("benefitsReceived")) {
      JsonNode br = h.get("benefitsReceived");
      if (!br.isObject()) {
        throw new InvalidInputException(path + ".benefitsReceived", br, "must be an object");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = br.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        String fp = path + ".benefitsReceived." + f.getKey();
        ReceivedBenefit rb = ReceivedBenefit.ofKey(fp, f.getKey());
        MonthlyAmounts amounts = monthlyAmounts(f.getValue(), fp);
        if (amounts.hasNegative()) {
          throw new InvalidInputException(fp, f.getValue(), "is negative");
        }
        received.put(rb, amounts);
      }
    }
    Optional<Money> base = Optional.empty();
    if (h.hasNonNull("resourceBase")) {
      JsonNode rb = h.get("resourceBase");
      if (!rb.isObject()) {
        throw new InvalidInputException(path + ".resourceBase", rb, "must be an object such as {\"AL\": 13000}");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = rb.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        if (!"AL".equals(f.getKey())) {
          throw new InvalidInputException(path + ".resourceBase." + f.getKey(), f.getKey(), "is not supported (only AL)");
        }
        base = Optional.of(Euros.ofFixedInput(path + ".resourceBase.AL", Plausibility.annual(path + ".resourceBase.AL",
            Fixed.of(nonNegative(f.getValue(), path + ".resourceBase.AL")), f.getValue())));
      }
    }
    return new Household(id, persons, couple, housing, received, bool(h, "recentIsolation", path),
        bool(h, "rsaPaExperiment", path), base, resources.build());
  }

  private static Person person(JsonNode p, String path, int index, ResourceHistory.Builder resources) {
    if (!p.isObject()) {
      throw new InvalidInputException(path, p, "must be an object");
    }
    String pid = text(p, "id", path + ".id");
    String roleText = text(p, "role", path + ".role");
    Role role;
    switch (roleText) {
      case "adult": role = Role.ADULT; break;
      case "child": role = Role.CHILD; break;
      default: throw new InvalidInputException(path + ".role", roleText, "is not \"adult\" or \"child\"");
    }
    LocalDate birth = date(required(p, "birthDate", path + ".birthDate"), path + ".birthDate");
    Optional<LocalDate> unemployed = p.hasNonNull("unemployedSince")
        ? Optional.of(date(p.get("unemployedSince"), path + ".unemployedSince")) : Optional.empty();
    if (p.hasNonNull("incomes")) {
      JsonNode inc = p.get("incomes");
      if (!inc.isObject()) {
        throw new InvalidInputException(path + ".incomes", inc, "must be an object");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = inc.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        String fp = path + ".incomes." + f.getKey();
        IncomeCategory category;
        try {
          category = IncomeCategory.ofKey(f.getKey());
        } catch (IllegalArgumentException e) {
          throw new InvalidInputException(fp, f.getKey(), "is not an income category");
        }
        income(resources, index, category, f.getValue(), fp);
      }
    }
    return new Person(pid, role, birth, bool(p, "student", path), bool(p, "scholarship", path), bool(p, "pregnant", path),
        bool(p, "retired", path), unemployed, bool(p, "disabled", path));
  }

  private static void income(ResourceHistory.Builder b, int person, IncomeCategory category, JsonNode v, String path) {
    if (v.isNumber()) {
      b.constantNanoEuros(person, category, Plausibility.income(path, category, amount(v, path), v));
      return;
    }
    if (!v.isObject()) {
      throw new InvalidInputException(path, v, "must be a number or an object of months");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      String fp = path + "." + f.getKey();
      if (OTHER_MONTHS.equals(f.getKey()) && !category.isAnnual()) {
        b.constantNanoEuros(person, category, Plausibility.income(fp, category, amount(f.getValue(), fp), f.getValue()));
        continue;
      }
      if (category.isAnnual()) {
        int year = year(f.getKey(), fp);
        for (Dated d : dated(f.getValue(), fp)) {
          Plausibility.income(fp, category, d.amount, Fixed.toBigDecimal(d.amount).toPlainString());
          if (d.knownOn.isPresent()) {
            b.annualNanoEuros(person, category, year, d.amount, d.knownOn.get());
          } else {
            b.annualNanoEuros(person, category, year, d.amount);
          }
        }
      } else {
        YearMonth m = month(f.getKey(), fp);
        for (Dated d : dated(f.getValue(), fp)) {
          Plausibility.income(fp, category, d.amount, Fixed.toBigDecimal(d.amount).toPlainString());
          if (d.knownOn.isPresent()) {
            b.valueNanoEuros(person, category, m, d.amount, d.knownOn.get());
          } else {
            b.valueNanoEuros(person, category, m, d.amount);
          }
        }
      }
    }
  }

  private record Dated(long amount, Optional<LocalDate> knownOn) {}

  private static List<Dated> dated(JsonNode v, String path) {
    List<Dated> out = new ArrayList<>();
    if (v.isNumber()) {
      out.add(new Dated(amount(v, path), Optional.empty()));
    } else if (v.isObject()) {
      out.add(datedValue(v, path));
    } else if (v.isArray()) {
      Set<Optional<LocalDate>> dates = new HashSet<>();
      for (int i = 0; i < v.size(); i++) {
        Dated d = datedValue(v.get(i), path + "[" + i + "]");
        if (!dates.add(d.knownOn)) {
          throw new InvalidInputException(path + "[" + i + "].knownOn", d.knownOn.map(LocalDate::toString).orElse("null"),
              "is the date of another value of the same month");
        }
        out.add(d);
      }
    } else {
      throw new InvalidInputException(path, v, "must be a number, {\"amount\", \"knownOn\"} or an array of them");
    }
    return out;
  }

  private static Dated datedValue(JsonNode v, String path) {
    if (!v.isObject()) {
      throw new InvalidInputException(path, v, "must be {\"amount\": number, \"knownOn\": \"YYYY-MM-DD\"}");
    }
    long amount = amount(required(v, "amount", path + ".amount"), path + ".amount");
    Optional<LocalDate> known = v.hasNonNull("knownOn") ? Optional.of(date(v.get("knownOn"), path + ".knownOn")) : Optional.empty();
    return new Dated(amount, known);
  }

  private static Housing housing(JsonNode h, String path) {
    if (!h.isObject()) {
      throw new InvalidInputException(path, h, "must be an object");
    }
    HousingStatus status = HousingStatus.ofKey(path + ".status", text(h, "status", path + ".status"));
    MonthlyAmounts rent = MonthlyAmounts.none();
    int zone = 0;
    if (status == HousingStatus.FOYER || status == HousingStatus.HOME_BUYER) {
      return foyerOrHomeBuyer(h, status, path);
    }
    if (status.isTenant()) {
      rent = monthlyAmounts(required(h, "rent", path + ".rent"), path + ".rent");
      if (rent.hasNegative()) {
        throw new InvalidInputException(path + ".rent", h.get("rent"), "is negative");
      }
      JsonNode z = required(h, "zone", path + ".zone");
      if (!z.canConvertToInt() || !z.isIntegralNumber() || z.asInt() < 1 || z.asInt() > 3) {
        throw new InvalidInputException(path + ".zone", z, "is not an APL zone (1, 2 or 3)");
      }
      zone = z.asInt();
    } else {
      if (h.hasNonNull("rent")) {
        rent = monthlyAmounts(h.get("rent"), path + ".rent");
      }
      if (h.hasNonNull("zone")) {
        JsonNode z = h.get("zone");
        if (!z.isIntegralNumber() || z.asInt() < 1 || z.asInt() > 3) {
          throw new InvalidInputException(path + ".zone", z, "is not an APL zone (1, 2 or 3)");
        }
        zone = z.asInt();
      }
    }
    boolean conventionne = h.hasNonNull("conventionne") ? boolValue(h.get("conventionne"), path + ".conventionne")
        : status == HousingStatus.SOCIAL_TENANT;
    return new Housing(status, rent, zone, conventionne, bool(h, "shared", path), bool(h, "room", path));
  }

  /** HOUSING of a resident of a logement-foyer or of an accédant (case-format "HOUSING: logements-foyers and accession"). */
  private static Housing foyerOrHomeBuyer(JsonNode h, HousingStatus status, String path) {
    JsonNode z = required(h, "zone", path + ".zone");
    if (!z.canConvertToInt() || !z.isIntegralNumber() || z.asInt() < 1 || z.asInt() > 3) {
      throw new InvalidInputException(path + ".zone", z, "is not an APL zone (1, 2 or 3)");
    }
    for (String flag : new String[] {"shared", "room"}) {
      if (bool(h, flag, path)) {
        throw new InvalidInputException(path + "." + flag, h.get(flag), "must be absent or false for the status " + status.key());
      }
    }
    if (status == HousingStatus.FOYER) {
      if (h.hasNonNull("loan")) {
        throw new InvalidInputException(path + ".loan", h.get("loan"), "must be absent for the status foyer");
      }
      MonthlyAmounts rent = monthlyAmounts(required(h, "rent", path + ".rent"), path + ".rent");
      if (rent.hasNegative()) {
        throw new InvalidInputException(path + ".rent", h.get("rent"), "is negative");
      }
      boolean conventionne = h.hasNonNull("conventionne") && boolValue(h.get("conventionne"), path + ".conventionne");
      return Housing.foyer(z.asInt(), rent, conventionne, foyer(h.get("foyer"), conventionne, path + ".foyer"));
    }
    for (String absent : new String[] {"rent", "conventionne", "foyer"}) {
      if (h.hasNonNull(absent)) {
        throw new InvalidInputException(path + "." + absent, h.get(absent), "must be absent for the status home-buyer");
      }
    }
    return Housing.homeBuyer(z.asInt(), loan(required(h, "loan", path + ".loan"), path + ".loan"));
  }

  /** FOYER: every field optional; the type is required for a conventionné foyer, the convention date where it selects the scale. */
  private static Foyer foyer(JsonNode f, boolean conventionne, String path) {
    if (f != null && !f.isNull() && !f.isObject()) {
      throw new InvalidInputException(path, f, "must be an object");
    }
    boolean given = f != null && f.isObject();
    if (conventionne && (!given || !f.hasNonNull("type"))) {
      throw new InvalidInputException(path + ".type", "absent", "is required when the foyer is conventionné");
    }
    Foyer.Type type = given && f.hasNonNull("type") ? Foyer.Type.ofKey(path + ".type", text(f, "type", path + ".type"))
        : Foyer.Type.OTHER;
    boolean youngWorkers = given && bool(f, "youngWorkers", path);
    Optional<LocalDate> conventionDate = given && f.hasNonNull("conventionDate")
        ? Optional.of(date(f.get("conventionDate"), path + ".conventionDate")) : Optional.empty();
    if (conventionne && (type == Foyer.Type.SOCIAL_RESIDENCE || youngWorkers) && conventionDate.isEmpty()) {
      throw new InvalidInputException(path + ".conventionDate", "absent",
          "is required for a conventionné social residence or young workers' foyer");
    }
    Foyer.AlCategory category = given && f.hasNonNull("alCategory")
        ? Foyer.AlCategory.ofKey(path + ".alCategory", text(f, "alCategory", path + ".alCategory")) : Foyer.AlCategory.OTHER;
    return new Foyer(type, youngWorkers, conventionDate, category);
  }

  /** LOAN. */
  private static Loan loan(JsonNode l, String path) {
    if (!l.isObject()) {
      throw new InvalidInputException(path, l, "must be an object");
    }
    MonthlyAmounts payment = monthlyAmounts(required(l, "payment", path + ".payment"), path + ".payment");
    if (payment.hasNegative()) {
      throw new InvalidInputException(path + ".payment", l.get("payment"), "is negative");
    }
    LocalDate signed = date(required(l, "signed", path + ".signed"), path + ".signed");
    Loan.Kind kind = l.hasNonNull("kind") ? Loan.Kind.ofKey(path + ".kind", text(l, "kind", path + ".kind")) : Loan.Kind.OTHER;
    Loan.Purpose purpose = l.hasNonNull("purpose")
        ? Loan.Purpose.ofKey(path + ".purpose", text(l, "purpose", path + ".purpose")) : Loan.Purpose.NEW;
    boolean firstOccupant = bool(l, "firstOccupant", path);
    Optional<LocalDate> entry = l.hasNonNull("entryDate") ? Optional.of(date(l.get("entryDate"), path + ".entryDate"))
        : Optional.empty();
    if (firstOccupant && entry.isEmpty()) {
      throw new InvalidInputException(path + ".entryDate", "absent", "is required when firstOccupant is true");
    }
    return new Loan(payment, signed, kind, purpose, firstOccupant, entry, bool(l, "coOwners", path),
        bool(l, "resourceFloorExempt", path));
  }

  /** MONTHLY: a number (every month) or an object of months (months not listed are 0). */
  static MonthlyAmounts monthlyAmounts(JsonNode v, String path) {
    if (v.isNumber()) {
      return MonthlyAmounts.constantNanoEuros(Plausibility.monthly(path, amount(v, path), v));
    }
    if (!v.isObject()) {
      throw new InvalidInputException(path, v, "must be a number or an object of months");
    }
    Map<YearMonth, Long> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      values.put(month(f.getKey(), path + "." + f.getKey()),
          Plausibility.monthly(path + "." + f.getKey(), amount(f.getValue(), path + "." + f.getKey()), f.getValue()));
    }
    return MonthlyAmounts.byMonthNanoEuros(values);
  }

  private static Benefit benefitKey(String path, String key) {
    try {
      return Benefit.valueOf(key);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(path, key, "is not a benefit (AL, RSA, PA)");
    }
  }

  private static JsonNode required(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new InvalidInputException(path, "null", "is required");
    }
    return v;
  }

  private static String text(JsonNode n, String field, String path) {
    JsonNode v = required(n, field, path);
    if (!v.isTextual()) {
      throw new InvalidInputException(path, v, "must be a string");
    }
    return v.asText();
  }

  private static boolean bool(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    return v != null && !v.isNull() && boolValue(v, path + "." + field);
  }

  private static boolean boolValue(JsonNode v, String path) {
    if (!v.isBoolean()) {
      throw new InvalidInputException(path, v, "must be true or false");
    }
    return v.asBoolean();
  }

  private static BigDecimal number(JsonNode v, String path) {
    if (!v.isNumber()) {
      throw new InvalidInputException(path, v, "is not a number");
    }
    return v.decimalValue();
  }

  private static BigDecimal nonNegative(JsonNode v, String path) {
    BigDecimal d = number(v, path);
    if (d.signum() < 0) {
      throw new InvalidInputException(path, v, "is negative");
    }
    return d;
  }

  private static long amount(JsonNode v, String path) {
    BigDecimal d = number(v, path);
    try {
      return Fixed.of(d.setScale(9, RoundingMode.HALF_UP));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(path, v, "is out of range");
    }
  }

  private static YearMonth month(JsonNode v, String path) {
    if (!v.isTextual()) {
      throw new InvalidInputException(path, v, "is not a month (YYYY-MM)");
    }
    return month(v.asText(), path);
  }

  private static YearMonth month(String text, String path) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(path, text, "is not a month (YYYY-MM)");
    }
  }

  private static int year(String text, String path) {
    if (!text.matches("\\d{4}")) {
      throw new InvalidInputException(path, text, "is not a year (YYYY)");
    }
    return Integer.parseInt(text);
  }

  private static LocalDate date(JsonNode v, String path) {
    if (!v.isTextual()) {
      throw new InvalidInputException(path, v, "is not a date (YYYY-MM-DD)");
    }
    try {
      return LocalDate.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(path, v.asText(), "is not a date");
    }
  }

  /** The message of an error for the output: the field path and value when known. */
  public static String message(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** The file itself cannot be read (exit status 2 of {@code evaluate}). */
  public static final class UnreadableFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableFileException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
