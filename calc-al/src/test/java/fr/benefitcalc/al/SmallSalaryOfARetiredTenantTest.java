package fr.benefitcalc.al;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.trace.RecordingTrace;
import fr.benefitcalc.core.trace.Trace;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * A retired tenant paid a single month of salary inside the reference period (M-13..M-2), none in M. R822-13: he
 * has ceased his activity and draws a pension, so the salary counts with the 30 % abatement; R822-4 (revenus
 * catégoriels): the salary less the 10 % deduction, whose minimum cannot exceed the salary (CGI art. 83 3° « sans
 * pouvoir excéder le montant brut des traitements et salaires »). The salary therefore never lowers the resources.
 */
class SmallSalaryOfARetiredTenantTest {
  private static final HousingBenefit RULE = new HousingBenefit();

  private static String resources(Household h) {
    RecordingTrace trace = Trace.recording();
    RULE.compute(h, h.resources().finalView(), YearMonth.of(2025, 6), TestHouseholds.law(), trace);
    return trace.step("R_brut").orElseThrow().value();
  }

  private static TestHouseholds retired() {
    return new TestHouseholds().person(Person.adult("r", LocalDate.parse("1955-01-01")).asRetired()).tenant(2, "500")
        .constant(0, IncomeCategory.PENSION_TAXABLE, "1000");
  }

  @Test
  void aSingleSmallSalaryNeverLowersTheResources() {
    // pensions 12 × 1 000 = 12 000, less 10 % = 10 800 (M-13..M-2 of 2025-06: 2024-05..2025-04)
    assertThat(resources(retired().build())).isEqualTo("10800.00");
    // + 300 € of salary in 2024-09: the deduction (minimum about 500 €) is capped at the 300 €: 0 more, not less
    assertThat(resources(retired().months(0, IncomeCategory.SALARY_TAXABLE, "2024-09", "2024-09", "300").build()))
        .isEqualTo("10800.00");
    // + 10 000 €: 10 000 − 10 % = 9 000, abated by 30 % (R822-13) = 6 300
    assertThat(resources(retired().months(0, IncomeCategory.SALARY_TAXABLE, "2024-09", "2024-09", "10000").build()))
        .isEqualTo("17100.00");
  }
}
