package fr.benefitcalc.testkit;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitResult;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.time.ReferencePeriod;
import fr.benefitcalc.core.trace.Trace;
import java.time.YearMonth;

/** A test-only rule: max(0, 300 € − half the average net salary of the household over its window). */
final class ToyRule implements BenefitRule {
  @Override
  public Benefit benefit() {
    return Benefit.RSA;
  }

  @Override
  public BenefitResult compute(Household h, ResourceView r, YearMonth month, RuleSet rules, Trace trace) {
    ReferencePeriod p = rules.rules(Benefit.RSA).defaultPeriod();
    int m = Months.index(month);
    long total = 0;
    for (int i = 0; i < h.persons().size(); i++) {
      total += r.sum(i, IncomeCategory.SALARY_NET, p.firstIndex(m), p.lastIndex(m));
    }
    int n = p.lastIndex(m) - p.firstIndex(m) + 1;
    long amount = Math.max(0, Fixed.euros("300") - Fixed.divide(total, 2L * n));
    return new BenefitResult(Benefit.RSA, month, Fixed.toCent(amount), "toy");
  }
}
