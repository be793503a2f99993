package fr.benefitcalc.rsapa.family;

import fr.benefitcalc.core.money.Fixed;

/**
 * The coefficient of the montant forfaitaire by composition of the foyer (CASF R262-1 for the RSA,
 * CSS D843-1 for the prime d'activité): 1 for the first person, + 50 % for the second, + 30 % for
 * each further person, + 40 % instead for each child from the third person on when the foyer has
 * more than two children (for a lone parent, from the third child; for a couple, from the third
 * child too, who is the fifth person).
 *
 * <p>Example: a couple with two children is 1 + 0.5 + 0.3 + 0.3 = 2.1; a lone parent with three
 * children 1 + 0.5 + 0.3 + 0.4 = 2.2.
 */
public final class CompositionScale {
  private CompositionScale() {}

  /**
   * The coefficient for {@code adults} (1 or 2) and {@code children} dependent children, given the
   * rates of the second person, of each further person and of each further child.
   */
  public static long coefficient(int adults, int children, long secondRate, long furtherRate, long furtherChildRate) {
    int persons = adults + children;
    long c = Fixed.ONE;
    if (persons >= 2) {
      c += secondRate;
    }
    if (persons >= 3) {
      c += furtherRate;
    }
    if (persons >= 4) {
      c += adults == 1 ? furtherChildRate : furtherRate;
    }
    if (persons > 4) {
      c += Fixed.times(furtherChildRate, persons - 4);
    }
    return c;
  }

  /** The coefficient of the increase for isolation: base rate + rate per child × children. */
  public static long loneParentCoefficient(int children, long baseRate, long perChildRate) {
    return baseRate + Fixed.times(perChildRate, children);
  }
}
