package fr.benefitcalc.al.resources;

import fr.benefitcalc.al.parameters.MonthParameters;
import fr.benefitcalc.al.parameters.TaxAbatement;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.rules.ReferenceWindows;
import java.math.RoundingMode;

/**
 * A person's resources for the AL (CCH R822-4: "revenus nets catégoriels retenus pour l'établissement
 * de l'impôt sur le revenu"), each category over its reference period:
 *
 * <pre>
 * S   = net taxable salaries,  CH = taxable unemployment benefits           (M-13..M-2)
 * ABP = 10 % of S + CH within the floor and ceiling of CGI art. 83 3° (income year N-1), to the euro
 * activity     = (max(0, S − ABP) + self-employed profits (N-2)) × (1 − 30 % if R822-13/14)
 * unemployment = (CH + the part of ABP that salaries did not absorb) × (1 − 30 % if R822-13)
 * earned       = activity + unemployment, or 0 when neutralised (R822-15, R822-17)
 * PEN = pensions (M-13..M-2) + alimony received (N-1); pensions = PEN − 10 % (CGI art. 158 5 a)
 * </pre>
 *
 * <p>Apprentice pay is left out: it is exempt from income tax up to the annual SMIC (CGI art. 81 bis),
 * and the taxable part, if any, is expected in {@code salaryTaxable}.
 */
public final class PersonResources {
  private PersonResources() {}

  /** Net taxable salaries S over their period. */
  public static long salaries(ResourceView view, ReferenceWindows windows, int person) {
    return ReferenceSums.monthly(view, windows, person, IncomeCategory.SALARY_TAXABLE);
  }

  /** Self-employed taxable profits over their period (R822-5). */
  public static long selfEmployed(ResourceView view, ReferenceWindows windows, int person) {
    return ReferenceSums.annual(view, windows, person, IncomeCategory.SELF_EMPLOYED_ANNUAL);
  }

  /**
   * The person's annual resources.
   *
   * @param activityAbatement R822-13 / R822-14 apply to activity income
   * @param unemploymentAbatement R822-13 applies to unemployment benefits
   * @param neutralised activity income and unemployment benefits are not counted
   * @param capPensionDeduction apply the ceiling of the pensions deduction
   */
  public static long annual(ResourceView view, ReferenceWindows windows, int person, MonthParameters p,
      boolean activityAbatement, boolean unemploymentAbatement, boolean neutralised, boolean capPensionDeduction) {
    return annual(view, windows, person, salaries(view, windows, person), selfEmployed(view, windows, person), p,
        activityAbatement, unemploymentAbatement, neutralised, capPensionDeduction);
  }

  /**
   * {@link #annual(ResourceView, ReferenceWindows, int, MonthParameters, boolean, boolean, boolean, boolean)} with the
   * person's {@link #salaries} {@code s} and {@link #selfEmployed} profits {@code rns} already read.
   */
  public static long annual(ResourceView view, ReferenceWindows windows, int person, long s, long rns,
      MonthParameters p, boolean activityAbatement, boolean unemploymentAbatement, boolean neutralised,
      boolean capPensionDeduction) {
    long ch = ReferenceSums.monthly(view, windows, person, IncomeCategory.UNEMPLOYMENT_TAXABLE);
    long earned = 0;
    if (!neutralised) {
      TaxAbatement d = p.salaryDeduction();
      long abp = 0;
      if (s + ch > 0) {
        abp = Fixed.roundTo(Math.min(Math.max(Fixed.mul(d.rate(), s + ch), d.floor()), d.ceiling()),
            Fixed.EURO, RoundingMode.HALF_EVEN);
        // CGI art. 83 3°: the minimum deduction « sans pouvoir excéder le montant brut des traitements et salaires »:
        // a small salary never turns the person's resources negative (it would lower the pensions counted)
        abp = Math.min(abp, s + ch);
      }
      long keep = Fixed.ONE - p.abatementRate();
      long activity = Math.max(0, s - abp) + rns;
      if (activityAbatement) {
        activity = Fixed.mul(activity, keep);
      }
      long unemployment = ch + Math.min(0, s - abp);
      if (unemploymentAbatement) {
        unemployment = Fixed.mul(unemployment, keep);
      }
      earned = activity + unemployment;
    }
    long pensions = ReferenceSums.monthly(view, windows, person, IncomeCategory.PENSION_TAXABLE)
        + ReferenceSums.monthly(view, windows, person, IncomeCategory.ALIMONY_RECEIVED);
    return earned + pensionsAfterDeduction(pensions, p.pensionDeduction(), capPensionDeduction);
  }

  /** Pensions less the 10 % deduction with its floor (and its ceiling when {@code capped}), to the euro. */
  static long pensionsAfterDeduction(long pensions, TaxAbatement d, boolean capped) {
    if (pensions <= 0) {
      return pensions;
    }
    long deduction = Math.max(Fixed.mul(d.rate(), pensions), d.floor());
    if (capped) {
      deduction = Math.min(deduction, d.ceiling());
    }
    deduction = Fixed.roundTo(deduction, Fixed.EURO, RoundingMode.HALF_EVEN);
    return Math.max(0, pensions - deduction);
  }
}
