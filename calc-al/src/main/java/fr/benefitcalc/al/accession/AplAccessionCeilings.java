package fr.benefitcalc.al.accession;

/**
 * Mensualités plafonds of the APL accession for one zone and one kind of operation (arrêté du 27/09/2019 art. 17
 * and 18; CCH D832-10 3°): « bénéficiaire isolé », « couple sans personne à charge », « bénéficiaire isolé ou
 * couple ayant une personne à charge », « par personne supplémentaire à charge ».
 *
 * @param single isolé without dependant
 * @param couple couple without dependant
 * @param one single or couple with one dependant
 * @param extra per dependant beyond the first
 */
public record AplAccessionCeilings(long single, long couple, long one, long extra) {
  /** The ceiling of a couple (or not) with {@code dependants} dependants. */
  public long of(boolean isCouple, int dependants) {
    if (dependants == 0) {
      return isCouple ? couple : single;
    }
    return one + extra * (dependants - 1);
  }
}
