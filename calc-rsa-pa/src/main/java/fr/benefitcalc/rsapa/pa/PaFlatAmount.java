package fr.benefitcalc.rsapa.pa;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.rsapa.family.CompositionScale;
import fr.benefitcalc.rsapa.housing.HousingForfait;

/**
 * The montant forfaitaire of the prime d'activité (CSS L842-3 1°, D843-1) and its increase for
 * isolation (CSS L842-7, D843-1), with the parameters of the month: the base amount times the
 * composition coefficient, unrounded.
 */
public final class PaFlatAmount {
  private PaFlatAmount() {}

  /** Montant forfaitaire for {@code adults} adults and {@code children} dependent children. */
  public static long standard(BenefitRules rules, int month, int adults, int children) {
    long coefficient = CompositionScale.coefficient(adults, children,
        rules.parameter(PaParameters.SECOND_PERSON_RATE).atMonth(month),
        rules.parameter(PaParameters.FURTHER_PERSON_RATE).atMonth(month),
        rules.parameter(PaParameters.FURTHER_CHILD_RATE).atMonth(month));
    return Fixed.mul(rules.parameter(PaParameters.BASE_AMOUNT).atMonth(month), coefficient);
  }

  /** Montant forfaitaire majoré for a lone parent (or pregnant woman) with {@code children} children. */
  public static long loneParent(BenefitRules rules, int month, int children) {
    long coefficient = CompositionScale.loneParentCoefficient(children,
        rules.parameter(PaParameters.LONE_PARENT_RATE).atMonth(month),
        rules.parameter(PaParameters.LONE_PARENT_CHILD_RATE).atMonth(month));
    return Fixed.mul(rules.parameter(PaParameters.BASE_AMOUNT).atMonth(month), coefficient);
  }

  /**
   * The maximum of the forfait logement for {@code persons} persons, on the non-majoré amount of at
   * most three persons (CSS R844-3).
   */
  public static long housingMaximum(BenefitRules rules, int month, int persons) {
    return HousingForfait.maximum(persons,
        rules.parameter(PaParameters.BASE_AMOUNT).atMonth(month),
        rules.parameter(PaParameters.SECOND_PERSON_RATE).atMonth(month),
        rules.parameter(PaParameters.FURTHER_PERSON_RATE).atMonth(month),
        rules.parameter(PaParameters.HOUSING_RATE_1).atMonth(month),
        rules.parameter(PaParameters.HOUSING_RATE_2).atMonth(month),
        rules.parameter(PaParameters.HOUSING_RATE_3).atMonth(month));
  }
}
