package fr.benefitcalc.rsapa.family;

import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.time.Months;
import java.time.LocalDate;

/** Ages in whole years on the first day of a month ("âge au premier jour du mois"), without allocation. */
public final class Ages {
  private Ages() {}

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
