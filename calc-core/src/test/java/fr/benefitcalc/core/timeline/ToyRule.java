package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.ReceivedBenefit;
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
 * A toy benefit to prove the engine (not a legal rule):
 * {@code amount = max(0, base + childBonus × children + rentRate × rent(M) − average(category over the window)
 * − min(AL(M), alCap))}, rounded to the cent, where the window is the rule set's default period.
 */
record ToyRule(Benefit benefit, IncomeCategory category, Timeline<Long> base, long childBonus, long rentRate,
    long alCap) implements BenefitRule {

  static final Timeline<Long> BASE_500 = Timeline.<Long>named("toy.base")
      .period("2021-01-01", "2026-12-31", Fixed.euros("500"), "toy parameter of the engine tests").build();
  static final Timeline<Long> BASE_600 = Timeline.<Long>named("toy.base")
      .period("2021-01-01", "2026-12-31", Fixed.euros("600"), "toy parameter of the engine tests").build();
  static final Timeline<Long> BASE_500_THEN_520 = Timeline.<Long>named("toy.base")
      .period("2021-01-01", "2024-12-31", Fixed.euros("500"), "toy parameter of the engine tests")
      .period("2025-01-01", "2026-12-31", Fixed.euros("520"), "toy revaluation of 2025-01-01").build();

  /** "amount = max(0, 500 € − average of taxable salaries over the window)". */
  static ToyRule housing() {
    return new ToyRule(Benefit.AL, IncomeCategory.SALARY_TAXABLE, BASE_500, 0, 0, 0);
  }

  /** "amount = max(0, 600 € − average of net salaries − min(AL of the month, 250 €))". */
  static ToyRule minimumIncome() {
    return new ToyRule(Benefit.RSA, IncomeCategory.SALARY_NET, BASE_600, 0, 0, Fixed.euros("250"));
  }

  ToyRule withBase(Timeline<Long> newBase) {
    return new ToyRule(benefit, category, newBase, childBonus, rentRate, alCap);
  }

  ToyRule withChildBonus(long bonus) {
    return new ToyRule(benefit, category, base, bonus, rentRate, alCap);
  }

  ToyRule withRentRate(long rate) {
    return new ToyRule(benefit, category, base, childBonus, rate, alCap);
  }

  @Override
  public List<Timeline<?>> parameters() {
    return List.of(base);
  }

  @Override
  public BenefitResult compute(Household household, ResourceView resources, YearMonth month, RuleSet rules,
      Trace trace) {
    return new BenefitResult(benefit, month, amount(household, resources, Months.index(month), Months.index(month),
        rules, trace), "toy");
  }

  /** The base of {@code parameterMonth}, everything else of {@code m}. */
  @Override
  public long amount(fr.benefitcalc.core.household.HouseholdFacts household, ResourceView resources, int m,
      int parameterMonth, RuleSet rules,
      Trace trace) {
    YearMonth month = Months.of(m);
    ReferencePeriod period = rules.rules(benefit).defaultPeriod(household.rsaPaExperiment(), month);
    int first = period.firstIndex(m);
    int last = period.lastIndex(m);
    long total = 0;
    for (int p = 0; p < household.personCount(); p++) {
      total += resources.sum(p, category, first, last);
    }
    long average = Fixed.divide(total, last - first + 1);
    long amount = rules.rules(benefit).parameter(base).atMonth(parameterMonth);
    int children = household.personCount() - household.adultCount();
    amount += Fixed.times(childBonus, children);
    if (rentRate != 0 && household.hasHousing()) {
      amount += Fixed.mul(household.rent(m), rentRate);
    }
    amount -= average;
    if (alCap != 0) {
      amount -= Math.min(household.received(ReceivedBenefit.AL, m), alCap);
    }
    long result = Fixed.toCent(Math.max(0, amount));
    trace.amount("A", result, "toy amount", "");
    return result;
  }
}
