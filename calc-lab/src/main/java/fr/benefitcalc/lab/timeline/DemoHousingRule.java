package fr.benefitcalc.lab.timeline;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.parameters.Timeline;
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
import java.util.List;

/**
 * The demo calculator of timeline files ({@code "calculator": "demo"}): a toy housing benefit that is
 * <b>not the law</b> and keeps the arithmetic of a timeline visible by hand:
 * {@code amount(M) = max(0, base − average of the household's taxable salaries over the reference
 * window of M)}, rounded to the cent, where the base is 500 €, revalued to 510 € on 2025-10-01 (a demo
 * revaluation on the AL's date, 1 October). The window is the rule set's default AL period (experiment
 * included). Used by the worked examples of {@code examples/timeline/}.
 */
final class DemoHousingRule implements BenefitRule {
  /** The toy base amount; a demo parameter, not a legal one. */
  static final Timeline<Long> BASE = Timeline.<Long>named("demo.base")
      .period("2021-01-01", "2025-09-30", Fixed.euros("500"),
          "demo calculator of the timeline examples (not a legal parameter)")
      .period("2025-10-01", "2026-12-31", Fixed.euros("510"),
          "demo revaluation of 2025-10-01, on the AL's date (not a legal parameter)")
      .build();

  @Override
  public Benefit benefit() {
    return Benefit.AL;
  }

  @Override
  public List<Timeline<?>> parameters() {
    return List.of(BASE);
  }

  @Override
  public BenefitResult compute(Household household, ResourceView resources, YearMonth month, RuleSet rules,
      Trace trace) {
    int m = Months.index(month);
    return new BenefitResult(Benefit.AL, month, amount(household, resources, m, m, rules, trace), "demo");
  }

  /** The decision of month {@code m} with the base of {@code parameterMonth} (a revaluation on its date). */
  @Override
  public long amount(fr.benefitcalc.core.household.HouseholdFacts household, ResourceView resources, int m,
      int parameterMonth, RuleSet rules,
      Trace trace) {
    YearMonth month = Months.of(m);
    ReferencePeriod period = rules.rules(Benefit.AL).defaultPeriod(household.rsaPaExperiment(), month);
    int first = period.firstIndex(m);
    int last = period.lastIndex(m);
    long total = 0;
    for (int p = 0; p < household.personCount(); p++) {
      total += resources.sum(p, IncomeCategory.SALARY_TAXABLE, first, last);
    }
    long average = Fixed.divide(total, last - first + 1);
    trace.amount("R", average, "average taxable salary over the window", "demo");
    long base = rules.rules(Benefit.AL).parameter(BASE).atMonth(parameterMonth);
    long amount = Fixed.toCent(Math.max(0, base - average));
    trace.amount("A", amount, "demo amount = max(0, base - R), to the cent", "demo");
    return amount;
  }
}
