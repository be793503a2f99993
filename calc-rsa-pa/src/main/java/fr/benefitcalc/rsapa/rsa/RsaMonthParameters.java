package fr.benefitcalc.rsapa.rsa;

import fr.benefitcalc.core.rules.BenefitRules;

/**
 * The {@link RsaParameters} in force on the first day of one month, under a rule set (its overrides
 * replace the legal timelines of the same name), looked up once so that the formulas read plain
 * fields. Amounts and rates in {@link fr.benefitcalc.core.money.Fixed} nano units.
 *
 * @param base montant forfaitaire of a single person (CASF R262-1)
 * @param secondPersonRate increase for the second person
 * @param furtherPersonRate increase for each further person
 * @param furtherChildRate increase for each child beyond the second
 * @param loneParentRate RSA majoré, base rate
 * @param loneParentChildRate RSA majoré, rate per child
 * @param housingRate1 forfait logement, one person
 * @param housingRate2 forfait logement, two persons
 * @param housingRate3 forfait logement, three persons or more
 * @param minimumPaid seuil de non-versement
 * @param minimumAge minimum age without child
 * @param childAgeLimit age limit of dependent children
 * @param childResourceLimitRate resource limit of a dependent child, share of the base
 * @param stoppedResourceAllowance neutralisation of a stopped non-professional resource, times the base
 */
public record RsaMonthParameters(long base, long secondPersonRate, long furtherPersonRate, long furtherChildRate,
    long loneParentRate, long loneParentChildRate, long housingRate1, long housingRate2, long housingRate3,
    long minimumPaid, int minimumAge, int childAgeLimit, long childResourceLimitRate, long stoppedResourceAllowance) {

  /**
   * The parameters of the month of index {@code month} under {@code rules}.
   *
   * @throws fr.benefitcalc.core.parameters.ParameterOutOfRangeException if one has no value then
   */
  public static RsaMonthParameters of(BenefitRules rules, int month) {
    return new RsaMonthParameters(
        rules.parameter(RsaParameters.BASE_AMOUNT).atMonth(month),
        rules.parameter(RsaParameters.SECOND_PERSON_RATE).atMonth(month),
        rules.parameter(RsaParameters.FURTHER_PERSON_RATE).atMonth(month),
        rules.parameter(RsaParameters.FURTHER_CHILD_RATE).atMonth(month),
        rules.parameter(RsaParameters.LONE_PARENT_RATE).atMonth(month),
        rules.parameter(RsaParameters.LONE_PARENT_CHILD_RATE).atMonth(month),
        rules.parameter(RsaParameters.HOUSING_RATE_1).atMonth(month),
        rules.parameter(RsaParameters.HOUSING_RATE_2).atMonth(month),
        rules.parameter(RsaParameters.HOUSING_RATE_3).atMonth(month),
        rules.parameter(RsaParameters.MINIMUM_PAID).atMonth(month),
        rules.parameter(RsaParameters.MINIMUM_AGE).atMonth(month),
        rules.parameter(RsaParameters.CHILD_AGE_LIMIT).atMonth(month),
        rules.parameter(RsaParameters.CHILD_RESOURCE_LIMIT_RATE).atMonth(month),
        rules.parameter(RsaParameters.STOPPED_RESOURCE_ALLOWANCE).atMonth(month));
  }
}
