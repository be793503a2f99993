package fr.benefitcalc.rsapa.pa;

import fr.benefitcalc.core.money.Fixed;
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
  public static long standard(PaMonthParameters p, int adults, int children) {
    long coefficient = CompositionScale.coefficient(adults, children, p.secondPersonRate(), p.furtherPersonRate(),
        p.furtherChildRate());
    return Fixed.mul(p.base(), coefficient);
  }

  /** Montant forfaitaire majoré for a lone parent (or pregnant woman) with {@code children} children. */
  public static long loneParent(PaMonthParameters p, int children) {
    long coefficient = CompositionScale.loneParentCoefficient(children, p.loneParentRate(), p.loneParentChildRate());
    return Fixed.mul(p.base(), coefficient);
  }

  /**
   * The maximum of the forfait logement for {@code persons} persons, on the non-majoré amount of at
   * most three persons (CSS R844-3).
   */
  public static long housingMaximum(PaMonthParameters p, int persons) {
    return HousingForfait.maximum(persons, p.base(), p.secondPersonRate(), p.furtherPersonRate(), p.housingRate1(),
        p.housingRate2(), p.housingRate3());
  }
}
