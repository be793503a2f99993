package fr.benefitcalc.al.foyer;

/**
 * A monthly amount by household composition, as the foyer scales give it: single, couple without dependant,
 * one to four dependants, and the increase per dependant beyond four.
 *
 * @param single bénéficiaire isolé
 * @param couple couple sans personne à charge
 * @param one one dependant
 * @param two two dependants
 * @param three three dependants
 * @param four four dependants
 * @param extra per dependant beyond four
 */
public record CompositionCeilings(long single, long couple, long one, long two, long three, long four, long extra) {
  /** The amount for a couple (or not) with {@code dependants} dependants. */
  public long of(boolean isCouple, int dependants) {
    switch (dependants) {
      case 0: return isCouple ? couple : single;
      case 1: return one;
      case 2: return two;
      case 3: return three;
      default: return four + extra * (dependants - 4);
    }
  }
}
