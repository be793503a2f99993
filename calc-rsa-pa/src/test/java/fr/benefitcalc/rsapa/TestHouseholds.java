package fr.benefitcalc.rsapa;

import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.rules.BenefitResult;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.trace.Trace;
import fr.benefitcalc.rsapa.pa.ActivityBonus;
import fr.benefitcalc.rsapa.rsa.Rsa;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A small fluent builder of test households for the RSA and the prime d'activité. */
public final class TestHouseholds {
  private final List<Person> persons = new ArrayList<>();
  private final List<Object[]> incomes = new ArrayList<>(); // {person, category, month or null, amount}
  private final Household.Builder builder = Household.builder("test");

  private TestHouseholds() {}

  /** A household whose applicant is an adult born on {@code birth}. */
  public static TestHouseholds adult(String birth) {
    return new TestHouseholds().andAdult(birth);
  }

  /** Adds an adult. */
  public TestHouseholds andAdult(String birth) {
    persons.add(Person.adult("a" + persons.size(), LocalDate.parse(birth)));
    return this;
  }

  /** Adds a child. */
  public TestHouseholds child(String birth) {
    persons.add(Person.child("c" + persons.size(), LocalDate.parse(birth)));
    return this;
  }

  /** Replaces the last person added. */
  public TestHouseholds last(java.util.function.UnaryOperator<Person> change) {
    persons.set(persons.size() - 1, change.apply(persons.get(persons.size() - 1)));
    return this;
  }

  /** The same monthly amount of {@code category} for person {@code person} in every month. */
  public TestHouseholds every(int person, IncomeCategory category, String amount) {
    incomes.add(new Object[] {person, category, null, Fixed.euros(amount)});
    return this;
  }

  /** An amount of {@code category} for person {@code person} in one month (others are 0 unless set). */
  public TestHouseholds in(int person, IncomeCategory category, String month, String amount) {
    incomes.add(new Object[] {person, category, YearMonth.parse(month), Fixed.euros(amount)});
    return this;
  }

  /** The same salary for person 0 in each of the months {@code from..to}. */
  public TestHouseholds salary(String from, String to, String amount) {
    for (YearMonth m = YearMonth.parse(from); !m.isAfter(YearMonth.parse(to)); m = m.plusMonths(1)) {
      in(0, IncomeCategory.SALARY_NET, m.toString(), amount);
    }
    return this;
  }

  /** A benefit received, the same every month. */
  public TestHouseholds receives(ReceivedBenefit benefit, String amount) {
    builder.received(benefit, MonthlyAmounts.constant(Euros.of(amount)));
    return this;
  }

  /** A private tenant, zone 2, rent 500 (the housing only matters through its status). */
  public TestHouseholds tenant() {
    return housing(HousingStatus.TENANT);
  }

  /** A dwelling of this status. */
  public TestHouseholds housing(HousingStatus status) {
    builder.housing(new Housing(status, status.isTenant() ? MonthlyAmounts.constant(Euros.of("500"))
        : MonthlyAmounts.none(), status.isTenant() ? 2 : 0, false, false, false));
    return this;
  }

  /** Isolement récent. */
  public TestHouseholds recentIsolation() {
    builder.recentIsolation(true);
    return this;
  }

  /** Lives in an experimenting department. */
  public TestHouseholds experimenting() {
    builder.rsaPaExperiment(true);
    return this;
  }

  /** The household. */
  public Household build() {
    ResourceHistory.Builder r = ResourceHistory.builder(persons.size());
    for (Object[] i : incomes) {
      if (i[2] == null) {
        r.constantNanoEuros((Integer) i[0], (IncomeCategory) i[1], (Long) i[3]);
      } else {
        r.valueNanoEuros((Integer) i[0], (IncomeCategory) i[1], (YearMonth) i[2], (Long) i[3]);
      }
    }
    persons.forEach(builder::person);
    return builder.resources(r.build()).build();
  }

  /** The RSA of {@code month} under {@code rules}, in euros. */
  public static java.math.BigDecimal rsa(Household h, String month, RuleSet rules) {
    return euros(new Rsa().compute(h, h.resources().finalView(), YearMonth.parse(month), rules, Trace.off()));
  }

  /** The prime d'activité of {@code month} under {@code rules}, in euros. */
  public static java.math.BigDecimal pa(Household h, String month, RuleSet rules) {
    return euros(new ActivityBonus().compute(h, h.resources().finalView(), YearMonth.parse(month), rules, Trace.off()));
  }

  private static java.math.BigDecimal euros(BenefitResult r) {
    return Fixed.toBigDecimal(r.amountFixed()).setScale(2);
  }
}
