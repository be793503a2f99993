package fr.benefitcalc.lab.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.IncomeConcept;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.RuleSet;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The AL under a single income definition reads the net salary instead of the taxable one. */
class IncomeConceptRuleTest {
  private static Household single(String net, String taxable) {
    return Household.builder("h").person(Person.adult("a1", LocalDate.of(1985, 1, 1)))
        .housing(Housing.tenant(2, MonthlyAmounts.constant(Euros.of("450"))))
        .received(ReceivedBenefit.RSA, MonthlyAmounts.none())
        .resources(ResourceHistory.builder(1)
            .constant(0, IncomeCategory.SALARY_NET, Euros.of(net))
            .constant(0, IncomeCategory.SALARY_TAXABLE, Euros.of(taxable)).build())
        .build();
  }

  @Test
  void theAlOnNetAmountsIsTheAlOfTheNetSalary() {
    Catalog c = StandardCatalog.create();
    // the expected amount comes from OpenFisca: its rule set (the AL to the cent, CCH D823-16 aside)
    RuleSet law = c.ruleSet("openfisca");
    RuleSet net = law.with("al-net", "AL on net amounts", Benefit.AL,
        law.rules(Benefit.AL).withOption(IncomeConcept.OPTION, "net"));
    YearMonth m = YearMonth.of(2025, 1);
    // reference-rules.md §1.12 / GEN-AL-02: 1 200 € of taxable salary gives 59.44 € of ALS in 2025-01
    assertThat(c.rule(Benefit.AL).compute(single("1200", "1300"), m, net).amount()).isEqualTo(Euros.of("59.44"));
    assertThat(c.rule(Benefit.AL).compute(single("1100", "1200"), m, law).amount()).isEqualTo(Euros.of("59.44"));
  }
}
