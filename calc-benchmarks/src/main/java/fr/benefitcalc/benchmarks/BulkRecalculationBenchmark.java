package fr.benefitcalc.benchmarks;

import fr.benefitcalc.core.bulk.BulkRecalculation;
import fr.benefitcalc.core.bulk.Population;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The quarterly recalculation of one benefit for a whole columnar population (January 2025, law):
 * one invocation recomputes every household on {@code threads} worker threads into a {@code long[]}
 * of cents. Operations per invocation = households, so the score is household-benefit calculations
 * per second (divide by {@code threads} for a rate per core) and {@code gc.alloc.rate.norm} is bytes
 * per household.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class BulkRecalculationBenchmark {

  /** What every run shares: the benefit, the threads, the rule set. */
  @State(Scope.Benchmark)
  public static class Run {
    @Param({"AL", "RSA", "PA"})
    public Benefit benefit;

    @Param({"1", "2"})
    public int threads;

    BenefitRule rule;
    RuleSet law;
    int month;

    @Setup(Level.Trial)
    public void setUp() {
      Catalog catalog = StandardCatalog.create();
      rule = catalog.rule(benefit);
      law = catalog.ruleSet("law");
      month = Months.index(Populations.MONTH);
    }
  }

  /** A population, its recalculation engine and the array of results. */
  abstract static class Sized {
    BulkRecalculation bulk;
    long[] out;

    void build(int households, Run run) {
      Population population = Populations.calibrated(households, 1_000_003L);
      bulk = new BulkRecalculation(population, run.threads);
      out = new long[households];
    }

    long recalculate(Run run) {
      bulk.cents(run.rule, run.law, run.month, out);
      return out[out.length - 1];
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      bulk.close();
    }
  }

  /** 10^5 households. */
  @State(Scope.Benchmark)
  public static class Households100k extends Sized {
    @Setup(Level.Trial)
    public void setUp(Run run) {
      build(100_000, run);
    }
  }

  /** 10^6 households. */
  @State(Scope.Benchmark)
  public static class Households1M extends Sized {
    @Setup(Level.Trial)
    public void setUp(Run run) {
      build(1_000_000, run);
    }
  }

  /** Every household of 10^5 once. */
  @Benchmark
  @OperationsPerInvocation(100_000)
  public long households100k(Run run, Households100k population) {
    return population.recalculate(run);
  }

  /** Every household of 10^6 once. */
  @Benchmark
  @OperationsPerInvocation(1_000_000)
  public long households1M(Run run, Households1M population) {
    return population.recalculate(run);
  }
}
