package fr.benefitcalc.rsapa.resources;

import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;

/**
 * A person's resources for the RSA: the monthly average over the reference quarter ("moyenne
 * mensuelle des ressources du trimestre de référence", CASF R262-7), with the neutralisation of
 * resources whose perception is interrupted for certain (CASF R262-13), read as the rule set's
 * {@link Neutralisation} option says:
 *
 * <ul>
 *   <li>{@code declared} (default): on a declared end of activity in month E before the month of right
 *       M ({@link IncomeCategory#ACTIVITY_END_DECLARED}, as known in the view: from the date of the
 *       declaration), with no unemployment benefit or pension received in E+1..M, the person's activity
 *       and replacement incomes of the months up to E are not counted (a new activity's pay, after E,
 *       is);
 *   <li>{@code openfisca}: an activity or replacement income of a given kind that is nil in M (known
 *       nil) and was paid in M-1 counts as nil for the whole quarter, unless the person receives a
 *       substitution income in M (unemployment benefit or pension);
 *   <li>{@code off}: none.
 * </ul>
 * A stopped non-professional resource (alimony, nil in M and paid in M-1) has its quarter reduced by
 * at most 3 × the RSA base amount, with a floor of 0, unless the option is {@code off}.
 */
public final class QuarterlyResources {
  private static final IncomeCategory[] ACTIVITY = {IncomeCategory.SALARY_NET, IncomeCategory.APPRENTICE_SALARY};
  private static final IncomeCategory[] REPLACEMENT = {IncomeCategory.UNEMPLOYMENT_NET, IncomeCategory.PENSION_NET};

  private QuarterlyResources() {}

  /** {@link #activity(ResourceView, int, int, int, int, long, Neutralisation)} under the default reading. */
  public static long activity(ResourceView view, int person, int month, int first, int last, long selfEmployedMonthly) {
    return activity(view, person, month, first, last, selfEmployedMonthly, Neutralisation.DECLARED);
  }

  /** {@link #other(ResourceView, int, int, int, int, long, Neutralisation)} under the default reading. */
  public static long other(ResourceView view, int person, int month, int first, int last, long stoppedAllowance) {
    return other(view, person, month, first, last, stoppedAllowance, Neutralisation.DECLARED);
  }

  /**
   * Activity income ("revenus d'activité", CASF R262-6): net salary and apprentice pay averaged over
   * {@code first..last}, plus the self-employed income of the year of the month.
   */
  public static long activity(ResourceView view, int person, int month, int first, int last, long selfEmployedMonthly,
      Neutralisation mode) {
    return activity(view, person, month, countedFrom(view, person, month, first, mode), first, last, selfEmployedMonthly,
        mode);
  }

  /**
   * {@link #activity(ResourceView, int, int, int, int, long, Neutralisation)} given {@code from}, the
   * person's {@link #countedFrom} (read once for the activity and the other resources).
   */
  public static long activity(ResourceView view, int person, int month, int from, int first, int last,
      long selfEmployedMonthly, Neutralisation mode) {
    return average(sum(view, person, ACTIVITY, month, from, first, last, mode), first, last) + selfEmployedMonthly;
  }

  /**
   * Other resources: unemployment benefit and pension (neutralised like activity income) and
   * alimony received (neutralised up to {@code stoppedAllowance}), averaged over {@code first..last}.
   */
  public static long other(ResourceView view, int person, int month, int first, int last, long stoppedAllowance,
      Neutralisation mode) {
    return other(view, person, month, countedFrom(view, person, month, first, mode), first, last, stoppedAllowance,
        mode);
  }

  /**
   * {@link #other(ResourceView, int, int, int, int, long, Neutralisation)} given {@code from}, the
   * person's {@link #countedFrom} (read once for the activity and the other resources).
   */
  public static long other(ResourceView view, int person, int month, int from, int first, int last,
      long stoppedAllowance, Neutralisation mode) {
    long replacement = sum(view, person, REPLACEMENT, month, from, first, last, mode);
    long alimony = view.sum(person, IncomeCategory.ALIMONY_RECEIVED, first, last);
    if (mode != Neutralisation.OFF && stopped(view, person, IncomeCategory.ALIMONY_RECEIVED, month)) {
      alimony = Math.max(0, alimony - stoppedAllowance);
    }
    return average(replacement + alimony, first, last);
  }

  /**
   * The first month of {@code first..} whose activity and replacement incomes count: under the
   * {@link Neutralisation#DECLARED} reading, the month after the person's {@link #declaredEnd} (when it is
   * in the quarter); {@code first} under the others.
   */
  public static int countedFrom(ResourceView view, int person, int month, int first, Neutralisation mode) {
    return mode == Neutralisation.DECLARED ? Math.max(first, declaredEnd(view, person, month, first) + 1) : first;
  }

  private static long sum(ResourceView view, int person, IncomeCategory[] kinds, int month, int from, int first,
      int last, Neutralisation mode) {
    long total = 0;
    switch (mode) {
      case OFF -> {
        for (IncomeCategory c : kinds) {
          total += view.sum(person, c, first, last);
        }
      }
      case OPENFISCA -> {
        boolean substitution = hasSubstitutionIncome(view, person, month);
        for (IncomeCategory c : kinds) {
          if (substitution || !stopped(view, person, c, month)) {
            total += view.sum(person, c, first, last);
          }
        }
      }
      case DECLARED -> {
        for (IncomeCategory c : kinds) {
          total += view.sum(person, c, from, last);
        }
      }
      default -> throw new IllegalStateException(mode.toString());
    }
    return total;
  }

  /**
   * The latest month E in {@code first..month-1} with a declared end of activity after which the
   * person received no unemployment benefit nor pension up to {@code month} ("ne peut prétendre à un
   * revenu de substitution"), or {@code first - 1} when there is none: the incomes of the months up to
   * E are those interrupted for certain.
   */
  static int declaredEnd(ResourceView view, int person, int month, int first) {
    for (int e = month - 1; e >= first; e--) {
      if (view.monthly(person, IncomeCategory.ACTIVITY_END_DECLARED, e) > 0) {
        for (int m = e + 1; m <= month; m++) {
          if (hasSubstitutionIncome(view, person, m)) {
            return first - 1;
          }
        }
        return e;
      }
    }
    return first - 1;
  }

  /**
   * Whether the resource is nil in {@code month} and was paid in the month before (OpenFisca's
   * reading of "interrompue de manière certaine", CASF R262-13): the nil amount must be known — a
   * month whose data have not arrived yet (a decision taken on data known at its date) is not an
   * interruption.
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
