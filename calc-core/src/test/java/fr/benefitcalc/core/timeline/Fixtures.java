package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.RecalculationSchedule;
import fr.benefitcalc.core.time.ReferencePeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/** Households and rule sets shared by the timeline tests. */
final class Fixtures {
  static final YearMonth JAN_2024 = YearMonth.of(2024, 1);
  static final MonthRange SPAN_2024_2025 = MonthRange.of(JAN_2024, YearMonth.of(2025, 12));
  static final BenefitRules QUARTERLY_M13_M2 = BenefitRules.of(ReferencePeriod.rolling(-13, -2),
      RecalculationSchedule.quarterly());
  static final BenefitRules YEARLY_N1_JANUARY = BenefitRules.of(ReferencePeriod.calendarYear(-1),
      RecalculationSchedule.yearly(1));
  static final BenefitRules QUARTERLY_M3_M1 = BenefitRules.of(ReferencePeriod.rolling(-3, -1),
      RecalculationSchedule.quarterly());

  private Fixtures() {}

  static long euros(String amount) {
    return Fixed.euros(amount);
  }

  static RuleSet al(BenefitRules rules) {
    return new RuleSet("test", "toy AL", Map.of(Benefit.AL, rules));
  }

  static ResourceHistory.Builder salary300(int persons) {
    return ResourceHistory.builder(persons)
        .constantNanoEuros(0, IncomeCategory.SALARY_TAXABLE, euros("300"))
        .constantNanoEuros(0, IncomeCategory.SALARY_NET, euros("300"));
  }

  /** A single adult with 300 € of salary every month, and one correction of the taxable salary. */
  static Household corrected(YearMonth month, String amount, LocalDate knownOn) {
    return single(salary300(1).valueNanoEuros(0, IncomeCategory.SALARY_TAXABLE, month, euros(amount), knownOn).build());
  }

  static Household single(ResourceHistory resources) {
    return Household.builder("h1").person(Person.adult("p1", LocalDate.of(1990, 5, 1))).resources(resources).build();
  }
}
