package fr.benefitcalc.al.accession;

import fr.benefitcalc.al.parameters.Zoned;
import java.util.Objects;
import java.util.Optional;

/**
 * The APL accession ceilings of one period of signature dates (arrêté du 27/09/2019 art. 17 and 18): the column
 * a) of new dwellings built or bought by the accédant, the column b) of dwellings enlarged, converted from
 * premises not meant for housing, or existing dwellings bought (and, where so, improved), and, for the prêts
 * conventionnés signed from 1992-07-01 to 1994-11-27 only, the all-zones ceilings of dwellings improved by their
 * owner-occupier (art. 18 1°); after that date such works take the column b) (reading of the administration,
 * DGALN/DHUP example of 14/07/2022).
 *
 * @param built logements neufs construits ou acquis par l'accédant
 * @param other logements agrandis, aménagés, existants acquis et le cas échéant améliorés
 * @param improvedByOwner logements améliorés par leur propriétaire occupant, all zones, when the period has them
 */
public record AplCeilingTable(Zoned<AplAccessionCeilings> built, Zoned<AplAccessionCeilings> other,
    Optional<AplAccessionCeilings> improvedByOwner) {
  public AplCeilingTable {
    Objects.requireNonNull(built, "built");
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(improvedByOwner, "improvedByOwner");
  }

  /**
   * The ceilings of {@code zone} for a new dwelling ({@code newDwelling}), works by the owner-occupier on a
   * dwelling he already owns ({@code improvedByOwner}) or any other operation.
   */
  public AplAccessionCeilings of(int zone, boolean newDwelling, boolean improvedByOwner) {
    if (improvedByOwner && this.improvedByOwner.isPresent()) {
      return this.improvedByOwner.get();
    }
    return (newDwelling ? built : other).zone(zone);
  }
}
