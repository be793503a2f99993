package fr.benefitcalc.lab.population;

import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.lab.cases.Plausibility;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.household.Role;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.timeline.explain.Cause;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a population file ({@code docs/population-file.md}), one row per person and month:
 * what each column holds, which entity it describes, and how its text is read. The field rules are
 * those of the case format's reader ({@code CaseReader}): the same keys, the same ranges, the same
 * error messages naming the column and the value.
 */
final class PopulationLayout {
  /** The value of {@code month} that gives the amount of every month without a row of its own. */
  static final String OTHER_MONTHS = "other";

  /** What a column describes, hence how its values must agree between rows. */
  enum Scope {
    /** Names the household, person, month or date of the row. */
    KEY,
    /** A person's attribute: the same on every row of the person that gives it. */
    PERSON,
    /** A household's attribute: the same on every row of the household that gives it. */
    HOUSEHOLD,
    /** A household's amount of the row's month (rent, benefit received): the same on every row of that month. */
    HOUSEHOLD_MONTHLY,
    /** A person's income of the row's month, known on the row's {@code known_on}. */
    INCOME,
    /**
     * When the household's situation of the row ({@code situation}) holds and how the agency learns it: the same on
     * every row of that situation that gives it; refused on the rows of the initial situation.
     */
    SITUATION,
    /** The household's months in the agency's files: the same on every row of the household, whatever its situation. */
    PRESENCE
  }

  /** Reads a non-empty cell, or throws an {@link InvalidInputException} naming the column and the value. */
  @FunctionalInterface
  interface Parser {
    Object parse(String column, String text);
  }

  /**
   * One column.
   *
   * @param name its name in the header
   * @param scope what it describes
   * @param parser reads a non-empty cell
   * @param category the income category of an {@link Scope#INCOME} column
   * @param benefit the benefit received of a {@link Scope#HOUSEHOLD_MONTHLY} column other than {@code rent}
   */
  record Column(String name, Scope scope, Parser parser, Optional<IncomeCategory> category,
      Optional<ReceivedBenefit> benefit) {
    Object parse(String text) {
      return parser.parse(name, text);
    }
  }

  static final String HOUSEHOLD_ID = "household_id";
  static final String PERSON_ID = "person_id";
  static final String MONTH = "month";
  static final String KNOWN_ON = "known_on";
  static final String SITUATION = "situation";
  static final String SITUATION_FROM = "situation_from";
  static final String SITUATION_KNOWN_ON = "situation_known_on";
  static final String SITUATION_CORRECTED_ON = "situation_corrected_on";
  static final String SITUATION_ORIGIN = "situation_origin";
  static final String SITUATION_WHAT = "situation_what";
  static final String ROLE = "role";
  static final String BIRTH_DATE = "birth_date";
  static final String STUDENT = "student";
  static final String SCHOLARSHIP = "scholarship";
  static final String PREGNANT = "pregnant";
  static final String RETIRED = "retired";
  static final String DISABLED = "disabled";
  static final String UNEMPLOYED_SINCE = "unemployed_since";
  static final String COUPLE = "couple";
  static final String HOUSING_STATUS = "housing_status";
  static final String ZONE = "zone";
  static final String CONVENTIONNE = "conventionne";
  static final String SHARED = "shared";
  static final String ROOM = "room";
  static final String RECENT_ISOLATION = "recent_isolation";
  static final String RSA_PA_EXPERIMENT = "rsa_pa_experiment";
  static final String AL_RESOURCE_BASE = "al_resource_base";
  static final String FIRST_MONTH = "first_month";
  static final String LAST_MONTH = "last_month";
  static final String RENT = "rent";
  static final String FOYER_TYPE = "foyer_type";
  static final String YOUNG_WORKERS = "young_workers";
  static final String CONVENTION_DATE = "convention_date";
  static final String AL_CATEGORY = "al_category";
  static final String LOAN_PAYMENT = "loan_payment";
  static final String LOAN_SIGNED = "loan_signed";
  static final String LOAN_KIND = "loan_kind";
  static final String LOAN_PURPOSE = "loan_purpose";
  static final String FIRST_OCCUPANT = "first_occupant";
  static final String ENTRY_DATE = "entry_date";
  static final String CO_OWNERS = "co_owners";
  static final String RESOURCE_FLOOR_EXEMPT = "resource_floor_exempt";

  private static final Map<String, Column> COLUMNS;

  static {
    Map<String, Column> m = new LinkedHashMap<>();
    add(m, HOUSEHOLD_ID, Scope.KEY, PopulationLayout::identifier);
    add(m, PERSON_ID, Scope.KEY, PopulationLayout::identifier);
    add(m, MONTH, Scope.KEY, PopulationLayout::monthOrOther);
    add(m, KNOWN_ON, Scope.KEY, PopulationLayout::date);
    add(m, SITUATION, Scope.KEY, PopulationLayout::identifier);
    add(m, SITUATION_FROM, Scope.SITUATION, PopulationLayout::month);
    add(m, SITUATION_KNOWN_ON, Scope.SITUATION, PopulationLayout::date);
    add(m, SITUATION_CORRECTED_ON, Scope.SITUATION, PopulationLayout::date);
    add(m, SITUATION_ORIGIN, Scope.SITUATION, PopulationLayout::origin);
    add(m, SITUATION_WHAT, Scope.SITUATION, PopulationLayout::identifier);
    add(m, ROLE, Scope.PERSON, PopulationLayout::role);
    add(m, BIRTH_DATE, Scope.PERSON, PopulationLayout::date);
    add(m, STUDENT, Scope.PERSON, PopulationLayout::bool);
    add(m, SCHOLARSHIP, Scope.PERSON, PopulationLayout::bool);
    add(m, PREGNANT, Scope.PERSON, PopulationLayout::bool);
    add(m, RETIRED, Scope.PERSON, PopulationLayout::bool);
    add(m, DISABLED, Scope.PERSON, PopulationLayout::bool);
    add(m, UNEMPLOYED_SINCE, Scope.PERSON, PopulationLayout::date);
    add(m, COUPLE, Scope.HOUSEHOLD, PopulationLayout::bool);
    add(m, HOUSING_STATUS, Scope.HOUSEHOLD, HousingStatus::ofKey);
    add(m, ZONE, Scope.HOUSEHOLD, PopulationLayout::zone);
    add(m, CONVENTIONNE, Scope.HOUSEHOLD, PopulationLayout::bool);
    add(m, SHARED, Scope.HOUSEHOLD, PopulationLayout::bool);
    add(m, ROOM, Scope.HOUSEHOLD, PopulationLayout::bool);
    add(m, RECENT_ISOLATION, Scope.HOUSEHOLD, PopulationLayout::bool);
    add(m, RSA_PA_EXPERIMENT, Scope.HOUSEHOLD, PopulationLayout::bool);
    add(m, FIRST_MONTH, Scope.PRESENCE, PopulationLayout::month);
    add(m, LAST_MONTH, Scope.PRESENCE, PopulationLayout::month);
    add(m, AL_RESOURCE_BASE, Scope.HOUSEHOLD, (column, text) -> Plausibility.annual(column, (Long) amount(column, text), text));
    add(m, RENT, Scope.HOUSEHOLD_MONTHLY, PopulationLayout::nonNegativeAmount);
    add(m, FOYER_TYPE, Scope.HOUSEHOLD, fr.benefitcalc.core.household.Foyer.Type::ofKey);
    add(m, YOUNG_WORKERS, Scope.HOUSEHOLD, PopulationLayout::bool);
    add(m, CONVENTION_DATE, Scope.HOUSEHOLD, PopulationLayout::date);
    add(m, AL_CATEGORY, Scope.HOUSEHOLD, fr.benefitcalc.core.household.Foyer.AlCategory::ofKey);
    add(m, LOAN_PAYMENT, Scope.HOUSEHOLD_MONTHLY, PopulationLayout::nonNegativeAmount);
    add(m, LOAN_SIGNED, Scope.HOUSEHOLD, PopulationLayout::date);
    add(m, LOAN_KIND, Scope.HOUSEHOLD, fr.benefitcalc.core.household.Loan.Kind::ofKey);
    add(m, LOAN_PURPOSE, Scope.HOUSEHOLD, fr.benefitcalc.core.household.Loan.Purpose::ofKey);
    add(m, FIRST_OCCUPANT, Scope.HOUSEHOLD, PopulationLayout::bool);
    add(m, ENTRY_DATE, Scope.HOUSEHOLD, PopulationLayout::date);
    add(m, CO_OWNERS, Scope.HOUSEHOLD, PopulationLayout::bool);
    add(m, RESOURCE_FLOOR_EXEMPT, Scope.HOUSEHOLD, PopulationLayout::bool);
    for (IncomeCategory c : IncomeCategory.values()) {
      String name = snakeCase(c.key());
      m.put(name, new Column(name, Scope.INCOME, (column, text) -> Plausibility.income(column, c, (Long) amount(column, text), text),
          Optional.of(c), Optional.empty()));
    }
    for (ReceivedBenefit b : ReceivedBenefit.values()) {
      String name = b.name().toLowerCase(Locale.ROOT);
      m.put(name, new Column(name, Scope.HOUSEHOLD_MONTHLY, PopulationLayout::nonNegativeAmount, Optional.empty(),
          Optional.of(b)));
    }
    COLUMNS = Collections.unmodifiableMap(m);
  }

  /** The columns without which no row can be placed. */
  static final List<String> REQUIRED = List.of(HOUSEHOLD_ID, PERSON_ID, MONTH);

  private PopulationLayout() {}

  private static void add(Map<String, Column> m, String name, Scope scope, Parser parser) {
    m.put(name, new Column(name, scope, parser, Optional.empty(), Optional.empty()));
  }

  /** Every column, in the order of the documentation and of {@link PopulationFile#writeCsv}. */
  static List<Column> columns() {
    return new ArrayList<>(COLUMNS.values());
  }

  /** The column of a header name, if it is one of the layout. */
  static Optional<Column> column(String name) {
    return Optional.ofNullable(COLUMNS.get(name));
  }

  /** The column of an income category ({@code salaryNet} → {@code salary_net}). */
  static String incomeColumn(IncomeCategory category) {
    return snakeCase(category.key());
  }

  /** The column of a benefit received ({@code AF_BASE} → {@code af_base}). */
  static String benefitColumn(ReceivedBenefit benefit) {
    return benefit.name().toLowerCase(Locale.ROOT);
  }

  static String snakeCase(String camel) {
    StringBuilder b = new StringBuilder();
    for (char ch : camel.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        b.append('_').append(Character.toLowerCase(ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  // ------------------------------------------------------------------ field rules (as CaseReader's)

  private static Object identifier(String column, String text) {
    return text;
  }

  /** {@code YYYY-MM}, or {@link #OTHER_MONTHS} (an empty {@link Optional}). */
  private static Object monthOrOther(String column, String text) {
    if (OTHER_MONTHS.equals(text)) {
      return Optional.<YearMonth>empty();
    }
    try {
      return Optional.of(YearMonth.parse(text));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(column, text, "is not a month (YYYY-MM) nor \"" + OTHER_MONTHS + "\"");
    }
  }

  private static Object month(String column, String text) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(column, text, "is not a month (YYYY-MM)");
    }
  }

  private static Object date(String column, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(column, text, "is not a date (YYYY-MM-DD)");
    }
  }

  /** How the agency learns a situation: {@code declared}, {@code control} or {@code processing}. */
  private static Object origin(String column, String text) {
    switch (text) {
      case "declared": return Cause.SituationKnown.Origin.DECLARED;
      case "control": return Cause.SituationKnown.Origin.CONTROL;
      case "processing": return Cause.SituationKnown.Origin.PROCESSING;
      default: throw new InvalidInputException(column, text, "is not declared, control or processing");
    }
  }

  /** The text of an origin ({@link #origin}'s inverse). */
  static String originKey(Cause.SituationKnown.Origin origin) {
    return origin.name().toLowerCase(Locale.ROOT);
  }

  private static Object role(String column, String text) {
    switch (text) {
      case "adult": return Role.ADULT;
      case "child": return Role.CHILD;
      default: throw new InvalidInputException(column, text, "is not \"adult\" or \"child\"");
    }
  }

  private static Object bool(String column, String text) {
    if ("true".equalsIgnoreCase(text)) {
      return Boolean.TRUE;
    }
    if ("false".equalsIgnoreCase(text)) {
      return Boolean.FALSE;
    }
    throw new InvalidInputException(column, text, "must be true or false");
  }

  private static Object zone(String column, String text) {
    switch (text) {
      case "1": return 1;
      case "2": return 2;
      case "3": return 3;
      default: throw new InvalidInputException(column, text, "is not an APL zone (1, 2 or 3)");
    }
  }

  /** An amount in euros, any number of decimals up to 9 (nano-euros), as the case format's numbers. */
  static Object amount(String column, String text) {
    BigDecimal d;
    try {
      d = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(column, text, "is not a number");
    }
    if (d.precision() - d.scale() > 12) {
      throw new InvalidInputException(column, text, "is out of range");
    }
    try {
      return Fixed.of(d.setScale(9, RoundingMode.HALF_UP));
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new InvalidInputException(column, text, "is out of range");
    }
  }

  private static Object nonNegativeAmount(String column, String text) {
    return Plausibility.monthly(column, (Long) amount(column, text), text);
  }

  /** The text of an amount, exact and without needless zeros ({@code 1200.5}, {@code 0}). */
  static String format(long amount) {
    return Fixed.toBigDecimal(amount).stripTrailingZeros().toPlainString();
  }
}
