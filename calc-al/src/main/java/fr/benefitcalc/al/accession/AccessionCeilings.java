package fr.benefitcalc.al.accession;

/**
 * Mensualités plafonds of the AL accession for one zone (arrêté du 27/09/2019 art. 33): single, couple without
 * dependant, one to five dependants, and the increase per dependant beyond five.
 *
 * @param single isolé
 * @param couple couple
 * @param one one dependant
 * @param two two dependants
 * @param three three dependants
 * @param four four dependants
 * @param five five dependants
 * @param extra per dependant beyond five
 */
public record AccessionCeilings(long single, long couple, long one, long two, long three, long four, long five, long extra) {
  /** The ceiling of a couple (or not) with {@code dependants} dependants. */
  public long of(boolean isCouple, int dependants) {
    switch (dependants) {
      case 0: return isCouple ? couple : single;
      case 1: return one;
      case 2: return two;
      case 3: return three;
      case 4: return four;
      default: return five + extra * (dependants - 5);
    }
  }
}
