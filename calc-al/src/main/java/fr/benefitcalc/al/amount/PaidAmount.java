package fr.benefitcalc.al.amount;

import fr.benefitcalc.al.parameters.MonthParameters;
import fr.benefitcalc.core.money.Fixed;

/**
 * The last steps of CCH D823-16, after the taper: the minoration forfaitaire (art. 11, 5 €), the
 * contributions sociales (0.5 % CRDS), the 98 % of the RLS and the payment threshold (art. 12).
 *
 * <p>"Le résultat ainsi obtenu est minoré d'un montant fixé forfaitairement par arrêté. Le montant qui en
 * résulte est diminué d'un montant représentatif des contributions sociales qui s'y appliquent, arrondi à
 * l'euro inférieur, puis majoré de ce montant représentatif. Pour les locataires qui bénéficient de la
 * réduction de loyer de solidarité ..., ce résultat est réduit d'un montant égal à 98 % de la réduction de
 * loyer de solidarité. Lorsque ce dernier résultat ... est inférieur à un montant fixé par arrêté ..., il
 * n'est pas procédé à son versement."
 */
public final class PaidAmount {
  private PaidAmount() {}

  /** After the minoration forfaitaire: max(0, amount − 5 €). */
  public static long afterFlatReduction(MonthParameters p, long amount) {
    return Math.max(0, amount - p.flatReduction());
  }

  /** The CRDS on a gross amount, to the cent. */
  public static long crds(MonthParameters p, long gross) {
    return Fixed.toCent(Fixed.mul(gross, p.crdsRate()));
  }

  /**
   * The gross amount whose net of CRDS is a whole number of euros: the amount less its CRDS, rounded down
   * to the euro, plus the CRDS (the Catala formalisation's reading, confirmed by the administration).
   */
  public static long roundedDownNetPlusCrds(long gross, long crds) {
    return Fixed.toEuroDown(gross - crds) + crds;
  }

  /** After the RLS: max(0, amount − 98 % RLS). */
  public static long afterRls(long amount, long aidReduction) {
    return Math.max(0, amount - aidReduction);
  }

  /** The threshold of the aid: 10 € for ALF and ALS, 0 € for the APL. */
  public static long threshold(MonthParameters p, boolean apl) {
    return apl ? p.paymentThresholds().apl() : p.paymentThresholds().allocation();
  }

  /** The amount paid net of CRDS, to the cent: round(A × (1 − 0.5 %)). */
  public static long netToCent(MonthParameters p, long gross) {
    return Fixed.toCent(gross - Fixed.mul(gross, p.crdsRate()));
  }
}
