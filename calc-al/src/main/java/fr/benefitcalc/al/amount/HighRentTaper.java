package fr.benefitcalc.al.amount;

import fr.benefitcalc.al.parameters.MonthParameters;
import fr.benefitcalc.al.parameters.TaperCoefficients;
import fr.benefitcalc.core.money.Fixed;
import java.math.RoundingMode;

/**
 * Dégressivité and suppression for high rents (CCH D823-16, 5th paragraph; arrêté du 27/09/2019 art. 10):
 * "Le montant ainsi calculé est diminué lorsque le loyer principal dépasse un plafond de dégressivité. Il
 * décroît proportionnellement au dépassement de ce plafond, de telle sorte qu'il soit nul lorsqu'il
 * atteint un plafond de suppression." Both ceilings are the rent ceiling L_plaf times a coefficient of
 * the zone, rounded to the cent; the rent compared is the actual rent L_reel.
 */
public final class HighRentTaper {
  private HighRentTaper() {}

  /** The plafond de dégressivité D. */
  public static long taperRent(MonthParameters p, int zone, long ceiling) {
    return Fixed.toCent(Fixed.mul(ceiling, p.taper().zone(zone).taper()));
  }

  /** The plafond de suppression S. */
  public static long cutOffRent(MonthParameters p, int zone, long ceiling) {
    TaperCoefficients c = p.taper().zone(zone);
    return Fixed.toCent(Fixed.mul(ceiling, c.cutOff()));
  }

  /** The coefficient 1, (S − L_reel) / (S − D) or 0, as a rate (for the trace). */
  public static long coefficient(long actualRent, long taperRent, long cutOffRent) {
    if (actualRent <= taperRent) {
      return Fixed.ONE;
    }
    if (actualRent > cutOffRent) {
      return 0;
    }
    return Fixed.ratio(cutOffRent - actualRent, cutOffRent - taperRent);
  }

  /** The amount when the taper does not apply (AAH, AEEH), rounded to the cent like a tapered one. */
  public static long exempt(long amount) {
    return Fixed.toCent(amount);
  }

  /** The amount after the taper, rounded to the cent (also when the rent is below the taper ceiling). */
  public static long apply(long amount, long actualRent, long taperRent, long cutOffRent) {
    if (actualRent <= taperRent) {
      return Fixed.toCent(amount);
    }
    if (actualRent > cutOffRent) {
      return 0;
    }
    return Fixed.toCent(Fixed.mulDiv(amount, cutOffRent - actualRent, cutOffRent - taperRent, RoundingMode.HALF_UP));
  }
}
