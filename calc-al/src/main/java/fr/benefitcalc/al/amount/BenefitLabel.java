package fr.benefitcalc.al.amount;

/**
 * Which aid the amount is paid as (CCH L821-1, L831-1, L841-1): the APL for a dwelling under an APL
 * agreement ("logement conventionné"), otherwise the ALF with at least one dependant and the ALS without.
 * The law also grants the ALF to a pregnant woman and to young married couples without dependants;
 * their amount is the same, the label follows the dependants only, as OpenFisca-France does.
 */
public final class BenefitLabel {
  private BenefitLabel() {}

  /** APL, ALF or ALS. */
  public static String of(boolean conventionne, int dependants) {
    if (conventionne) {
      return "APL";
    }
    return dependants > 0 ? "ALF" : "ALS";
  }
}
