package fr.benefitcalc.rsapa.rsa;

import fr.benefitcalc.core.household.HouseholdFacts;

/**
 * Conditions of the RSA not increased for isolation (CASF L262-4): a member of the couple is over 25
 * or has the charge of a child born or to be born (1°), and is not a pupil, student or trainee (3°).
 * The RSA majoré does not require these conditions (L262-4, 3°: "cette condition n'est pas
 * applicable aux personnes ayant droit à la majoration"), see {@link Rsa}.
 *
 * <p>Not modelled (no input): the nationality and residence conditions (2°), the "RSA jeune actif"
 * of persons aged 18 to 24 who worked 3 214 hours in three years (L262-7-1, D262-25-1), the
 * exclusion of parental leave (4°).
 */
public final class RsaEligibility {
  private RsaEligibility() {}

  /**
   * Whether the foyer is eligible in the month of index {@code month}.
   *
   * @param pregnancyCounts a pregnancy counts as a child to be born (the law); OpenFisca ignores it
   */
  public static boolean eligible(HouseholdFacts household, RsaMonthParameters parameters, int month, int dependentChildren,
      boolean pregnancyCounts) {
    int minimumAge = parameters.minimumAge();
    for (int i = 0; i < household.personCount(); i++) {
      if (!household.isAdult(i) || household.student(i)) {
        continue;
      }
      if (household.ageAt(i, month) >= minimumAge || dependentChildren > 0 || (pregnancyCounts && household.pregnant(i))) {
        return true;
      }
    }
    return false;
  }
}
