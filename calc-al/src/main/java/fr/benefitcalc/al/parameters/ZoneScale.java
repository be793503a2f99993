package fr.benefitcalc.al.parameters;

/**
 * A scale by household composition in the form used for rent ceilings, reference rents and RLS amounts
 * ("personne seule / couple sans personne à charge / une personne à charge / par personne à charge
 * supplémentaire"). Amounts in {@link fr.benefitcalc.core.money.Fixed} nano-euros.
 *
 * @param single single person without dependant
 * @param couple couple without dependant
 * @param oneDependant single person or couple with one dependant
 * @param perExtraDependant increase for each dependant beyond the first
 */
public record ZoneScale(long single, long couple, long oneDependant, long perExtraDependant) {

  /** The amount for a composition: the couple scale applies with no dependant only. */
  public long value(boolean coupleScale, int dependants) {
    if (dependants <= 0) {
      return coupleScale ? couple : single;
    }
    return oneDependant + (dependants - 1) * perExtraDependant;
  }
}
