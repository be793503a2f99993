package fr.benefitcalc.testkit.quicktheories;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import fr.benefitcalc.testkit.generators.TimelineCase;
import fr.benefitcalc.testkit.generators.TimelineCaseGenerator;
import fr.benefitcalc.testkit.properties.Describe;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories adapters of the testkit's generators, with integrated shrinking: every random draw
 * of the generator is a QuickTheories draw, so a failing household shrinks towards fewer members,
 * lower incomes and simpler statuses. A falsified household is described in full (every income of
 * every month with the day it became known); the properties of
 * {@code fr.benefitcalc.testkit.properties} also write the file that replays it.
 *
 * <pre>{@code
 * qt().forAll(QuickTheoriesGenerators.households(HouseholdGenerator.defaults().withTenantsOnly()))
 *     .checkAssert(h -> assertThat(...));
 * }</pre>
 */
public final class QuickTheoriesGenerators {
  private QuickTheoriesGenerators() {}

  /** Households from {@code generator}, shrinking towards simpler ones. */
  public static Gen<Household> households(HouseholdGenerator generator) {
    Gen<Household> gen = in -> {
      int complexity = (int) in.next(Constraint.between(0, 100).withShrinkPoint(0));
      return generator.next(randomGenerator(in), complexity, "qt");
    };
    return gen.describedAs(QuickTheoriesGenerators::describe);
  }

  /**
   * Timeline cases from {@code generator} (a household with late data and situation changes over a
   * span), shrinking towards simpler ones; a failure describes the case in full.
   */
  public static Gen<TimelineCase> timelineCases(TimelineCaseGenerator generator) {
    Gen<TimelineCase> gen = in -> {
      int complexity = (int) in.next(Constraint.between(0, 100).withShrinkPoint(0));
      return generator.next(randomGenerator(in), complexity, "qt");
    };
    return gen.describedAs(c -> "over " + c.span() + ", " + Describe.full(c.initial())
        + c.changes().entrySet().stream().map(e -> "\nfrom " + e.getKey() + ": " + Describe.household(e.getValue()))
            .collect(java.util.stream.Collectors.joining()));
  }

  /** A {@link RandomGenerator} whose every draw comes from QuickTheories (and so shrinks to 0). */
  public static RandomGenerator randomGenerator(RandomnessSource in) {
    return () -> in.next(Constraint.none().withShrinkPoint(0));
  }

  /** A description of a household in full (every income of every month, with its known-on date) for failure messages. */
  public static String describe(Household h) {
    return Describe.full(h);
  }
}
