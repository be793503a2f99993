package fr.benefitcalc.core.bulk;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A population of households for bulk recalculation, its resources held in columns: the amounts of
 * all households in one array of whole cents ({@code int}), month after month, one run of months per
 * income series that is not nil. The same {@link Household} values the single-household API takes
 * are turned into it once ({@link #builder}); the rules then read it through a
 * {@link PopulationCursor}, a {@link ResourceView} over the columns moved from household to
 * household, so that the bulk path runs the very rule code of the explained path without creating an
 * object per household.
 *
 * <p>Layout, for household {@code h}: its series are {@code seriesStart[h] .. seriesStart[h+1]-1};
 * series {@code s} is person {@code slot[s] / C}'s category {@code slot[s] % C} (C categories);
 * its amount of month {@code m} of the span is {@code cents[offset[s] + m − first]} (for an annual
 * category, of year {@code y}: {@code cents[offset[s] + y − year(first)]}), {@link #UNKNOWN} when no
 * value is known yet. A series whose months all equal its constant holds no run ({@code offset[s] = −1}).
 * Outside the span, a series is its constant (the builder refuses a dated value outside the span).
 *
 * <p>Snapshot: the amounts are those of one view of each household's {@link ResourceHistory}, the
 * final one or as known on a date ({@link Builder#knownOn}); a dated history of corrections is not
 * kept (the decision timeline reads the {@code ResourceHistory} itself).
 *
 * <p>The households kept ({@link #household(int)}) are the households given, with an empty resource
 * history of their own (shared by every household of the same size): members, dwelling and benefits
 * received are the immutable objects built once. Immutable and thread-safe.
 */
public final class Population {
  /**
   * Stands for "no value known" in a run: for an annual series, no value of the year known; for a
   * monthly series, a month whose values all became known after the snapshot's date (it reads as the
   * series' constant, and {@link ResourceView#known} is false).
   */
  public static final int UNKNOWN = Integer.MIN_VALUE;
  private static final int C = IncomeCategory.count();

  private final Household[] households;
  private final byte[] persons; // members per household: the cursor moves without reading the household's objects
  private final int first;
  private final int last;
  private final int firstYear;
  private final int lastYear;
  private final int[] seriesStart;
  private final short[] slot;
  private final int[] offset;
  private final int[] constant;
  private final int[] cents;
  private final int maxPersons;
  private final Optional<LocalDate> knownOn;

  private Population(Household[] households, byte[] persons, MonthRange span, int[] seriesStart, short[] slot,
      int[] offset, int[] constant, int[] cents, int maxPersons, Optional<LocalDate> knownOn) {
    this.households = households;
    this.persons = persons;
    this.first = span.firstIndex();
    this.last = span.lastIndex();
    this.firstYear = Months.year(first);
    this.lastYear = Months.year(last);
    this.seriesStart = seriesStart;
    this.slot = slot;
    this.offset = offset;
    this.constant = constant;
    this.cents = cents;
    this.maxPersons = maxPersons;
    this.knownOn = knownOn;
  }

  /**
   * A builder of a population whose resources cover the months {@code span}: every month a rule reads
   * that holds a dated value must be in it (e.g. M-24..M for two years of resources).
   */
  public static Builder builder(MonthRange span) {
    return new Builder(span);
  }

  /** The number of households. */
  public int size() {
    return households.length;
  }

  /** The household of index {@code index} (members, dwelling, benefits; its resources are the columns). */
  public Household household(int index) {
    return households[index];
  }

  /** The months the resources cover. */
  public MonthRange span() {
    return MonthRange.of(Months.of(first), Months.of(last));
  }

  /** The date the resources are known on, or empty for the final resources. */
  public Optional<LocalDate> knownOn() {
    return knownOn;
  }

  /** A new cursor over this population (one per thread; reuse it from household to household). */
  public PopulationCursor cursor() {
    return new PopulationCursor(this);
  }

  /** The number of income series held (not nil). */
  public int seriesCount() {
    return slot.length;
  }

  /**
   * The bytes of the resource columns: the amounts, the series directory and the household index
   * (array headers included); the household objects are not counted.
   */
  public long resourceBytes() {
    return arrayBytes(4L * cents.length) + arrayBytes(2L * slot.length) + arrayBytes(4L * offset.length)
        + arrayBytes(4L * constant.length) + arrayBytes(4L * seriesStart.length) + arrayBytes(persons.length);
  }

  private static long arrayBytes(long payload) {
    return 16 + (payload + 7) / 8 * 8;
  }

  // ---------------------------------------------------------------- read by the cursor

  int maxPersons() {
    return maxPersons;
  }

  /** The number of members of a household (read from a column, not from its objects). */
  int persons(int household) {
    return persons[household];
  }

  int seriesStart(int household) {
    return seriesStart[household];
  }

  int slot(int series) {
    return slot[series];
  }

  /** The amount in cents of a monthly series for a month index. */
  int monthCents(int series, int monthIndex) {
    int o = offset[series];
    if (o < 0 || monthIndex < first || monthIndex > last) {
      return constant[series];
    }
    int v = cents[o + monthIndex - first];
    return v == UNKNOWN ? constant[series] : v;
  }

  /** Whether the month of a monthly series is known (see {@link #UNKNOWN}). */
  boolean monthKnown(int series, int monthIndex) {
    int o = offset[series];
    return o < 0 || monthIndex < first || monthIndex > last || cents[o + monthIndex - first] != UNKNOWN;
  }

  /** The sum in cents of a monthly series over {@code from..to} (both included, from ≤ to). */
  long sumCents(int series, int from, int to) {
    int o = offset[series];
    long c = constant[series];
    if (o < 0) {
      return c * (to - from + 1);
    }
    int lo = Math.max(from, first);
    int hi = Math.min(to, last);
    long total = 0;
    int inside = 0;
    if (lo <= hi) {
      int base = o - first;
      for (int m = lo; m <= hi; m++) {
        int v = cents[base + m];
        total += v == UNKNOWN ? c : v;
      }
      inside = hi - lo + 1;
    }
    return total + c * (to - from + 1 - inside);
  }

  /** The amount in cents of an annual series for a year, {@link #UNKNOWN} when none is known. */
  int yearCents(int series, int year) {
    int o = offset[series];
    if (o < 0 || year < firstYear || year > lastYear) {
      return UNKNOWN;
    }
    return cents[o + year - firstYear];
  }

  int constantCents(int series) {
    return constant[series];
  }

  /** Collects households, then {@link #build()}s the columns. Not thread-safe. */
  public static final class Builder {
    private final MonthRange span;
    private final int first;
    private final int last;
    private final int firstYear;
    private final int lastYear;
    private Optional<LocalDate> knownOn = Optional.empty();
    private final List<Household> households = new ArrayList<>();
    private final Map<Integer, ResourceHistory> emptyHistories = new HashMap<>();
    private int[] seriesStart = new int[1024];
    private byte[] personCounts = new byte[1024];
    private short[] slot = new short[1024];
    private int[] offset = new int[1024];
    private int[] constant = new int[1024];
    private int[] cents = new int[16 * 1024];
    private int seriesCount;
    private int centsCount;
    private int maxPersons;

    Builder(MonthRange span) {
      this.span = Objects.requireNonNull(span, "span");
      this.first = span.firstIndex();
      this.last = span.lastIndex();
      this.firstYear = Months.year(first);
      this.lastYear = Months.year(last);
    }

    /** Takes the resources as known on {@code date} (by default, as finally known). */
    public Builder knownOn(LocalDate date) {
      if (!households.isEmpty()) {
        throw new IllegalStateException("knownOn must be set before the first household is added");
      }
      this.knownOn = Optional.of(date);
      return this;
    }

    /**
     * Adds a household (its index is the number added before it).
     *
     * @throws InvalidInputException naming the household and the field when an amount is not whole
     *     cents, does not fit the columns, or belongs to a month outside the span
     */
    public Builder add(Household household) {
      Objects.requireNonNull(household, "household");
      int h = households.size();
      ResourceHistory history = household.resources();
      ResourceView view = knownOn.isPresent() ? history.asOf(knownOn.get()) : history.finalView();
      int persons = household.persons().size();
      if (persons * C > Short.MAX_VALUE || persons > Byte.MAX_VALUE) {
        throw new InvalidInputException(where(h, household) + "persons", persons, "are too many for the columns");
      }
      int seriesBefore = seriesCount;
      int centsBefore = centsCount;
      try {
        for (int person = 0; person < persons; person++) {
          for (int c = 0; c < C; c++) {
            addSeries(h, household, history, view, person, IncomeCategory.ofOrdinal(c));
          }
        }
      } catch (InvalidInputException e) {
        seriesCount = seriesBefore;
        centsCount = centsBefore;
        throw e;
      }
      households.add(household.withResources(emptyHistories.computeIfAbsent(persons, ResourceHistory::empty)));
      seriesStart = grow(seriesStart, h + 2);
      seriesStart[h + 1] = seriesCount;
      if (h >= personCounts.length) {
        personCounts = Arrays.copyOf(personCounts, personCounts.length * 2);
      }
      personCounts[h] = (byte) persons;
      maxPersons = Math.max(maxPersons, persons);
      return this;
    }

    private void addSeries(int h, Household household, ResourceHistory history, ResourceView view, int person,
        IncomeCategory category) {
      long constantValue = history.constant(person, category);
      int from = history.firstValueMonth(person, category);
      int to = history.lastValueMonth(person, category);
      if (from == Integer.MAX_VALUE && constantValue == 0) {
        return;
      }
      String field = where(h, household) + "persons[" + person + "].incomes." + category.key();
      int constantCents = toCents(field, constantValue);
      if (from != Integer.MAX_VALUE && (from < (category.isAnnual() ? firstYear * 12 : first)
          || to > (category.isAnnual() ? lastYear * 12 : last))) {
        String month = from < first ? Months.of(from).toString() : Months.of(to).toString();
        throw new InvalidInputException(field, month, "is outside the population's months " + span);
      }
      int s = seriesCount;
      ensureSeries(s + 1);
      slot[s] = (short) (person * C + category.ordinal());
      constant[s] = constantCents;
      offset[s] = -1;
      if (from != Integer.MAX_VALUE) {
        int length = category.isAnnual() ? lastYear - firstYear + 1 : last - first + 1;
        ensureCents(centsCount + length);
        boolean asConstant = true;
        for (int i = 0; i < length; i++) {
          int v;
          if (category.isAnnual()) {
            int year = firstYear + i;
            // with a non-zero constant, a year without value reads as the constant and counts as known
            v = constantValue == 0 && !view.hasAnnual(person, category, year) ? UNKNOWN
                : toCents(field + "[" + year + "]", view.annual(person, category, year));
            asConstant &= constantValue != 0 && v == constantCents;
          } else {
            int m = first + i;
            v = view.known(person, category, m)
                ? toCents(field + "[" + Months.of(m) + "]", view.monthly(person, category, m)) : UNKNOWN;
            asConstant &= v == constantCents;
          }
          cents[centsCount + i] = v;
        }
        if (!asConstant) {
          offset[s] = centsCount;
          centsCount += length;
        }
      }
      if (offset[s] < 0 && constantCents == 0) {
        return; // nil every month: not held
      }
      seriesCount++;
    }

    private static String where(int index, Household household) {
      return "households[" + index + "] (" + household.id() + ").";
    }

    private static int toCents(String field, long amount) {
      if (amount % Fixed.CENT != 0) {
        throw new InvalidInputException(field, Fixed.format(amount), "is not a whole number of cents");
      }
      long c = amount / Fixed.CENT;
      if (c <= UNKNOWN || c > Integer.MAX_VALUE) {
        throw new InvalidInputException(field, Fixed.format(amount), "does not fit the columns (at most 21 474 836.47 €)");
      }
      return (int) c;
    }

    private void ensureSeries(int n) {
      if (n > slot.length) {
        int size = Math.max(n, slot.length * 2);
        slot = Arrays.copyOf(slot, size);
        offset = Arrays.copyOf(offset, size);
        constant = Arrays.copyOf(constant, size);
      }
    }

    private void ensureCents(int n) {
      if (n > cents.length) {
        cents = Arrays.copyOf(cents, Math.max(n, cents.length * 2));
      }
    }

    private static int[] grow(int[] a, int n) {
      return n > a.length ? Arrays.copyOf(a, Math.max(n, a.length * 2)) : a;
    }

    /** The population, its arrays trimmed to size. */
    public Population build() {
      int n = households.size();
      return new Population(households.toArray(new Household[0]), Arrays.copyOf(personCounts, n), span,
          Arrays.copyOf(seriesStart, n + 1),
          Arrays.copyOf(slot, seriesCount), Arrays.copyOf(offset, seriesCount), Arrays.copyOf(constant, seriesCount),
          Arrays.copyOf(cents, centsCount), maxPersons, knownOn);
    }
  }
}
