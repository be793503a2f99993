package fr.benefitcalc.al.accession;

/**
 * Montant forfaitaire au titre des charges of a co-owning household (arrêté du 27/09/2019 art. 24 2°; CCH
 * D832-16 2°).
 *
 * @param single bénéficiaire isolé
 * @param couple couple sans personne à charge
 * @param perDependant majoration par personne à charge
 */
public record CoOwnerCharges(long single, long couple, long perDependant) {
  /** C of a couple (or not) with {@code dependants} dependants. */
  public long of(boolean isCouple, int dependants) {
    return (isCouple ? couple : single) + perDependant * dependants;
  }
}
