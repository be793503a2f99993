package fr.benefitcalc.al.rent;

import fr.benefitcalc.al.parameters.MonthParameters;
import fr.benefitcalc.al.parameters.RoomCoefficients;
import fr.benefitcalc.core.money.Fixed;

/**
 * Plafond de loyer "L_plaf" (CCH D823-16 2°; arrêté du 27/09/2019 art. 7, 8 and 16): the ceiling of
 * the zone for the composition; for a room, 90 % of the single-person ceiling whatever the family;
 * in colocation, 75 % of the ceiling; rounded to the nearest cent.
 */
public final class RentCeiling {
  private RentCeiling() {}

  /** L_plaf for the month's parameters. */
  public static long of(MonthParameters p, int zone, boolean coupleScale, int dependants, boolean room, boolean shared) {
    long base = room ? p.rentCeilings().zone(zone).single() : p.rentCeilings().zone(zone).value(coupleScale, dependants);
    RoomCoefficients c = p.roomCoefficients();
    long ceiling = base;
    if (shared) {
      ceiling = Fixed.mul(ceiling, c.colocation());
    }
    if (room) {
      ceiling = Fixed.mul(ceiling, c.room());
    }
    return Fixed.toCent(ceiling);
  }

  /** Loyer retenu "L": the actual rent within the ceiling. */
  public static long eligibleRent(long actualRent, long ceiling) {
    return Math.min(actualRent, ceiling);
  }
}
