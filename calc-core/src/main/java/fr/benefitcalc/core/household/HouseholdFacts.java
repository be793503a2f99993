package fr.benefitcalc.core.household;

import fr.benefitcalc.core.time.Months;

/**
 * The facts of a household that the rules read ("composition du foyer", "logement", "prestations
 * perçues"), as primitives indexed by person: what {@link Household} holds in objects and a columnar
 * population ({@link fr.benefitcalc.core.bulk.PopulationCursor}) holds in primitive arrays. The rules
 * read a household only through this interface, so that one formula serves the explained
 * single-household path and the bulk path.
 *
 * <p>Persons are indexed as in {@link Household#persons()} and in the resources ({@code 0 ..
 * personCount() − 1}). Amounts are {@link fr.benefitcalc.core.money.Fixed} nano-euros.
 */
public interface HouseholdFacts {
  /** {@link #unemployedSinceMonth} of a person who is not unemployed. */
  int NOT_UNEMPLOYED = Integer.MAX_VALUE;

  /** The number of members. */
  int personCount();

  /** Whether the two adults live as a couple ("en couple"). */
  boolean couple();

  /** The number of adults (1 or 2). */
  default int adultCount() {
    return couple() ? 2 : 1;
  }

  /** Isolement récent (see {@link Household#recentIsolation()}). */
  boolean recentIsolation();

  /** Lives in a department that applies the RSA / PA experiment's window. */
  boolean rsaPaExperiment();

  /** The index of the applicant ("allocataire"): the first adult. */
  int applicantIndex();

  /** Whether the person is an adult of the household. */
  boolean isAdult(int person);

  /** Étudiant. */
  boolean student(int person);

  /** Boursier. */
  boolean scholarship(int person);

  /** Enceinte. */
  boolean pregnant(int person);

  /** Retraité. */
  boolean retired(int person);

  /** Handicapé. */
  boolean disabled(int person);

  /** The year of birth ("date de naissance"). */
  int birthYear(int person);

  /** The month of birth, 1 to 12. */
  int birthMonth(int person);

  /** The day of birth in its month, 1 to 31. */
  int birthDay(int person);

  /**
   * The index ({@link Months}) of the month the person became unemployed ("chômeur depuis"), or
   * {@link #NOT_UNEMPLOYED}.
   */
  int unemployedSinceMonth(int person);

  /**
   * The person's age in whole years on the first day of the month of index {@code monthIndex}
   * ("âge au premier jour du mois"), negative when born after that day.
   */
  default int ageAt(int person, int monthIndex) {
    return ageOnFirstDay(birthYear(person), birthMonth(person), birthDay(person), monthIndex);
  }

  /** Whether the person is born in the month of index {@code monthIndex} or before it. */
  default boolean bornBy(int person, int monthIndex) {
    return bornBy(birthYear(person), birthMonth(person), monthIndex);
  }

  /** Whether a person born in {@code year-month} is born in the month of index {@code monthIndex} or before it. */
  static boolean bornBy(int year, int month, int monthIndex) {
    int y = Months.year(monthIndex);
    return year < y || (year == y && month <= Months.monthOfYear(monthIndex));
  }

  /**
   * The age in whole years on the first day of the month of index {@code monthIndex} of a person born
   * on {@code year-month-day} (negative when born after it): the one formula of every rule's ages.
   */
  static int ageOnFirstDay(int year, int month, int day, int monthIndex) {
    int m = Months.monthOfYear(monthIndex);
    int age = Months.year(monthIndex) - year;
    if (m < month || (m == month && day > 1)) {
      age--;
    }
    return age;
  }

  /** Whether the dwelling is known (required for the AL). */
  boolean hasHousing();

  /** The dwelling's occupancy status; only when {@link #hasHousing()}. */
  HousingStatus housingStatus();

  /** The dwelling's APL zone (1, 2 or 3; 0 if unknown); only when {@link #hasHousing()}. */
  int zone();

  /** Logement conventionné; only when {@link #hasHousing()}. */
  boolean conventionne();

  /** Colocation; only when {@link #hasHousing()}. */
  boolean sharedHousing();

  /** A room ("chambre"); only when {@link #hasHousing()}. */
  boolean room();

  /** The rent without charges of the month of this index; only when {@link #hasHousing()}. */
  long rent(int monthIndex);

  // ---------------------------------------------------------------- a logement-foyer's terms ({@link Foyer})

  /** The kind of logement-foyer (CCH R832-20); only when the status is {@link HousingStatus#FOYER}. */
  Foyer.Type foyerType();

  /** The foyer is a foyer de jeunes travailleurs; only for {@link HousingStatus#FOYER}. */
  boolean foyerYoungWorkers();

  /**
   * The epoch day ({@link java.time.LocalDate#toEpochDay()}) of the foyer's APL convention, or {@link #NO_DAY} when
   * it has none; only for {@link HousingStatus#FOYER}.
   */
  long foyerConventionDay();

  /** The resident's category of CCH D842-16; only for {@link HousingStatus#FOYER}. */
  Foyer.AlCategory foyerAlCategory();

  // ---------------------------------------------------------------- an accédant's loan ({@link Loan})

  /** {@link #foyerConventionDay()} or {@link #loanEntryDay()} when there is no such date. */
  long NO_DAY = Long.MIN_VALUE;

  /** The kind of loan (CCH R832-5, R832-7); only when the status is {@link HousingStatus#HOME_BUYER}. */
  Loan.Kind loanKind();

  /** What the loan financed; only for {@link HousingStatus#HOME_BUYER}. */
  Loan.Purpose loanPurpose();

  /** The epoch day the loan was signed; only for {@link HousingStatus#HOME_BUYER}. */
  long loanSignedDay();

  /** The household is the dwelling's first occupant; only for {@link HousingStatus#HOME_BUYER}. */
  boolean loanFirstOccupant();

  /** The epoch day it moved in as first occupant, or {@link #NO_DAY}; only for {@link HousingStatus#HOME_BUYER}. */
  long loanEntryDay();

  /** One of several co-owners jointly holding the loan; only for {@link HousingStatus#HOME_BUYER}. */
  boolean loanCoOwners();

  /** The accession resource floor does not apply; only for {@link HousingStatus#HOME_BUYER}. */
  boolean loanResourceFloorExempt();

  /** The monthly repayment ("mensualité") of the month of this index; only for {@link HousingStatus#HOME_BUYER}. */
  long loanPayment(int monthIndex);

  /** The amount of a received benefit in the month of this index (0 when not received); AF_BASE defaults to AF. */
  long received(ReceivedBenefit benefit, int monthIndex);

  /** Whether the annual AL resource base is given instead of computed. */
  boolean hasAlResourceBase();

  /** The annual AL resource base given, in nano-euros; only when {@link #hasAlResourceBase()}. */
  long alResourceBaseFixed();

  /**
   * The household these facts describe, as objects: read only where the rules need more than the
   * facts (the person's identifier in a trace). Its resources
   * are not necessarily those the rule is given.
   */
  Household household();
}
