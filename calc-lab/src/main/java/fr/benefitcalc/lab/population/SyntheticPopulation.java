package fr.benefitcalc.lab.population;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.testkit.generators.CorrectionModel;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import fr.benefitcalc.testkit.generators.PopulationShares;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The built-in synthetic population: households drawn by the testkit's calibrated generator
 * ({@link PopulationShares#calibrated()}, {@link CorrectionModel#typical()}; sources in
 * {@code docs/population.md}). Household {@code i} is drawn from its own random stream derived from
 * the seed, so a population is the same whatever the number of threads, and its first {@code n}
 * households are the same for every size.
 */
public final class SyntheticPopulation {
  private SyntheticPopulation() {}

  /** {@code size} households with resources over {@code first..last}, for {@code seed}. */
  public static Population generate(int size, long seed, YearMonth first, YearMonth last) {
    return generate(size, seed, HouseholdGenerator.calibrated(first, last));
  }

  /** {@code size} households from {@code generator}, for {@code seed}. */
  public static Population generate(int size, long seed, HouseholdGenerator generator) {
    if (size < 1) {
      throw new IllegalArgumentException("population size " + size + " must be at least 1");
    }
    Household[] households = new Household[size];
    IntStream.range(0, size).parallel().forEach(i ->
        households[i] = generator.next(new SplittableRandom(seed * 1_000_003L + i), 100, "h" + (i + 1)));
    List<Household> list = Arrays.asList(households);
    return new Population("synthetic, seed " + seed + ", " + size + " households (calibrated shares, typical late data)",
        list, generator.firstMonth(), generator.lastMonth());
  }
}
