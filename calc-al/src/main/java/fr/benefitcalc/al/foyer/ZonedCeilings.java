package fr.benefitcalc.al.foyer;

import fr.benefitcalc.core.household.InvalidInputException;

/**
 * One {@link CompositionCeilings} per APL zone (I, II, III).
 *
 * @param zone1 zone I
 * @param zone2 zone II
 * @param zone3 zone III
 */
public record ZonedCeilings(CompositionCeilings zone1, CompositionCeilings zone2, CompositionCeilings zone3) {
  /** The scale of zone 1, 2 or 3; another zone is an error naming it. */
  public CompositionCeilings zone(int zone) {
    switch (zone) {
      case 1: return zone1;
      case 2: return zone2;
      case 3: return zone3;
      default: throw new InvalidInputException("housing.zone", zone, "is not an APL zone (1, 2 or 3)");
    }
  }
}
