package fr.benefitcalc.testkit.junit;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import fr.benefitcalc.testkit.generators.TimelineCase;
import fr.benefitcalc.testkit.generators.TimelineCaseGenerator;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * JUnit 5 parameterised tests fed by seeds: each generated household (or timeline case) is one test
 * invocation, named by its seed, so a failure says which seed to rerun. No library beyond JUnit's
 * {@code junit-jupiter-params}. Shrinking is by complexity: {@link #check} runs a property on the
 * household of a seed and, when it fails, returns the failure of the simplest household of the same
 * seed that still fails (complexity 0, 10, … 90), whose message ends with the file that replays it.
 *
 * <pre>{@code
 * static LongStream seeds() {
 *   return Seeds.seeds(42, 200);
 * }
 *
 * @ParameterizedTest(name = "seed {0}")
 * @MethodSource("seeds")
 * void housingBenefitIsZeroOrAtLeastTheThreshold(long seed) {
 *   assertThat(Seeds.check(tenants, seed, h -> BenefitProperties.zeroOrAtLeast(al, law, month, h, Fixed.euros("10"))))
 *       .isEmpty();
 * }
 *
 * // or the households themselves, named "seed 42", "seed 43", ...:
 * static Stream<Arguments> households() {
 *   return Seeds.households(HouseholdGenerator.defaults().withTenantsOnly(), 42, 200);
 * }
 * }</pre>
 *
 * <p>The i-th invocation uses seed {@code first + i} and a {@code SplittableRandom} of that seed, as
 * {@code ReformRegression} does: the same seed is the same household everywhere.
 */
public final class Seeds {
  private static final int FULL = 100;

  private Seeds() {}

  /** The seeds {@code first .. first + count - 1}, for a {@code @MethodSource}. */
  public static LongStream seeds(long first, int count) {
    return LongStream.range(0, count).map(i -> first + i);
  }

  /** The household of {@code seed} (full complexity), named {@code seed-<seed>}. */
  public static Household household(HouseholdGenerator generator, long seed) {
    return generator.next(new SplittableRandom(seed), FULL, "seed-" + seed);
  }

  /** The timeline case of {@code seed} (full complexity), its household named {@code seed-<seed>}. */
  public static TimelineCase timelineCase(TimelineCaseGenerator generator, long seed) {
    return generator.next(new SplittableRandom(seed), FULL, "seed-" + seed);
  }

  /** {@code count} households as JUnit arguments, each named {@code seed <n>}. */
  public static Stream<Arguments> households(HouseholdGenerator generator, long first, int count) {
    return seeds(first, count).mapToObj(s -> Arguments.of(Named.of("seed " + s, household(generator, s))));
  }

  /** {@code count} timeline cases as JUnit arguments, each named {@code seed <n>}. */
  public static Stream<Arguments> timelineCases(TimelineCaseGenerator generator, long first, int count) {
    return seeds(first, count).mapToObj(s -> Arguments.of(Named.of("seed " + s, timelineCase(generator, s))));
  }

  /**
   * {@code property} on the household of {@code seed}; when it fails, the failure of the simplest
   * household of that seed that still fails, prefixed with the seed and complexity.
   */
  public static Optional<String> check(HouseholdGenerator generator, long seed, Function<Household, Optional<String>> property) {
    return shrink(seed, property.apply(household(generator, seed)),
        c -> property.apply(generator.next(new SplittableRandom(seed), c, "seed-" + seed + "-c" + c)));
  }

  /** As {@link #check(HouseholdGenerator, long, Function)}, on timeline cases. */
  public static Optional<String> check(TimelineCaseGenerator generator, long seed,
      Function<TimelineCase, Optional<String>> property) {
    return shrink(seed, property.apply(timelineCase(generator, seed)),
        c -> property.apply(generator.next(new SplittableRandom(seed), c, "seed-" + seed + "-c" + c)));
  }

  private static Optional<String> shrink(long seed, Optional<String> full, java.util.function.IntFunction<Optional<String>> at) {
    if (full.isEmpty()) {
      return full;
    }
    for (int c = 0; c < FULL; c += 10) {
      Optional<String> f = at.apply(c);
      if (f.isPresent()) {
        return Optional.of("seed " + seed + ", complexity " + c + " (shrunk from 100): " + f.get());
      }
    }
    return Optional.of("seed " + seed + ", complexity 100: " + full.get());
  }
}
