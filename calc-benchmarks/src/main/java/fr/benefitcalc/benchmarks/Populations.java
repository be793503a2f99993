package fr.benefitcalc.benchmarks;

import fr.benefitcalc.core.bulk.Population;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import java.time.YearMonth;
import java.util.SplittableRandom;

/** The populations the benchmarks run on, drawn from the test kit's calibrated generator. */
final class Populations {
  /** Two years of monthly resources before the recalculation of January 2025. */
  static final YearMonth FIRST = YearMonth.of(2023, 1);
  static final YearMonth LAST = YearMonth.of(2024, 12);
  /** The month recomputed: the first month of a quarter. */
  static final YearMonth MONTH = YearMonth.of(2025, 1);

  private Populations() {}

  /**
   * {@code size} households of the calibrated population (CAF recipients' shares, late data and
   * corrections of the typical model) with two years of resources, as finally known, in columns.
   */
  static Population calibrated(int size, long seed) {
    HouseholdGenerator generator = HouseholdGenerator.calibrated(FIRST, LAST);
    SplittableRandom rng = new SplittableRandom(seed);
    Population.Builder builder = Population.builder(MonthRange.of(FIRST, LAST));
    for (int i = 0; i < size; i++) {
      builder.add(generator.next(rng, 100, "h" + i));
    }
    return builder.build();
  }
}
