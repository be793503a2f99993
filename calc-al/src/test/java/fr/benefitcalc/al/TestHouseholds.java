package fr.benefitcalc.al;

import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.household.Role;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small builder of test households: persons, a dwelling, constant or month-by-month incomes. */
final class TestHouseholds {
  private final List<Person> persons = new ArrayList<>();
  private final List<Object[]> incomes = new ArrayList<>();
  private Housing housing;
  private long rsaLastMonth;
  private long aah;
  private org.joda.money.Money resourceBase;

  static TestHouseholds single() {
    return new TestHouseholds().adult("a1", "1985-01-01");
  }

  static TestHouseholds couple() {
    return single().adult("a2", "1986-01-01");
  }

  TestHouseholds adult(String id, String birth) {
    persons.add(Person.adult(id, LocalDate.parse(birth)));
    return this;
  }

  TestHouseholds child(String id, String birth) {
    persons.add(Person.child(id, LocalDate.parse(birth)));
    return this;
  }

  TestHouseholds person(Person p) {
    persons.add(p);
    return this;
  }

  /** Replaces the person of index {@code i}. */
  TestHouseholds replace(int i, Person p) {
    persons.set(i, p);
    return this;
  }

  TestHouseholds tenant(int zone, String rent) {
    housing = Housing.tenant(zone, MonthlyAmounts.constant(Euros.of(rent)));
    return this;
  }

  TestHouseholds housing(HousingStatus status, int zone, String rent, boolean conventionne, boolean shared, boolean room) {
    housing = new Housing(status, MonthlyAmounts.constant(Euros.of(rent)), zone, conventionne, shared, room);
    return this;
  }

  TestHouseholds foyer(int zone, String redevance, boolean conventionne, fr.benefitcalc.core.household.Foyer foyer) {
    housing = Housing.foyer(zone, MonthlyAmounts.constantNanoEuros(Fixed.euros(redevance)), conventionne, foyer);
    return this;
  }

  TestHouseholds homeBuyer(int zone, fr.benefitcalc.core.household.Loan loan) {
    housing = Housing.homeBuyer(zone, loan);
    return this;
  }

  /** The same amount every month for person {@code i}. */
  TestHouseholds constant(int i, IncomeCategory category, String amount) {
    incomes.add(new Object[] {i, category, null, Fixed.euros(amount)});
    return this;
  }

  /** An amount in each month of {@code first..last} for person {@code i}. */
  TestHouseholds months(int i, IncomeCategory category, String first, String last, String amount) {
    for (YearMonth m = YearMonth.parse(first); !m.isAfter(YearMonth.parse(last)); m = m.plusMonths(1)) {
      incomes.add(new Object[] {i, category, m, Fixed.euros(amount)});
    }
    return this;
  }

  TestHouseholds annual(int i, IncomeCategory category, int year, String amount) {
    incomes.add(new Object[] {i, category, year, Fixed.euros(amount)});
    return this;
  }

  TestHouseholds rsaEveryMonth(String amount) {
    rsaLastMonth = Fixed.euros(amount);
    return this;
  }

  TestHouseholds aahEveryMonth(String amount) {
    aah = Fixed.euros(amount);
    return this;
  }

  TestHouseholds resourceBase(String amount) {
    resourceBase = fr.benefitcalc.core.money.Euros.of(amount);
    return this;
  }

  Household build() {
    ResourceHistory.Builder r = ResourceHistory.builder(persons.size());
    for (Object[] in : incomes) {
      int i = (Integer) in[0];
      IncomeCategory c = (IncomeCategory) in[1];
      long amount = (Long) in[3];
      if (in[2] == null) {
        r.constantNanoEuros(i, c, amount);
      } else if (in[2] instanceof YearMonth m) {
        r.valueNanoEuros(i, c, m, amount);
      } else {
        r.annualNanoEuros(i, c, (Integer) in[2], amount);
      }
    }
    long adults = persons.stream().filter(Person::isAdult).count();
    Map<ReceivedBenefit, MonthlyAmounts> received = new java.util.EnumMap<>(ReceivedBenefit.class);
    received.put(ReceivedBenefit.RSA, MonthlyAmounts.constantNanoEuros(rsaLastMonth));
    if (aah > 0) {
      received.put(ReceivedBenefit.AAH, MonthlyAmounts.constantNanoEuros(aah));
    }
    return new Household("test", persons, adults == 2, Optional.ofNullable(housing), received, false, false,
        Optional.ofNullable(resourceBase), r.build());
  }

  /** A rule set named {@code law} with these AL rules. */
  static RuleSet ruleSet(BenefitRules rules) {
    return new RuleSet("test", "test", Map.of(Benefit.AL, rules));
  }

  static RuleSet law() {
    return ruleSet(AlRuleSets.law());
  }

  static RuleSet openfisca() {
    return ruleSet(AlRuleSets.openfiscaCompatible(AlRuleSets.law()));
  }

  static Person student(String id, String birth, boolean scholarship) {
    return new Person(id, Role.ADULT, LocalDate.parse(birth), true, scholarship, false, false, Optional.empty(), false);
  }
}
