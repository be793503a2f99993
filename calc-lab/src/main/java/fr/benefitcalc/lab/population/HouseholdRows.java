package fr.benefitcalc.lab.population;

import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.household.Role;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.lab.cases.Plausibility;
import fr.benefitcalc.lab.population.PopulationFile.Problem;
import fr.benefitcalc.lab.population.PopulationLayout.Column;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.testkit.generators.TimelineCase;
import java.time.LocalDate;
import java.time.YearMonth;
import org.joda.money.Money;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The valid rows of one household, gathered in file order, and the household they make: its initial situation
 * (rows whose {@code situation} is empty), and each later situation or error held (the rows of each other
 * {@code situation}, the whole household as it is then), in a {@link TimelineCase}. Rows must agree (within a
 * situation; the months in the files across them): a person's attribute given on two rows, a household's
 * attribute, a household amount of one month, or an income of one person, month and date known, given twice with
 * two values, makes the household inconsistent — reported with both row numbers and not loaded.
 */
final class HouseholdRows {
  /** A value read from a row, with its text and row number (for the messages). */
  private record Cell(Object value, String text, long row) {}

  /** One income value's place: category, month ({@code empty}: every other month), date known. */
  private record IncomeKey(IncomeCategory category, Optional<YearMonth> month, Optional<LocalDate> knownOn) {}

  /** The rows of one person. */
  private static final class PersonRows {
    final Map<String, Cell> attributes = new HashMap<>();
    final Map<IncomeKey, Cell> incomes = new LinkedHashMap<>();
  }

  /**
   * One valid row, read.
   *
   * @param number its row number in the file
   * @param situation the household's situation it describes ({@code ""}: the initial one)
   * @param personId the person it describes
   * @param month its month, empty for {@value PopulationLayout#OTHER_MONTHS}
   * @param knownOn the date its incomes became known, empty when known from the start
   * @param values the non-empty cells of the other columns, read
   * @param texts their text
   */
  record Row(long number, String situation, String personId, Optional<YearMonth> month, Optional<LocalDate> knownOn,
      Map<Column, Object> values, Map<Column, String> texts) {}

  private final String id;
  private final long firstRow;
  private int validRows;
  private int invalidRows;
  private boolean inconsistent;
  /** The household's months in the files ({@link PopulationLayout.Scope#PRESENCE}), whatever the situation. */
  private final Map<String, Cell> presence = new HashMap<>();
  /** Its situations in the order of their first row, by {@code situation} ({@code ""}: the initial one). */
  private final Map<String, SituationRows> situations = new LinkedHashMap<>();

  HouseholdRows(String id, long firstRow) {
    this.id = id;
    this.firstRow = firstRow;
  }

  /** The number of its first row. */
  long firstRow() {
    return firstRow;
  }

  /** Counts a row of this household that could not be read. */
  void invalidRow() {
    invalidRows++;
  }

  /** Adds a valid row; a value that contradicts an earlier row is a problem and makes the household inconsistent. */
  void add(Row row, List<Problem> problems) {
    validRows++;
    SituationRows situation = situations.computeIfAbsent(row.situation(), k -> new SituationRows(k, row.number()));
    Map<String, PersonRows> persons = situation.persons;
    Map<String, Cell> attributes = situation.attributes;
    Map<String, Map<Optional<YearMonth>, Cell>> monthly = situation.monthly;
    String of = row.situation().isEmpty() ? "" : " in situation '" + row.situation() + "'";
    PersonRows person = persons.computeIfAbsent(row.personId(), k -> new PersonRows());
    for (Map.Entry<Column, Object> e : row.values().entrySet()) {
      Column column = e.getKey();
      Cell cell = new Cell(e.getValue(), row.texts().get(column), row.number());
      switch (column.scope()) {
        case PERSON -> agree(person.attributes, column.name(), cell, column, problems, "person " + row.personId() + of);
        case HOUSEHOLD, SITUATION -> agree(attributes, column.name(), cell, column, problems, "the household" + of);
        case PRESENCE -> agree(presence, column.name(), cell, column, problems, "the household");
        case HOUSEHOLD_MONTHLY -> agree(monthly.computeIfAbsent(column.name(), k -> new HashMap<>()), row.month(), cell,
            column, problems, "the household in " + row.month().map(YearMonth::toString).orElse(PopulationLayout.OTHER_MONTHS)
            + of);
        case INCOME -> {
          IncomeCategory c = column.category().orElseThrow();
          Optional<YearMonth> month = c.isAnnual() ? row.month().map(m -> YearMonth.of(m.getYear(), 1)) : row.month();
          agree(person.incomes, new IncomeKey(c, month, row.knownOn()), cell, column, problems,
              "person " + row.personId() + (c.isAnnual() ? " in " + month.orElseThrow().getYear() : " in "
                  + row.month().map(YearMonth::toString).orElse(PopulationLayout.OTHER_MONTHS))
                  + row.knownOn().map(d -> " known on " + d).orElse(" known from the start") + of);
        }
        default -> throw new IllegalStateException("key column " + column.name());
      }
    }
  }

  private <K> void agree(Map<K, Cell> cells, K key, Cell cell, Column column, List<Problem> problems, String what) {
    Cell before = cells.putIfAbsent(key, cell);
    if (before != null && !before.value().equals(cell.value())) {
      inconsistent = true;
      problems.add(new Problem(OptionalLong.of(cell.row()), id, column.name(), cell.text(),
          "contradicts row " + before.row() + " ('" + before.text() + "') for " + what));
    }
  }

  /**
   * The household with its dated situations (a {@link TimelineCase} over the months of its rows), or empty with the
   * reason in {@code problems}; {@code months} widens to its months.
   */
  Optional<TimelineCase> build(List<Problem> problems, MonthSpan months) {
    if (invalidRows > 0) {
      // a household is computed from all its rows or not at all: without a refused row (a partner's salary,
      // a month's rent) it would be another household, and its amounts would be wrong figures
      problems.add(householdProblem(PopulationLayout.HOUSEHOLD_ID, id, validRows == 0
          ? "not loaded: every one of its " + invalidRows + " row(s) is invalid"
          : "not loaded: " + invalidRows + " of its " + (invalidRows + validRows) + " rows are invalid"));
      return Optional.empty();
    }
    if (inconsistent) {
      problems.add(householdProblem(PopulationLayout.HOUSEHOLD_ID, id, "not loaded: its rows contradict each other"));
      return Optional.empty();
    }
    SituationRows current = null;
    try {
      MonthSpan own = new MonthSpan();
      inFiles();
      SituationRows initialRows = situations.get("");
      if (initialRows == null) {
        throw new InvalidInputException(PopulationLayout.SITUATION, situations.keySet().iterator().next(), "(row "
            + firstRow + "): no row of the household's initial situation (rows whose " + PopulationLayout.SITUATION
            + " is empty)");
      }
      current = initialRows;
      Household initial = initialRows.household(own);
      TreeMap<YearMonth, Household> changes = new TreeMap<>();
      TreeMap<YearMonth, TimelineCase.Learnt> learnt = new TreeMap<>();
      Map<YearMonth, SituationRows> changeRows = new HashMap<>();
      List<TimelineCase.HeldError> errors = new ArrayList<>();
      for (SituationRows r : situations.values()) {
        if (r == initialRows) {
          continue;
        }
        current = r;
        Household h = r.household(own);
        Cell fromCell = r.attributes.get(PopulationLayout.SITUATION_FROM);
        if (fromCell == null) {
          throw new InvalidInputException(PopulationLayout.SITUATION_FROM, "", "is required: the month the situation"
              + " holds from");
        }
        YearMonth from = (YearMonth) fromCell.value();
        own.include(from);
        Cell knownCell = r.attributes.get(PopulationLayout.SITUATION_KNOWN_ON);
        LocalDate known = knownCell == null ? from.atDay(1) : (LocalDate) knownCell.value();
        Cell correctedCell = r.attributes.get(PopulationLayout.SITUATION_CORRECTED_ON);
        Cell originCell = r.attributes.get(PopulationLayout.SITUATION_ORIGIN);
        Cell whatCell = r.attributes.get(PopulationLayout.SITUATION_WHAT);
        if (correctedCell != null) { // an error held from known_on until corrected_on
          LocalDate corrected = (LocalDate) correctedCell.value();
          if (!corrected.isAfter(known)) {
            throw new InvalidInputException(PopulationLayout.SITUATION_CORRECTED_ON, correctedCell.text(), "(row "
                + correctedCell.row() + ") is not after the day the error was entered, " + known
                + (knownCell == null ? " (" + PopulationLayout.SITUATION_KNOWN_ON + ": by default the first day of "
                + PopulationLayout.SITUATION_FROM + ")" : ""));
          }
          if (originCell == null || originCell.value() == Cause.SituationKnown.Origin.DECLARED) {
            throw new InvalidInputException(PopulationLayout.SITUATION_ORIGIN, originCell == null ? "" : originCell.text(),
                (originCell == null ? "" : "(row " + originCell.row() + ") ") + "must be control (a situation declared"
                + " wrong, found by a control) or processing (an agent's input error) for an error (a situation with "
                + PopulationLayout.SITUATION_CORRECTED_ON + ")");
          }
          errors.add(new TimelineCase.HeldError(from, h, known, corrected, (Cause.SituationKnown.Origin) originCell.value(),
              whatCell == null ? "wrong situation" : whatCell.text()));
          continue;
        }
        if (originCell != null && originCell.value() == Cause.SituationKnown.Origin.PROCESSING) {
          throw new InvalidInputException(PopulationLayout.SITUATION_ORIGIN, originCell.text(), "(row " + originCell.row()
              + ") is for an error (a situation with " + PopulationLayout.SITUATION_CORRECTED_ON + "): a change is"
              + " declared or found by a control");
        }
        SituationRows other = changeRows.put(from, r);
        if (other != null) {
          throw new InvalidInputException(PopulationLayout.SITUATION_FROM, fromCell.text(), "(row " + fromCell.row()
              + ") is also the month of situation '" + other.key + "': one change of situation a month");
        }
        changes.put(from, h);
        learnt.put(from, new TimelineCase.Learnt(known, originCell == null ? Cause.SituationKnown.Origin.DECLARED
            : (Cause.SituationKnown.Origin) originCell.value(), whatCell == null ? "new situation" : whatCell.text()));
      }
      own.first().ifPresent(months::include);
      own.last().ifPresent(months::include);
      YearMonth a = own.first().orElse(PopulationFile.FIRST_COVERED);
      YearMonth b = own.last().orElse(PopulationFile.LAST_COVERED);
      return Optional.of(new TimelineCase(MonthRange.of(a, b.isBefore(a) ? a : b), initial, changes, learnt, errors));
    } catch (InvalidInputException e) {
      String where = current == null || current.key.isEmpty() ? ""
          : " in situation '" + current.key + "' (from row " + current.firstRow + ")";
      problems.add(householdProblem(e.field(), e.value(), "not loaded: " + reason(e) + where));
      return Optional.empty();
    }
  }

  /**
   * The months the household is in the agency's files ({@code first_month}, {@code last_month}; open when not given).
   *
   * @throws InvalidInputException when the last month is before the first
   */
  MonthsInFiles inFiles() {
    Cell first = presence.get(PopulationLayout.FIRST_MONTH);
    Cell last = presence.get(PopulationLayout.LAST_MONTH);
    if (first != null && last != null && ((YearMonth) last.value()).isBefore((YearMonth) first.value())) {
      throw new InvalidInputException(PopulationLayout.LAST_MONTH, last.text(), "(row " + last.row()
          + ") is before first_month '" + first.text() + "' (row " + first.row() + ")");
    }
    return new MonthsInFiles(Optional.ofNullable(first).map(c -> (YearMonth) c.value()),
        Optional.ofNullable(last).map(c -> (YearMonth) c.value()));
  }

  private Problem householdProblem(String column, String value, String reason) {
    return new Problem(OptionalLong.empty(), id, column, value, reason + " (household from row " + firstRow
        + (invalidRows > 0 ? ", " + invalidRows + " invalid row(s)" : "") + ")");
  }

  private static String reason(InvalidInputException e) {
    String prefix = e.field() + ": '" + e.value() + "' ";
    String m = e.getMessage();
    return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
  }

  /** The rows of one situation of the household: the whole household as it is in it. */
  private final class SituationRows {
    /** Its {@code situation} ({@code ""}: the initial one). */
    final String key;
    /** The number of its first row. */
    final long firstRow;
    final Map<String, PersonRows> persons = new LinkedHashMap<>();
    final Map<String, Cell> attributes = new HashMap<>();
    final Map<String, Map<Optional<YearMonth>, Cell>> monthly = new HashMap<>();

    SituationRows(String key, long firstRow) {
      this.key = key;
      this.firstRow = firstRow;
    }

    private Household household(MonthSpan months) {
      List<Person> people = new ArrayList<>();
      int adults = 0;
      for (Map.Entry<String, PersonRows> e : persons.entrySet()) {
        Person p = person(e.getKey(), e.getValue().attributes);
        adults += p.isAdult() ? 1 : 0;
        people.add(p);
      }
      Plausibility.persons(PopulationLayout.PERSON_ID, people.size());
      if (adults == 0) {
        throw new InvalidInputException(PopulationLayout.ROLE, "no adult", "is not allowed: a household needs an adult (the applicant)");
      }
      if (adults > 2) {
        throw new InvalidInputException(PopulationLayout.ROLE, adults + " adults", "is not allowed: at most two adults");
      }
      boolean couple = adults == 2;
      Cell coupleCell = attributes.get(PopulationLayout.COUPLE);
      if (coupleCell != null && (Boolean) coupleCell.value() != couple) {
        throw new InvalidInputException(PopulationLayout.COUPLE, coupleCell.text(),
            "(row " + coupleCell.row() + ") does not match the " + adults + " adult(s)");
      }
      ResourceHistory.Builder resources = ResourceHistory.builder(people.size());
      int index = 0;
      for (PersonRows p : persons.values()) {
        for (Map.Entry<IncomeKey, Cell> e : p.incomes.entrySet()) {
          IncomeKey k = e.getKey();
          long amount = (Long) e.getValue().value();
          if (k.month().isEmpty()) {
            resources.constantNanoEuros(index, k.category(), amount);
            continue;
          }
          YearMonth m = k.month().get();
          months.include(m);
          if (k.category().isAnnual()) {
            if (k.knownOn().isPresent()) {
              resources.annualNanoEuros(index, k.category(), m.getYear(), amount, k.knownOn().get());
            } else {
              resources.annualNanoEuros(index, k.category(), m.getYear(), amount);
            }
          } else if (k.knownOn().isPresent()) {
            resources.valueNanoEuros(index, k.category(), m, amount, k.knownOn().get());
          } else {
            resources.valueNanoEuros(index, k.category(), m, amount);
          }
        }
        index++;
      }
      Map<ReceivedBenefit, MonthlyAmounts> received = new EnumMap<>(ReceivedBenefit.class);
      for (ReceivedBenefit b : ReceivedBenefit.values()) {
        monthlyAmounts(PopulationLayout.benefitColumn(b), months).ifPresent(a -> received.put(b, a));
      }
      Optional<Money> base = Optional.ofNullable(attributes.get(PopulationLayout.AL_RESOURCE_BASE))
          .map(c -> Euros.ofFixedInput(PopulationLayout.AL_RESOURCE_BASE, (Long) c.value()));
      return new Household(id, people, couple, housing(months), received, flag(attributes, PopulationLayout.RECENT_ISOLATION),
          flag(attributes, PopulationLayout.RSA_PA_EXPERIMENT), base, resources.build());
    }

    private Person person(String personId, Map<String, Cell> a) {
      Cell role = a.get(PopulationLayout.ROLE);
      if (role == null) {
        throw new InvalidInputException(PopulationLayout.ROLE, "", "is required: no valid row of person " + personId + " gives it");
      }
      Cell birth = a.get(PopulationLayout.BIRTH_DATE);
      if (birth == null) {
        throw new InvalidInputException(PopulationLayout.BIRTH_DATE, "", "is required: no valid row of person " + personId
            + " gives it");
      }
      Optional<LocalDate> unemployed = Optional.ofNullable(a.get(PopulationLayout.UNEMPLOYED_SINCE)).map(c -> (LocalDate) c.value());
      return new Person(personId, (Role) role.value(), (LocalDate) birth.value(), flag(a, PopulationLayout.STUDENT),
          flag(a, PopulationLayout.SCHOLARSHIP), flag(a, PopulationLayout.PREGNANT), flag(a, PopulationLayout.RETIRED),
          unemployed, flag(a, PopulationLayout.DISABLED));
    }

    private Optional<Housing> housing(MonthSpan months) {
      Cell status = attributes.get(PopulationLayout.HOUSING_STATUS);
      Optional<MonthlyAmounts> rent = monthlyAmounts(PopulationLayout.RENT, months);
      Cell zone = attributes.get(PopulationLayout.ZONE);
      if (status == null) {
        for (String c : List.of(PopulationLayout.RENT, PopulationLayout.ZONE, PopulationLayout.CONVENTIONNE,
            PopulationLayout.SHARED, PopulationLayout.ROOM)) {
          if (attributes.containsKey(c) || monthly.containsKey(c)) {
            throw new InvalidInputException(PopulationLayout.HOUSING_STATUS, "", "is required when " + c + " is given");
          }
        }
        return Optional.empty();
      }
      HousingStatus s = (HousingStatus) status.value();
      if (s.isTenant() && rent.isEmpty()) {
        throw new InvalidInputException(PopulationLayout.RENT, "", "is required for a tenant (" + s.key() + ")");
      }
      if (s.isTenant() && !monthly.get(PopulationLayout.RENT).containsKey(Optional.empty())) {
        // without it the months without a row of their own would have a rent of 0: a missing value, not a free dwelling
        throw new InvalidInputException(PopulationLayout.RENT, "", "is required on the row of month \""
            + PopulationLayout.OTHER_MONTHS + "\" for a tenant (the rent of the months without a row of their own)");
      }
      if (s.isTenant() && zone == null) {
        throw new InvalidInputException(PopulationLayout.ZONE, "", "is required for a tenant (" + s.key() + ")");
      }
      boolean conventionne = attributes.containsKey(PopulationLayout.CONVENTIONNE)
          ? flag(attributes, PopulationLayout.CONVENTIONNE) : s == HousingStatus.SOCIAL_TENANT;
      if (s == HousingStatus.FOYER || s == HousingStatus.HOME_BUYER) {
        return Optional.of(foyerOrHomeBuyer(s, rent, zone, conventionne, months));
      }
      return Optional.of(new Housing(s, rent.orElse(MonthlyAmounts.none()), zone == null ? 0 : (Integer) zone.value(),
          conventionne, flag(attributes, PopulationLayout.SHARED), flag(attributes, PopulationLayout.ROOM)));
    }

    /** A resident of a logement-foyer or an accédant: the columns of the case format's FOYER and LOAN. */
    private Housing foyerOrHomeBuyer(HousingStatus s, Optional<MonthlyAmounts> rent, Cell zone, boolean conventionne,
        MonthSpan months) {
      if (zone == null) {
        throw new InvalidInputException(PopulationLayout.ZONE, "", "is required for the status " + s.key());
      }
      int z = (Integer) zone.value();
      if (s == HousingStatus.FOYER) {
        if (rent.isEmpty()) {
          throw new InvalidInputException(PopulationLayout.RENT, "", "is required for a foyer (the équivalence de loyer et de charges)");
        }
        Cell type = attributes.get(PopulationLayout.FOYER_TYPE);
        Cell date = attributes.get(PopulationLayout.CONVENTION_DATE);
        Cell category = attributes.get(PopulationLayout.AL_CATEGORY);
        fr.benefitcalc.core.household.Foyer.Type t = type == null ? fr.benefitcalc.core.household.Foyer.Type.OTHER
            : (fr.benefitcalc.core.household.Foyer.Type) type.value();
        if (conventionne && type == null) {
          throw new InvalidInputException(PopulationLayout.FOYER_TYPE, "", "is required when the foyer is conventionné");
        }
        return Housing.foyer(z, rent.get(), conventionne, new fr.benefitcalc.core.household.Foyer(t,
            flag(attributes, PopulationLayout.YOUNG_WORKERS),
            date == null ? Optional.empty() : Optional.of((java.time.LocalDate) date.value()),
            category == null ? fr.benefitcalc.core.household.Foyer.AlCategory.OTHER
                : (fr.benefitcalc.core.household.Foyer.AlCategory) category.value()));
      }
      Optional<MonthlyAmounts> payment = monthlyAmounts(PopulationLayout.LOAN_PAYMENT, months);
      Cell signed = attributes.get(PopulationLayout.LOAN_SIGNED);
      if (payment.isEmpty()) {
        throw new InvalidInputException(PopulationLayout.LOAN_PAYMENT, "", "is required for a home-buyer");
      }
      if (signed == null) {
        throw new InvalidInputException(PopulationLayout.LOAN_SIGNED, "", "is required for a home-buyer");
      }
      Cell kind = attributes.get(PopulationLayout.LOAN_KIND);
      Cell purpose = attributes.get(PopulationLayout.LOAN_PURPOSE);
      Cell entry = attributes.get(PopulationLayout.ENTRY_DATE);
      return Housing.homeBuyer(z, new fr.benefitcalc.core.household.Loan(payment.get(), (java.time.LocalDate) signed.value(),
          kind == null ? fr.benefitcalc.core.household.Loan.Kind.OTHER : (fr.benefitcalc.core.household.Loan.Kind) kind.value(),
          purpose == null ? fr.benefitcalc.core.household.Loan.Purpose.NEW
              : (fr.benefitcalc.core.household.Loan.Purpose) purpose.value(),
          flag(attributes, PopulationLayout.FIRST_OCCUPANT),
          entry == null ? Optional.empty() : Optional.of((java.time.LocalDate) entry.value()),
          flag(attributes, PopulationLayout.CO_OWNERS), flag(attributes, PopulationLayout.RESOURCE_FLOOR_EXEMPT)));
    }

    /** The amounts of a household monthly column: its {@code other} row for the months without a row of their own. */
    private Optional<MonthlyAmounts> monthlyAmounts(String column, MonthSpan months) {
      Map<Optional<YearMonth>, Cell> cells = monthly.get(column);
      if (cells == null) {
        return Optional.empty();
      }
      long other = 0;
      Map<YearMonth, Long> listed = new TreeMap<>();
      for (Map.Entry<Optional<YearMonth>, Cell> e : cells.entrySet()) {
        long amount = (Long) e.getValue().value();
        if (e.getKey().isEmpty()) {
          other = amount;
        } else {
          months.include(e.getKey().get());
          listed.put(e.getKey().get(), amount);
        }
      }
      return Optional.of(MonthlyAmounts.ofNanoEuros(other, listed));
    }
  }

  private static boolean flag(Map<String, Cell> cells, String column) {
    Cell c = cells.get(column);
    return c != null && (Boolean) c.value();
  }

  /** The first and last months given by the rows of the households loaded. */
  static final class MonthSpan {
    private YearMonth first;
    private YearMonth last;

    void include(YearMonth m) {
      if (first == null || m.isBefore(first)) {
        first = m;
      }
      if (last == null || m.isAfter(last)) {
        last = m;
      }
    }

    Optional<YearMonth> first() {
      return Optional.ofNullable(first);
    }

    Optional<YearMonth> last() {
      return Optional.ofNullable(last);
    }
  }
}
