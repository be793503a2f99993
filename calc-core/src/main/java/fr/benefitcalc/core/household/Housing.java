package fr.benefitcalc.core.household;

import fr.benefitcalc.core.resources.MonthlyAmounts;
import java.util.Objects;
import java.util.Optional;

/**
 * The dwelling ("logement").
 *
 * @param status occupancy status
 * @param rent the monthly rent without charges ("loyer hors charges"), 0 for non-tenants
 * @param zone the APL zone ("zone géographique", 1, 2 or 3; zone 1bis counts as 1), 0 if unknown
 * @param conventionne the dwelling is under an APL agreement ("logement conventionné")
 * @param shared colocation
 * @param room a room ("chambre")
 * @param foyer the logement-foyer, present exactly when the status is {@link HousingStatus#FOYER}; then
 *     {@code rent} is the redevance's équivalence de loyer et de charges locatives
 * @param loan the loan, present exactly when the status is {@link HousingStatus#HOME_BUYER}
 */
public record Housing(HousingStatus status, MonthlyAmounts rent, int zone, boolean conventionne,
    boolean shared, boolean room, Optional<Foyer> foyer, Optional<Loan> loan) {
  public Housing {
    Objects.requireNonNull(foyer, "housing.foyer");
    Objects.requireNonNull(loan, "housing.loan");
    if (status == null) {
      throw new InvalidInputException("housing.status", null, "is required");
    }
    Objects.requireNonNull(rent, "housing.rent");
    if (rent.hasNegative()) {
      throw new InvalidInputException("housing.rent", rent, "is negative");
    }
    if ((status.isTenant() || status == HousingStatus.FOYER || status == HousingStatus.HOME_BUYER)
        && (zone < 1 || zone > 3)) {
      throw new InvalidInputException("housing.zone", zone, "is not an APL zone (1, 2 or 3)");
    }
    if (foyer.isPresent() != (status == HousingStatus.FOYER)) {
      throw new InvalidInputException("housing.foyer", foyer.isPresent() ? "present" : "absent",
          "is given exactly for the status foyer (status " + status.key() + ")");
    }
    if (loan.isPresent() != (status == HousingStatus.HOME_BUYER)) {
      throw new InvalidInputException("housing.loan", loan.isPresent() ? "present" : "absent",
          "is given exactly for the status home-buyer (status " + status.key() + ")");
    }
  }

  /** A dwelling that is neither a foyer nor bought with a loan. */
  public Housing(HousingStatus status, MonthlyAmounts rent, int zone, boolean conventionne, boolean shared, boolean room) {
    this(status, rent, zone, conventionne, shared, room, Optional.empty(), Optional.empty());
  }

  /** A resident of a logement-foyer paying the équivalence de loyer et de charges {@code rent}. */
  public static Housing foyer(int zone, MonthlyAmounts rent, boolean conventionne, Foyer foyer) {
    return new Housing(HousingStatus.FOYER, rent, zone, conventionne, false, false, Optional.of(foyer), Optional.empty());
  }

  /** An accédant à la propriété repaying {@code loan}. */
  public static Housing homeBuyer(int zone, Loan loan) {
    return new Housing(HousingStatus.HOME_BUYER, MonthlyAmounts.none(), zone, false, false, false, Optional.empty(),
        Optional.of(loan));
  }

  /** A tenant of a private unfurnished dwelling. */
  public static Housing tenant(int zone, MonthlyAmounts rent) {
    return new Housing(HousingStatus.TENANT, rent, zone, false, false, false);
  }
}
