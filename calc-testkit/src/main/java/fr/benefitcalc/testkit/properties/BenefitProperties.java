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
import java.util.List;
import java.util.Optional;

/**
 * Reusable properties of a benefit rule in one month, framework-neutral: each returns the violation
 * as a message, or empty when the property holds. Wrap them in any property-testing library:
 * {@code assertThat(BenefitProperties.x(...)).isEmpty()}.
 *
 * <p>A violation's message names the amounts and the rule set, describes the household in full
 * ({@link Describe#full}: every income of every month with the day it became known) and ends with
 * the command that replays it: a case file is written ({@link fr.benefitcalc.testkit.replay.ReplayFiles#defaults()},
 * {@code target/benefit-calc-replays}) whose cases hold the amounts the test computed as
 * {@code expected}, e.g. {@code replay: bin/benefit-calc evaluate /…/nonIncreasingInIncome-qt-5c01e2aa.json}.
 * The file names the rule set by its {@link RuleSet#name()}: the command line knows the built-in ones
 * ({@code bin/benefit-calc rulesets}), and computes the built-in rules of the benefit.
 *
 * <pre>{@code
 * qt().forAll(QuickTheoriesGenerators.households(HouseholdGenerator.defaults().withTenantsOnly()))
 *     .checkAssert(h -> assertThat(BenefitProperties.zeroOrAtLeast(new HousingBenefit(), law,
 *         YearMonth.of(2025, 1), h, Fixed.euros("10"))).isEmpty());
 * }</pre>
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
      String message = rule.benefit() + " " + month + " under " + rules.name() + " rose from " + Fixed.format(before)
          + " to " + Fixed.format(after) + " when " + category.key() + " of person " + person + " rose by "
          + Fixed.format(delta) + " a month";
      return Optional.of(Failures.ofCases("nonIncreasingInIncome", message, h, List.of(
          Failures.replayCase(h.id() + "-before", month, rule.benefit(), rules, h, before, "the household as generated"),
          Failures.replayCase(h.id() + "-richer", month, rule.benefit(), rules, richer, after,
              category.key() + " of person " + person + " raised by " + Fixed.format(delta) + " in every month"))));
    }
    return Optional.empty();
  }

  /** The amount is 0 or at least {@code threshold} (a payment threshold, "seuil de versement"). */
  public static Optional<String> zeroOrAtLeast(BenefitRule rule, RuleSet rules, YearMonth month, Household h, Money thresholdAmount) {
    long threshold = Euros.toFixed(thresholdAmount);
    long a = amount(rule, rules, month, h);
    if (a != 0 && a < threshold) {
      String message = rule.benefit() + " " + month + " under " + rules.name() + " is " + Fixed.format(a)
          + ", above 0 but below the threshold " + Fixed.format(threshold);
      return Optional.of(one("zeroOrAtLeast", message, rule, rules, month, h, a));
    }
    return Optional.empty();
  }

  /** The amount is never above {@code bound}. */
  public static Optional<String> atMost(BenefitRule rule, RuleSet rules, YearMonth month, Household h, Money boundAmount, String boundName) {
    long bound = Euros.toFixed(boundAmount);
    long a = amount(rule, rules, month, h);
    if (a > bound) {
      String message = rule.benefit() + " " + month + " under " + rules.name() + " is " + Fixed.format(a)
          + ", above " + boundName + " = " + Fixed.format(bound);
      return Optional.of(one("atMost", message, rule, rules, month, h, a));
    }
    return Optional.empty();
  }

  /** Two rule sets give the same amount (e.g. M-3..M-1 and M-4..M-2 on incomes stable over time). */
  public static Optional<String> sameAmount(BenefitRule rule, RuleSet a, RuleSet b, YearMonth month, Household h) {
    long x = amount(rule, a, month, h);
    long y = amount(rule, b, month, h);
    if (x != y) {
      String message = rule.benefit() + " " + month + ": " + a.name() + " gives " + Fixed.format(x) + " but " + b.name()
          + " gives " + Fixed.format(y);
      return Optional.of(Failures.ofCases("sameAmount", message, h, List.of(
          Failures.replayCase(h.id() + "-" + a.name(), month, rule.benefit(), a, h, x, "under " + a.name()),
          Failures.replayCase(h.id() + "-" + b.name(), month, rule.benefit(), b, h, y, "under " + b.name()))));
    }
    return Optional.empty();
  }

  /** Computing twice gives the same result (no hidden state). */
  public static Optional<String> deterministic(BenefitRule rule, RuleSet rules, YearMonth month, Household h) {
    BenefitResult first = rule.compute(h, h.resources().finalView(), month, rules, Trace.off());
    BenefitResult second = rule.compute(h, h.resources().finalView(), month, rules, Trace.recording());
    if (!first.equals(second)) {
      String message = rule.benefit() + " " + month + ": " + first + " then " + second + " (with trace)";
      return Optional.of(one("deterministic", message, rule, rules, month, h, first.amountFixed()));
    }
    return Optional.empty();
  }

  /** The amount in nano-euros on the final resources, without trace. */
  public static long amount(BenefitRule rule, RuleSet rules, YearMonth month, Household h) {
    return rule.compute(h, h.resources().finalView(), month, rules, Trace.off()).amountFixed();
  }

  private static String one(String property, String message, BenefitRule rule, RuleSet rules, YearMonth month, Household h,
      long amount) {
    return Failures.ofCases(property, message, h,
        List.of(Failures.replayCase(h.id(), month, rule.benefit(), rules, h, amount, message)));
  }
}
