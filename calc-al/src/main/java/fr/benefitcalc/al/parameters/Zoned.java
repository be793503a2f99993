package fr.benefitcalc.al.parameters;

import fr.benefitcalc.core.household.InvalidInputException;
import java.util.Objects;

/**
 * One value per APL zone ("zone géographique" I, II, III; zone 1bis counts as I).
 *
 * @param zone1 zone I
 * @param zone2 zone II
 * @param zone3 zone III
 * @param <T> the value's type
 */
public record Zoned<T>(T zone1, T zone2, T zone3) {
  public Zoned {
    Objects.requireNonNull(zone1, "zone1");
    Objects.requireNonNull(zone2, "zone2");
    Objects.requireNonNull(zone3, "zone3");
  }

  /** The value of zone 1, 2 or 3; another zone is an error naming it. */
  public T zone(int zone) {
    switch (zone) {
      case 1: return zone1;
      case 2: return zone2;
      case 3: return zone3;
      default: throw new InvalidInputException("housing.zone", zone, "is not an APL zone (1, 2 or 3)");
    }
  }
}
