package fr.benefitcalc.rsapa.family;

import fr.benefitcalc.core.household.HouseholdFacts;

/**
 * Eligibility to the increase for isolation ("majoration pour isolement", RSA majoré: CASF L262-9,
 * R262-2; prime d'activité majorée: CSS L842-7): a person alone ("isolé") who is pregnant or has a
 * dependent child, while the youngest child is under 3, or within the months that follow the
 * isolation ({@link HouseholdFacts#recentIsolation()}, the 12 months within 18 of CASF R262-2), or while
 * pregnant.
 */
public final class LoneParentIncrease {
  private LoneParentIncrease() {}

  /**
   * Whether the foyer opens the increase in the month of index {@code month}; a child counts from the
   * month of its birth, or in every month with {@code evenBeforeBirth} ({@link Ages#counted}).
   */
  public static boolean applies(HouseholdFacts household, FamilyMonthParameters p, int month, int dependentChildren,
      boolean evenBeforeBirth) {
    if (household.couple()) {
      return false;
    }
    boolean pregnant = pregnant(household);
    if (!pregnant && dependentChildren == 0) {
      return false;
    }
    return pregnant || household.recentIsolation()
        || hasChildUnder(household, month, p.isolationYoungChildAge(), evenBeforeBirth);
  }

  /** Whether an adult of the foyer is pregnant. */
  public static boolean pregnant(HouseholdFacts household) {
    for (int i = 0; i < household.personCount(); i++) {
      if (household.isAdult(i) && household.pregnant(i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasChildUnder(HouseholdFacts household, int month, int ageLimit, boolean evenBeforeBirth) {
    for (int i = 0; i < household.personCount(); i++) {
      if (!household.isAdult(i)) {
        if (Ages.counted(household, i, month, evenBeforeBirth) && household.ageAt(i, month) < ageLimit) {
          return true;
        }
      }
    }
    return false;
  }
}
