package fr.benefitcalc.testkit.quicktheories;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories adapters of the testkit's generators, with integrated shrinking: every random draw
 * of the generator is a QuickTheories draw, so a failing household shrinks towards fewer members,
 * lower incomes and simpler statuses.
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

  /** A {@link RandomGenerator} whose every draw comes from QuickTheories (and so shrinks to 0). */
  public static RandomGenerator randomGenerator(RandomnessSource in) {
    return () -> in.next(Constraint.none().withShrinkPoint(0));
  }

  /** A readable description of a household for failure messages. */
  public static String describe(Household h) {
    return fr.benefitcalc.testkit.properties.Describe.household(h);
  }
}
