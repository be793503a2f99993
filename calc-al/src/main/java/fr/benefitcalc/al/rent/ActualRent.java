package fr.benefitcalc.al.rent;

import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.money.Fixed;
import java.math.RoundingMode;

/**
 * Loyer principal pris en compte, "L_reel" (CCH D823-16 2°, D823-18 last paragraph, D842-2): the
 * monthly rent without charges; two thirds of it for a furnished dwelling under the allocations de
 * logement, and for the APL only when the furnished dwelling is a room.
 *
 * <p>The texts do not round it; OpenFisca-France, the reference model, rounds it to the euro (half to
 * even), so do we.
 */
public final class ActualRent {
  private static final long TWO = 2;
  private static final long THREE = 3;

  private ActualRent() {}

  /**
   * L_reel of a month whose rent without charges is {@code rent}, for a dwelling of this status, a
   * room or not; {@code apl} when the dwelling is conventionné.
   */
  public static long of(long rent, HousingStatus status, boolean room, boolean apl) {
    boolean furnished = status == HousingStatus.TENANT_FURNISHED;
    boolean twoThirds = furnished && (!apl || room);
    long taken = twoThirds ? Fixed.mulDiv(rent, TWO, THREE, RoundingMode.HALF_EVEN) : rent;
    return Fixed.roundTo(taken, Fixed.EURO, RoundingMode.HALF_EVEN);
  }
}
