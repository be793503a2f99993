package fr.benefitcalc.rsapa.resources;

import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;

/**
 * A person's resources for the RSA: the monthly average over the reference quarter ("moyenne
 * mensuelle des ressources du trimestre de référence", CASF R262-7), with the neutralisation of
 * resources that stopped (CASF R262-13).
 *
 * <p>Neutralisation, as modelled by OpenFisca (the text leaves "interrompue de manière certaine" to
 * the agency): an activity or replacement income of a given kind that is nil in the month of right
 * M and was paid in M-1 counts as nil for the whole quarter, unless the person receives a
 * substitution income in M (unemployment benefit or pension); a stopped non-professional resource
 * (alimony) has its quarter reduced by at most 3 × the RSA base amount, with a floor of 0.
 */
public final class QuarterlyResources {
  private QuarterlyResources() {}

  /**
   * Activity income ("revenus d'activité", CASF R262-6): net salary and apprentice pay averaged over
   * {@code first..last}, plus the self-employed income of the year of the month.
   */
  public static long activity(ResourceView view, int person, int month, int first, int last, long selfEmployedMonthly) {
    boolean substitution = hasSubstitutionIncome(view, person, month);
    long total = quarterSum(view, person, IncomeCategory.SALARY_NET, month, first, last, substitution)
        + quarterSum(view, person, IncomeCategory.APPRENTICE_SALARY, month, first, last, substitution);
    return average(total, first, last) + selfEmployedMonthly;
  }

  /**
   * Other resources: unemployment benefit and pension (neutralised like activity income) and
   * alimony received (neutralised up to {@code stoppedAllowance}), averaged over {@code first..last}.
   */
  public static long other(ResourceView view, int person, int month, int first, int last, long stoppedAllowance) {
    boolean substitution = hasSubstitutionIncome(view, person, month);
    long replacement = quarterSum(view, person, IncomeCategory.UNEMPLOYMENT_NET, month, first, last, substitution)
        + quarterSum(view, person, IncomeCategory.PENSION_NET, month, first, last, substitution);
    long alimony = view.sum(person, IncomeCategory.ALIMONY_RECEIVED, first, last);
    if (stopped(view, person, IncomeCategory.ALIMONY_RECEIVED, month)) {
      alimony = Math.max(0, alimony - stoppedAllowance);
    }
    return average(replacement + alimony, first, last);
  }

  /** The sum over the quarter of one kind, or 0 when it is neutralised. */
  static long quarterSum(ResourceView view, int person, IncomeCategory category, int month, int first, int last,
      boolean substitution) {
    if (!substitution && stopped(view, person, category, month)) {
      return 0;
    }
    return view.sum(person, category, first, last);
  }

  /**
   * Whether the resource is nil in {@code month} and was paid in the month before ("interrompue de
   * manière certaine", CASF R262-13): the nil amount must be known — a month whose data have not
   * arrived yet (a decision taken on data known at its date) is not an interruption.
   */
  static boolean stopped(ResourceView view, int person, IncomeCategory category, int month) {
    return view.known(person, category, month) && view.monthly(person, category, month) == 0
        && view.monthly(person, category, month - 1) > 0;
  }

  /** A substitution income in the month ("revenu de substitution"): unemployment benefit or pension. */
  static boolean hasSubstitutionIncome(ResourceView view, int person, int month) {
    return view.monthly(person, IncomeCategory.UNEMPLOYMENT_NET, month)
        + view.monthly(person, IncomeCategory.PENSION_NET, month) > 0;
  }

  private static long average(long total, int first, int last) {
    return fr.benefitcalc.core.money.Fixed.divide(total, last - first + 1);
  }
}
