package fr.benefitcalc.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.time.RecalculationSchedule;
import fr.benefitcalc.core.time.ReferencePeriod;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Each category's window resolved once per rule set and month (the AL's periods, reference-rules.md §1). */
class ReferenceWindowsTest {
  private static int index(int year, int month) {
    return Months.index(YearMonth.of(year, month));
  }

  @Test
  void defaultPeriodAndPerCategoryExceptions() {
    BenefitRules rules = BenefitRules.of(ReferencePeriod.rolling(-13, -2), RecalculationSchedule.quarterly())
        .withPeriod(IncomeCategory.ALIMONY_RECEIVED, ReferencePeriod.calendarYear(-1))
        .withPeriod(IncomeCategory.SELF_EMPLOYED_ANNUAL, ReferencePeriod.calendarYear(-2));
    ReferenceWindows january2025 = ReferenceWindows.of(rules, index(2025, 1));

    // M-13..M-2 for January 2025: December 2023 .. November 2024
    assertThat(january2025.first(IncomeCategory.SALARY_TAXABLE)).isEqualTo(index(2023, 12));
    assertThat(january2025.last(IncomeCategory.SALARY_TAXABLE)).isEqualTo(index(2024, 11));
    assertThat(january2025.first(IncomeCategory.PENSION_TAXABLE)).isEqualTo(index(2023, 12));
    // N-1 and N-2
    assertThat(january2025.first(IncomeCategory.ALIMONY_RECEIVED)).isEqualTo(index(2024, 1));
    assertThat(january2025.last(IncomeCategory.ALIMONY_RECEIVED)).isEqualTo(index(2024, 12));
    assertThat(january2025.first(IncomeCategory.SELF_EMPLOYED_ANNUAL)).isEqualTo(index(2023, 1));
    assertThat(january2025.last(IncomeCategory.SELF_EMPLOYED_ANNUAL)).isEqualTo(index(2023, 12));
    assertThat(january2025.monthIndex()).isEqualTo(index(2025, 1));
  }

  @Test
  void sameAnswerAsThePeriodForEveryCategory() {
    BenefitRules rules = BenefitRules.of(ReferencePeriod.calendarYear(-1), RecalculationSchedule.quarterly())
        .withPeriod(IncomeCategory.SALARY_NET, ReferencePeriod.rolling(-3, -1));
    for (int m = index(2021, 1); m <= index(2026, 12); m++) {
      ReferenceWindows w = ReferenceWindows.of(rules, m);
      for (IncomeCategory c : IncomeCategory.values()) {
        assertThat(w.first(c)).isEqualTo(rules.period(c).firstIndex(m));
        assertThat(w.last(c)).isEqualTo(rules.period(c).lastIndex(m));
      }
    }
  }
}
