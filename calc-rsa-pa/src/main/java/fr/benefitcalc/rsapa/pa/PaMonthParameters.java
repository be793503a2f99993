package fr.benefitcalc.rsapa.pa;

import fr.benefitcalc.core.rules.BenefitRules;

/**
 * The {@link PaParameters} in force on the first day of one month, under a rule set (its overrides
 * replace the legal timelines of the same name), looked up once so that the formulas read plain
 * fields. Amounts, rates and numbers of hours in {@link fr.benefitcalc.core.money.Fixed} nano units.
 *
 * @param base montant forfaitaire of a single person (CSS D843-1)
 * @param secondPersonRate increase for the second person
 * @param furtherPersonRate increase for each further person
 * @param furtherChildRate increase for each child beyond the second
 * @param loneParentRate increase for isolation, base rate
 * @param loneParentChildRate increase for isolation, rate per child
 * @param activityIncomeShare share of the activity income added (61 %, 59.85 % from April 2025)
 * @param bonusStartHours bonification: hours of SMIC from which it starts
 * @param bonusFullHours bonification: hours of SMIC at which it is full
 * @param bonusMaxRate bonification: maximum, share of the base
 * @param housingRate1 forfait logement, one person
 * @param housingRate2 forfait logement, two persons
 * @param housingRate3 forfait logement, three persons or more
 * @param minimumPaid seuil de versement
 * @param minimumAge age of a member from which the foyer may get the prime
 * @param aahActivityHours hours of SMIC from which the AAH counts as activity income
 * @param learnerFloorHours hours of SMIC a learner must earn each month
 * @param smicHourly gross hourly SMIC
 */
public record PaMonthParameters(long base, long secondPersonRate, long furtherPersonRate, long furtherChildRate,
    long loneParentRate, long loneParentChildRate, long activityIncomeShare, long bonusStartHours, long bonusFullHours,
    long bonusMaxRate, long housingRate1, long housingRate2, long housingRate3, long minimumPaid, int minimumAge,
    long aahActivityHours, long learnerFloorHours, long smicHourly) {

  /**
   * The parameters of the month of index {@code month} under {@code rules}.
   *
   * @throws fr.benefitcalc.core.parameters.ParameterOutOfRangeException if one has no value then
   */
  public static PaMonthParameters of(BenefitRules rules, int month) {
    return new PaMonthParameters(
        rules.parameter(PaParameters.BASE_AMOUNT).atMonth(month),
        rules.parameter(PaParameters.SECOND_PERSON_RATE).atMonth(month),
        rules.parameter(PaParameters.FURTHER_PERSON_RATE).atMonth(month),
        rules.parameter(PaParameters.FURTHER_CHILD_RATE).atMonth(month),
        rules.parameter(PaParameters.LONE_PARENT_RATE).atMonth(month),
        rules.parameter(PaParameters.LONE_PARENT_CHILD_RATE).atMonth(month),
        rules.parameter(PaParameters.ACTIVITY_INCOME_SHARE).atMonth(month),
        rules.parameter(PaParameters.BONUS_START_HOURS).atMonth(month),
        rules.parameter(PaParameters.BONUS_FULL_HOURS).atMonth(month),
        rules.parameter(PaParameters.BONUS_MAX_RATE).atMonth(month),
        rules.parameter(PaParameters.HOUSING_RATE_1).atMonth(month),
        rules.parameter(PaParameters.HOUSING_RATE_2).atMonth(month),
        rules.parameter(PaParameters.HOUSING_RATE_3).atMonth(month),
        rules.parameter(PaParameters.MINIMUM_PAID).atMonth(month),
        rules.parameter(PaParameters.MINIMUM_AGE).atMonth(month),
        rules.parameter(PaParameters.AAH_ACTIVITY_HOURS).atMonth(month),
        rules.parameter(PaParameters.LEARNER_FLOOR_HOURS).atMonth(month),
        rules.parameter(PaParameters.SMIC_HOURLY).atMonth(month));
  }
}
