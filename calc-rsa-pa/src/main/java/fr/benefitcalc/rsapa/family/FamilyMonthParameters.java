package fr.benefitcalc.rsapa.family;

import fr.benefitcalc.core.rules.BenefitRules;

/**
 * The {@link FamilyParameters} in force on the first day of one month, under a rule set, looked up
 * once.
 *
 * @param bmaf base mensuelle de calcul des allocations familiales
 * @param asfFlatRate ASF counted, share of the BMAF per eligible child
 * @param childAgeLimit age limit of a child for the family benefits
 * @param isolationYoungChildAge the increase for isolation lasts while the youngest child is under this age
 */
public record FamilyMonthParameters(long bmaf, long asfFlatRate, int childAgeLimit, int isolationYoungChildAge) {

  /**
   * The parameters of the month of index {@code month} under {@code rules}.
   *
   * @throws fr.benefitcalc.core.parameters.ParameterOutOfRangeException if one has no value then
   */
  public static FamilyMonthParameters of(BenefitRules rules, int month) {
    return new FamilyMonthParameters(
        rules.parameter(FamilyParameters.BMAF).atMonth(month),
        rules.parameter(FamilyParameters.ASF_FLAT_RATE).atMonth(month),
        rules.parameter(FamilyParameters.CHILD_AGE_LIMIT).atMonth(month),
        rules.parameter(FamilyParameters.ISOLATION_YOUNG_CHILD_AGE).atMonth(month));
  }
}
