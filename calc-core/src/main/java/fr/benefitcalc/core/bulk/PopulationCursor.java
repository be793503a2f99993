package fr.benefitcalc.core.bulk;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;
import java.util.Arrays;

/**
 * The resources of one household of a {@link Population} as a {@link ResourceView}: move it with
 * {@link #at(int)}, then hand it to a rule with {@link #household()}. Reading allocates nothing; a
 * cursor is reused from household to household, one per thread (not thread-safe).
 *
 * <pre>{@code
 * PopulationCursor cursor = population.cursor();
 * for (int i = 0; i < population.size(); i++) {
 *   cursor.at(i);
 *   out[i] = rule.amount(cursor.household(), cursor, month, law, Trace.off());
 * }
 * }</pre>
 *
 * <p>Amounts read are those of the population's snapshot, in nano-euros like any view, and
 * {@link #known} tells, as the history does, the months whose data had not arrived on the snapshot's
 * date. For an annual category, {@link #hasAnnual} tells a year known as 0 from an unknown year, and
 * {@link #known} is always true; for a monthly category {@link #hasAnnual} is whether the amount of
 * January of the year is not 0 (the rules ask these of annual and monthly categories respectively).
 */
public final class PopulationCursor implements ResourceView {
  private static final int C = IncomeCategory.count();
  private final Population population;
  private final int[] seriesOfSlot; // series index of (person, category) for the current household, or -1
  private int household = -1;
  private int persons;
  private Household current;

  PopulationCursor(Population population) {
    this.population = population;
    this.seriesOfSlot = new int[Math.max(1, population.maxPersons()) * C];
    Arrays.fill(seriesOfSlot, -1);
  }

  /** Moves to the household of index {@code index}; returns this cursor. */
  public PopulationCursor at(int index) {
    if (household >= 0) {
      for (int s = population.seriesStart(household); s < population.seriesStart(household + 1); s++) {
        seriesOfSlot[population.slot(s)] = -1;
      }
    }
    current = population.household(index); // not dereferenced here: the rule reads it
    household = index;
    persons = population.persons(index);
    for (int s = population.seriesStart(index); s < population.seriesStart(index + 1); s++) {
      seriesOfSlot[population.slot(s)] = s;
    }
    return this;
  }

  /** The index of the current household. */
  public int index() {
    return household;
  }

  /** The current household (members, dwelling, benefits received). */
  public Household household() {
    if (current == null) {
      throw new IllegalStateException("the cursor is not on a household: call at(index) first");
    }
    return current;
  }

  private int series(int person, IncomeCategory category) {
    if (person < 0 || person >= persons) {
      throw new IndexOutOfBoundsException("person index " + person + " not in 0.." + (persons - 1));
    }
    return seriesOfSlot[person * C + category.ordinal()];
  }

  @Override
  public long monthly(int person, IncomeCategory category, int monthIndex) {
    int s = series(person, category);
    if (s < 0) {
      return 0;
    }
    if (category.isAnnual()) {
      // an annual amount is kept under January of its year, like ResourceHistory does
      return Math.floorMod(monthIndex, 12) == 0 ? annual(person, category, Math.floorDiv(monthIndex, 12))
          : population.constantCents(s) * Fixed.CENT;
    }
    return population.monthCents(s, monthIndex) * Fixed.CENT;
  }

  @Override
  public boolean known(int person, IncomeCategory category, int monthIndex) {
    int s = series(person, category);
    return s < 0 || category.isAnnual() || population.monthKnown(s, monthIndex);
  }

  @Override
  public long sum(int person, IncomeCategory category, int firstIndex, int lastIndex) {
    if (category.isAnnual()) {
      return ResourceView.super.sum(person, category, firstIndex, lastIndex);
    }
    int s = series(person, category);
    if (s < 0 || lastIndex < firstIndex) {
      return 0;
    }
    return population.sumCents(s, firstIndex, lastIndex) * Fixed.CENT;
  }

  @Override
  public long annual(int person, IncomeCategory category, int year) {
    int s = series(person, category);
    if (s < 0) {
      return 0;
    }
    if (!category.isAnnual()) {
      return population.monthCents(s, year * 12) * Fixed.CENT;
    }
    int v = population.yearCents(s, year);
    return (v == Population.UNKNOWN ? population.constantCents(s) : v) * Fixed.CENT;
  }

  @Override
  public boolean hasAnnual(int person, IncomeCategory category, int year) {
    int s = series(person, category);
    if (s < 0) {
      return false;
    }
    if (!category.isAnnual()) {
      return population.monthCents(s, year * 12) != 0;
    }
    return population.yearCents(s, year) != Population.UNKNOWN || population.constantCents(s) != 0;
  }
}
