package fr.benefitcalc.core.resources;

import fr.benefitcalc.core.money.Euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.time.RecalculationSchedule;
import fr.benefitcalc.core.time.ReferencePeriod;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class IncomeConceptTest {
  private final ResourceHistory h = ResourceHistory.builder(1)
      .constant(0, IncomeCategory.SALARY_NET, Euros.of("1000"))
      .constant(0, IncomeCategory.SALARY_TAXABLE, Euros.of("1030"))
      .constant(0, IncomeCategory.ALIMONY_RECEIVED, Euros.of("100"))
      .build();
  private final int m = Months.index(YearMonth.of(2025, 1));
  private final BenefitRules rules = BenefitRules.of(ReferencePeriod.rolling(-3, -1), RecalculationSchedule.quarterly());

  @Test
  void aRuleWrittenForTaxableAmountsReadsNetOnesUnderTheNetConcept() {
    ResourceView v = IncomeConcept.NET.view(h.finalView(), IncomeConcept.TAXABLE);
    assertThat(v.monthly(0, IncomeCategory.SALARY_TAXABLE, m)).isEqualTo(Fixed.euros("1000"));
    assertThat(v.sum(0, IncomeCategory.SALARY_TAXABLE, m - 2, m)).isEqualTo(Fixed.euros("3000"));
    assertThat(v.monthly(0, IncomeCategory.ALIMONY_RECEIVED, m)).isEqualTo(Fixed.euros("100"));
    ResourceView same = IncomeConcept.TAXABLE.view(h.finalView(), IncomeConcept.TAXABLE);
    assertThat(same.monthly(0, IncomeCategory.SALARY_TAXABLE, m)).isEqualTo(Fixed.euros("1030"));
  }

  @Test
  void theRuleSetChoosesTheConceptByOption() {
    assertThat(IncomeConcept.of(rules, IncomeConcept.TAXABLE)).isEqualTo(IncomeConcept.TAXABLE);
    assertThat(IncomeConcept.of(rules.withOption(IncomeConcept.OPTION, "net"), IncomeConcept.TAXABLE)).isEqualTo(IncomeConcept.NET);
    assertThatThrownBy(() -> IncomeConcept.of(rules.withOption(IncomeConcept.OPTION, "gross"), IncomeConcept.TAXABLE))
        .hasMessageContaining("gross").hasMessageContaining(IncomeConcept.OPTION);
  }
}
