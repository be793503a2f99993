package fr.benefitcalc.rsapa.rsa;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.rsapa.family.CompositionScale;

/**
 * The montant forfaitaire of the RSA (CASF L262-2, R262-1) and its increase for isolation (RSA
 * majoré, CASF L262-9, R262-1): the base amount of the month times the composition coefficient.
 * Unrounded (the text sets the rates, not a rounding of their product).
 */
public final class RsaFlatAmount {
  private RsaFlatAmount() {}

  /** Montant forfaitaire for {@code adults} adults and {@code children} dependent children. */
  public static long standard(RsaMonthParameters p, int adults, int children) {
    long coefficient = CompositionScale.coefficient(adults, children, p.secondPersonRate(), p.furtherPersonRate(),
        p.furtherChildRate());
    return Fixed.mul(p.base(), coefficient);
  }

  /** Montant forfaitaire majoré for a lone parent (or pregnant woman) with {@code children} children. */
  public static long loneParent(RsaMonthParameters p, int children) {
    long coefficient = CompositionScale.loneParentCoefficient(children, p.loneParentRate(), p.loneParentChildRate());
    return Fixed.mul(p.base(), coefficient);
  }

  /** The maximum of the forfait logement for {@code persons} persons (CASF R262-9). */
  public static long housingMaximum(RsaMonthParameters p, int persons) {
    return fr.benefitcalc.rsapa.housing.HousingForfait.maximum(persons, p.base(), p.secondPersonRate(),
        p.furtherPersonRate(), p.housingRate1(), p.housingRate2(), p.housingRate3());
  }
}
