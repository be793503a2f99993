package fr.benefitcalc.al;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.benefitcalc.al.amount.HighRentTaper;
import fr.benefitcalc.al.parameters.MonthParameters;
import fr.benefitcalc.al.participation.PersonalParticipation;
import fr.benefitcalc.al.participation.RentRate;
import fr.benefitcalc.al.rent.FlatRateCharges;
import fr.benefitcalc.al.rent.RentCeiling;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.Months;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The tenants' amounts tabled by composition ({@link AlMonthAmounts}): the published amounts
 * (reference-rules.md §1.5-1.7), and, for every composition and month, what the legal step's own class
 * computes from the month's parameters.
 */
class AlMonthAmountsTest {
  private static AlMonthAmounts law(YearMonth m) {
    return AlMonthAmounts.of(MonthParameters.of(AlRuleSets.law(), Months.index(m)));
  }

  private static long euros(String amount) {
    return Fixed.euros(amount);
  }

  /** Rent ceilings of 2024-10-01 → 2025-09-30 and their coefficients (reference-rules.md §1.5). */
  @Test
  void theRentCeilingsArePublishedOnes() {
    AlMonthAmounts a = law(YearMonth.of(2024, 11));
    assertThat(a.rentCeiling(1, false, 0, false, false)).isEqualTo(euros("329.71"));
    assertThat(a.rentCeiling(1, true, 0, false, false)).isEqualTo(euros("397.64"));
    assertThat(a.rentCeiling(1, true, 1, false, false)).isEqualTo(euros("449.43"));
    assertThat(a.rentCeiling(1, false, 3, false, false)).isEqualTo(euros("579.85")); // 449.43 + 2 × 65.21
    assertThat(a.rentCeiling(3, false, 8, false, false)).isEqualTo(euros("733.36")); // 366.07 + 7 × 52.47
    assertThat(a.rentCeiling(3, false, 9, false, false)).isEqualTo(euros("785.83")); // beyond the table
    // colocation: 75 % of 287.35 = 215.5125, to the cent; a room: 90 % of the single ceiling whatever the family
    assertThat(a.rentCeiling(2, false, 0, false, true)).isEqualTo(euros("215.51"));
    assertThat(a.rentCeiling(3, true, 2, true, false)).isEqualTo(euros("242.39")); // 269.32 × 0.9 = 242.388
    // 2023-10-01 → 2024-09-30
    assertThat(law(YearMonth.of(2024, 6)).rentCeiling(2, false, 0, false, false)).isEqualTo(euros("278.28"));
  }

  /** Forfait charges and R0 (reference-rules.md §1.6, §1.7). */
  @Test
  void theChargesAndR0ArePublishedOnes() {
    AlMonthAmounts a = law(YearMonth.of(2025, 3));
    assertThat(a.charges(false, 0, false)).isEqualTo(euros("59.97"));
    assertThat(a.charges(true, 2, false)).isEqualTo(euros("87.17")); // 59.97 + 2 × 13.60
    assertThat(a.charges(false, 0, true)).isEqualTo(euros("29.98"));
    assertThat(a.charges(true, 1, true)).isEqualTo(euros("73.57")); // 59.97 + 13.60
    assertThat(a.resourceAllowance(false, 0)).isEqualTo(euros("5235"));
    assertThat(a.resourceAllowance(true, 0)).isEqualTo(euros("7501"));
    assertThat(a.resourceAllowance(false, 3)).isEqualTo(euros("9498"));
    assertThat(a.resourceAllowance(true, 8)).isEqualTo(euros("11246")); // 10 554 + 2 × 346
    assertThat(a.resourceAllowance(true, 10)).isEqualTo(euros("11938")); // beyond the table
  }

  /** Every composition, month and rule set: what the step's own class computes (L_plaf, D, S, C, R0, TF, LR). */
  @Test
  void everyAmountIsTheLegalStepsOwn() {
    for (var rules : new fr.benefitcalc.core.rules.BenefitRules[] {AlRuleSets.law(),
        AlRuleSets.openfiscaCompatible(AlRuleSets.law()), AlRuleSets.rolling12HalfYearly()}) {
      for (YearMonth m = YearMonth.of(2021, 1); !m.isAfter(YearMonth.of(2026, 12)); m = m.plusMonths(5)) {
        MonthParameters p = MonthParameters.of(rules, Months.index(m));
        for (AlMonthAmounts a : new AlMonthAmounts[] {AlMonthAmounts.of(p), AlMonthAmounts.computedWhenAsked(p)}) {
          for (int n = 0; n <= AlMonthAmounts.DEPENDANTS_HELD + 3; n++) {
            for (boolean couple : new boolean[] {false, true}) {
              String what = m + " n=" + n + " couple=" + couple;
              assertThat(a.resourceAllowance(couple, n)).as(what).isEqualTo(PersonalParticipation.resourceAllowance(p, couple, n));
              assertThat(a.familyRate(couple, n)).as(what).isEqualTo(PersonalParticipation.familyRate(p, couple, n));
              assertThat(a.referenceRent(couple, n)).as(what).isEqualTo(RentRate.referenceRent(p, couple, n));
              for (boolean shared : new boolean[] {false, true}) {
                assertThat(a.charges(couple, n, shared)).as(what).isEqualTo(FlatRateCharges.of(p, couple, n, shared));
                for (boolean room : new boolean[] {false, true}) {
                  for (int zone = 1; zone <= 3; zone++) {
                    String where = what + " zone=" + zone + " room=" + room + " shared=" + shared;
                    long ceiling = RentCeiling.of(p, zone, couple, n, room, shared);
                    assertThat(a.rentCeiling(zone, couple, n, room, shared)).as(where).isEqualTo(ceiling);
                    assertThat(a.taperRent(zone, couple, n, room, shared)).as(where)
                        .isEqualTo(HighRentTaper.taperRent(p, zone, ceiling));
                    assertThat(a.cutOffRent(zone, couple, n, room, shared)).as(where)
                        .isEqualTo(HighRentTaper.cutOffRent(p, zone, ceiling));
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /** A zone outside 1 to 3 is not tabled: the step's own error names it. */
  @Test
  void anotherZoneIsTheStepsOwnError() {
    AlMonthAmounts a = law(YearMonth.of(2025, 3));
    assertThatThrownBy(() -> a.rentCeiling(4, false, 0, false, false)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("housing.zone");
  }
}
