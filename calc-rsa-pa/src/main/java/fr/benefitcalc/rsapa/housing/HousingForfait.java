package fr.benefitcalc.rsapa.housing;

import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Fixed;

/**
 * The forfait logement: the housing benefit or free housing counted as a resource, at a flat amount
 * ("forfait logement", CASF R262-9 and R262-10 for the RSA, CSS R844-3 for the prime d'activité).
 *
 * <p>The maximum is a share of the montant forfaitaire of a foyer of the same size, capped at three
 * persons: 12 % of it for one person, 16 % of the amount for two, 16.5 % of the amount for three or
 * more. A household that receives a housing benefit (AL, APL) in the month counts the benefit up to
 * that maximum; a household housed free of charge (owner without loan, lodged free) counts the
 * maximum; the larger of the two applies. A tenant without housing benefit counts nothing.
 */
public final class HousingForfait {
  private HousingForfait() {}

  /**
   * The maximum for {@code persons} persons (adults + dependent children).
   *
   * @param base the benefit's base amount of the month
   * @param secondRate the increase for the second person
   * @param furtherRate the increase for the third person
   */
  public static long maximum(int persons, long base, long secondRate, long furtherRate, long rate1, long rate2,
      long rate3) {
    if (persons <= 1) {
      return Fixed.mul(base, rate1);
    }
    if (persons == 2) {
      return Fixed.mul(base, Fixed.mul(Fixed.ONE + secondRate, rate2));
    }
    return Fixed.mul(base, Fixed.mul(Fixed.ONE + secondRate + furtherRate, rate3));
  }

  /** The forfait of the month of index {@code month}, given its maximum. */
  public static long amount(HouseholdFacts household, int month, long maximum) {
    long al = household.received(ReceivedBenefit.AL, month);
    long fromBenefit = al > 0 ? Math.min(al, maximum) : 0;
    long inKind = housedFree(household) ? maximum : 0;
    return Math.max(fromBenefit, inKind);
  }

  /** Owner without loan repayments, or lodged free of charge ("avantage en nature"). */
  public static boolean housedFree(HouseholdFacts household) {
    if (!household.hasHousing()) {
      return false;
    }
    HousingStatus s = household.housingStatus();
    return s == HousingStatus.OWNER || s == HousingStatus.LODGED_FREE;
  }
}
