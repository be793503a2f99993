package fr.benefitcalc.al.amount;

/**
 * Which aid the amount is paid as (CCH L821-1, L831-1, L841-1): the APL for a dwelling under an APL
 * agreement ("logement conventionné"), otherwise the ALF with at least one dependant and the ALS without.
 * The law also grants the ALF to a pregnant woman and to young married couples without dependants;
 * their amount is the same, the label follows the dependants only, as OpenFisca-France does.
 */
public final class BenefitLabel {
  private BenefitLabel() {}

  private static final String[] NAMES = {"", "APL", "ALF", "ALS"};

  /** APL, ALF or ALS. */
  public static String of(boolean conventionne, int dependants) {
    return name(code(conventionne, dependants));
  }

  /** The label as a code: 1 APL, 2 ALF, 3 ALS (0 stands for no aid), for the allocation-free path. */
  public static int code(boolean conventionne, int dependants) {
    if (conventionne) {
      return 1;
    }
    return dependants > 0 ? 2 : 3;
  }

  /** The label of a code of {@link #code}; 0 is the empty label. */
  public static String name(int code) {
    return NAMES[code];
  }
}
