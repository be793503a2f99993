package fr.benefitcalc.core.household;

import fr.benefitcalc.core.resources.MonthlyAmounts;
import java.util.Objects;

/**
 * The dwelling ("logement").
 *
 * @param status occupancy status
 * @param rent the monthly rent without charges ("loyer hors charges"), 0 for non-tenants
 * @param zone the APL zone ("zone géographique", 1, 2 or 3; zone 1bis counts as 1), 0 if unknown
 * @param conventionne the dwelling is under an APL agreement ("logement conventionné")
 * @param shared colocation
 * @param room a room ("chambre")
 */
public record Housing(HousingStatus status, MonthlyAmounts rent, int zone, boolean conventionne,
    boolean shared, boolean room) {
  public Housing {
    if (status == null) {
      throw new InvalidInputException("housing.status", null, "is required");
    }
    Objects.requireNonNull(rent, "housing.rent");
    if (rent.hasNegative()) {
      throw new InvalidInputException("housing.rent", rent, "is negative");
    }
    if (status.isTenant() && (zone < 1 || zone > 3)) {
      throw new InvalidInputException("housing.zone", zone, "is not an APL zone (1, 2 or 3)");
    }
  }

  /** A tenant of a private unfurnished dwelling. */
  public static Housing tenant(int zone, MonthlyAmounts rent) {
    return new Housing(HousingStatus.TENANT, rent, zone, false, false, false);
  }
}
