package fr.benefitcalc.al.accession;

import fr.benefitcalc.core.household.InvalidInputException;

/**
 * The AL accession ceilings of the three zones.
 *
 * @param zone1 zone I
 * @param zone2 zone II
 * @param zone3 zone III
 */
public record ZonedAccessionCeilings(AccessionCeilings zone1, AccessionCeilings zone2, AccessionCeilings zone3) {
  /** The ceilings of zone 1, 2 or 3; another zone is an error naming it. */
  public AccessionCeilings zone(int zone) {
    switch (zone) {
      case 1: return zone1;
      case 2: return zone2;
      case 3: return zone3;
      default: throw new InvalidInputException("housing.zone", zone, "is not an APL zone (1, 2 or 3)");
    }
  }
}
