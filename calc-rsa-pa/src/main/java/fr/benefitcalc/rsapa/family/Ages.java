package fr.benefitcalc.rsapa.family;

import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.time.Months;
import java.time.LocalDate;

/** Ages in whole years on the first day of a month ("âge au premier jour du mois"), without allocation. */
public final class Ages {
  private Ages() {}

  /**
   * Whether a child counts in the foyer in the month of index {@code monthIndex}: from the month of its
   * birth, whatever the day (a change of situation takes effect from the first day of the calendar month in
   * which it occurs: the agency's rule for the RSA, CASF L262-21 and circulaire CNAF n° 2010-130, and for
   * the prime d'activité, CSS L842-3 month by month); or, {@code evenBeforeBirth} (OpenFisca-France, whose
   * age conditions have no lower bound), in every month, before its birth too.
   */
  public static boolean counted(Person person, int monthIndex, boolean evenBeforeBirth) {
    if (evenBeforeBirth) {
      return true;
    }
    LocalDate birth = person.birthDate();
    return birth.getYear() < Months.year(monthIndex)
        || (birth.getYear() == Months.year(monthIndex) && birth.getMonthValue() <= Months.monthOfYear(monthIndex));
  }

  /** The person's age in whole years on the first day of the month of index {@code monthIndex}. */
  public static int yearsAt(Person person, int monthIndex) {
    LocalDate birth = person.birthDate();
    int month = Months.monthOfYear(monthIndex);
    int age = Months.year(monthIndex) - birth.getYear();
    if (month < birth.getMonthValue() || (month == birth.getMonthValue() && birth.getDayOfMonth() > 1)) {
      age--;
    }
    return age;
  }
}
