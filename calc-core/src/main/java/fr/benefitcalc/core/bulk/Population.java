package fr.benefitcalc.core.bulk;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.MonthlyAmounts;
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
 * <p>Layout, for household {@code h}: its series are {@code seriesStart[h] .. seriesStart[h+1]-1}, person
 * by person and, for each, in the order of the categories; which ones a person holds is a mask of the
 * categories in the facts' {@code personSeries} (with the index of the person's first series within the
 * household's), so that the series of a person's category is found without a directory;
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

  static {
    if (C > 16) { // a person's categories are a mask of 16 bits (Facts.personSeries)
      throw new ExceptionInInitializerError(C + " income categories do not fit the columns' masks of 16 bits");
    }
  }

  private final Household[] households;
  private final int first;
  private final int last;
  private final int firstYear;
  private final int lastYear;
  private final int[] seriesStart;
  private final int[] offset;
  private final int[] constant;
  private final int[] cents;
  private final int seriesCount;
  private final Optional<LocalDate> knownOn;
  private final Facts facts;

  private Population(Household[] households, MonthRange span, int[] seriesStart, int seriesCount,
      int[] offset, int[] constant, int[] cents, Optional<LocalDate> knownOn, Facts facts) {
    this.households = households;
    this.facts = facts;
    this.first = span.firstIndex();
    this.last = span.lastIndex();
    this.firstYear = Months.year(first);
    this.lastYear = Months.year(last);
    this.seriesStart = seriesStart;
    this.seriesCount = seriesCount;
    this.offset = offset;
    this.constant = constant;
    this.cents = cents;
    this.knownOn = knownOn;
  }

  /**
   * The households' facts in columns ({@link fr.benefitcalc.core.household.HouseholdFacts}): per
   * household, one {@code int} of bits (members, couple, isolation, experiment, dwelling's status, zone
   * and flags, applicant), the index of its first member and of its first amount series, and the mask of
   * the amount series it holds (bit {@link #RENT_SLOT} the rent, bit 1 + ordinal a benefit received: its
   * series are in the order of the bits); per member, one {@code int} (role and flags, date of birth), the
   * month it became unemployed, and its income series ({@code personSeries}: the index of its first
   * series within the household's in the high 16 bits, the mask of the categories it holds in the low
   * ones); per amount series (the rent, each benefit received), its amount: the same in every month
   * ({@code moneyOffset = }{@link #EVERY_MONTH}, {@code moneyConstant} in nano-euros), the same in every
   * month of the facts' months ({@link #FACT_MONTHS_CONSTANT}), month by month over the facts' months in
   * whole cents ({@code moneyCents} from {@code moneyOffset}), or read from the household's objects
   * ({@link #FROM_OBJECTS}: an amount that is not whole cents or too large). The facts' months are the
   * span and the {@link #MONTHS_AFTER} months after it (the months of right a recalculation computes
   * read the rent and benefits of their own month); other months are read from the household's
   * objects. A rent or benefit not held is 0 in every month (a benefit not received, or nil every month).
   * An accédant's loan repayment is the amount series of bit {@link #LOAN_SLOT}.
   *
   * <p>The terms of a logement-foyer or a loan ({@link fr.benefitcalc.core.household.Foyer},
   * {@link fr.benefitcalc.core.household.Loan}) are held only for the households that have one, in a row of
   * {@code termsBits} (a foyer's type, young workers, category; a loan's kind, purpose and flags) and two of
   * {@code termsDays} (the foyer's convention day; the loan's signature and entry days, or
   * {@link fr.benefitcalc.core.household.HouseholdFacts#NO_DAY}); {@code termsHousehold} lists these households in
   * increasing order (the row of a household is its place in it).
   */
  record Facts(int[] bits, int[] personStart, int[] personBits, int[] unemployedSince, int[] personSeries,
      int[] moneyStart, int[] moneyMask, int[] moneyOffset, long[] moneyConstant, int[] moneyCents,
      int[] termsHousehold, int[] termsBits, long[] termsDays) {
    long bytes() {
      return arrayBytes(4L * bits.length) + arrayBytes(4L * personStart.length) + arrayBytes(4L * personBits.length)
          + arrayBytes(4L * unemployedSince.length) + arrayBytes(4L * personSeries.length)
          + arrayBytes(4L * moneyStart.length) + arrayBytes(4L * moneyMask.length)
          + arrayBytes(4L * moneyOffset.length) + arrayBytes(8L * moneyConstant.length) + arrayBytes(4L * moneyCents.length)
          + arrayBytes(4L * termsHousehold.length) + arrayBytes(4L * termsBits.length) + arrayBytes(8L * termsDays.length);
    }
  }

  // bits of a household
  static final int PERSONS = 0x7f;
  static final int COUPLE = 1 << 7;
  static final int RECENT_ISOLATION = 1 << 8;
  static final int EXPERIMENT = 1 << 9;
  static final int HAS_HOUSING = 1 << 10;
  static final int CONVENTIONNE = 1 << 11;
  static final int SHARED = 1 << 12;
  static final int ROOM = 1 << 13;
  static final int HAS_AL_BASE = 1 << 14;
  static final int STATUS_SHIFT = 15; // 3 bits
  static final int ZONE_SHIFT = 18; // 6 bits
  static final int ZONE_MASK = 63; // a zone from 0 to 62; 63: read from the household's objects
  static final int APPLICANT_SHIFT = 24; // 7 bits
  // bits of a person
  static final int ADULT = 1;
  static final int STUDENT = 1 << 1;
  static final int SCHOLARSHIP = 1 << 2;
  static final int PREGNANT = 1 << 3;
  static final int RETIRED = 1 << 4;
  static final int DISABLED = 1 << 5;
  static final int DAY_SHIFT = 6; // 5 bits
  static final int MONTH_SHIFT = 11; // 4 bits
  static final int YEAR_SHIFT = 15; // 17 bits, signed
  /** The bit of the rent in a household's mask of amount series; a benefit received's is 1 + its ordinal. */
  static final int RENT_SLOT = 0;
  /** The bit of an accédant's loan repayment ("mensualité") in a household's mask of amount series. */
  static final int LOAN_SLOT = 1 + fr.benefitcalc.core.household.ReceivedBenefit.values().length;
  // a foyer's terms (termsBits)
  static final int FOYER_TYPE_MASK = 3;
  static final int YOUNG_WORKERS = 1 << 2;
  static final int AL_CATEGORY_SHIFT = 3; // 2 bits
  // a loan's terms (termsBits)
  static final int LOAN_KIND_MASK = 3;
  static final int PURPOSE_SHIFT = 2; // 3 bits
  static final int FIRST_OCCUPANT = 1 << 5;
  static final int CO_OWNERS = 1 << 6;
  static final int FLOOR_EXEMPT = 1 << 7;
  /** The months after the span that the rent and benefits received are held for. */
  static final int MONTHS_AFTER = 12;
  static final int EVERY_MONTH = -1;
  static final int FACT_MONTHS_CONSTANT = -2;
  static final int FROM_OBJECTS = -3;
  /** {@link #moneyAt}'s answer when the amount is to be read from the household's objects. */
  static final long READ_OBJECTS = Long.MIN_VALUE;

  Facts facts() {
    return facts;
  }

  /** The amount of an amount series in a month, or {@link #READ_OBJECTS}. */
  long moneyAt(int series, int monthIndex) {
    int o = facts.moneyOffset[series];
    if (o == EVERY_MONTH) {
      return facts.moneyConstant[series];
    }
    if (monthIndex < first || monthIndex > last + MONTHS_AFTER || o == FROM_OBJECTS) {
      return READ_OBJECTS;
    }
    return o >= 0 ? facts.moneyCents[o + monthIndex - first] * Fixed.CENT : facts.moneyConstant[series];
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
    return seriesCount;
  }

  /**
   * The bytes of the resource columns: the amounts, each series' offset and constant and the household
   * index (array headers included); the household objects are not counted, nor the persons' masks of
   * series (fact columns, {@link #factBytes}).
   */
  public long resourceBytes() {
    return arrayBytes(4L * cents.length) + arrayBytes(4L * offset.length)
        + arrayBytes(4L * constant.length) + arrayBytes(4L * seriesStart.length);
  }

  /** The bytes of the household-fact columns (members, dwelling, rent and benefits received; array headers included). */
  public long factBytes() {
    return facts.bytes();
  }

  private static long arrayBytes(long payload) {
    return 16 + (payload + 7) / 8 * 8;
  }

  // ---------------------------------------------------------------- read by the cursor

  int seriesStart(int household) {
    return seriesStart[household];
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
    private int[] offset = new int[1024];
    private int[] constant = new int[1024];
    private int[] cents = new int[16 * 1024];
    private int seriesCount;
    private int centsCount;
    private int[] bits = new int[1024];
    private int[] personStart = new int[1024];
    private int[] personBits = new int[1024];
    private int[] unemployedSince = new int[1024];
    private int[] personSeries = new int[1024];
    private int personTotal;
    private int[] moneyStart = new int[1024];
    private int[] moneyMask = new int[1024];
    private int[] moneyOffset = new int[1024];
    private long[] moneyConstant = new long[1024];
    private int[] moneyCents = new int[1024];
    private int moneyCount;
    private int moneyCentsCount;
    private int[] termsHousehold = new int[64];
    private int[] termsBits = new int[64];
    private long[] termsDays = new long[128];
    private int termsCount;

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
      int personsBefore = personTotal;
      int moneyBefore = moneyCount;
      int moneyCentsBefore = moneyCentsCount;
      int termsBefore = termsCount;
      int[] series = new int[persons];
      try {
        for (int person = 0; person < persons; person++) {
          int mask = 0;
          int start = seriesCount - seriesBefore;
          for (int c = 0; c < C; c++) {
            int held = seriesCount;
            addSeries(h, household, history, view, person, IncomeCategory.ofOrdinal(c));
            if (seriesCount > held) {
              mask |= 1 << c;
            }
          }
          series[person] = start << 16 | mask;
        }
        addFacts(h, household, persons, series);
      } catch (InvalidInputException e) {
        seriesCount = seriesBefore;
        centsCount = centsBefore;
        personTotal = personsBefore;
        moneyCount = moneyBefore;
        moneyCentsCount = moneyCentsBefore;
        termsCount = termsBefore;
        throw e;
      }
      households.add(household.withResources(emptyHistories.computeIfAbsent(persons, ResourceHistory::empty)));
      seriesStart = grow(seriesStart, h + 2);
      seriesStart[h + 1] = seriesCount;
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

    private void addFacts(int h, Household household, int persons, int[] series) {
      int applicant = household.applicantIndex();
      int b = persons | (household.couple() ? COUPLE : 0) | (household.recentIsolation() ? RECENT_ISOLATION : 0)
          | (household.rsaPaExperiment() ? EXPERIMENT : 0) | (household.hasAlResourceBase() ? HAS_AL_BASE : 0)
          | applicant << APPLICANT_SHIFT;
      if (household.hasHousing()) {
        b |= HAS_HOUSING | (household.conventionne() ? CONVENTIONNE : 0) | (household.sharedHousing() ? SHARED : 0)
            | (household.room() ? ROOM : 0) | household.housingStatus().ordinal() << STATUS_SHIFT
            | (household.zone() >= 0 && household.zone() < ZONE_MASK ? household.zone() : ZONE_MASK) << ZONE_SHIFT;
      }
      bits = grow(bits, h + 1);
      bits[h] = b;
      personStart = grow(personStart, h + 2);
      personStart[h] = personTotal;
      personBits = grow(personBits, personTotal + persons);
      unemployedSince = grow(unemployedSince, personTotal + persons);
      personSeries = grow(personSeries, personTotal + persons);
      for (int i = 0; i < persons; i++) {
        int year = household.birthYear(i);
        if (year < -(1 << 16) || year >= 1 << 16) {
          throw new InvalidInputException(where(h, household) + "persons[" + i + "].birthDate", year, "is out of range");
        }
        personBits[personTotal + i] = (household.isAdult(i) ? ADULT : 0) | (household.student(i) ? STUDENT : 0)
            | (household.scholarship(i) ? SCHOLARSHIP : 0) | (household.pregnant(i) ? PREGNANT : 0)
            | (household.retired(i) ? RETIRED : 0) | (household.disabled(i) ? DISABLED : 0)
            | household.birthDay(i) << DAY_SHIFT | household.birthMonth(i) << MONTH_SHIFT | year << YEAR_SHIFT;
        unemployedSince[personTotal + i] = household.unemployedSinceMonth(i);
        personSeries[personTotal + i] = series[i];
      }
      personTotal += persons;
      personStart[h + 1] = personTotal;
      moneyStart = grow(moneyStart, h + 2);
      moneyStart[h] = moneyCount;
      int mask = 0;
      if (household.hasHousing() && addMoney(household.housing().get().rent())) {
        mask |= 1 << RENT_SLOT;
      }
      for (fr.benefitcalc.core.household.ReceivedBenefit benefit : fr.benefitcalc.core.household.ReceivedBenefit.values()) {
        MonthlyAmounts received = household.benefitsReceived().containsKey(benefit) ? household.benefitsReceived().get(benefit)
            : benefit == fr.benefitcalc.core.household.ReceivedBenefit.AF_BASE
            ? household.benefitsReceived().get(fr.benefitcalc.core.household.ReceivedBenefit.AF) // AF_BASE defaults to AF
            : null;
        if (received != null && addMoney(received)) {
          mask |= 1 << (1 + benefit.ordinal());
        }
      }
      if (household.hasHousing() && household.housing().get().loan().isPresent()) {
        fr.benefitcalc.core.household.Loan loan = household.housing().get().loan().get();
        if (addMoney(loan.payment())) {
          mask |= 1 << LOAN_SLOT;
        }
        addTerms(h, loan.kind().ordinal() | loan.purpose().ordinal() << PURPOSE_SHIFT
            | (loan.firstOccupant() ? FIRST_OCCUPANT : 0) | (loan.coOwners() ? CO_OWNERS : 0)
            | (loan.resourceFloorExempt() ? FLOOR_EXEMPT : 0),
            loan.signed().toEpochDay(), household.loanEntryDay());
      } else if (household.hasHousing() && household.housing().get().foyer().isPresent()) {
        fr.benefitcalc.core.household.Foyer foyer = household.housing().get().foyer().get();
        addTerms(h, foyer.type().ordinal() | (foyer.youngWorkers() ? YOUNG_WORKERS : 0)
            | foyer.alCategory().ordinal() << AL_CATEGORY_SHIFT, household.foyerConventionDay(),
            fr.benefitcalc.core.household.HouseholdFacts.NO_DAY);
      }
      moneyStart[h + 1] = moneyCount;
      moneyMask = grow(moneyMask, h + 1);
      moneyMask[h] = mask;
    }

    /** The row of a foyer's or a loan's terms of household {@code h}. */
    private void addTerms(int h, int termBits, long firstDay, long secondDay) {
      int row = termsCount++;
      if (row >= termsHousehold.length) {
        termsHousehold = Arrays.copyOf(termsHousehold, row * 2);
        termsBits = Arrays.copyOf(termsBits, row * 2);
        termsDays = Arrays.copyOf(termsDays, row * 4);
      }
      termsHousehold[row] = h;
      termsBits[row] = termBits;
      termsDays[2 * row] = firstDay;
      termsDays[2 * row + 1] = secondDay;
    }

    /**
     * Adds the amount series of the rent, a benefit received or a loan repayment ({@code source}, the household's
     * objects); false when it is 0 in every month (not held).
     */
    private boolean addMoney(MonthlyAmounts source) {
      if (source.isConstant() && source.otherMonths() == 0) {
        return false; // 0 in every month: not held
      }
      int length = last + MONTHS_AFTER - first + 1;
      long[] values = new long[length];
      boolean constant = true;
      boolean asCents = true;
      for (int i = 0; i < length; i++) {
        long v = source.at(first + i);
        values[i] = v;
        constant &= v == values[0];
        asCents &= v % Fixed.CENT == 0 && v / Fixed.CENT > UNKNOWN && v / Fixed.CENT <= Integer.MAX_VALUE;
      }
      int s = moneyCount++;
      if (s >= moneyOffset.length) {
        int size = moneyOffset.length * 2;
        moneyOffset = Arrays.copyOf(moneyOffset, size);
        moneyConstant = Arrays.copyOf(moneyConstant, size);
      }
      moneyConstant[s] = values[0];
      if (source.isConstant()) {
        moneyOffset[s] = EVERY_MONTH;
      } else if (constant) {
        moneyOffset[s] = FACT_MONTHS_CONSTANT;
      } else if (asCents) {
        moneyCents = grow(moneyCents, moneyCentsCount + length);
        for (int i = 0; i < length; i++) {
          moneyCents[moneyCentsCount + i] = (int) (values[i] / Fixed.CENT);
        }
        moneyOffset[s] = moneyCentsCount;
        moneyCentsCount += length;
      } else {
        moneyOffset[s] = FROM_OBJECTS;
      }
      return true;
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
      if (n > offset.length) {
        int size = Math.max(n, offset.length * 2);
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
      return new Population(households.toArray(new Household[0]), span,
          Arrays.copyOf(seriesStart, n + 1), seriesCount, Arrays.copyOf(offset, seriesCount), Arrays.copyOf(constant, seriesCount),
          Arrays.copyOf(cents, centsCount), knownOn,
          new Facts(Arrays.copyOf(bits, n), Arrays.copyOf(personStart, n + 1), Arrays.copyOf(personBits, personTotal),
              Arrays.copyOf(unemployedSince, personTotal), Arrays.copyOf(personSeries, personTotal),
              Arrays.copyOf(moneyStart, n + 1), Arrays.copyOf(moneyMask, n), Arrays.copyOf(moneyOffset, moneyCount),
              Arrays.copyOf(moneyConstant, moneyCount), Arrays.copyOf(moneyCents, moneyCentsCount),
              Arrays.copyOf(termsHousehold, termsCount), Arrays.copyOf(termsBits, termsCount),
              Arrays.copyOf(termsDays, 2 * termsCount)));
    }
  }
}
