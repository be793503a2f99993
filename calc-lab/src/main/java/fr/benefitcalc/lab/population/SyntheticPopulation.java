package fr.benefitcalc.lab.population;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.testkit.generators.CorrectionModel;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import fr.benefitcalc.testkit.generators.PopulationShares;
import java.time.YearMonth;
import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.SplittableRandom;

/**
 * The built-in synthetic population: households drawn by the testkit's calibrated generator
 * ({@link PopulationShares#calibrated()}, {@link CorrectionModel#typical()}; sources in
 * {@code docs/population.md}). Household {@code i} is drawn from its own random stream derived from
 * the seed, so a population is the same whatever the number of threads, and its first {@code n}
 * households are the same for every size.
 *
 * <p>The households are drawn on demand, not kept: {@code households().get(i)} draws household
 * {@code i} again at each call (the same value every time), so that a comparison can stream a
 * population of millions of households through its scenarios without holding it (a household with
 * its resource history is tens of kilobytes). Read each household once where it matters.
 */
public final class SyntheticPopulation {
  private SyntheticPopulation() {}

  /**
   * The population {@code compare} runs on for months of right {@code first..last}: {@code size}
   * households with resources from January two years before {@code first} (the reference windows of
   * the first decisions) to {@code last}.
   */
  public static Population forComparison(int size, long seed, YearMonth first, YearMonth last) {
    return generate(size, seed, YearMonth.of(first.getYear() - 2, 1), last);
  }

  /**
   * As {@link #forComparison(int, long, YearMonth, YearMonth)}, the calibrated generator changed by {@code change}
   * (e.g. one assumption varied, {@code fr.benefitcalc.lab.compare.Sensitivity}).
   */
  public static Population forComparison(int size, long seed, YearMonth first, YearMonth last,
      java.util.function.UnaryOperator<HouseholdGenerator> change) {
    return generate(size, seed, change.apply(HouseholdGenerator.calibrated(YearMonth.of(first.getYear() - 2, 1), last)));
  }

  /** {@code size} households with resources over {@code first..last}, for {@code seed}. */
  public static Population generate(int size, long seed, YearMonth first, YearMonth last) {
    return generate(size, seed, HouseholdGenerator.calibrated(first, last));
  }

  /** {@code size} households from {@code generator}, for {@code seed}. */
  public static Population generate(int size, long seed, HouseholdGenerator generator) {
    if (size < 1) {
      throw new IllegalArgumentException("population size " + size + " must be at least 1");
    }
    return new Population("synthetic, seed " + seed + ", " + size + " households (calibrated shares, typical late data)",
        new Drawn(size, seed, generator), generator.firstMonth(), generator.lastMonth());
  }

  /** The households of a synthetic population, each drawn when read (immutable, thread-safe). */
  static final class Drawn extends AbstractList<Household> implements RandomAccess {
    private final int size;
    private final long seed;
    private final HouseholdGenerator generator;

    Drawn(int size, long seed, HouseholdGenerator generator) {
      this.size = size;
      this.seed = seed;
      this.generator = generator;
    }

    @Override
    public Household get(int i) {
      if (i < 0 || i >= size) {
        throw new IndexOutOfBoundsException("household " + i + " not in 0.." + (size - 1));
      }
      return generator.next(new SplittableRandom(seed * 1_000_003L + i), 100, "h" + (i + 1));
    }

    @Override
    public int size() {
      return size;
    }
  }
}
