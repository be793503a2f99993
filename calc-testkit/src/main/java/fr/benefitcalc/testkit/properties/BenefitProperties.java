package fr.benefitcalc.testkit.properties;

import fr.benefitcalc.core.money.Euros;
import org.joda.money.Money;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.rules.BenefitResult;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.trace.Trace;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Reusable properties of a benefit rule, framework-neutral: each returns the violation as a message
 * (naming the household, the amounts and the rule set), or empty when the property holds. Wrap them
 * in any property-testing library: {@code assertThat(BenefitProperties.x(...)).isEmpty()}.
 */
public final class BenefitProperties {
  private BenefitProperties() {}

  /**
   * The amount does not increase when person {@code person}'s {@code category} income rises by
   * {@code delta} (nano-euros) in every month, everything else fixed.
   */
  public static Optional<String> nonIncreasingInIncome(BenefitRule rule, RuleSet rules, YearMonth month, Household h,
      int person, IncomeCategory category, Money raise) {
    long delta = Euros.toFixed(raise);
    long before = amount(rule, rules, month, h);
    Household richer = h.withResources(h.resources().plusNanoEuros(person, category, delta));
    long after = amount(rule, rules, month, richer);
    if (after > before) {
      return Optional.of(rule.benefit() + " " + month + " under " + rules.name() + " rose from " + Fixed.format(before)
          + " to " + Fixed.format(after) + " when " + category.key() + " of person " + person + " rose by "
          + Fixed.format(delta) + " a month; " + Describe.household(h));
    }
    return Optional.empty();
  }

  /** The amount is 0 or at least {@code threshold} (a payment threshold, "seuil de versement"). */
  public static Optional<String> zeroOrAtLeast(BenefitRule rule, RuleSet rules, YearMonth month, Household h, Money thresholdAmount) {
    long threshold = Euros.toFixed(thresholdAmount);
    long a = amount(rule, rules, month, h);
    if (a != 0 && a < threshold) {
      return Optional.of(rule.benefit() + " " + month + " under " + rules.name() + " is " + Fixed.format(a)
          + ", above 0 but below the threshold " + Fixed.format(threshold) + "; " + Describe.household(h));
    }
    return Optional.empty();
  }

  /** The amount is never above {@code bound}. */
  public static Optional<String> atMost(BenefitRule rule, RuleSet rules, YearMonth month, Household h, Money boundAmount, String boundName) {
    long bound = Euros.toFixed(boundAmount);
    long a = amount(rule, rules, month, h);
    if (a > bound) {
      return Optional.of(rule.benefit() + " " + month + " under " + rules.name() + " is " + Fixed.format(a)
          + ", above " + boundName + " = " + Fixed.format(bound) + "; " + Describe.household(h));
    }
    return Optional.empty();
  }

  /** Two rule sets give the same amount (e.g. M-3..M-1 and M-4..M-2 on incomes stable over time). */
  public static Optional<String> sameAmount(BenefitRule rule, RuleSet a, RuleSet b, YearMonth month, Household h) {
    long x = amount(rule, a, month, h);
    long y = amount(rule, b, month, h);
    if (x != y) {
      return Optional.of(rule.benefit() + " " + month + ": " + a.name() + " gives " + Fixed.format(x) + " but " + b.name()
          + " gives " + Fixed.format(y) + "; " + Describe.household(h));
    }
    return Optional.empty();
  }

  /** Computing twice gives the same result (no hidden state). */
  public static Optional<String> deterministic(BenefitRule rule, RuleSet rules, YearMonth month, Household h) {
    BenefitResult first = rule.compute(h, h.resources().finalView(), month, rules, Trace.off());
    BenefitResult second = rule.compute(h, h.resources().finalView(), month, rules, Trace.recording());
    if (!first.equals(second)) {
      return Optional.of(rule.benefit() + " " + month + ": " + first + " then " + second + " (with trace); " + Describe.household(h));
    }
    return Optional.empty();
  }

  /** The amount in nano-euros on the final resources, without trace. */
  public static long amount(BenefitRule rule, RuleSet rules, YearMonth month, Household h) {
    return rule.compute(h, h.resources().finalView(), month, rules, Trace.off()).amountFixed();
  }
}
