package fr.benefitcalc.core.rules;

import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.time.Months;

/**
 * The resource months a rule reads for one decision ("mois lus"): for each monthly category a few
 * ranges of months, for each annual category a few ranges of years. A rule declares them in
 * {@link BenefitRule#reads}: its reference windows and every other month it reads (e.g. the month
 * of right M for the RSA's neutralisation of an interrupted income, CASF R262-13; the situation of M
 * for the AL's abatements, CCH R822-13 to R822-15). The decision timeline reopens a decision when a
 * value of one of these months becomes known or changes after the decision date.
 *
 * <p>Mutable scratch, reused from decision to decision ({@link #clear}); not thread-safe. Ranges of a
 * category that overlap or touch are merged; beyond {@value #MAX_RANGES} ranges the last one is
 * widened (reading more months is safe: it only costs a recomputation).
 */
public final class ReadMonths {
  /** Ranges kept per category before the last one is widened. */
  public static final int MAX_RANGES = 3;
  private static final int C = IncomeCategory.count();
  private final int[] first = new int[C * MAX_RANGES];
  private final int[] last = new int[C * MAX_RANGES];
  private final int[] count = new int[C];
  private int earliest = Integer.MAX_VALUE;
  private int latest = Integer.MIN_VALUE;

  /** An empty declaration. */
  public ReadMonths() {}

  /** Forgets every range. */
  public ReadMonths clear() {
    java.util.Arrays.fill(count, 0);
    earliest = Integer.MAX_VALUE;
    latest = Integer.MIN_VALUE;
    return this;
  }

  /**
   * Adds the months {@code firstMonth..lastMonth} (indices, {@link Months}) of a monthly category, or,
   * for an annual category, the years of those months.
   */
  public ReadMonths months(IncomeCategory category, int firstMonth, int lastMonth) {
    if (category.isAnnual()) {
      return years(category, Months.year(firstMonth), Months.year(lastMonth));
    }
    earliest = Math.min(earliest, firstMonth);
    if (firstMonth <= lastMonth) {
      latest = Math.max(latest, lastMonth);
    }
    add(category.ordinal(), firstMonth, lastMonth);
    return this;
  }

  /** Adds the months {@code firstMonth..lastMonth} of every monthly category. */
  public ReadMonths allMonthly(int firstMonth, int lastMonth) {
    for (int o = 0; o < C; o++) {
      IncomeCategory c = IncomeCategory.ofOrdinal(o);
      if (!c.isAnnual()) {
        months(c, firstMonth, lastMonth);
      }
    }
    return this;
  }

  /** Adds the years {@code firstYear..lastYear} of an annual category. */
  public ReadMonths years(IncomeCategory category, int firstYear, int lastYear) {
    if (!category.isAnnual()) {
      throw new IllegalArgumentException("category " + category.key() + " is monthly: declare its months");
    }
    add(category.ordinal(), firstYear, lastYear);
    return this;
  }

  /**
   * Adds the reference windows of every category under {@code rules} for the decision of
   * {@code calculationMonth} (the experiment's default period for an experimenting household).
   */
  public ReadMonths windows(BenefitRules rules, boolean experimenting, int calculationMonth) {
    var fallback = rules.defaultPeriod(experimenting, calculationMonth);
    boolean some = !rules.periods().isEmpty();
    for (int o = 0; o < C; o++) {
      IncomeCategory c = IncomeCategory.ofOrdinal(o);
      var own = some ? rules.periods().get(c) : null;
      var p = own != null ? own : fallback;
      months(c, p.firstIndex(calculationMonth), p.lastIndex(calculationMonth));
    }
    return this;
  }

  private void add(int c, int a, int b) {
    if (a > b) {
      return;
    }
    int base = c * MAX_RANGES;
    int n = count[c];
    for (int i = 0; i < n; i++) {
      if (a <= last[base + i] + 1 && first[base + i] <= b + 1) { // overlapping or touching: merge
        first[base + i] = Math.min(first[base + i], a);
        last[base + i] = Math.max(last[base + i], b);
        return;
      }
    }
    if (n == MAX_RANGES) {
      first[base + n - 1] = Math.min(first[base + n - 1], a);
      last[base + n - 1] = Math.max(last[base + n - 1], b);
      return;
    }
    first[base + n] = a;
    last[base + n] = b;
    count[c] = n + 1;
  }

  /** Whether the value of {@code category} for the month of this index (its year, if annual) is read. */
  public boolean reads(IncomeCategory category, int monthIndex) {
    int c = category.ordinal();
    int x = category.isAnnual() ? Months.year(monthIndex) : monthIndex;
    int base = c * MAX_RANGES;
    for (int i = 0; i < count[c]; i++) {
      if (first[base + i] <= x && x <= last[base + i]) {
        return true;
      }
    }
    return false;
  }

  /** The earliest month of a monthly category read; {@code Integer.MAX_VALUE} if none. */
  public int earliestMonth() {
    return earliest;
  }

  /** The latest month of a monthly category read; {@code Integer.MIN_VALUE} if none. */
  public int latestMonth() {
    return latest;
  }

  /** A copy (for keeping a declaration beyond the scratch's reuse). */
  public ReadMonths copy() {
    ReadMonths r = new ReadMonths();
    System.arraycopy(first, 0, r.first, 0, first.length);
    System.arraycopy(last, 0, r.last, 0, last.length);
    System.arraycopy(count, 0, r.count, 0, count.length);
    r.earliest = earliest;
    r.latest = latest;
    return r;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ReadMonths[");
    for (IncomeCategory c : IncomeCategory.values()) {
      int o = c.ordinal();
      for (int i = 0; i < count[o]; i++) {
        int a = first[o * MAX_RANGES + i];
        int b = last[o * MAX_RANGES + i];
        s.append(' ').append(c.key()).append('=')
            .append(c.isAnnual() ? a + ".." + b : Months.of(a) + ".." + Months.of(b));
      }
    }
    return s.append(" ]").toString();
  }
}
