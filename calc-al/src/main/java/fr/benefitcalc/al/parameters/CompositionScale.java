package fr.benefitcalc.al.parameters;

/**
 * A scale with one value per number of dependants up to six, then a step per further dependant
 * (R0 of arrêté du 27/09/2019 art. 15, TF of art. 14, RLS resource ceilings). Values are
 * {@link fr.benefitcalc.core.money.Fixed} amounts or rates; {@code perExtra} may be negative (TF).
 */
public record CompositionScale(long single, long couple, long one, long two, long three, long four,
    long five, long six, long perExtra) {

  /** The value for a composition; beyond six dependants, the six-dependant value plus the step. */
  public long value(boolean coupleScale, int dependants) {
    switch (dependants) {
      case 0: return coupleScale ? couple : single;
      case 1: return one;
      case 2: return two;
      case 3: return three;
      case 4: return four;
      case 5: return five;
      case 6: return six;
      default: return six + (dependants - 6) * perExtra;
    }
  }
}
