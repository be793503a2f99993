package fr.benefitcalc.core.resources;

import fr.benefitcalc.core.rules.BenefitRules;

/**
 * The income concept a benefit's rules read ("définition des revenus"): the AL counts net taxable
 * amounts ("net imposable", CCH R822-4), the RSA and the prime d'activité net amounts received ("net
 * perçu", CASF R262-6, CSS R844-1). The inspection report recommends a single definition (Rec 19,
 * [146]); a rule set chooses one per benefit with the option {@value #OPTION} ({@code taxable} or
 * {@code net}), and the rules then read the other concept's categories in place of their own.
 */
public enum IncomeConcept {
  /** Net taxable amounts: {@code salaryTaxable}, {@code unemploymentTaxable}, {@code pensionTaxable}. */
  TAXABLE("taxable"),
  /** Net amounts received: {@code salaryNet}, {@code unemploymentNet}, {@code pensionNet}. */
  NET("net");

  /** The {@code BenefitRules} option naming the concept. */
  public static final String OPTION = "income.concept";

  private final String key;

  IncomeConcept(String key) {
    this.key = key;
  }

  /** The option's value for this concept. */
  public String key() {
    return key;
  }

  /** The concept a rule set chooses for a benefit whose law reads {@code legal}; an unknown value is an error. */
  public static IncomeConcept of(BenefitRules rules, IncomeConcept legal) {
    String v = rules.option(OPTION, legal.key);
    for (IncomeConcept c : values()) {
      if (c.key.equals(v)) {
        return c;
      }
    }
    throw new IllegalArgumentException("option " + OPTION + ": '" + v + "' is neither taxable nor net");
  }

  /** The category of this concept standing for {@code category} of the other one (others unchanged). */
  public IncomeCategory map(IncomeCategory category) {
    switch (category) {
      case SALARY_TAXABLE: case SALARY_NET:
        return this == TAXABLE ? IncomeCategory.SALARY_TAXABLE : IncomeCategory.SALARY_NET;
      case UNEMPLOYMENT_TAXABLE: case UNEMPLOYMENT_NET:
        return this == TAXABLE ? IncomeCategory.UNEMPLOYMENT_TAXABLE : IncomeCategory.UNEMPLOYMENT_NET;
      case PENSION_TAXABLE: case PENSION_NET:
        return this == TAXABLE ? IncomeCategory.PENSION_TAXABLE : IncomeCategory.PENSION_NET;
      default:
        return category;
    }
  }

  /**
   * {@code view} as read by rules written for {@code legal} when the rule set chooses this concept:
   * the view itself when they agree, else a view reading this concept's categories in place of the
   * legal ones.
   */
  public ResourceView view(ResourceView view, IncomeConcept legal) {
    return this == legal ? view : new Mapped(view, this);
  }

  private static final class Mapped implements ResourceView {
    private final ResourceView view;
    private final IncomeConcept concept;

    Mapped(ResourceView view, IncomeConcept concept) {
      this.view = view;
      this.concept = concept;
    }

    @Override
    public long monthly(int person, IncomeCategory category, int monthIndex) {
      return view.monthly(person, concept.map(category), monthIndex);
    }

    @Override
    public long annual(int person, IncomeCategory category, int year) {
      return view.annual(person, category, year);
    }

    @Override
    public boolean hasAnnual(int person, IncomeCategory category, int year) {
      return view.hasAnnual(person, category, year);
    }

    @Override
    public boolean known(int person, IncomeCategory category, int monthIndex) {
      return view.known(person, concept.map(category), monthIndex);
    }

    @Override
    public long sum(int person, IncomeCategory category, int firstIndex, int lastIndex) {
      return view.sum(person, concept.map(category), firstIndex, lastIndex);
    }
  }
}
