package fr.benefitcalc.rsapa.family;

import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.household.Person;
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
  public static boolean counted(HouseholdFacts household, int person, int monthIndex, boolean evenBeforeBirth) {
    return evenBeforeBirth || household.bornBy(person, monthIndex);
  }

  /** The person's age in whole years on the first day of the month of index {@code monthIndex} ({@link HouseholdFacts#ageOnFirstDay}). */
  public static int yearsAt(Person person, int monthIndex) {
    LocalDate birth = person.birthDate();
    return HouseholdFacts.ageOnFirstDay(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), monthIndex);
  }
}
