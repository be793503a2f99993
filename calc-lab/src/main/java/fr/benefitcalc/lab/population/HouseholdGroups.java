package fr.benefitcalc.lab.population;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.time.MonthRange;

/** How households are grouped in reports: by type of household and by band of monthly income. */
public final class HouseholdGroups {
  /** Household types. */
  public static final String[] TYPES = {"single", "lone parent", "couple", "couple with children"};
  /** Bands of average monthly net income (salaries, unemployment, pensions) over the span, in euros. */
  public static final String[] BANDS = {"0-499", "500-999", "1000-1499", "1500-1999", "2000+"};

  private HouseholdGroups() {}

  /** The index of the household's type in {@link #TYPES}. */
  public static int type(Household h) {
    boolean children = h.persons().stream().anyMatch(p -> !p.isAdult());
    return h.couple() ? (children ? 3 : 2) : (children ? 1 : 0);
  }

  /** The index of the household's income band in {@link #BANDS}, on final data over {@code span}. */
  public static int incomeBand(Household h, MonthRange span) {
    ResourceView v = h.resources().finalView();
    long total = 0;
    for (int p = 0; p < h.persons().size(); p++) {
      Person person = h.persons().get(p);
      if (!person.isAdult()) {
        continue;
      }
      for (IncomeCategory c : new IncomeCategory[] {IncomeCategory.SALARY_NET, IncomeCategory.UNEMPLOYMENT_NET,
          IncomeCategory.PENSION_NET}) {
        total += v.sum(p, c, span.firstIndex(), span.lastIndex());
      }
    }
    long monthly = total / span.length();
    long euros = monthly / Fixed.EURO;
    return (int) Math.min(BANDS.length - 1, Math.max(0, euros / 500));
  }
}
