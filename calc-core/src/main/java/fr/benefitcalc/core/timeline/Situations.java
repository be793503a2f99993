package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.time.Months;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A household's successive situations: the household as it is from a month on (a birth, a
 * separation, a move). Resources, rents and benefits received already carry their own months; this
 * is for what a {@link Household} holds without dates (its members, its dwelling). A decision for
 * month M uses the situation in force in M, and keeps it until the next scheduled recalculation.
 */
public final class Situations {
  /** The first month of each situation, increasing; the first is {@code Integer.MIN_VALUE}. */
  private final int[] since;
  private final Household[] households;

  private Situations(TreeMap<Integer, Household> byMonth) {
    this.since = byMonth.keySet().stream().mapToInt(Integer::intValue).toArray();
    this.households = byMonth.values().toArray(new Household[0]);
  }

  /** One situation for every month. */
  public static Situations of(Household household) {
    TreeMap<Integer, Household> m = new TreeMap<>();
    m.put(Integer.MIN_VALUE, Objects.requireNonNull(household, "household"));
    return new Situations(m);
  }

  /** {@code initial}, then each household from its month on. */
  public static Situations of(Household initial, Map<YearMonth, Household> changes) {
    TreeMap<Integer, Household> m = new TreeMap<>();
    m.put(Integer.MIN_VALUE, Objects.requireNonNull(initial, "initial"));
    changes.forEach((month, h) -> m.put(Months.index(month), Objects.requireNonNull(h, "household from " + month)));
    return new Situations(m);
  }

  /** The situation in force in the month of this index. */
  public Household at(int monthIndex) {
    return households[indexAt(monthIndex)];
  }

  /** The initial situation (its identifier names the timeline). */
  public Household initial() {
    return households[0];
  }

  /** The first month of the situation in force in the month of this index (Integer.MIN_VALUE for the initial one). */
  int since(int monthIndex) {
    return since[indexAt(monthIndex)];
  }

  private int indexAt(int monthIndex) {
    int i = since.length - 1;
    while (since[i] > monthIndex) { // a few situations at most
      i--;
    }
    return i;
  }
}
