package fr.benefitcalc.al.accession;

import fr.benefitcalc.al.parameters.Zoned;

/**
 * The APL accession ceilings of one period of signature dates (arrêté du 27/09/2019 art. 17 and 18 2°): the
 * column a) of new dwellings built or bought by the accédant and the column b) of dwellings enlarged, converted
 * from premises not meant for housing, or existing dwellings bought (and, where so, improved).
 *
 * @param built logements neufs construits ou acquis par l'accédant
 * @param other logements agrandis, aménagés, existants acquis et le cas échéant améliorés
 */
public record AplCeilingTable(Zoned<AplAccessionCeilings> built, Zoned<AplAccessionCeilings> other) {
  /** The ceilings of {@code zone} for a new dwelling ({@code newDwelling}) or any other operation. */
  public AplAccessionCeilings of(int zone, boolean newDwelling) {
    return (newDwelling ? built : other).zone(zone);
  }
}
