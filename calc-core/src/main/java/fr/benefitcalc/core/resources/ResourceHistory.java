package fr.benefitcalc.core.resources;

import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.Months;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.joda.money.Money;

/**
 * The resources of a household's members, each monthly value kept with the date it became known
 * ("ressources connues à une date"): a late declaration, an employer's correction in the payroll
 * data (DSN), a revised unemployment benefit. Query the amount of a month {@linkplain #asOf(LocalDate)
 * as known on a date} or {@linkplain #finalView() final}.
 *
 * <p>Layout: one series per (person, category), flattened in primitive arrays sorted by (series,
 * month, date known), so a household of two persons with two years of salaries and a few corrections
 * holds a few hundred bytes. A series may also have a constant amount, known from the start, for
 * every month without a value of its own.
 *
 * <p>Semantics of a month: the latest value known on the date asked; if none of its values is known
 * yet, the constant (0 by default). Immutable; build with {@link #builder(int)}.
 */
public final class ResourceHistory {
  /** Epoch day standing for "known from the start". */
  static final int ALWAYS = Integer.MIN_VALUE;
  private static final int C = IncomeCategory.count();

  private final int persons;
  private final long[] constants; // per series
  private final int[] offsets; // per series, into the entry arrays; length series + 1
  private final int[] months;
  private final long[] amounts;
  private final int[] knownDays;

  private ResourceHistory(int persons, long[] constants, int[] offsets, int[] months, long[] amounts, int[] knownDays) {
    this.persons = persons;
    this.constants = constants;
    this.offsets = offsets;
    this.months = months;
    this.amounts = amounts;
    this.knownDays = knownDays;
  }

  /** A builder for {@code personCount} persons (indices 0..personCount-1). */
  public static Builder builder(int personCount) {
    return new Builder(personCount);
  }

  /** No resources for {@code personCount} persons. */
  public static ResourceHistory empty(int personCount) {
    return builder(personCount).build();
  }

  /** How many persons the history covers. */
  public int personCount() {
    return persons;
  }

  /** The resources as the agency knew them on {@code date} (values known on that day included). */
  public ResourceView asOf(LocalDate date) {
    return new View(this, (int) date.toEpochDay());
  }

  /** {@link #asOf(LocalDate)} for the date of this epoch day ({@link LocalDate#toEpochDay()}). */
  public ResourceView asOfEpochDay(int epochDay) {
    return new View(this, epochDay);
  }

  /** The final resources: every value at its last known amount. */
  public ResourceView finalView() {
    return new View(this, Integer.MAX_VALUE);
  }

  /** The amount of {@code category} for {@code month} as known on {@code date}. */
  public long amount(int person, IncomeCategory category, YearMonth month, LocalDate date) {
    return lookup(person, category, Months.index(month), (int) date.toEpochDay());
  }

  /** The final amount of {@code category} for {@code month}. */
  public long finalAmount(int person, IncomeCategory category, YearMonth month) {
    return lookup(person, category, Months.index(month), Integer.MAX_VALUE);
  }

  /**
   * Every value that became known on a given date (not from the start), in order of date: the late
   * data and corrections that can reopen past decisions.
   */
  public List<Revision> revisions() {
    return computeRevisions(); // not kept: loops over many households read revisionColumns()
  }

  private List<Revision> computeRevisions() {
    RevisionColumns columns = revisionColumns();
    Revision[] out = new Revision[columns.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = columns.revision(i);
    }
    return List.of(out);
  }

  /**
   * {@link #revisions()} in primitive columns, in the same order, built without a {@link Revision}
   * object (not kept: a population's revisions as objects outweigh its resources). For loops over
   * the revisions of many households, e.g. the decision timeline.
   */
  public RevisionColumns revisionColumns() {
    return new RevisionColumns(this);
  }

  /**
   * The revisions of a history in columns ({@link ResourceHistory#revisionColumns()}): revision
   * {@code i} is {@code revisions().get(i)}.
   */
  public static final class RevisionColumns {
    private final ResourceHistory history;
    private final int size;
    private final int[] entry;
    private final int[] series;

    private RevisionColumns(ResourceHistory h) {
      this.history = h;
      int n = 0;
      for (int day : h.knownDays) {
        if (day != ALWAYS) {
          n++;
        }
      }
      this.size = n;
      this.entry = new int[n];
      this.series = new int[n];
      if (n == 0) {
        return;
      }
      int[] seriesOf = new int[h.months.length];
      int minDay = Integer.MAX_VALUE;
      int maxDay = Integer.MIN_VALUE;
      int minMonth = Integer.MAX_VALUE;
      int maxMonth = Integer.MIN_VALUE;
      for (int s = 0; s < h.constants.length; s++) {
        for (int i = h.offsets[s]; i < h.offsets[s + 1]; i++) {
          seriesOf[i] = s;
          if (h.knownDays[i] != ALWAYS) {
            minDay = Math.min(minDay, h.knownDays[i]);
            maxDay = Math.max(maxDay, h.knownDays[i]);
            minMonth = Math.min(minMonth, h.months[i]);
            maxMonth = Math.max(maxMonth, h.months[i]);
          }
        }
      }
      // order of (day known, month, person, category): entries are in order of series (person, category)
      // within a month and day, so (day, month, entry index) packed in a long sorts them the same way
      final int bits = 21;
      final long limit = 1L << bits;
      if ((long) maxDay - minDay < limit && (long) maxMonth - minMonth < limit && h.months.length < limit) {
        long[] keys = new long[n];
        int k = 0;
        for (int i = 0; i < h.months.length; i++) {
          if (h.knownDays[i] != ALWAYS) {
            keys[k++] = ((long) (h.knownDays[i] - minDay) << (2 * bits)) | ((long) (h.months[i] - minMonth) << bits) | i;
          }
        }
        java.util.Arrays.sort(keys);
        for (int j = 0; j < n; j++) {
          entry[j] = (int) (keys[j] & (limit - 1));
          series[j] = seriesOf[entry[j]];
        }
      } else {
        Integer[] order = new Integer[n];
        int k = 0;
        for (int i = 0; i < h.months.length; i++) {
          if (h.knownDays[i] != ALWAYS) {
            order[k++] = i;
          }
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(i -> h.knownDays[i])
            .thenComparingInt(i -> h.months[i]).thenComparingInt(i -> seriesOf[i]));
        for (int j = 0; j < n; j++) {
          entry[j] = order[j];
          series[j] = seriesOf[entry[j]];
        }
      }
    }

    /** The number of revisions. */
    public int size() {
      return size;
    }

    /** The epoch day revision {@code i} became known (non-decreasing in {@code i}). */
    public int knownOnEpochDay(int i) {
      return history.knownDays[entry[i]];
    }

    /** The month index of revision {@code i} (January of the year for an annual category). */
    public int monthIndex(int i) {
      return history.months[entry[i]];
    }

    /** The person's index of revision {@code i}. */
    public int person(int i) {
      return series[i] / C;
    }

    /** The category of revision {@code i}. */
    public IncomeCategory category(int i) {
      return IncomeCategory.ofOrdinal(series[i] % C);
    }

    /** The amount known just before revision {@code i}. */
    public long previous(int i) {
      int e = entry[i];
      int s = series[i];
      return e > history.offsets[s] && history.months[e - 1] == history.months[e] ? history.amounts[e - 1]
          : history.constants[s];
    }

    /**
     * Whether revision {@code i} is the first value of its month (before it, the month was unknown and
     * read as the series' constant): even with an unchanged amount, the month becoming known is a fact
     * a rule may read ({@link ResourceView#known}).
     */
    public boolean firstKnown(int i) {
      int e = entry[i];
      return e == history.offsets[series[i]] || history.months[e - 1] != history.months[e];
    }

    /** The amount of revision {@code i}. */
    public long amount(int i) {
      return history.amounts[entry[i]];
    }

    /** Revision {@code i} as an object (equal to {@code revisions().get(i)}). */
    public Revision revision(int i) {
      return new Revision(person(i), category(i), Months.of(monthIndex(i)), LocalDate.ofEpochDay(knownOnEpochDay(i)),
          previous(i), amount(i));
    }
  }

  /**
   * The amount of {@code category} for {@code person} in every month without a dated value of its
   * own (known from the start; 0 unless set by {@link Builder#constant}).
   */
  public long constant(int person, IncomeCategory category) {
    if (person < 0 || person >= persons) {
      throw new IndexOutOfBoundsException("person index " + person + " not in 0.." + (persons - 1));
    }
    return constants[person * C + category.ordinal()];
  }

  /**
   * Every dated value, in order of person, category, month and date known: what a
   * {@link Builder} was given through {@code value} and {@code annual}, for exporters.
   */
  public List<Value> values() {
    List<Value> out = new ArrayList<>(months.length);
    for (int s = 0; s < constants.length; s++) {
      for (int i = offsets[s]; i < offsets[s + 1]; i++) {
        out.add(new Value(s / C, IncomeCategory.ofOrdinal(s % C), Months.of(months[i]),
            knownDays[i] == ALWAYS ? java.util.Optional.empty() : java.util.Optional.of(LocalDate.ofEpochDay(knownDays[i])),
            amounts[i]));
      }
    }
    return out;
  }

  /**
   * Whether a value of {@code person}'s {@code category} for {@code month} (January of the year for an annual
   * category) became known on {@code day} exactly.
   */
  public boolean knownOn(int person, IncomeCategory category, YearMonth month, LocalDate day) {
    int s = checkedSeries(person, category);
    int m = Months.index(month);
    int d = (int) day.toEpochDay();
    for (int i = lowerBound(m, offsets[s], offsets[s + 1]); i < offsets[s + 1] && months[i] == m; i++) {
      if (knownDays[i] == d) {
        return true;
      }
    }
    return false;
  }

  /** A builder holding this history's constants and dated values, to add more (e.g. a correction) and build anew. */
  public Builder toBuilder() {
    Builder b = new Builder(persons);
    System.arraycopy(constants, 0, b.constants, 0, constants.length);
    for (int s = 0; s < constants.length; s++) {
      for (int i = offsets[s]; i < offsets[s + 1]; i++) {
        b.add(s, months[i], amounts[i], knownDays[i]);
      }
    }
    return b;
  }

  /**
   * One dated value of a history.
   *
   * @param person the person's index in the household
   * @param category the income category
   * @param month the month it belongs to (January of the year for annual categories)
   * @param knownOn the date it became known; empty when known from the start
   * @param amount the amount (nano-euros)
   */
  public record Value(int person, IncomeCategory category, YearMonth month, java.util.Optional<LocalDate> knownOn,
      long amount) {}

  /**
   * A copy in which every amount of {@code category} for {@code person} (the constant and each dated
   * value) is increased by {@code delta}: "the same history with more income", for monotonicity tests
   * and reform studies.
   */
  public ResourceHistory plus(int person, IncomeCategory category, Money delta) {
    return plusNanoEuros(person, category, Euros.toFixed(delta));
  }

  /** {@link #plus(int, IncomeCategory, Money)} with {@code delta} in {@link Fixed} nano-euros (the bulk path). */
  public ResourceHistory plusNanoEuros(int person, IncomeCategory category, long delta) {
    if (person < 0 || person >= persons) {
      throw new IllegalArgumentException("person index " + person + " not in 0.." + (persons - 1));
    }
    int s = person * C + category.ordinal();
    long[] newConstants = constants.clone();
    newConstants[s] += delta;
    long[] newAmounts = amounts.clone();
    for (int i = offsets[s]; i < offsets[s + 1]; i++) {
      newAmounts[i] += delta;
    }
    return new ResourceHistory(persons, newConstants, offsets, months, newAmounts, knownDays);
  }

  /** The final history: every value as last known, all known from the start (no late data). */
  public ResourceHistory withoutLateData() {
    Builder b = builder(persons);
    for (int s = 0; s < constants.length; s++) {
      if (constants[s] != 0) {
        b.constantNanoEuros(s / C, IncomeCategory.ofOrdinal(s % C), constants[s]);
      }
      for (int i = offsets[s]; i < offsets[s + 1]; i++) {
        if (i + 1 < offsets[s + 1] && months[i + 1] == months[i]) {
          continue; // a later value of the same month wins
        }
        b.add(s / C, IncomeCategory.ofOrdinal(s % C), months[i], amounts[i], ALWAYS);
      }
    }
    return b.build();
  }

  /**
   * The first month index holding a dated value of the series (for an annual category, January of
   * its year), or {@link Integer#MAX_VALUE} when it has none.
   */
  public int firstValueMonth(int person, IncomeCategory category) {
    int s = checkedSeries(person, category);
    return offsets[s] == offsets[s + 1] ? Integer.MAX_VALUE : months[offsets[s]];
  }

  /**
   * The last month index holding a dated value of the series (for an annual category, January of
   * its year), or {@link Integer#MIN_VALUE} when it has none.
   */
  public int lastValueMonth(int person, IncomeCategory category) {
    int s = checkedSeries(person, category);
    return offsets[s] == offsets[s + 1] ? Integer.MIN_VALUE : months[offsets[s + 1] - 1];
  }

  private int checkedSeries(int person, IncomeCategory category) {
    if (person < 0 || person >= persons) {
      throw new IndexOutOfBoundsException("person index " + person + " not in 0.." + (persons - 1));
    }
    return person * C + category.ordinal();
  }

  long lookup(int person, IncomeCategory category, int monthIndex, int day) {
    if (person < 0 || person >= persons) {
      throw new IndexOutOfBoundsException("person index " + person + " not in 0.." + (persons - 1));
    }
    int s = person * C + category.ordinal();
    int lo = offsets[s];
    int hi = offsets[s + 1];
    if (lo == hi) {
      return constants[s];
    }
    // first entry of the month
    int i = lowerBound(monthIndex, lo, hi);
    long value = constants[s];
    while (i < hi && months[i] == monthIndex && knownDays[i] <= day) {
      value = amounts[i];
      i++;
    }
    return value;
  }

  /**
   * {@code lookup} summed over months {@code first..last}: the months whose every value is known on
   * {@code day} from the sums kept in {@link Sums}, the others in one pass over their entries.
   */
  long sum(int person, IncomeCategory category, int first, int last, int day) {
    if (last < first) {
      return 0;
    }
    if (person < 0 || person >= persons) {
      throw new IndexOutOfBoundsException("person index " + person + " not in 0.." + (persons - 1));
    }
    int s = person * C + category.ordinal();
    long constant = constants[s];
    int lo = offsets[s];
    int hi = offsets[s + 1];
    if (lo == hi) {
      return constant * (last - first + 1);
    }
    int i = lowerBound(first, lo, hi);
    long total = 0;
    int m = first;
    if (i < hi && months[i] <= last) {
      Sums sums = sums();
      // the entries from i on known on the day: the latest known day of the series up to an entry never decreases
      int k = sums.knownUpTo(i, hi, day);
      if (k < hi && months[k] <= last) {
        while (k > i && months[k - 1] == months[k]) {
          k--; // a month partly known is summed below
        }
      } else {
        k = lowerBound(last + 1, i, k); // every entry of the months read is known
      }
      int split = k < hi && months[k] <= last ? months[k] : last + 1;
      // months first..split-1: each the last value of its month (every one known), the constant where none
      total = sums.lastValues(i, k) + constant * ((split - first) - sums.monthsWithValues(i, k));
      i = k;
      m = split;
    }
    for (; m <= last; m++) {
      long value = constant;
      while (i < hi && months[i] == m) {
        if (knownDays[i] <= day) {
          value = amounts[i]; // the entries of a month are in order of the date known
        }
        i++;
      }
      total += value;
    }
    return total;
  }

  /** The sums of the entries, built on the first {@link #sum} (a history not summed does not hold them). */
  private Sums sums;

  private Sums sums() {
    Sums s = sums;
    if (s == null) {
      s = new Sums(this);
      sums = s; // all its fields are final: a race builds it twice, never shows it half-built
    }
    return s;
  }

  /**
   * Running sums over the entries, series after series, for {@link #sum}: of the last value of each
   * month, of the months with a value, and each series' latest day known up to each entry.
   */
  private static final class Sums {
    /** {@code lastValue[i]}: the sum of the last value of each month over the entries before {@code i}. */
    private final long[] lastValue;
    /** {@code monthCount[i]}: the number of months with a value over the entries before {@code i}. */
    private final int[] monthCount;
    /** {@code knownBy[i]}: the latest day known of the entries of its series up to {@code i}. */
    private final int[] knownBy;

    Sums(ResourceHistory h) {
      int n = h.months.length;
      lastValue = new long[n + 1];
      monthCount = new int[n + 1];
      knownBy = new int[n];
      for (int s = 0; s < h.constants.length; s++) {
        int latest = Integer.MIN_VALUE;
        for (int i = h.offsets[s]; i < h.offsets[s + 1]; i++) {
          boolean lastOfMonth = i + 1 == h.offsets[s + 1] || h.months[i + 1] != h.months[i];
          lastValue[i + 1] = lastValue[i] + (lastOfMonth ? h.amounts[i] : 0);
          monthCount[i + 1] = monthCount[i] + (lastOfMonth ? 1 : 0);
          latest = Math.max(latest, h.knownDays[i]);
          knownBy[i] = latest;
        }
      }
    }

    /** The first entry of {@code from..to-1} not known with every entry before it on {@code day}, or {@code to}. */
    int knownUpTo(int from, int to, int day) {
      int lo = from;
      int hi = to;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (knownBy[mid] <= day) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    long lastValues(int from, int to) {
      return lastValue[to] - lastValue[from];
    }

    int monthsWithValues(int from, int to) {
      return monthCount[to] - monthCount[from];
    }
  }

  /** Whether the month has no dated value, or one known on {@code day}. */
  boolean monthKnown(int person, IncomeCategory category, int monthIndex, int day) {
    int s = person * C + category.ordinal();
    int i = lowerBound(monthIndex, offsets[s], offsets[s + 1]);
    return i >= offsets[s + 1] || months[i] != monthIndex || knownDays[i] <= day;
  }

  boolean known(int person, IncomeCategory category, int monthIndex, int day) {
    int s = person * C + category.ordinal();
    int i = lowerBound(monthIndex, offsets[s], offsets[s + 1]);
    return i < offsets[s + 1] && months[i] == monthIndex && knownDays[i] <= day;
  }

  /**
   * The index of the first entry of {@code lo..hi-1} whose month is at least {@code monthIndex}
   * ({@code hi} if none). A series usually holds one entry per month from its first, a few months with
   * a correction holding two: the entry is looked for first where that layout puts it, then by
   * binary search.
   */
  private int lowerBound(int monthIndex, int lo, int hi) {
    if (lo >= hi || monthIndex <= months[lo]) {
      return lo;
    }
    long guess = (long) lo + monthIndex - months[lo];
    if (guess > lo && guess < hi) {
      int g = (int) guess;
      if (months[g] >= monthIndex) {
        if (months[g - 1] < monthIndex) {
          return g; // one entry per month up to here
        }
        hi = g; // a month without entry before: the first entry is earlier
      } else {
        // entries of corrected months before: a few steps further
        for (int i = g + 1, end = Math.min(hi, g + 4); i < end; i++) {
          if (months[i] >= monthIndex) {
            return i;
          }
        }
        lo = g + 1;
      }
    }
    return binarySearch(monthIndex, lo, hi);
  }

  private int binarySearch(int monthIndex, int lo, int hi) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (months[mid] < monthIndex) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResourceHistory r && persons == r.persons && Arrays.equals(constants, r.constants)
        && Arrays.equals(offsets, r.offsets) && Arrays.equals(months, r.months)
        && Arrays.equals(amounts, r.amounts) && Arrays.equals(knownDays, r.knownDays);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(amounts) * 31 + Arrays.hashCode(months) + persons;
  }

  @Override
  public String toString() {
    return "ResourceHistory[" + persons + " persons, " + months.length + " dated values]";
  }

  /**
   * A value that became known on a date: a late declaration (previous amount 0 or unknown) or a
   * correction.
   *
   * @param person the person's index in the household
   * @param category the income category
   * @param month the month the amount belongs to (January of the year for annual categories)
   * @param knownOn the date it became known
   * @param previous the amount known just before (nano-euros)
   * @param amount the new amount (nano-euros)
   */
  public record Revision(int person, IncomeCategory category, YearMonth month, LocalDate knownOn,
      long previous, long amount) {
    @Override
    public String toString() {
      return category.key() + " of person " + person + " for " + month + " known on " + knownOn
          + ": " + Fixed.format(previous) + " -> " + Fixed.format(amount);
    }
  }

  private static final class View implements ResourceView {
    private final ResourceHistory history;
    private final int day;

    View(ResourceHistory history, int day) {
      this.history = history;
      this.day = day;
    }

    @Override
    public long monthly(int person, IncomeCategory category, int monthIndex) {
      return history.lookup(person, category, monthIndex, day);
    }

    @Override
    public long annual(int person, IncomeCategory category, int year) {
      return history.lookup(person, category, year * 12, day);
    }

    @Override
    public long sum(int person, IncomeCategory category, int firstIndex, int lastIndex) {
      return history.sum(person, category, firstIndex, lastIndex, day);
    }

    @Override
    public boolean known(int person, IncomeCategory category, int monthIndex) {
      return history.monthKnown(person, category, monthIndex, day);
    }

    @Override
    public boolean hasAnnual(int person, IncomeCategory category, int year) {
      return history.known(person, category, year * 12, day)
          || history.constants[person * C + category.ordinal()] != 0;
    }
  }

  /** Collects values, then {@link #build()}s an immutable history. */
  public static final class Builder {
    private final int persons;
    private final long[] constants;
    // the values given, in order of addition: series (person, category), month index, day known, amount
    private int count;
    private int[] entrySeries = new int[64];
    private int[] entryMonths = new int[64];
    private int[] entryDays = new int[64];
    private long[] entryAmounts = new long[64];

    Builder(int persons) {
      if (persons < 0) {
        throw new IllegalArgumentException("personCount " + persons + " is negative");
      }
      this.persons = persons;
      this.constants = new long[persons * C];
    }

    /**
     * The same amount in every month without a value of its own, known from the start, e.g.
     * {@code constant(0, IncomeCategory.SALARY_TAXABLE, Euros.of("1200"))}.
     */
    public Builder constant(int person, IncomeCategory category, Money amount) {
      return constantNanoEuros(person, category, Euros.toFixed(amount));
    }

    /** The amount of a month, known from the start. */
    public Builder value(int person, IncomeCategory category, YearMonth month, Money amount) {
      return valueNanoEuros(person, category, month, Euros.toFixed(amount));
    }

    /** The amount of a month, known from {@code knownOn} (late data). */
    public Builder value(int person, IncomeCategory category, YearMonth month, Money amount, LocalDate knownOn) {
      return valueNanoEuros(person, category, month, Euros.toFixed(amount), knownOn);
    }

    /** The amount of an annual category for a year, known from the start. */
    public Builder annual(int person, IncomeCategory category, int year, Money amount) {
      return annualNanoEuros(person, category, year, Euros.toFixed(amount));
    }

    /** The amount of an annual category for a year, known from {@code knownOn} (late data). */
    public Builder annual(int person, IncomeCategory category, int year, Money amount, LocalDate knownOn) {
      return annualNanoEuros(person, category, year, Euros.toFixed(amount), knownOn);
    }

    /** The same amount in every month without a value of its own, known from the start, in {@link Fixed} nano-euros (the bulk path). */
    public Builder constantNanoEuros(int person, IncomeCategory category, long amount) {
      constants[series(person, category)] = amount;
      return this;
    }

    /** The amount of a month, known from the start, in {@link Fixed} nano-euros (the bulk path). */
    public Builder valueNanoEuros(int person, IncomeCategory category, YearMonth month, long amount) {
      return add(person, category, Months.index(month), amount, ALWAYS);
    }

    /** The amount of a month, known from {@code knownOn}, in {@link Fixed} nano-euros (the bulk path). */
    public Builder valueNanoEuros(int person, IncomeCategory category, YearMonth month, long amount, LocalDate knownOn) {
      return add(person, category, Months.index(month), amount, (int) knownOn.toEpochDay());
    }

    /** The amount of an annual category for a year, known from the start, in {@link Fixed} nano-euros (the bulk path). */
    public Builder annualNanoEuros(int person, IncomeCategory category, int year, long amount) {
      return add(person, category, year * 12, amount, ALWAYS);
    }

    /** The amount of an annual category for a year, known from {@code knownOn}, in {@link Fixed} nano-euros (the bulk path). */
    public Builder annualNanoEuros(int person, IncomeCategory category, int year, long amount, LocalDate knownOn) {
      return add(person, category, year * 12, amount, (int) knownOn.toEpochDay());
    }

    private Builder add(int person, IncomeCategory category, int month, long amount, int day) {
      return add(series(person, category), month, amount, day);
    }

    private Builder add(int s, int month, long amount, int day) {
      if (count == entrySeries.length) {
        int n = count * 2;
        entrySeries = Arrays.copyOf(entrySeries, n);
        entryMonths = Arrays.copyOf(entryMonths, n);
        entryDays = Arrays.copyOf(entryDays, n);
        entryAmounts = Arrays.copyOf(entryAmounts, n);
      }
      entrySeries[count] = s;
      entryMonths[count] = month;
      entryDays[count] = day;
      entryAmounts[count] = amount;
      count++;
      return this;
    }

    private int series(int person, IncomeCategory category) {
      if (person < 0 || person >= persons) {
        throw new IllegalArgumentException("person index " + person + " not in 0.." + (persons - 1));
      }
      return person * C + category.ordinal();
    }

    /**
     * The immutable history; two values of the same month known on the same date are an error. The values are put
     * in order of (series, month, date known): by series first (a counting sort, stable), then within each series
     * by (month, date known), an insertion sort that is linear on the usual order of addition (month by month, each
     * month's dates in order), with a merge sort for a series given far out of order.
     */
    public ResourceHistory build() {
      int n = count;
      int[] offsets = new int[constants.length + 1];
      for (int i = 0; i < n; i++) {
        offsets[entrySeries[i] + 1]++;
      }
      for (int s = 0; s < constants.length; s++) {
        offsets[s + 1] += offsets[s];
      }
      int[] next = Arrays.copyOf(offsets, constants.length);
      int[] months = new int[n];
      long[] amounts = new long[n];
      int[] days = new int[n];
      for (int i = 0; i < n; i++) {
        int at = next[entrySeries[i]]++;
        months[at] = entryMonths[i];
        days[at] = entryDays[i];
        amounts[at] = entryAmounts[i];
      }
      for (int s = 0; s < constants.length; s++) {
        int from = offsets[s];
        int to = offsets[s + 1];
        if (!sortByMonthAndDay(months, days, amounts, from, to)) {
          mergeSortByMonthAndDay(months, days, amounts, from, to);
        }
        for (int i = from + 1; i < to; i++) {
          if (months[i - 1] == months[i] && days[i - 1] == days[i]) {
            throw new IllegalArgumentException("person " + s / C + " " + IncomeCategory.ofOrdinal(s % C).key()
                + " " + Months.of(months[i]) + ": two values known on the same date");
          }
        }
      }
      return new ResourceHistory(persons, constants.clone(), offsets, months, amounts, days);
    }

    /** Whether (month, day) of {@code a} comes after that of {@code b}. */
    private static boolean after(int monthA, int dayA, int monthB, int dayB) {
      return monthA != monthB ? monthA > monthB : dayA > dayB;
    }

    /**
     * Insertion sort of {@code from..to} by (month, day): true when done, false when it gave up (more than a few
     * moves per value: a series far out of order, left as it was for {@link #mergeSortByMonthAndDay}).
     */
    private static boolean sortByMonthAndDay(int[] months, int[] days, long[] amounts, int from, int to) {
      long budget = 8L * (to - from) + 16;
      for (int i = from + 1; i < to; i++) {
        int m = months[i];
        int d = days[i];
        if (!after(months[i - 1], days[i - 1], m, d)) {
          continue;
        }
        long a = amounts[i];
        int j = i - 1;
        while (j >= from && after(months[j], days[j], m, d)) {
          months[j + 1] = months[j];
          days[j + 1] = days[j];
          amounts[j + 1] = amounts[j];
          j--;
          if (--budget < 0) {
            // give up: put the value taken out in the free place (the range is a permutation of the values again)
            months[j + 1] = m;
            days[j + 1] = d;
            amounts[j + 1] = a;
            return false;
          }
        }
        months[j + 1] = m;
        days[j + 1] = d;
        amounts[j + 1] = a;
      }
      return true;
    }

    /** Sorts {@code from..to} by (month, day), whatever its order (a stable merge sort of the positions). */
    private static void mergeSortByMonthAndDay(int[] months, int[] days, long[] amounts, int from, int to) {
      Integer[] order = new Integer[to - from];
      for (int i = 0; i < order.length; i++) {
        order[i] = from + i;
      }
      Arrays.sort(order, (x, y) -> months[x] != months[y] ? Integer.compare(months[x], months[y])
          : Integer.compare(days[x], days[y]));
      int[] m = new int[order.length];
      int[] d = new int[order.length];
      long[] a = new long[order.length];
      for (int i = 0; i < order.length; i++) {
        m[i] = months[order[i]];
        d[i] = days[order[i]];
        a[i] = amounts[order[i]];
      }
      System.arraycopy(m, 0, months, from, m.length);
      System.arraycopy(d, 0, days, from, d.length);
      System.arraycopy(a, 0, amounts, from, a.length);
    }
  }
}
