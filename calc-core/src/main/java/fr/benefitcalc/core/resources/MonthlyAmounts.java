package fr.benefitcalc.core.resources;

import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.Months;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.Money;

/**
 * An amount per month that is not revised over time (a rent, a benefit received): either the same
 * amount every month, or given month by month (months not listed are 0). Amounts are given as
 * Joda-Money {@link Money} in euros ({@link #constant(Money)}, {@link #byMonth(Map)}); the bulk path
 * gives and reads {@link Fixed} nano-euros ({@link #constantNanoEuros(long)}, {@link #at(int)}).
 */
public final class MonthlyAmounts {
  private static final MonthlyAmounts NONE = constantNanoEuros(0);

  private final long constant;
  private final int[] months;
  private final long[] amounts;

  private MonthlyAmounts(long constant, int[] months, long[] amounts) {
    this.constant = constant;
    this.months = months;
    this.amounts = amounts;
  }

  /** Zero every month. */
  public static MonthlyAmounts none() {
    return NONE;
  }

  /** The same amount every month, e.g. {@code MonthlyAmounts.constant(Euros.of("450"))}. */
  public static MonthlyAmounts constant(Money amount) {
    return constantNanoEuros(Euros.toFixed(amount));
  }

  /** Amounts by month; months not listed are 0. */
  public static MonthlyAmounts byMonth(Map<YearMonth, Money> values) {
    return byMonthNanoEuros(toNanoEuros(values));
  }

  /** {@code otherMonths} for every month not listed in {@code byMonth}, and the listed amounts for theirs. */
  public static MonthlyAmounts of(Money otherMonths, Map<YearMonth, Money> byMonth) {
    return ofNanoEuros(Euros.toFixed(otherMonths), toNanoEuros(byMonth));
  }

  private static Map<YearMonth, Long> toNanoEuros(Map<YearMonth, Money> values) {
    TreeMap<YearMonth, Long> out = new TreeMap<>();
    values.forEach((m, v) -> out.put(m, Euros.toFixed(v)));
    return out;
  }

  /** The same amount every month, in {@link Fixed} nano-euros (the bulk path). */
  public static MonthlyAmounts constantNanoEuros(long amount) {
    return new MonthlyAmounts(amount, new int[0], new long[0]);
  }

  /** Amounts by month in {@link Fixed} nano-euros (the bulk path); months not listed are 0. */
  public static MonthlyAmounts byMonthNanoEuros(Map<YearMonth, Long> values) {
    TreeMap<Integer, Long> sorted = new TreeMap<>();
    values.forEach((m, v) -> sorted.put(Months.index(m), v));
    int[] ms = new int[sorted.size()];
    long[] as = new long[sorted.size()];
    int i = 0;
    for (Map.Entry<Integer, Long> e : sorted.entrySet()) {
      ms[i] = e.getKey();
      as[i] = e.getValue();
      i++;
    }
    return new MonthlyAmounts(0, ms, as);
  }

  /**
   * {@code otherMonths} for every month not listed in {@code byMonth}, and the listed amounts for
   * theirs, in {@link Fixed} nano-euros (the bulk path): the case format's MONTHLY with an
   * {@code otherMonths} key, or a population file's rows. {@code ofNanoEuros(x, Map.of())} equals
   * {@code constantNanoEuros(x)}; {@code ofNanoEuros(0, m)} equals {@code byMonthNanoEuros(m)}.
   */
  public static MonthlyAmounts ofNanoEuros(long otherMonths, Map<YearMonth, Long> byMonth) {
    MonthlyAmounts listed = byMonthNanoEuros(byMonth);
    return new MonthlyAmounts(otherMonths, listed.months, listed.amounts);
  }

  /**
   * {@code values[i]} for the month of index {@code firstMonthIndex + i}, and {@code base}'s amount
   * for every other month: e.g. the AL the decision timeline computed, over the months it computed,
   * on top of the AL given as input.
   */
  public static MonthlyAmounts overlay(MonthlyAmounts base, int firstMonthIndex, long[] values) {
    int lastMonthIndex = firstMonthIndex + values.length - 1;
    int before = 0; // base months before the values
    while (before < base.months.length && base.months[before] < firstMonthIndex) {
      before++;
    }
    int after = before; // first base month after the values
    while (after < base.months.length && base.months[after] <= lastMonthIndex) {
      after++;
    }
    int n = before + values.length + base.months.length - after;
    int[] ms = new int[n];
    long[] as = new long[n];
    System.arraycopy(base.months, 0, ms, 0, before);
    System.arraycopy(base.amounts, 0, as, 0, before);
    for (int i = 0; i < values.length; i++) {
      ms[before + i] = firstMonthIndex + i;
      as[before + i] = values[i];
    }
    System.arraycopy(base.months, after, ms, before + values.length, base.months.length - after);
    System.arraycopy(base.amounts, after, as, before + values.length, base.amounts.length - after);
    return new MonthlyAmounts(base.constant, ms, as);
  }

  /** The amount of a month. */
  public long at(YearMonth month) {
    return at(Months.index(month));
  }

  /** The amount of the month of this index. */
  public long at(int monthIndex) {
    if (months.length == 0) {
      return constant;
    }
    int i = Arrays.binarySearch(months, monthIndex);
    return i >= 0 ? amounts[i] : constant; // constant is 0 for byMonth
  }

  /** The amount of every month not listed in {@link #listedMonths()}. */
  public long otherMonths() {
    return constant;
  }

  /** The amounts given month by month, in order of months (empty for a constant amount). */
  public java.util.SortedMap<YearMonth, Long> listedMonths() {
    TreeMap<YearMonth, Long> out = new TreeMap<>();
    for (int i = 0; i < months.length; i++) {
      out.put(Months.of(months[i]), amounts[i]);
    }
    return java.util.Collections.unmodifiableSortedMap(out);
  }

  /** Whether the amount is the same every month. */
  public boolean isConstant() {
    return months.length == 0;
  }

  /** Whether some month has a negative amount. */
  public boolean hasNegative() {
    if (constant < 0) {
      return true;
    }
    for (long a : amounts) {
      if (a < 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MonthlyAmounts other && constant == other.constant
        && Arrays.equals(months, other.months) && Arrays.equals(amounts, other.amounts);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(constant) * 31 + Arrays.hashCode(months) * 17 + Arrays.hashCode(amounts);
  }

  @Override
  public String toString() {
    if (isConstant()) {
      return Fixed.format(constant) + "/month";
    }
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < months.length; i++) {
      b.append(i == 0 ? "" : ", ").append(Months.of(months[i])).append('=').append(Fixed.format(amounts[i]));
    }
    return b.append('}').toString();
  }
}
