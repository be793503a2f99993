package fr.benefitcalc.lab.population;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.Situations;
import fr.benefitcalc.testkit.generators.CorrectionModel;
import fr.benefitcalc.testkit.generators.EntriesAndExits;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import fr.benefitcalc.testkit.generators.PopulationShares;
import fr.benefitcalc.testkit.generators.SituationChangeModel;
import fr.benefitcalc.testkit.generators.SituationErrors;
import fr.benefitcalc.testkit.generators.TimelineCase;
import fr.benefitcalc.testkit.generators.TimelineCaseGenerator;
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
    return forComparison(size, seed, first, last, java.util.function.UnaryOperator.identity());
  }

  /**
   * As {@link #forComparison(int, long, YearMonth, YearMonth)}, the calibrated generator changed by {@code change}
   * (e.g. one assumption varied, {@code fr.benefitcalc.lab.compare.Sensitivity}).
   */
  public static Population forComparison(int size, long seed, YearMonth first, YearMonth last,
      java.util.function.UnaryOperator<HouseholdGenerator> change) {
    return forComparison(size, seed, first, last, change, java.util.function.UnaryOperator.identity());
  }

  /**
   * As {@link #forComparison(int, long, YearMonth, YearMonth)}, the calibrated generator changed by {@code change}
   * and the calibrated situation and processing errors by {@code errors} (e.g. one assumption varied,
   * {@code fr.benefitcalc.lab.compare.Sensitivity}).
   */
  public static Population forComparison(int size, long seed, YearMonth first, YearMonth last,
      java.util.function.UnaryOperator<HouseholdGenerator> change, java.util.function.UnaryOperator<SituationErrors> errors) {
    if (size < 1) {
      throw new IllegalArgumentException("population size " + size + " must be at least 1");
    }
    TimelineCaseGenerator cases = comparisonCases(first, last, change, errors);
    return new Population("synthetic, seed " + seed + ", " + size + " households (calibrated shares, typical late data,"
        + " dated births, separations, moves and couples formed, learnt late or by controls; rents declared wrong;"
        + " agents' input errors; entries and exits)", new Drawn(size, seed, cases.households(), cases,
        EntriesAndExits.calibrated()), cases.households().firstMonth(), cases.households().lastMonth());
  }

  /**
   * The generator of the households {@link #forComparison} draws for months of right {@code first..last} (each
   * household {@code i} of seed {@code seed} is {@code next(new SplittableRandom(seed * 1_000_003L + i), 100,
   * "h" + (i + 1))}): the calibrated households changed by {@code change}, with the calibrated situation changes,
   * and the calibrated situation and processing errors changed by {@code errors}.
   */
  public static TimelineCaseGenerator comparisonCases(YearMonth first, YearMonth last,
      java.util.function.UnaryOperator<HouseholdGenerator> change, java.util.function.UnaryOperator<SituationErrors> errors) {
    return TimelineCaseGenerator.of(change.apply(HouseholdGenerator.calibrated(first, last)), MonthRange.of(first, last))
        .withSituationChanges(SituationChangeModel.calibrated()).withSituationErrors(errors.apply(SituationErrors.calibrated()));
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
        new Drawn(size, seed, generator, null, EntriesAndExits.none()), generator.firstMonth(), generator.lastMonth());
  }

  /** The households of a synthetic population, each drawn when read (immutable, thread-safe). */
  static final class Drawn extends AbstractList<Household> implements RandomAccess {
    private final int size;
    private final long seed;
    private final HouseholdGenerator generator;
    /** The generator of dated situation changes, or null: each household keeps its situation. */
    private final TimelineCaseGenerator cases;
    /** Entries into and exits from the files, drawn from each household's own stream. */
    private final EntriesAndExits entries;

    Drawn(int size, long seed, HouseholdGenerator generator, TimelineCaseGenerator cases, EntriesAndExits entries) {
      this.size = size;
      this.seed = seed;
      this.generator = generator;
      this.cases = cases;
      this.entries = entries;
    }

    /** The months of {@code span} in which household {@code i} is in the files ({@link EntriesAndExits#presence}). */
    MonthRange presence(int i, MonthRange span) {
      check(i);
      return entries.presence(seed * 1_000_003L + i, span);
    }

    /** Household {@code i} as it is in the first month (its situation, with its changes: {@link #situations}). */
    @Override
    public Household get(int i) {
      return cases == null ? draw(i) : drawCase(i).initial();
    }

    /**
     * The months household {@code i} is in the files, over the months of right the population was drawn for (in every
     * month when it was not drawn for a comparison): its first month when it enters after the first, its last when it
     * leaves before the last.
     */
    MonthsInFiles inFiles(int i) {
      if (cases == null) {
        check(i);
        return MonthsInFiles.ALWAYS;
      }
      MonthRange span = cases.span();
      MonthRange in = presence(i, span);
      return new MonthsInFiles(java.util.Optional.of(in.first()).filter(m -> m.isAfter(span.first())),
          java.util.Optional.of(in.last()).filter(m -> m.isBefore(span.last())));
    }

    /**
     * Household {@code i} with its dated situations, drawn again at each call (the same every time); over the months
     * of right it was drawn for, or the generator's months.
     */
    TimelineCase timelineCase(int i) {
      return cases == null ? TimelineCase.of(draw(i), MonthRange.of(generator.firstMonth(), generator.lastMonth()))
          : drawCase(i);
    }

    /** Household {@code i}'s situations over the months, drawn again at each call (the same every time). */
    Situations situations(int i) {
      return cases == null ? Situations.of(draw(i)) : drawCase(i).situations();
    }

    private Household draw(int i) {
      check(i);
      return generator.next(new SplittableRandom(seed * 1_000_003L + i), 100, "h" + (i + 1));
    }

    private TimelineCase drawCase(int i) {
      check(i);
      return cases.next(new SplittableRandom(seed * 1_000_003L + i), 100, "h" + (i + 1));
    }

    private void check(int i) {
      if (i < 0 || i >= size) {
        throw new IndexOutOfBoundsException("household " + i + " not in 0.." + (size - 1));
      }
    }

    @Override
    public int size() {
      return size;
    }
  }
}
