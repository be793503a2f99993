package fr.benefitcalc.benchmarks;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.compare.HouseholdComparison;
import fr.benefitcalc.lab.population.SyntheticPopulation;
import fr.benefitcalc.lab.scenario.ScenarioCatalog;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * What {@code compare} spends its time in: one household of the default comparison's synthetic
 * population (2024-01..2025-12, seed 1) under the six default scenarios (S1, S2, S3, S4, S7, S8),
 * amounts only ({@link HouseholdComparison#compute}), on one thread. Operations per invocation =
 * households: the score is households per second (each under six scenarios), {@code gc.alloc.rate.norm}
 * bytes per household.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CompareBenchmark {
  static final int HOUSEHOLDS = 500;

  private List<Household> households;
  private HouseholdComparison comparison;

  @Setup(Level.Trial)
  public void setUp() {
    Catalog catalog = StandardCatalog.create();
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    for (Benefit b : Benefit.values()) {
      rules.put(b, catalog.rule(b));
    }
    MonthRange span = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));
    comparison = new HouseholdComparison(rules, new ScenarioCatalog(catalog).defaultComparison(), span, 0);
    households = SyntheticPopulation.generate(HOUSEHOLDS, 1, YearMonth.of(2022, 1), YearMonth.of(2025, 12))
        .households();
  }

  /** Every household under the six scenarios once. */
  @Benchmark
  @OperationsPerInvocation(HOUSEHOLDS)
  public long sixScenarios() {
    long n = 0;
    int i = 0;
    for (Household h : households) {
      n += comparison.compute(h, i++).householdId().length();
    }
    return n;
  }
}
