package fr.benefitcalc.al.parameters;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.time.Months;
import java.time.LocalDate;

/**
 * Every parameter the tenant formula reads for one month of right M, looked up once (the rule set's
 * overrides included) so that the computation itself reads plain fields.
 *
 * @param monthIndex the month M (see {@link Months})
 * @param rentCeilings plafonds de loyer in force on the first day of M
 * @param roomCoefficients colocation and room coefficients
 * @param charges forfait charges
 * @param minimumParticipation P0
 * @param r0 R0
 * @param familyRate TF
 * @param rentRate TL
 * @param referenceRent LR
 * @param taper taper and cut-off coefficients
 * @param flatReduction minoration forfaitaire (5 €)
 * @param paymentThresholds seuils de versement
 * @param crdsRate CRDS rate
 * @param rlsFraction fraction of the RLS taken off the APL
 * @param rlsAmounts RLS amounts
 * @param rlsCeilings RLS monthly resource ceilings
 * @param studentFlat students' flat resources
 * @param studentAgeLimit students' age limit (years)
 * @param doubleActivityAllowance double-activity abatement
 * @param abatementRate 30 % abatement rate
 * @param salaryDeduction 10 % deduction on salaries, of income year N-1
 * @param pensionDeduction 10 % deduction on pensions, of income year N
 * @param childAllowance part of a child's annual resources left out: 1.25 × ASPA ceiling on 31 December N-2
 * @param bmaf BMAF in force in M
 * @param childAgeLimit age from which a child is no longer a dependant
 * @param autonomyPay monthly net pay from which a child is autonomous: 55 % × 169 h × hourly SMIC
 */
public record MonthParameters(int monthIndex, Zoned<ZoneScale> rentCeilings, RoomCoefficients roomCoefficients,
    ChargesScale charges, MinimumParticipationScale minimumParticipation, CompositionScale r0,
    CompositionScale familyRate, RentRateScale rentRate, ZoneScale referenceRent, Zoned<TaperCoefficients> taper,
    long flatReduction, PaymentThresholds paymentThresholds, long crdsRate, long rlsFraction,
    Zoned<ZoneScale> rlsAmounts, Zoned<CompositionScale> rlsCeilings, StudentFlatResources studentFlat,
    long studentAgeLimit, long doubleActivityAllowance, long abatementRate, TaxAbatement salaryDeduction,
    TaxAbatement pensionDeduction, long childAllowance, long bmaf, long childAgeLimit, long autonomyPay) {

  private static final long HOURS_PER_MONTH = 169;

  /**
   * The parameters of month {@code monthIndex} under {@code rules} (its overrides replace the legal
   * timelines of the same name).
   *
   * @throws fr.benefitcalc.core.parameters.ParameterOutOfRangeException if a parameter has no value then
   */
  public static MonthParameters of(BenefitRules rules, int monthIndex) {
    LocalDate day = Months.firstDay(monthIndex);
    int year = Months.year(monthIndex);
    LocalDate firstOfLastYear = LocalDate.of(year - 1, 1, 1);
    LocalDate endOfN2 = LocalDate.of(year - 2, 12, 31);
    long aspa = rules.parameter(AlParameters.ASPA_CEILING_SINGLE).at(endOfN2);
    long childCoefficient = rules.parameter(AlParameters.CHILD_ALLOWANCE_COEFFICIENT).at(day);
    long smic = rules.parameter(AlParameters.SMIC_HOURLY).at(day);
    long autonomyRate = rules.parameter(AlParameters.CHILD_AUTONOMY_RATE).at(day);
    return new MonthParameters(monthIndex,
        rules.parameter(AlParameters.RENT_CEILINGS).at(day),
        rules.parameter(AlParameters.ROOM_COEFFICIENTS).at(day),
        rules.parameter(AlParameters.CHARGES).at(day),
        rules.parameter(AlParameters.MINIMUM_PARTICIPATION).at(day),
        rules.parameter(AlParameters.R0).at(day),
        rules.parameter(AlParameters.FAMILY_RATE).at(day),
        rules.parameter(AlParameters.RENT_RATE).at(day),
        rules.parameter(AlParameters.REFERENCE_RENT).at(day),
        rules.parameter(AlParameters.TAPER).at(day),
        rules.parameter(AlParameters.FLAT_REDUCTION).at(day),
        rules.parameter(AlParameters.PAYMENT_THRESHOLDS).at(day),
        rules.parameter(AlParameters.CRDS_RATE).at(day),
        rules.parameter(AlParameters.RLS_FRACTION).at(day),
        rules.parameter(AlParameters.RLS_AMOUNTS).at(day),
        rules.parameter(AlParameters.RLS_CEILINGS).at(day),
        rules.parameter(AlParameters.STUDENT_FLAT).at(day),
        rules.parameter(AlParameters.STUDENT_AGE_LIMIT).at(day),
        rules.parameter(AlParameters.DOUBLE_ACTIVITY_ALLOWANCE).at(day),
        rules.parameter(AlParameters.ABATEMENT_RATE).at(day),
        rules.parameter(AlParameters.SALARY_DEDUCTION).at(firstOfLastYear),
        rules.parameter(AlParameters.PENSION_DEDUCTION).at(day),
        Fixed.mul(aspa, childCoefficient),
        rules.parameter(AlParameters.BMAF).at(day),
        rules.parameter(AlParameters.CHILD_AGE_LIMIT).at(day),
        Fixed.mul(Fixed.times(smic, HOURS_PER_MONTH), autonomyRate));
  }
}
