package fr.benefitcalc.core.bulk;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.household.Foyer;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.household.Loan;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;

/**
 * One household of a {@link Population}, its facts ({@link HouseholdFacts}) and its resources
 * ({@link ResourceView}) read from the columns: move it with {@link #at(int)}, then hand it to a rule
 * as both. Reading allocates nothing and touches the household's objects only where the columns do
 * not hold a fact (a month outside the span, an amount not in whole cents, an identifier for a
 * trace); a cursor is reused from household to household, one per thread (not thread-safe).
 *
 * <pre>{@code
 * PopulationCursor cursor = population.cursor();
 * for (int i = 0; i < population.size(); i++) {
 *   cursor.at(i);
 *   out[i] = rule.amount(cursor, cursor, month, law, Trace.off());
 * }
 * }</pre>
 *
 * <p>Amounts read are those of the population's snapshot, in nano-euros like any view, and
 * {@link #known} tells, as the history does, the months whose data had not arrived on the snapshot's
 * date. For an annual category, {@link #hasAnnual} tells a year known as 0 from an unknown year, and
 * {@link #known} is always true; for a monthly category {@link #hasAnnual} is whether the amount of
 * January of the year is not 0 (the rules ask these of annual and monthly categories respectively).
 */
public final class PopulationCursor implements ResourceView, HouseholdFacts {
  private static final HousingStatus[] STATUSES = HousingStatus.values();
  private static final Foyer.Type[] FOYER_TYPES = Foyer.Type.values();
  private static final Foyer.AlCategory[] AL_CATEGORIES = Foyer.AlCategory.values();
  private static final Loan.Kind[] LOAN_KINDS = Loan.Kind.values();
  private static final Loan.Purpose[] PURPOSES = Loan.Purpose.values();
  private final Population population;
  private final Population.Facts facts;
  private final int[] personBits;
  private final int[] unemployed;
  private final int[] personSeries;
  private int household = -1;
  private int persons;
  private int bits;
  private int firstPerson;
  private int firstSeries;
  private int firstMoney;
  private int moneyMask;
  /** The row of the current household's foyer or loan terms; -1 before it is looked up. */
  private int termsRow = -1;

  PopulationCursor(Population population) {
    this.population = population;
    this.facts = population.facts();
    this.personBits = facts.personBits();
    this.unemployed = facts.unemployedSince();
    this.personSeries = facts.personSeries();
  }

  /** Moves to the household of index {@code index}; returns this cursor. */
  public PopulationCursor at(int index) {
    int b = facts.bits()[index]; // first: an index out of bounds leaves the cursor where it was
    household = index;
    bits = b;
    persons = b & Population.PERSONS;
    firstPerson = facts.personStart()[index];
    firstSeries = population.seriesStart(index);
    firstMoney = facts.moneyStart()[index];
    moneyMask = facts.moneyMask()[index];
    termsRow = -1;
    return this;
  }

  /** The index of the current household. */
  public int index() {
    return household;
  }

  /** The current household's objects (members, dwelling, benefits received; its resources are the columns). */
  @Override
  public Household household() {
    if (household < 0) {
      throw new IllegalStateException("the cursor is not on a household: call at(index) first");
    }
    return population.household(household);
  }

  // ---------------------------------------------------------------- HouseholdFacts, read from the columns

  @Override
  public int personCount() {
    return persons;
  }

  @Override
  public boolean couple() {
    return (bits & Population.COUPLE) != 0;
  }

  @Override
  public boolean recentIsolation() {
    return (bits & Population.RECENT_ISOLATION) != 0;
  }

  @Override
  public boolean rsaPaExperiment() {
    return (bits & Population.EXPERIMENT) != 0;
  }

  @Override
  public int applicantIndex() {
    return bits >>> Population.APPLICANT_SHIFT;
  }

  private int person(int person) {
    if (person < 0 || person >= persons) {
      throw new IndexOutOfBoundsException("person index " + person + " not in 0.." + (persons - 1));
    }
    return personBits[firstPerson + person];
  }

  @Override
  public boolean isAdult(int person) {
    return (person(person) & Population.ADULT) != 0;
  }

  @Override
  public boolean student(int person) {
    return (person(person) & Population.STUDENT) != 0;
  }

  @Override
  public boolean scholarship(int person) {
    return (person(person) & Population.SCHOLARSHIP) != 0;
  }

  @Override
  public boolean pregnant(int person) {
    return (person(person) & Population.PREGNANT) != 0;
  }

  @Override
  public boolean retired(int person) {
    return (person(person) & Population.RETIRED) != 0;
  }

  @Override
  public boolean disabled(int person) {
    return (person(person) & Population.DISABLED) != 0;
  }

  @Override
  public int birthYear(int person) {
    return person(person) >> Population.YEAR_SHIFT;
  }

  @Override
  public int birthMonth(int person) {
    return (person(person) >>> Population.MONTH_SHIFT) & 15;
  }

  @Override
  public int birthDay(int person) {
    return (person(person) >>> Population.DAY_SHIFT) & 31;
  }

  @Override
  public int unemployedSinceMonth(int person) {
    person(person);
    return unemployed[firstPerson + person];
  }

  @Override
  public boolean hasHousing() {
    return (bits & Population.HAS_HOUSING) != 0;
  }

  private void requireHousing() {
    if ((bits & Population.HAS_HOUSING) == 0) {
      household().housing().get(); // the object path's error
    }
  }

  @Override
  public HousingStatus housingStatus() {
    requireHousing();
    return STATUSES[(bits >>> Population.STATUS_SHIFT) & 7];
  }

  @Override
  public int zone() {
    requireHousing();
    int zone = (bits >>> Population.ZONE_SHIFT) & Population.ZONE_MASK;
    return zone != Population.ZONE_MASK ? zone : household().zone();
  }

  @Override
  public boolean conventionne() {
    requireHousing();
    return (bits & Population.CONVENTIONNE) != 0;
  }

  @Override
  public boolean sharedHousing() {
    requireHousing();
    return (bits & Population.SHARED) != 0;
  }

  @Override
  public boolean room() {
    requireHousing();
    return (bits & Population.ROOM) != 0;
  }

  @Override
  public long rent(int monthIndex) {
    requireHousing();
    return money(Population.RENT_SLOT, monthIndex, null);
  }

  @Override
  public long received(ReceivedBenefit benefit, int monthIndex) {
    return money(1 + benefit.ordinal(), monthIndex, benefit);
  }

  private long money(int slotOfSeries, int monthIndex, ReceivedBenefit benefit) {
    int bit = 1 << slotOfSeries;
    if ((moneyMask & bit) == 0) {
      return 0; // not held: 0 in every month
    }
    int s = firstMoney + Integer.bitCount(moneyMask & (bit - 1));
    long v = population.moneyAt(s, monthIndex);
    if (v != Population.READ_OBJECTS) {
      return v;
    }
    return slotOfSeries == Population.RENT_SLOT ? household().rent(monthIndex)
        : slotOfSeries == Population.LOAN_SLOT ? household().loanPayment(monthIndex)
        : household().received(benefit, monthIndex);
  }

  // ---------------------------------------------------------------- a foyer's or a loan's terms, from their rows

  /** The row of the current household's terms: its place in the households that have a foyer or a loan. */
  private int terms(HousingStatus status) {
    if ((bits & Population.HAS_HOUSING) == 0 || ((bits >>> Population.STATUS_SHIFT) & 7) != status.ordinal()) {
      // no dwelling, or no foyer (no loan) in it: the object path's error
      if (status == HousingStatus.FOYER) {
        household().foyerType();
      } else {
        household().loanKind();
      }
      throw new IllegalStateException("no " + status.key() + " terms for household " + household);
    }
    int row = termsRow;
    if (row < 0) {
      row = java.util.Arrays.binarySearch(facts.termsHousehold(), household);
      termsRow = row;
    }
    return row;
  }

  private int foyerBits() {
    return facts.termsBits()[terms(HousingStatus.FOYER)];
  }

  private int loanBits() {
    return facts.termsBits()[terms(HousingStatus.HOME_BUYER)];
  }

  @Override
  public Foyer.Type foyerType() {
    return FOYER_TYPES[foyerBits() & Population.FOYER_TYPE_MASK];
  }

  @Override
  public boolean foyerYoungWorkers() {
    return (foyerBits() & Population.YOUNG_WORKERS) != 0;
  }

  @Override
  public long foyerConventionDay() {
    return facts.termsDays()[2 * terms(HousingStatus.FOYER)];
  }

  @Override
  public Foyer.AlCategory foyerAlCategory() {
    return AL_CATEGORIES[(foyerBits() >>> Population.AL_CATEGORY_SHIFT) & 3];
  }

  @Override
  public Loan.Kind loanKind() {
    return LOAN_KINDS[loanBits() & Population.LOAN_KIND_MASK];
  }

  @Override
  public Loan.Purpose loanPurpose() {
    return PURPOSES[(loanBits() >>> Population.PURPOSE_SHIFT) & 7];
  }

  @Override
  public long loanSignedDay() {
    return facts.termsDays()[2 * terms(HousingStatus.HOME_BUYER)];
  }

  @Override
  public boolean loanFirstOccupant() {
    return (loanBits() & Population.FIRST_OCCUPANT) != 0;
  }

  @Override
  public long loanEntryDay() {
    return facts.termsDays()[2 * terms(HousingStatus.HOME_BUYER) + 1];
  }

  @Override
  public boolean loanCoOwners() {
    return (loanBits() & Population.CO_OWNERS) != 0;
  }

  @Override
  public boolean loanResourceFloorExempt() {
    return (loanBits() & Population.FLOOR_EXEMPT) != 0;
  }

  @Override
  public long loanPayment(int monthIndex) {
    terms(HousingStatus.HOME_BUYER);
    return money(Population.LOAN_SLOT, monthIndex, null);
  }

  @Override
  public boolean hasAlResourceBase() {
    return (bits & Population.HAS_AL_BASE) != 0;
  }

  @Override
  public long alResourceBaseFixed() {
    return household().alResourceBaseFixed();
  }

  // ---------------------------------------------------------------- ResourceView, read from the columns

  /** The series of the person's category, or -1 when it holds none (nil in every month). */
  private int series(int person, IncomeCategory category) {
    if (person < 0 || person >= persons) {
      throw new IndexOutOfBoundsException("person index " + person + " not in 0.." + (persons - 1));
    }
    int code = personSeries[firstPerson + person];
    int bit = 1 << category.ordinal();
    if ((code & bit) == 0) {
      return -1;
    }
    return firstSeries + (code >>> 16) + Integer.bitCount(code & (bit - 1));
  }

  /** False when the columns hold no series of the person's category (nil and known in every month). */
  @Override
  public boolean holds(int person, IncomeCategory category) {
    return series(person, category) >= 0;
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
