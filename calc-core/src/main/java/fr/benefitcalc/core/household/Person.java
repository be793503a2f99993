package fr.benefitcalc.core.household;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of the household ("membre du foyer").
 *
 * @param id an identifier unique in the household
 * @param role adult or child
 * @param birthDate date of birth ("date de naissance")
 * @param student étudiant
 * @param scholarship boursier (student with a needs-based grant)
 * @param pregnant enceinte
 * @param retired retraité
 * @param unemployedSince the date the person became unemployed ("chômeur depuis"), if unemployed
 * @param disabled handicapé (incapacity of 80 % or more, or unable to work)
 */
public record Person(String id, Role role, LocalDate birthDate, boolean student, boolean scholarship,
    boolean pregnant, boolean retired, Optional<LocalDate> unemployedSince, boolean disabled) {

  public Person {
    Objects.requireNonNull(id, "person id");
    if (id.isBlank()) {
      throw new InvalidInputException("person.id", id, "is blank");
    }
    if (role == null) {
      throw new InvalidInputException("person " + id + ".role", null, "is required");
    }
    if (birthDate == null) {
      throw new InvalidInputException("person " + id + ".birthDate", null, "is required");
    }
    unemployedSince = unemployedSince == null ? Optional.empty() : unemployedSince;
  }

  /** An adult with no particular status. */
  public static Person adult(String id, LocalDate birthDate) {
    return new Person(id, Role.ADULT, birthDate, false, false, false, false, Optional.empty(), false);
  }

  /** A child with no particular status. */
  public static Person child(String id, LocalDate birthDate) {
    return new Person(id, Role.CHILD, birthDate, false, false, false, false, Optional.empty(), false);
  }

  /** Whether the person is an adult of the household. */
  public boolean isAdult() {
    return role == Role.ADULT;
  }

  /** Age in whole years on {@code date}. */
  public int ageOn(LocalDate date) {
    return Period.between(birthDate, date).getYears();
  }

  /** Age in whole years on the first day of {@code month}. */
  public int ageAt(YearMonth month) {
    return ageOn(month.atDay(1));
  }

  /** Copy as student (and boursier or not). */
  public Person asStudent(boolean withScholarship) {
    return new Person(id, role, birthDate, true, withScholarship, pregnant, retired, unemployedSince, disabled);
  }

  /** Copy as retired. */
  public Person asRetired() {
    return new Person(id, role, birthDate, student, scholarship, pregnant, true, unemployedSince, disabled);
  }

  /** Copy as pregnant. */
  public Person asPregnant() {
    return new Person(id, role, birthDate, student, scholarship, true, retired, unemployedSince, disabled);
  }

  /** Copy as unemployed since {@code date}. */
  public Person unemployedSince(LocalDate date) {
    return new Person(id, role, birthDate, student, scholarship, pregnant, retired, Optional.of(date), disabled);
  }
}
