package fr.benefitcalc.rsapa.resources;

import fr.benefitcalc.core.rules.BenefitRules;

/**
 * How the RSA reads "interrompue de manière certaine" (CASF R262-13: activity or replacement income
 * whose perception is interrupted for certain, the person having no claim to a substitute income, is
 * not counted): the option {@value #OPTION} of the RSA rules.
 *
 * <ul>
 *   <li>{@link #DECLARED} (default): as the agency applies it, on a declared, dated end of activity
 *       ({@link fr.benefitcalc.core.resources.IncomeCategory#ACTIVITY_END_DECLARED}, known from the date
 *       of the declaration) without a substitute income after it: the person's activity and replacement
 *       incomes of the months up to the end are not counted, for every month of right after the end
 *       month while no unemployment benefit or pension is received; a new activity's pay counts.
 *   <li>{@link #OPENFISCA}: OpenFisca-France's reading: a kind of income nil in the month of right M
 *       (and known nil) and paid in M-1, without unemployment benefit or pension in M, counts as nil for
 *       the whole quarter.
 *   <li>{@link #OFF}: no neutralisation of activity or replacement income (nor of alimony).
 * </ul>
 */
public enum Neutralisation {
  DECLARED("declared"),
  OPENFISCA("openfisca"),
  OFF("off");

  /** The option's name in the RSA rules. */
  public static final String OPTION = "rsa.neutralisation";

  private final String key;

  Neutralisation(String key) {
    this.key = key;
  }

  /** The option value that selects this reading. */
  public String key() {
    return key;
  }

  /** The reading chosen by {@code rules} (declared when not set); an unknown value is an error naming it. */
  public static Neutralisation of(BenefitRules rules) {
    String v = rules.options().get(OPTION);
    if (v == null) {
      return DECLARED;
    }
    for (Neutralisation n : values()) {
      if (n.key.equals(v)) {
        return n;
      }
    }
    throw new IllegalArgumentException("option " + OPTION + " = '" + v + "' is not one of declared, openfisca, off");
  }
}
