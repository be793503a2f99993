package fr.benefitcalc.core.resources;

/**
 * A category of personal resource, as the case format names it ("catégorie de ressources").
 * Amounts are monthly, except {@link #SELF_EMPLOYED_ANNUAL}, which is kept per calendar year.
 * {@link #ACTIVITY_END_DECLARED} is a dated fact kept with the resources (it has their "known on"
 * dates), not an amount.
 */
public enum IncomeCategory {
  /** Net salary paid ("salaire net") — RSA, prime d'activité. */
  SALARY_NET("salaryNet"),
  /** Net taxable salary ("salaire net imposable") — AL. */
  SALARY_TAXABLE("salaryTaxable"),
  /** Unemployment benefit, net ("allocation chômage nette"). */
  UNEMPLOYMENT_NET("unemploymentNet"),
  /** Unemployment benefit, taxable ("allocation chômage imposable"). */
  UNEMPLOYMENT_TAXABLE("unemploymentTaxable"),
  /** Retirement pension, net ("pension de retraite nette"). */
  PENSION_NET("pensionNet"),
  /** Retirement pension, taxable ("pension de retraite imposable"). */
  PENSION_TAXABLE("pensionTaxable"),
  /** Apprentice pay ("rémunération d'apprenti"). */
  APPRENTICE_SALARY("apprenticeSalary"),
  /** Alimony received ("pension alimentaire perçue"). */
  ALIMONY_RECEIVED("alimonyReceived"),
  /** Self-employed taxable profit of a calendar year ("revenus professionnels non salariés"). */
  SELF_EMPLOYED_ANNUAL("selfEmployedAnnual"),
  /**
   * A declared end of activity ("cessation d'activité déclarée": end of a contract, of a mission),
   * without a substitute income claimed. Not an amount: a positive value marks the month in which the
   * activity ended, and its "known on" date is the date of the declaration (the agency learns the end
   * from the allocataire's declaration, a DTR or a change of situation). Read by the RSA's
   * neutralisation of an income "interrompue de manière certaine" (CASF R262-13) under the option
   * {@code rsa.neutralisation = declared}; no benefit counts it as a resource.
   */
  ACTIVITY_END_DECLARED("activityEndDeclared");

  private static final IncomeCategory[] VALUES = values();
  private final String key;

  IncomeCategory(String key) {
    this.key = key;
  }

  /** The key of this category in the case format, e.g. {@code salaryNet}. */
  public String key() {
    return key;
  }

  /** Whether amounts are per calendar year rather than per month. */
  public boolean isAnnual() {
    return this == SELF_EMPLOYED_ANNUAL;
  }

  /** The category of a case-format key; an unknown key is an error naming it. */
  public static IncomeCategory ofKey(String key) {
    for (IncomeCategory c : VALUES) {
      if (c.key.equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException("'" + key + "' is not an income category");
  }

  /** Number of categories (for columnar layouts). */
  public static int count() {
    return VALUES.length;
  }

  /** The category of an ordinal (for columnar layouts). */
  public static IncomeCategory ofOrdinal(int ordinal) {
    return VALUES[ordinal];
  }
}
