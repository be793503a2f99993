package fr.benefitcalc.testkit.generators;

/**
 * How rents are drawn: as a multiple of a reference rent that depends on the zone and the
 * composition (the AL rent ceilings of the arrêté du 27 septembre 2024, zone 1, 2, 3: single, couple,
 * one dependant, each further dependant; used here only to place the rents drawn, the rules read their
 * own table), drawn uniformly in a range per kind of landlord (private, furnished, social) and zone.
 * {@link #legacy()} is the former uniform draw, 250 € to 850 + 200 × persons €, whatever the zone.
 *
 * @param ceilings the reference rents in cents, [zone 1..3][single, couple, one dependant, per further dependant]
 * @param privateRange lowest and highest multiple for a private (or furnished) tenant, per zone [zone][2]
 * @param socialRange lowest and highest multiple for a social tenant
 */
public record RentModel(long[][] ceilings, double[][] privateRange, double[] socialRange) {

  /** 2024-10 ceilings; private rents 1.1-2.4 × in zone 1, 1.0-1.9 × in zone 2, 0.9-1.6 × in zone 3; social 0.8-1.25 ×. */
  public static RentModel calibrated() {
    return new RentModel(new long[][] {{32971, 39764, 44943, 6521}, {28735, 35172, 39577, 5761}, {26932, 32648, 36607, 5247}},
        new double[][] {{1.1, 2.4}, {1.0, 1.9}, {0.9, 1.6}}, new double[] {0.8, 1.25});
  }

  /** The former draw (uniform 250 € .. 850 + 200 × persons €). */
  public static RentModel legacy() {
    return new RentModel(new long[0][], new double[0][], new double[0]);
  }

  /** Whether this is {@link #legacy()}. */
  public boolean isLegacy() {
    return ceilings.length == 0;
  }

  /** The reference rent in cents of a zone (1..3) for a household of {@code adults} and {@code dependants}. */
  public long reference(int zone, int adults, int dependants) {
    long[] z = ceilings[zone - 1];
    if (dependants == 0) {
      return adults == 2 ? z[1] : z[0];
    }
    return z[2] + (dependants - 1) * z[3];
  }
}
