package fr.benefitcalc.lab.population;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.time.MonthRange;

/**
 * What a report says of a household beside its amounts: composition, dwelling, income and activity over the
 * months of right, on the true data (the final view of the resources).
 *
 * @param adults adults in the household
 * @param children children ("enfants à charge")
 * @param zone the APL zone of the dwelling (1, 2 or 3), 0 when unknown or without a dwelling
 * @param housing the occupancy status's key ("tenant", "social-tenant", "foyer", "home-buyer", …), or "none"
 * @param incomePerUnit the monthly net income before benefits (salaries, unemployment benefit, pensions of the
 *     adults, mean over the span) per consumption unit ({@link #consumptionUnitsTenths}), in nano-euros
 * @param activity the adults' activity over the span
 */
public record HouseholdProfile(int adults, int children, int zone, String housing, long incomePerUnit,
    Activity activity) {

  /** The adults' activity over the months of right (on the true data). */
  public enum Activity {
    /** A salary in every month. */
    STEADY_WORK("steady work"),
    /** A salary in some months only. */
    INTERMITTENT_WORK("intermittent work"),
    /** No salary, unemployment benefit in some month. */
    UNEMPLOYED("unemployment benefit"),
    /** No salary nor unemployment benefit, a pension in some month. */
    RETIRED("pension"),
    /** None of those incomes. */
    NO_INCOME("no activity income");

    private final String label;

    Activity(String label) {
      this.label = label;
    }

    /** A short English label. */
    public String label() {
      return label;
    }
  }

  /**
   * The household's consumption units, in tenths, on the OECD-modified scale INSEE uses ("unités de
   * consommation"): 1 for the first adult, 0.5 for each other person aged 14 or more, 0.3 for each child under 14
   * (ages at the first month of the span).
   */
  public static int consumptionUnitsTenths(Household h, MonthRange span) {
    int tenths = 0;
    boolean first = true;
    for (Person p : h.persons()) {
      if (p.isAdult() && first) {
        tenths += 10;
        first = false;
      } else {
        tenths += p.ageAt(span.first()) >= 14 ? 5 : 3;
      }
    }
    return tenths;
  }

  /** The profile of {@code h} over {@code span}. */
  public static HouseholdProfile of(Household h, MonthRange span) {
    ResourceView v = h.resources().finalView();
    int months = span.length();
    boolean[] salary = new boolean[months];
    boolean unemployment = false;
    boolean pension = false;
    long total = 0;
    int adults = 0;
    for (int p = 0; p < h.persons().size(); p++) {
      if (!h.persons().get(p).isAdult()) {
        continue;
      }
      adults++;
      for (int m = 0; m < months; m++) {
        int month = span.firstIndex() + m;
        long s = v.monthly(p, IncomeCategory.SALARY_NET, month);
        long u = v.monthly(p, IncomeCategory.UNEMPLOYMENT_NET, month);
        long r = v.monthly(p, IncomeCategory.PENSION_NET, month);
        total = Math.addExact(total, Math.addExact(s, Math.addExact(u, r)));
        salary[m] |= s > 0;
        unemployment |= u > 0;
        pension |= r > 0;
      }
    }
    int worked = 0;
    for (boolean s : salary) {
      worked += s ? 1 : 0;
    }
    Activity activity = worked == months ? Activity.STEADY_WORK : worked > 0 ? Activity.INTERMITTENT_WORK
        : unemployment ? Activity.UNEMPLOYED : pension ? Activity.RETIRED : Activity.NO_INCOME;
    long perUnit = Math.multiplyExact(total / months, 10) / consumptionUnitsTenths(h, span);
    int zone = h.housing().map(x -> x.zone()).orElse(0);
    String housing = h.housing().map(x -> x.status().key()).orElse("none");
    return new HouseholdProfile(adults, h.persons().size() - adults, zone, housing, perUnit, activity);
  }
}
