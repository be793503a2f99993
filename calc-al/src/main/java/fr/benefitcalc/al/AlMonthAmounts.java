package fr.benefitcalc.al;

import fr.benefitcalc.al.amount.HighRentTaper;
import fr.benefitcalc.al.parameters.MonthParameters;
import fr.benefitcalc.al.participation.PersonalParticipation;
import fr.benefitcalc.al.participation.RentRate;
import fr.benefitcalc.al.rent.FlatRateCharges;
import fr.benefitcalc.al.rent.RentCeiling;
import java.util.Objects;

/**
 * The amounts the tenants' AL derives from the parameters of a month ({@link MonthParameters}) for each
 * composition, computed once per rule set and month, each by the class of its legal step, so that a
 * household's computation reads them instead of multiplying and rounding the same parameters again:
 * the plafond de loyer L_plaf ({@link RentCeiling}, by zone, couple scale, dependants, room and colocation),
 * the plafonds de dégressivité D and de suppression S of that ceiling ({@link HighRentTaper}), the forfait
 * charges C ({@link FlatRateCharges}), R0 and TF ({@link PersonalParticipation}) and the loyer de référence LR
 * ({@link RentRate}). Compositions beyond {@link #DEPENDANTS_HELD} dependants, or a zone other than 1 to 3, are
 * computed by the same classes when asked. Immutable.
 */
final class AlMonthAmounts {
  /** The compositions held: 0 to this number of dependants; beyond it the amounts are computed. */
  static final int DEPENDANTS_HELD = 8;
  private static final int FAMILIES = 2 * (DEPENDANTS_HELD + 1);

  private final MonthParameters parameters;
  /** Whether the compositions are tabled (else every amount is computed when asked). */
  private final boolean tabled;
  // by family (couple scale, dependants)
  private final long[] charges; // × colocation
  private final long[] resourceAllowance;
  private final long[] familyRate;
  private final long[] referenceRent;
  // by dwelling (zone, family, room, colocation)
  private final long[] rentCeiling;
  private final long[] taperRent;
  private final long[] cutOffRent;

  private AlMonthAmounts(MonthParameters p, boolean tabled) {
    this.parameters = Objects.requireNonNull(p, "parameters");
    this.tabled = tabled;
    int families = tabled ? FAMILIES : 0;
    this.charges = new long[2 * families];
    this.resourceAllowance = new long[families];
    this.familyRate = new long[families];
    this.referenceRent = new long[families];
    this.rentCeiling = new long[3 * families * 4];
    this.taperRent = new long[3 * families * 4];
    this.cutOffRent = new long[3 * families * 4];
    for (int couple = 0; tabled && couple <= 1; couple++) {
      for (int n = 0; n <= DEPENDANTS_HELD; n++) {
        int f = family(couple == 1, n);
        resourceAllowance[f] = PersonalParticipation.resourceAllowance(p, couple == 1, n);
        familyRate[f] = PersonalParticipation.familyRate(p, couple == 1, n);
        referenceRent[f] = RentRate.referenceRent(p, couple == 1, n);
        for (int shared = 0; shared <= 1; shared++) {
          charges[2 * f + shared] = FlatRateCharges.of(p, couple == 1, n, shared == 1);
        }
        for (int zone = 1; zone <= 3; zone++) {
          for (int room = 0; room <= 1; room++) {
            for (int shared = 0; shared <= 1; shared++) {
              int d = dwelling(zone, f, room == 1, shared == 1);
              long ceiling = RentCeiling.of(p, zone, couple == 1, n, room == 1, shared == 1);
              rentCeiling[d] = ceiling;
              taperRent[d] = HighRentTaper.taperRent(p, zone, ceiling);
              cutOffRent[d] = HighRentTaper.cutOffRent(p, zone, ceiling);
            }
          }
        }
      }
    }
  }

  /** The amounts derived from the parameters {@code p} of a month, tabled. */
  static AlMonthAmounts of(MonthParameters p) {
    return new AlMonthAmounts(p, true);
  }

  /** The amounts derived from the parameters {@code p} of a month, each computed when asked (a month not cached). */
  static AlMonthAmounts computedWhenAsked(MonthParameters p) {
    return new AlMonthAmounts(p, false);
  }

  /** The parameters they derive from. */
  MonthParameters parameters() {
    return parameters;
  }

  private static int family(boolean couple, int dependants) {
    return (couple ? DEPENDANTS_HELD + 1 : 0) + dependants;
  }

  private static int dwelling(int zone, int family, boolean room, boolean shared) {
    return (((zone - 1) * FAMILIES + family) * 2 + (room ? 1 : 0)) * 2 + (shared ? 1 : 0);
  }

  private boolean held(int dependants) {
    return tabled && dependants >= 0 && dependants <= DEPENDANTS_HELD;
  }

  private boolean held(int zone, int dependants) {
    return zone >= 1 && zone <= 3 && held(dependants);
  }

  /** {@link RentCeiling#of}: L_plaf. */
  long rentCeiling(int zone, boolean couple, int dependants, boolean room, boolean shared) {
    return held(zone, dependants) ? rentCeiling[dwelling(zone, family(couple, dependants), room, shared)]
        : RentCeiling.of(parameters, zone, couple, dependants, room, shared);
  }

  /** {@link HighRentTaper#taperRent} of the {@link #rentCeiling}: D. */
  long taperRent(int zone, boolean couple, int dependants, boolean room, boolean shared) {
    return held(zone, dependants) ? taperRent[dwelling(zone, family(couple, dependants), room, shared)]
        : HighRentTaper.taperRent(parameters, zone, rentCeiling(zone, couple, dependants, room, shared));
  }

  /** {@link HighRentTaper#cutOffRent} of the {@link #rentCeiling}: S. */
  long cutOffRent(int zone, boolean couple, int dependants, boolean room, boolean shared) {
    return held(zone, dependants) ? cutOffRent[dwelling(zone, family(couple, dependants), room, shared)]
        : HighRentTaper.cutOffRent(parameters, zone, rentCeiling(zone, couple, dependants, room, shared));
  }

  /** {@link FlatRateCharges#of}: C. */
  long charges(boolean couple, int dependants, boolean shared) {
    return held(dependants) ? charges[2 * family(couple, dependants) + (shared ? 1 : 0)]
        : FlatRateCharges.of(parameters, couple, dependants, shared);
  }

  /** {@link PersonalParticipation#resourceAllowance}: R0. */
  long resourceAllowance(boolean couple, int dependants) {
    return held(dependants) ? resourceAllowance[family(couple, dependants)]
        : PersonalParticipation.resourceAllowance(parameters, couple, dependants);
  }

  /** {@link PersonalParticipation#familyRate}: TF. */
  long familyRate(boolean couple, int dependants) {
    return held(dependants) ? familyRate[family(couple, dependants)]
        : PersonalParticipation.familyRate(parameters, couple, dependants);
  }

  /** {@link RentRate#referenceRent}: LR. */
  long referenceRent(boolean couple, int dependants) {
    return held(dependants) ? referenceRent[family(couple, dependants)]
        : RentRate.referenceRent(parameters, couple, dependants);
  }
}
