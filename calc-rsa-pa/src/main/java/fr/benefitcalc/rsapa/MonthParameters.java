package fr.benefitcalc.rsapa;

import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.rsapa.family.FamilyMonthParameters;
import fr.benefitcalc.rsapa.pa.PaMonthAmounts;
import fr.benefitcalc.rsapa.pa.PaMonthParameters;
import fr.benefitcalc.rsapa.rsa.RsaMonthAmounts;
import fr.benefitcalc.rsapa.rsa.RsaMonthParameters;
import java.util.Objects;

/**
 * Every parameter the RSA and prime d'activité formulas read in one month, under a rule set: the
 * prime d'activité refers to the RSA's dependent children and both to the family benefits.
 *
 * @param rsa the RSA's
 * @param rsaAmounts the amounts the RSA derives from them (montants forfaitaires by composition...)
 * @param pa the prime d'activité's
 * @param paAmounts the amounts the prime d'activité derives from them (59 h and 120 h of SMIC...)
 * @param family the family benefits'
 */
public record MonthParameters(RsaMonthParameters rsa, RsaMonthAmounts rsaAmounts, PaMonthParameters pa, PaMonthAmounts paAmounts,
    FamilyMonthParameters family) {
  public MonthParameters {
    Objects.requireNonNull(rsa, "rsa");
    Objects.requireNonNull(rsaAmounts, "rsaAmounts");
    Objects.requireNonNull(pa, "pa");
    Objects.requireNonNull(paAmounts, "paAmounts");
    Objects.requireNonNull(family, "family");
  }

  /**
   * The parameters of the month of index {@code month} under {@code rules}.
   *
   * @throws fr.benefitcalc.core.parameters.ParameterOutOfRangeException if one has no value then
   */
  public static MonthParameters of(BenefitRules rules, int month) {
    PaMonthParameters pa = PaMonthParameters.of(rules, month);
    RsaMonthParameters rsa = RsaMonthParameters.of(rules, month);
    return new MonthParameters(rsa, RsaMonthAmounts.of(rsa), pa, PaMonthAmounts.of(pa),
        FamilyMonthParameters.of(rules, month));
  }
}
