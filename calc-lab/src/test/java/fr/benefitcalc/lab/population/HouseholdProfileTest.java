package fr.benefitcalc.lab.population;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.time.MonthRange;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A household's attributes in the report: composition, dwelling, income per consumption unit, activity. */
class HouseholdProfileTest {
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));

  /**
   * A couple with a child of 15 and a child of 10 (at 2024-01): 1 + 0.5 + 0.5 + 0.3 = 2.3 consumption units. The
   * first adult earns 1 800 € net in 2024 only, the second receives 1 000 € of unemployment benefit every month: a
   * mean of (12 × 1 800 + 24 × 1 000) / 24 = 1 900 € a month, 826.086956… € per unit; a salary in half the months.
   */
  @Test
  void aCoupleWithTwoChildrenWorkingHalfTheTime() {
    ResourceHistory.Builder r = ResourceHistory.builder(4)
        .constant(1, IncomeCategory.UNEMPLOYMENT_NET, Euros.of("1000"));
    for (int m = 1; m <= 12; m++) {
      r.value(0, IncomeCategory.SALARY_NET, YearMonth.of(2024, m), Euros.of("1800"), LocalDate.of(2024, m, 28));
    }
    Household h = Household.builder("h").person(Person.adult("a", LocalDate.of(1980, 1, 1)))
        .person(Person.adult("b", LocalDate.of(1982, 1, 1))).person(Person.child("c", LocalDate.of(2008, 6, 1)))
        .person(Person.child("d", LocalDate.of(2013, 6, 1)))
        .housing(Housing.tenant(2, MonthlyAmounts.constant(Euros.of("700")))).resources(r.build()).build();
    assertThat(HouseholdProfile.consumptionUnitsTenths(h, SPAN)).isEqualTo(23);
    HouseholdProfile p = HouseholdProfile.of(h, SPAN);
    assertThat(p.adults()).isEqualTo(2);
    assertThat(p.children()).isEqualTo(2);
    assertThat(p.zone()).isEqualTo(2);
    assertThat(p.housing()).isEqualTo("tenant");
    assertThat(p.incomePerUnit()).isEqualTo(1900L * Fixed.EURO * 10 / 23);
    assertThat(p.activity()).isEqualTo(HouseholdProfile.Activity.INTERMITTENT_WORK);
  }

  @Test
  void aSinglePersonWithAPensionOnly() {
    ResourceHistory r = ResourceHistory.builder(1).constant(0, IncomeCategory.PENSION_NET, Euros.of("950")).build();
    Household h = Household.builder("p").person(Person.adult("a", LocalDate.of(1950, 1, 1))).resources(r).build();
    HouseholdProfile p = HouseholdProfile.of(h, SPAN);
    assertThat(p).isEqualTo(new HouseholdProfile(1, 0, 0, "none", 950 * Fixed.EURO, HouseholdProfile.Activity.RETIRED));
  }
}
