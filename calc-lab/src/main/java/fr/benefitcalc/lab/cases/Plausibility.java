package fr.benefitcalc.lab.cases;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/**
 * The plausibility rules of every input format (case files, timeline files, population files; see
 * {@code docs/input-plausibility.md}): a value the law allows but no real household can have is a data
 * error, refused with the field and the value, before any computation. The bounds are assumptions, not law:
 * they are far above any amount these benefits' households have, and far below the values that overflow
 * the arithmetic or make the computation explode.
 */
public final class Plausibility {
  /**
   * The largest monthly amount accepted (income, rent, benefit received): 10 M€ (assumption: about
   * 5 000 times the SMIC; beyond, the value is a unit or typing error, e.g. cents given as euros).
   */
  public static final long MAX_MONTHLY = Fixed.euros("10000000");
  /** The largest annual amount accepted (annual self-employed results, a resource base): 12 times {@link #MAX_MONTHLY}. */
  public static final long MAX_ANNUAL = Fixed.times(MAX_MONTHLY, 12);
  /**
   * The most persons in a household: 30 (assumption; INSEE counts households of 6 persons or more as about
   * 1.5 % of households, and the computation grows with the square of the household's size).
   */
  public static final int MAX_PERSONS = 30;
  /** The earliest birth date accepted. */
  public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
  /**
   * The income categories that may be negative: the annual result of a self-employed activity, which may be
   * a deficit (déficit BIC/BNC/BA, CGI art. 156). Every other income (salaries, unemployment benefits,
   * pensions, alimony) is 0 or more.
   */
  public static final Set<IncomeCategory> MAY_BE_NEGATIVE = EnumSet.of(IncomeCategory.SELF_EMPLOYED_ANNUAL);

  private Plausibility() {}

  /** An income amount of {@code category}; returns it, or an {@link InvalidInputException} naming {@code field}. */
  public static long income(String field, IncomeCategory category, long amount, Object shown) {
    if (amount < 0 && !MAY_BE_NEGATIVE.contains(category)) {
      throw new InvalidInputException(field, shown, "is negative: only " + MAY_BE_NEGATIVE.iterator().next().key()
          + " (a self-employed deficit) may be");
    }
    long max = category.isAnnual() ? MAX_ANNUAL : MAX_MONTHLY;
    if (amount > max || amount < -max) {
      throw new InvalidInputException(field, shown, "is not plausible: above " + Fixed.toBigDecimal(max).toPlainString()
          + " € " + (category.isAnnual() ? "a year" : "a month") + " in absolute value");
    }
    return amount;
  }

  /** A monthly amount that is 0 or more (rent, benefit received). */
  public static long monthly(String field, long amount, Object shown) {
    if (amount < 0) {
      throw new InvalidInputException(field, shown, "is negative");
    }
    if (amount > MAX_MONTHLY) {
      throw new InvalidInputException(field, shown, "is not plausible: above "
          + Fixed.toBigDecimal(MAX_MONTHLY).toPlainString() + " € a month");
    }
    return amount;
  }

  /** An annual amount that is 0 or more (a resource base). */
  public static long annual(String field, long amount, Object shown) {
    if (amount < 0) {
      throw new InvalidInputException(field, shown, "is negative");
    }
    if (amount > MAX_ANNUAL) {
      throw new InvalidInputException(field, shown, "is not plausible: above "
          + Fixed.toBigDecimal(MAX_ANNUAL).toPlainString() + " € a year");
    }
    return amount;
  }

  /** The number of persons of a household. */
  public static void persons(String field, int persons) {
    if (persons > MAX_PERSONS) {
      throw new InvalidInputException(field, persons + " persons", "is not plausible: at most " + MAX_PERSONS);
    }
  }

  /**
   * A birth date, for a computation whose last month is {@code lastMonth}: not before {@link #EARLIEST_BIRTH}, not
   * after the end of {@code lastMonth} (a person born after the months computed is not in the household yet).
   */
  public static LocalDate birth(String field, LocalDate birth, YearMonth lastMonth) {
    if (birth.isBefore(EARLIEST_BIRTH)) {
      throw new InvalidInputException(field, birth, "is not plausible: before " + EARLIEST_BIRTH);
    }
    if (birth.isAfter(lastMonth.atEndOfMonth())) {
      throw new InvalidInputException(field, birth, "is after the months computed (up to " + lastMonth + ")");
    }
    return birth;
  }

  /** Every person of {@code household} born by the end of {@code lastMonth} (and not before {@link #EARLIEST_BIRTH}). */
  public static void births(Household household, YearMonth lastMonth, String field) {
    for (Person p : household.persons()) {
      birth(field + " (person " + p.id() + ")", p.birthDate(), lastMonth);
    }
  }
}
