package fr.benefitcalc.benchmarks;

import fr.benefitcalc.benchmarks.alternated.probe.CompareProbe;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.lab.compare.BenefitMetrics;
import fr.benefitcalc.lab.population.Population;
import fr.benefitcalc.lab.population.SyntheticPopulation;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What {@code compare} spends its time in, household by household, as {@code Comparison} does it: household
 * {@code i} of the default comparison's synthetic population ({@link SyntheticPopulation#forComparison}: months of
 * right 2024-01..2025-12, seed 1, with its dated situation changes, errors held, entries and exits) drawn, computed
 * under the six default scenarios (S1, S2, S3, S4, S7, S8; amounts only, as {@code compare} computes 99 % of its
 * households) and added to each scenario's metrics ({@link BenefitMetrics}), on one thread. Operations per invocation
 * = households: the score is households per second (each under six scenarios), {@code gc.alloc.rate.norm} bytes per
 * household.
 *
 * <p>Each invocation draws its households again, as {@code compare} does: a household's {@code Situations} keep the
 * timelines and evaluations computed on them for the next scenarios, so a household computed twice would measure
 * less than the comparison's work. {@link #drawing} is the drawing alone, to tell the two apart.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CompareBenchmark {
  static final int HOUSEHOLDS = CompareProbe.HOUSEHOLDS;

  /** The unit itself, written once for this benchmark and {@code AlternatedJars compare}. */
  private CompareProbe unit;
  private Population population;
  private MonthRange span;

  @Setup(Level.Trial)
  public void setUp() {
    unit = new CompareProbe("");
    span = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));
    population = SyntheticPopulation.forComparison(HOUSEHOLDS, 1, span.first(), span.last());
  }

  /** Every household drawn, under the six scenarios, into the metrics: the comparison's unit. */
  @Benchmark
  @OperationsPerInvocation(HOUSEHOLDS)
  public long sixScenarios() {
    return unit.run();
  }

  /** Every household drawn only (its situations and months in the files): the drawing's part of the unit. */
  @Benchmark
  @OperationsPerInvocation(HOUSEHOLDS)
  public long drawing() {
    long n = 0;
    for (int i = 0; i < HOUSEHOLDS; i++) {
      n += population.situations(i).initial().id().length() + population.presence(i, span).length();
    }
    return n;
  }
}
