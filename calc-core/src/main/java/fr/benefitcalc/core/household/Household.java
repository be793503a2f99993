package fr.benefitcalc.core.household;

import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * A household ("foyer", "famille" in the CAF's sense): its members, its dwelling, the benefits it
 * receives, and its members' resources with the dates they became known.
 *
 * @param id an identifier that names the household in every output and error
 * @param persons the members; the first adult is the applicant ("allocataire"); at most two adults
 * @param couple whether the two adults live as a couple ("en couple"); true iff there are two adults
 * @param housing the dwelling, when known (required for the AL)
 * @param benefitsReceived benefits received, by month (absent is 0; AF_BASE defaults to AF)
 * @param recentIsolation isolement récent, for the lone-parent increases of RSA / prime d'activité
 * @param rsaPaExperiment lives in a department that applies the M-4..M-2 window (from 2024-10)
 * @param alResourceBase the annual AL resource base ("ressources prises en compte"), given instead of computed
 * @param resources the members' resources, indexed like {@code persons}
 */
public record Household(String id, List<Person> persons, boolean couple, Optional<Housing> housing,
    Map<ReceivedBenefit, MonthlyAmounts> benefitsReceived, boolean recentIsolation,
    boolean rsaPaExperiment, Optional<Money> alResourceBase, ResourceHistory resources) implements HouseholdFacts {

  public Household {
    Objects.requireNonNull(id, "household id");
    if (persons == null || persons.isEmpty()) {
      throw new InvalidInputException("household.persons", "[]", "must hold at least one person");
    }
    persons = List.copyOf(persons);
    long adults = persons.stream().filter(Person::isAdult).count();
    if (adults == 0) {
      throw new InvalidInputException("household.persons", "no adult", "must hold an adult (the applicant)");
    }
    if (adults > 2) {
      throw new InvalidInputException("household.persons", adults + " adults", "holds more than two adults");
    }
    if (couple != (adults == 2)) {
      throw new InvalidInputException("household.couple", couple, "does not match the " + adults + " adult(s)");
    }
    for (int i = 0; i < persons.size(); i++) {
      for (int j = i + 1; j < persons.size(); j++) {
        if (persons.get(i).id().equals(persons.get(j).id())) {
          throw new InvalidInputException("household.persons[" + j + "].id", persons.get(j).id(), "is not unique");
        }
      }
    }
    housing = housing == null ? Optional.empty() : housing;
    EnumMap<ReceivedBenefit, MonthlyAmounts> received = new EnumMap<>(ReceivedBenefit.class);
    if (benefitsReceived != null) {
      received.putAll(benefitsReceived);
    }
    if (received.containsValue(null)) {
      throw new NullPointerException("household " + id + ": a benefit received without its amounts");
    }
    // an EnumMap: read by ordinal on every rule evaluation (Household#received)
    benefitsReceived = java.util.Collections.unmodifiableMap(received);
    alResourceBase = alResourceBase == null ? Optional.empty() : alResourceBase;
    alResourceBase.ifPresent(Euros::toFixed); // EUR only
    Objects.requireNonNull(resources, "household resources");
    if (resources.personCount() != persons.size()) {
      throw new InvalidInputException("household.resources", resources.personCount() + " persons",
          "does not match the " + persons.size() + " persons of the household");
    }
  }

  /** The index of the applicant (the first adult). */
  @Override
  public int applicantIndex() {
    for (int i = 0; i < persons.size(); i++) {
      if (persons.get(i).isAdult()) {
        return i;
      }
    }
    throw new IllegalStateException("no adult");
  }

  /** The applicant (the first adult). */
  public Person applicant() {
    return persons.get(applicantIndex());
  }

  /** The number of adults (1 or 2). */
  @Override
  public int adultCount() {
    return couple ? 2 : 1;
  }

  // ---------------------------------------------------------------- HouseholdFacts, read from the objects

  @Override
  public int personCount() {
    return persons.size();
  }

  @Override
  public boolean isAdult(int person) {
    return persons.get(person).isAdult();
  }

  @Override
  public boolean student(int person) {
    return persons.get(person).student();
  }

  @Override
  public boolean scholarship(int person) {
    return persons.get(person).scholarship();
  }

  @Override
  public boolean pregnant(int person) {
    return persons.get(person).pregnant();
  }

  @Override
  public boolean retired(int person) {
    return persons.get(person).retired();
  }

  @Override
  public boolean disabled(int person) {
    return persons.get(person).disabled();
  }

  @Override
  public int birthYear(int person) {
    return persons.get(person).birthDate().getYear();
  }

  @Override
  public int birthMonth(int person) {
    return persons.get(person).birthDate().getMonthValue();
  }

  @Override
  public int birthDay(int person) {
    return persons.get(person).birthDate().getDayOfMonth();
  }

  /** {@link HouseholdFacts#ageAt}, the date of birth read once. */
  @Override
  public int ageAt(int person, int monthIndex) {
    java.time.LocalDate birth = persons.get(person).birthDate();
    return HouseholdFacts.ageOnFirstDay(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), monthIndex);
  }

  /** {@link HouseholdFacts#bornBy}, the date of birth read once. */
  @Override
  public boolean bornBy(int person, int monthIndex) {
    java.time.LocalDate birth = persons.get(person).birthDate();
    return HouseholdFacts.bornBy(birth.getYear(), birth.getMonthValue(), monthIndex);
  }

  @Override
  public int unemployedSinceMonth(int person) {
    Optional<java.time.LocalDate> since = persons.get(person).unemployedSince();
    return since.isPresent() ? fr.benefitcalc.core.time.Months.index(since.get()) : NOT_UNEMPLOYED;
  }

  @Override
  public boolean hasHousing() {
    return housing.isPresent();
  }

  @Override
  public HousingStatus housingStatus() {
    return housing.get().status();
  }

  @Override
  public int zone() {
    return housing.get().zone();
  }

  @Override
  public boolean conventionne() {
    return housing.get().conventionne();
  }

  @Override
  public boolean sharedHousing() {
    return housing.get().shared();
  }

  @Override
  public boolean room() {
    return housing.get().room();
  }

  @Override
  public long rent(int monthIndex) {
    return housing.get().rent().at(monthIndex);
  }

  @Override
  public Foyer.Type foyerType() {
    return foyer().type();
  }

  @Override
  public boolean foyerYoungWorkers() {
    return foyer().youngWorkers();
  }

  @Override
  public long foyerConventionDay() {
    Optional<java.time.LocalDate> d = foyer().conventionDate();
    return d.isPresent() ? d.get().toEpochDay() : NO_DAY;
  }

  @Override
  public Foyer.AlCategory foyerAlCategory() {
    return foyer().alCategory();
  }

  private Foyer foyer() {
    return housing.get().foyer().orElseThrow();
  }

  @Override
  public Loan.Kind loanKind() {
    return loan().kind();
  }

  @Override
  public Loan.Purpose loanPurpose() {
    return loan().purpose();
  }

  @Override
  public long loanSignedDay() {
    return loan().signed().toEpochDay();
  }

  @Override
  public boolean loanFirstOccupant() {
    return loan().firstOccupant();
  }

  @Override
  public long loanEntryDay() {
    Optional<java.time.LocalDate> d = loan().entryDate();
    return d.isPresent() ? d.get().toEpochDay() : NO_DAY;
  }

  @Override
  public boolean loanCoOwners() {
    return loan().coOwners();
  }

  @Override
  public boolean loanResourceFloorExempt() {
    return loan().resourceFloorExempt();
  }

  @Override
  public long loanPayment(int monthIndex) {
    return loan().payment().at(monthIndex);
  }

  private Loan loan() {
    return housing.get().loan().orElseThrow();
  }

  @Override
  public boolean hasAlResourceBase() {
    return alResourceBase.isPresent();
  }

  @Override
  public long alResourceBaseFixed() {
    return Euros.toFixed(alResourceBase.get());
  }

  /** This household. */
  @Override
  public Household household() {
    return this;
  }

  /** The amount of a received benefit in the month of this index; AF_BASE defaults to AF. */
  @Override
  public long received(ReceivedBenefit benefit, int monthIndex) {
    MonthlyAmounts amounts = benefitsReceived.get(benefit);
    if (amounts == null && benefit == ReceivedBenefit.AF_BASE) {
      amounts = benefitsReceived.get(ReceivedBenefit.AF);
    }
    return amounts == null ? 0 : amounts.at(monthIndex);
  }

  /** Whether the benefit is given at all (even as 0). */
  public boolean receives(ReceivedBenefit benefit) {
    return benefitsReceived.containsKey(benefit);
  }

  /** A copy with a received benefit replaced (e.g. the AL computed, feeding the RSA). */
  public Household withReceived(ReceivedBenefit benefit, MonthlyAmounts amounts) {
    EnumMap<ReceivedBenefit, MonthlyAmounts> received = new EnumMap<>(ReceivedBenefit.class);
    received.putAll(benefitsReceived);
    received.put(benefit, amounts);
    return new Household(id, persons, couple, housing, received, recentIsolation, rsaPaExperiment,
        alResourceBase, resources);
  }

  /** A copy with other resources (same persons). */
  public Household withResources(ResourceHistory newResources) {
    return new Household(id, persons, couple, housing, benefitsReceived, recentIsolation, rsaPaExperiment,
        alResourceBase, newResources);
  }

  /** A copy with another dwelling. */
  public Household withHousing(Housing newHousing) {
    return new Household(id, persons, couple, Optional.of(newHousing), benefitsReceived, recentIsolation,
        rsaPaExperiment, alResourceBase, resources);
  }

  /** A builder, for tests and generators. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Mutable builder of a {@link Household}. */
  public static final class Builder {
    private final String id;
    private final java.util.ArrayList<Person> persons = new java.util.ArrayList<>();
    private Housing housing;
    private final EnumMap<ReceivedBenefit, MonthlyAmounts> received = new EnumMap<>(ReceivedBenefit.class);
    private boolean recentIsolation;
    private boolean rsaPaExperiment;
    private Money alResourceBase;
    private ResourceHistory resources;

    Builder(String id) {
      this.id = id;
    }

    /** Adds a member. */
    public Builder person(Person person) {
      persons.add(person);
      return this;
    }

    /** Sets the dwelling. */
    public Builder housing(Housing value) {
      this.housing = value;
      return this;
    }

    /** Sets a received benefit. */
    public Builder received(ReceivedBenefit benefit, MonthlyAmounts amounts) {
      received.put(benefit, amounts);
      return this;
    }

    /** Sets isolement récent. */
    public Builder recentIsolation(boolean value) {
      this.recentIsolation = value;
      return this;
    }

    /** Sets the RSA / PA experimentation flag. */
    public Builder rsaPaExperiment(boolean value) {
      this.rsaPaExperiment = value;
      return this;
    }

    /** Gives the annual AL resource base instead of letting the AL compute it. */
    public Builder alResourceBase(Money value) {
      this.alResourceBase = value;
      return this;
    }

    /** Sets the resources (indexed like the persons added). */
    public Builder resources(ResourceHistory value) {
      this.resources = value;
      return this;
    }

    /** The household; the couple flag follows the number of adults. */
    public Household build() {
      long adults = persons.stream().filter(Person::isAdult).count();
      return new Household(id, persons, adults == 2, Optional.ofNullable(housing), received, recentIsolation,
          rsaPaExperiment, Optional.ofNullable(alResourceBase),
          resources != null ? resources : ResourceHistory.empty(persons.size()));
    }
  }
}
