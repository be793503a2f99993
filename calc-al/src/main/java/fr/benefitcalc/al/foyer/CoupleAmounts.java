package fr.benefitcalc.al.foyer;

/**
 * An amount for a single person and for a couple.
 *
 * @param single personne seule
 * @param couple couple
 */
public record CoupleAmounts(long single, long couple) {
  /** The amount of a couple or of a single person. */
  public long of(boolean isCouple) {
    return isCouple ? couple : single;
  }
}
