package fr.benefitcalc.core.bulk;

import fr.benefitcalc.core.money.Euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.benefitcalc.core.household.Foyer;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Loan;
import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PopulationTest {
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2023, 1), YearMonth.of(2024, 12));
  private static final LocalDate BIRTH = LocalDate.of(1985, 3, 1);

  private static Household household(String id, ResourceHistory resources) {
    Household.Builder b = Household.builder(id);
    for (int i = 0; i < resources.personCount(); i++) {
      b.person(i == 0 ? Person.adult("a" + i, BIRTH) : Person.child("c" + i, LocalDate.of(2015, 1, 1)));
    }
    return b.resources(resources).build();
  }

  /** A history with constants, monthly values, late values, corrections and annual profits. */
  private static ResourceHistory randomHistory(SplittableRandom rng, int persons) {
    ResourceHistory.Builder b = ResourceHistory.builder(persons);
    for (int p = 0; p < persons; p++) {
      if (rng.nextInt(4) == 0) {
        b.constantNanoEuros(p, IncomeCategory.PENSION_NET, Fixed.cents(rng.nextInt(200_000)));
      }
      if (rng.nextInt(3) > 0) {
        for (YearMonth m : SPAN) {
          if (rng.nextInt(5) == 0) {
            continue;
          }
          long amount = Fixed.cents(rng.nextInt(250_000));
          LocalDate known = m.plusMonths(1).atDay(10);
          b.valueNanoEuros(p, IncomeCategory.SALARY_NET, m, amount, known);
          if (rng.nextInt(6) == 0) {
            b.valueNanoEuros(p, IncomeCategory.SALARY_NET, m, amount + Fixed.cents(rng.nextInt(20_000)), known.plusMonths(3));
          }
          b.valueNanoEuros(p, IncomeCategory.SALARY_TAXABLE, m, amount * 103 / 100 / Fixed.CENT * Fixed.CENT);
        }
      }
      if (rng.nextInt(3) == 0) {
        b.annualNanoEuros(p, IncomeCategory.SELF_EMPLOYED_ANNUAL, 2023, Fixed.cents(rng.nextInt(3_000_000)), LocalDate.of(2024, 5, 1));
        if (rng.nextBoolean()) {
          b.annualNanoEuros(p, IncomeCategory.SELF_EMPLOYED_ANNUAL, 2024, 0); // known as nil
        }
      }
    }
    return b.build();
  }

  private static void assertSameView(ResourceView expected, ResourceView actual, int persons, String id) {
    for (int p = 0; p < persons; p++) {
      for (int c = 0; c < IncomeCategory.count(); c++) {
        IncomeCategory category = IncomeCategory.ofOrdinal(c);
        for (int m = SPAN.firstIndex() - 14; m <= SPAN.lastIndex() + 3; m++) {
          assertThat(actual.monthly(p, category, m)).as("%s person %d %s %s", id, p, category, Months.of(m))
              .isEqualTo(expected.monthly(p, category, m));
          if (!category.isAnnual()) {
            assertThat(actual.known(p, category, m)).as("%s person %d %s %s known", id, p, category, Months.of(m))
                .isEqualTo(expected.known(p, category, m));
            assertThat(actual.current(p, category, m)).isEqualTo(expected.current(p, category, m));
          }
        }
        assertThat(actual.sum(p, category, SPAN.firstIndex() - 5, SPAN.firstIndex() + 7))
            .isEqualTo(expected.sum(p, category, SPAN.firstIndex() - 5, SPAN.firstIndex() + 7));
        assertThat(actual.sum(p, category, SPAN.lastIndex() - 11, SPAN.lastIndex()))
            .isEqualTo(expected.sum(p, category, SPAN.lastIndex() - 11, SPAN.lastIndex()));
        for (int year = 2021; year <= 2026; year++) {
          assertThat(actual.annual(p, category, year)).as("%s person %d %s %d", id, p, category, year)
              .isEqualTo(expected.annual(p, category, year));
          if (category.isAnnual()) {
            assertThat(actual.hasAnnual(p, category, year)).as("%s person %d known %d", id, p, year)
                .isEqualTo(expected.hasAnnual(p, category, year));
          }
        }
        if (!actual.holds(p, category)) { // the columns hold nothing: the household's own view has nothing either
          for (int m = SPAN.firstIndex() - 14; m <= SPAN.lastIndex() + 3; m++) {
            assertThat(expected.monthly(p, category, m)).as("%s person %d %s %s held", id, p, category, Months.of(m))
                .isZero();
            assertThat(expected.known(p, category, m)).isTrue();
          }
          for (int year = 2021; year <= 2026; year++) {
            assertThat(expected.annual(p, category, year)).isZero();
            assertThat(expected.hasAnnual(p, category, year)).isFalse();
          }
        }
      }
    }
  }

  @Test
  void roundTripsTheFinalValuesAndTheValuesKnownOnADate() {
    SplittableRandom rng = new SplittableRandom(11);
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      households.add(household("h" + i, randomHistory(rng, 1 + rng.nextInt(3))));
    }
    LocalDate date = LocalDate.of(2024, 3, 15);
    Population.Builder finalBuilder = Population.builder(SPAN);
    Population.Builder datedBuilder = Population.builder(SPAN).knownOn(date);
    households.forEach(finalBuilder::add);
    households.forEach(datedBuilder::add);
    Population finalPopulation = finalBuilder.build();
    Population dated = datedBuilder.build();
    assertThat(finalPopulation.size()).isEqualTo(60);
    assertThat(dated.knownOn()).contains(date);
    PopulationCursor f = finalPopulation.cursor();
    PopulationCursor d = dated.cursor();
    // visit in an order that moves the cursor back and forth
    for (int k = 0; k < 60; k++) {
      int i = (k * 37) % 60;
      Household h = households.get(i);
      f.at(i);
      d.at(i);
      assertThat(f.household().id()).isEqualTo(h.id());
      assertThat(f.household().persons()).isEqualTo(h.persons());
      assertSameView(h.resources().finalView(), f, h.persons().size(), h.id());
      assertSameView(h.resources().asOf(date), d, h.persons().size(), h.id());
    }
  }

  @Test
  void holdsNoSeriesForNilIncomesAndOneValuePerMonthOtherwise() {
    ResourceHistory.Builder r = ResourceHistory.builder(2);
    for (YearMonth m : SPAN) {
      r.value(0, IncomeCategory.SALARY_NET, m, Euros.of("1000.50"));
      r.valueNanoEuros(1, IncomeCategory.SALARY_NET, m, 0); // nil: not held
    }
    r.constant(1, IncomeCategory.PENSION_NET, Euros.of("900")); // constant: no run of months
    Population p = Population.builder(SPAN).add(household("h", r.build())).build();
    assertThat(p.seriesCount()).isEqualTo(2);
    // 24 months of one series as int cents, plus each series' offset and constant
    assertThat(p.resourceBytes()).isLessThan(24 * 4 + 200);
    PopulationCursor c = p.cursor().at(0);
    assertThat(c.monthly(0, IncomeCategory.SALARY_NET, YearMonth.of(2024, 2))).isEqualTo(Fixed.euros("1000.50"));
    assertThat(c.sum(1, IncomeCategory.PENSION_NET, 0, 11)).isEqualTo(Fixed.euros("10800"));
    assertThat(c.holds(0, IncomeCategory.SALARY_NET)).isTrue();
    assertThat(c.holds(1, IncomeCategory.PENSION_NET)).isTrue();
    assertThat(c.holds(1, IncomeCategory.SALARY_NET)).isFalse(); // nil every month
    assertThat(c.holds(0, IncomeCategory.PENSION_NET)).isFalse();
  }

  @Test
  void anAmountThatIsNotWholeCentsIsRefusedNamingTheHouseholdAndTheField() {
    ResourceHistory r = ResourceHistory.builder(1)
        .valueNanoEuros(0, IncomeCategory.SALARY_NET, YearMonth.of(2024, 3), Fixed.euros("1000.005")).build();
    Population.Builder b = Population.builder(SPAN).add(household("ok", ResourceHistory.empty(1)));
    assertThatThrownBy(() -> b.add(household("bad-1", r)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("households[1] (bad-1).persons[0].incomes.salaryNet[2024-03]")
        .hasMessageContaining("1000.005")
        .hasMessageContaining("whole number of cents");
    // the builder is left as it was: the next household takes index 1
    b.add(household("next", ResourceHistory.empty(1)));
    assertThat(b.build().household(1).id()).isEqualTo("next");
  }

  @Test
  void aDatedValueOutsideTheSpanIsRefused() {
    ResourceHistory r = ResourceHistory.builder(1)
        .value(0, IncomeCategory.PENSION_TAXABLE, YearMonth.of(2022, 12), Euros.of("10")).build();
    assertThatThrownBy(() -> Population.builder(SPAN).add(household("early", r)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("households[0] (early).persons[0].incomes.pensionTaxable")
        .hasMessageContaining("2022-12")
        .hasMessageContaining("outside the population's months 2023-01..2024-12");
  }

  @Test
  void anAmountBeyondTheColumnsIsRefused() {
    ResourceHistory r = ResourceHistory.builder(1).constant(0, IncomeCategory.SALARY_NET, Euros.of("30000000")).build();
    assertThatThrownBy(() -> Population.builder(SPAN).add(household("rich", r)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("households[0] (rich).persons[0].incomes.salaryNet")
        .hasMessageContaining("does not fit");
  }

  @Test
  void aPersonOutsideTheHouseholdIsAnError() {
    Population p = Population.builder(SPAN).add(household("h", ResourceHistory.empty(2))).build();
    PopulationCursor c = p.cursor();
    assertThatThrownBy(c::household).isInstanceOf(IllegalStateException.class);
    c.at(0);
    assertThatThrownBy(() -> c.monthly(2, IncomeCategory.SALARY_NET, 0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  /** Every fact a rule reads, read from the columns, equals the household's own, in and outside the span. */
  @Test
  void theCursorReadsTheSameFactsAsTheHousehold() {
    SplittableRandom rng = new SplittableRandom(11);
    List<Household> households = new ArrayList<>();
    HousingStatus[] statuses = {HousingStatus.TENANT, HousingStatus.TENANT_FURNISHED, HousingStatus.SOCIAL_TENANT,
        HousingStatus.OWNER, HousingStatus.LODGED_FREE};
    for (int h = 0; h < 300; h++) {
      int persons = 1 + rng.nextInt(6);
      Household.Builder b = Household.builder("h" + h);
      int adults = 0;
      for (int i = 0; i < persons; i++) {
        LocalDate birth = LocalDate.of(1940 + rng.nextInt(86), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
        boolean adult = adults < 2 && (i == 0 || rng.nextInt(3) == 0);
        adults += adult ? 1 : 0;
        Person p = adult ? Person.adult("p" + i, birth) : Person.child("p" + i, birth);
        p = new Person(p.id(), p.role(), birth, rng.nextInt(5) == 0, rng.nextInt(7) == 0, rng.nextInt(9) == 0,
            rng.nextInt(6) == 0, rng.nextInt(4) == 0 ? java.util.Optional.of(LocalDate.of(2022 + rng.nextInt(4),
                1 + rng.nextInt(12), 1 + rng.nextInt(28))) : java.util.Optional.empty(), rng.nextInt(8) == 0);
        b.person(p);
      }
      if (rng.nextInt(6) > 0) {
        MonthlyAmounts rent = rng.nextBoolean() ? MonthlyAmounts.constantNanoEuros(Fixed.cents(rng.nextInt(100_000)))
            : varying(rng, rng.nextBoolean());
        int kind = rng.nextInt(statuses.length + 2);
        if (kind == statuses.length) {
          b.housing(Housing.foyer(1 + rng.nextInt(3), rent, rng.nextBoolean(), randomFoyer(rng)));
        } else if (kind == statuses.length + 1) {
          b.housing(Housing.homeBuyer(1 + rng.nextInt(3), randomLoan(rng)));
        } else {
          HousingStatus status = statuses[kind];
          b.housing(new Housing(status, rent, 1 + rng.nextInt(3), rng.nextBoolean(), rng.nextBoolean(), rng.nextBoolean()));
        }
      }
      for (ReceivedBenefit benefit : ReceivedBenefit.values()) {
        if (rng.nextInt(4) == 0) {
          b.received(benefit, rng.nextBoolean() ? MonthlyAmounts.constantNanoEuros(Fixed.cents(rng.nextInt(90_000)))
              : varying(rng, rng.nextInt(3) == 0));
        }
      }
      b.recentIsolation(rng.nextBoolean()).rsaPaExperiment(rng.nextBoolean());
      if (rng.nextInt(10) == 0) {
        b.alResourceBase(Euros.of(String.valueOf(rng.nextInt(30_000))));
      }
      households.add(b.resources(ResourceHistory.empty(persons)).build());
    }
    Population.Builder builder = Population.builder(SPAN);
    households.forEach(builder::add);
    Population population = builder.build();
    PopulationCursor cursor = population.cursor();
    for (int h = 0; h < households.size(); h++) {
      Household expected = households.get(h);
      HouseholdFacts actual = cursor.at(h);
      String id = expected.id();
      assertThat(actual.personCount()).as(id).isEqualTo(expected.personCount());
      assertThat(actual.couple()).as(id).isEqualTo(expected.couple());
      assertThat(actual.adultCount()).as(id).isEqualTo(expected.adultCount());
      assertThat(actual.recentIsolation()).as(id).isEqualTo(expected.recentIsolation());
      assertThat(actual.rsaPaExperiment()).as(id).isEqualTo(expected.rsaPaExperiment());
      assertThat(actual.applicantIndex()).as(id).isEqualTo(expected.applicantIndex());
      assertThat(actual.hasAlResourceBase()).as(id).isEqualTo(expected.hasAlResourceBase());
      if (expected.hasAlResourceBase()) {
        assertThat(actual.alResourceBaseFixed()).as(id).isEqualTo(expected.alResourceBaseFixed());
      }
      for (int i = 0; i < expected.personCount(); i++) {
        String who = id + " person " + i;
        assertThat(actual.isAdult(i)).as(who).isEqualTo(expected.isAdult(i));
        assertThat(actual.student(i)).as(who).isEqualTo(expected.student(i));
        assertThat(actual.scholarship(i)).as(who).isEqualTo(expected.scholarship(i));
        assertThat(actual.pregnant(i)).as(who).isEqualTo(expected.pregnant(i));
        assertThat(actual.retired(i)).as(who).isEqualTo(expected.retired(i));
        assertThat(actual.disabled(i)).as(who).isEqualTo(expected.disabled(i));
        assertThat(actual.birthYear(i)).as(who).isEqualTo(expected.birthYear(i));
        assertThat(actual.birthMonth(i)).as(who).isEqualTo(expected.birthMonth(i));
        assertThat(actual.birthDay(i)).as(who).isEqualTo(expected.birthDay(i));
        assertThat(actual.unemployedSinceMonth(i)).as(who).isEqualTo(expected.unemployedSinceMonth(i));
        for (int m = SPAN.firstIndex(); m <= SPAN.lastIndex(); m += 5) {
          assertThat(actual.ageAt(i, m)).as(who).isEqualTo(expected.ageAt(i, m));
          if (expected.ageAt(i, m) >= 0) { // Period.between: 0 years, negative months before the birth
            assertThat(actual.ageAt(i, m)).as(who).isEqualTo(expected.persons().get(i).ageAt(Months.of(m)));
          }
          assertThat(actual.bornBy(i, m)).as(who)
              .isEqualTo(!YearMonth.from(expected.persons().get(i).birthDate()).isAfter(Months.of(m)));
        }
      }
      assertThat(actual.hasHousing()).as(id).isEqualTo(expected.hasHousing());
      if (expected.hasHousing()) {
        assertThat(actual.housingStatus()).as(id).isEqualTo(expected.housingStatus());
        assertThat(actual.zone()).as(id).isEqualTo(expected.zone());
        assertThat(actual.conventionne()).as(id).isEqualTo(expected.conventionne());
        assertThat(actual.sharedHousing()).as(id).isEqualTo(expected.sharedHousing());
        assertThat(actual.room()).as(id).isEqualTo(expected.room());
        if (expected.housingStatus() == HousingStatus.FOYER) {
          Foyer foyer = expected.housing().get().foyer().get();
          assertThat(actual.foyerType()).as(id).isEqualTo(foyer.type());
          assertThat(actual.foyerYoungWorkers()).as(id).isEqualTo(foyer.youngWorkers());
          assertThat(actual.foyerConventionDay()).as(id)
              .isEqualTo(foyer.conventionDate().map(LocalDate::toEpochDay).orElse(HouseholdFacts.NO_DAY));
          assertThat(actual.foyerAlCategory()).as(id).isEqualTo(foyer.alCategory());
          assertThatThrownBy(actual::loanKind).as(id).isInstanceOf(java.util.NoSuchElementException.class);
        } else if (expected.housingStatus() == HousingStatus.HOME_BUYER) {
          Loan loan = expected.housing().get().loan().get();
          assertThat(actual.loanKind()).as(id).isEqualTo(loan.kind());
          assertThat(actual.loanPurpose()).as(id).isEqualTo(loan.purpose());
          assertThat(actual.loanSignedDay()).as(id).isEqualTo(loan.signed().toEpochDay());
          assertThat(actual.loanFirstOccupant()).as(id).isEqualTo(loan.firstOccupant());
          assertThat(actual.loanEntryDay()).as(id)
              .isEqualTo(loan.entryDate().map(LocalDate::toEpochDay).orElse(HouseholdFacts.NO_DAY));
          assertThat(actual.loanCoOwners()).as(id).isEqualTo(loan.coOwners());
          assertThat(actual.loanResourceFloorExempt()).as(id).isEqualTo(loan.resourceFloorExempt());
          assertThatThrownBy(actual::foyerType).as(id).isInstanceOf(java.util.NoSuchElementException.class);
        } else {
          assertThatThrownBy(actual::foyerType).as(id).isInstanceOf(java.util.NoSuchElementException.class);
          assertThatThrownBy(actual::loanSignedDay).as(id).isInstanceOf(java.util.NoSuchElementException.class);
        }
      }
      for (int m = SPAN.firstIndex() - 3; m <= SPAN.lastIndex() + Population.MONTHS_AFTER + 3; m++) {
        if (expected.hasHousing()) {
          assertThat(actual.rent(m)).as("%s rent %s", id, Months.of(m)).isEqualTo(expected.rent(m));
          if (expected.housingStatus() == HousingStatus.HOME_BUYER) {
            assertThat(actual.loanPayment(m)).as("%s payment %s", id, Months.of(m))
                .isEqualTo(expected.housing().get().loan().get().payment().at(m));
          }
        }
        for (ReceivedBenefit benefit : ReceivedBenefit.values()) {
          assertThat(actual.received(benefit, m)).as("%s %s %s", id, benefit, Months.of(m))
              .isEqualTo(expected.received(benefit, m));
        }
      }
    }
    assertThat(population.factBytes()).isPositive();
  }

  /** A logement-foyer of any type and category, with or without a convention date. */
  private static Foyer randomFoyer(SplittableRandom rng) {
    Foyer.Type[] types = Foyer.Type.values();
    Foyer.AlCategory[] categories = Foyer.AlCategory.values();
    return new Foyer(types[rng.nextInt(types.length)], rng.nextBoolean(), rng.nextBoolean()
        ? java.util.Optional.of(LocalDate.of(1960 + rng.nextInt(65), 1 + rng.nextInt(12), 1 + rng.nextInt(28)))
        : java.util.Optional.empty(), categories[rng.nextInt(categories.length)]);
  }

  /** A loan of any kind and purpose, its repayment constant or varying (some months not whole cents). */
  private static Loan randomLoan(SplittableRandom rng) {
    Loan.Kind[] kinds = Loan.Kind.values();
    Loan.Purpose[] purposes = Loan.Purpose.values();
    boolean firstOccupant = rng.nextBoolean();
    return new Loan(rng.nextBoolean() ? MonthlyAmounts.constantNanoEuros(Fixed.cents(rng.nextInt(150_000)))
        : varying(rng, rng.nextBoolean()), LocalDate.of(1985 + rng.nextInt(40), 1 + rng.nextInt(12), 1 + rng.nextInt(28)),
        kinds[rng.nextInt(kinds.length)], purposes[rng.nextInt(purposes.length)], firstOccupant,
        firstOccupant ? java.util.Optional.of(LocalDate.of(1985 + rng.nextInt(40), 1 + rng.nextInt(12), 1 + rng.nextInt(28)))
            : java.util.Optional.empty(), rng.nextBoolean(), rng.nextBoolean());
  }

  /** Amounts by month over the span and a little beyond it, whole cents or (some) not. */
  private static MonthlyAmounts varying(SplittableRandom rng, boolean notWholeCents) {
    java.util.Map<YearMonth, Long> byMonth = new java.util.HashMap<>();
    for (int m = SPAN.firstIndex() - 2; m <= SPAN.lastIndex() + Population.MONTHS_AFTER + 2; m++) {
      if (rng.nextInt(3) > 0) {
        byMonth.put(Months.of(m), Fixed.cents(rng.nextInt(80_000)) + (notWholeCents && rng.nextInt(5) == 0 ? 1 : 0));
      }
    }
    return MonthlyAmounts.ofNanoEuros(rng.nextInt(3) == 0 ? Fixed.cents(rng.nextInt(50_000)) : 0, byMonth);
  }
}
