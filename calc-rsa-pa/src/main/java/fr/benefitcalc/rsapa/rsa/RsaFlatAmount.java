package fr.benefitcalc.rsapa.rsa;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.rsapa.family.CompositionScale;

/**
 * The montant forfaitaire of the RSA (CASF L262-2, R262-1) and its increase for isolation (RSA
 * majoré, CASF L262-9, R262-1): the base amount of the month times the composition coefficient.
 * Unrounded (the text sets the rates, not a rounding of their product).
 */
public final class RsaFlatAmount {
  private RsaFlatAmount() {}

  /** Montant forfaitaire for {@code adults} adults and {@code children} dependent children. */
  public static long standard(BenefitRules rules, int month, int adults, int children) {
    long coefficient = CompositionScale.coefficient(adults, children,
        rules.parameter(RsaParameters.SECOND_PERSON_RATE).atMonth(month),
        rules.parameter(RsaParameters.FURTHER_PERSON_RATE).atMonth(month),
        rules.parameter(RsaParameters.FURTHER_CHILD_RATE).atMonth(month));
    return Fixed.mul(rules.parameter(RsaParameters.BASE_AMOUNT).atMonth(month), coefficient);
  }

  /** Montant forfaitaire majoré for a lone parent (or pregnant woman) with {@code children} children. */
  public static long loneParent(BenefitRules rules, int month, int children) {
    long coefficient = CompositionScale.loneParentCoefficient(children,
        rules.parameter(RsaParameters.LONE_PARENT_RATE).atMonth(month),
        rules.parameter(RsaParameters.LONE_PARENT_CHILD_RATE).atMonth(month));
    return Fixed.mul(rules.parameter(RsaParameters.BASE_AMOUNT).atMonth(month), coefficient);
  }

  /** The maximum of the forfait logement for {@code persons} persons (CASF R262-9). */
  public static long housingMaximum(BenefitRules rules, int month, int persons) {
    return fr.benefitcalc.rsapa.housing.HousingForfait.maximum(persons,
        rules.parameter(RsaParameters.BASE_AMOUNT).atMonth(month),
        rules.parameter(RsaParameters.SECOND_PERSON_RATE).atMonth(month),
        rules.parameter(RsaParameters.FURTHER_PERSON_RATE).atMonth(month),
        rules.parameter(RsaParameters.HOUSING_RATE_1).atMonth(month),
        rules.parameter(RsaParameters.HOUSING_RATE_2).atMonth(month),
        rules.parameter(RsaParameters.HOUSING_RATE_3).atMonth(month));
  }
}
