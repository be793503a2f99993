package fr.benefitcalc.benchmarks.alternated.probe;

import fr.benefitcalc.benchmarks.BulkRecalculationBenchmark;
import fr.benefitcalc.benchmarks.alternated.Workload;
import fr.benefitcalc.core.rules.Benefit;

/**
 * {@code BulkRecalculationBenchmark.households100k} on one worker thread: the quarterly recalculation (January
 * 2025, law) of one benefit for the benchmark's 10^5 households, every household once per run. Needs of the jar:
 * {@code BulkRecalculationBenchmark} with its {@code Run} (public {@code benefit}, {@code threads}, {@code setUp}),
 * {@code Households100k} ({@code setUp}, {@code tearDown}, the field {@code out}) and {@code households100k}.
 */
public final class BulkProbe implements Workload {
  private final BulkRecalculationBenchmark benchmark = new BulkRecalculationBenchmark();
  private final BulkRecalculationBenchmark.Run run = new BulkRecalculationBenchmark.Run();
  private final BulkRecalculationBenchmark.Households100k population =
      new BulkRecalculationBenchmark.Households100k();
  private final long[] out;

  /** @param benefit {@code AL}, {@code RSA} or {@code PA} */
  public BulkProbe(String benefit) {
    run.benefit = Benefit.valueOf(benefit);
    run.threads = 1;
    run.setUp();
    population.setUp(run);
    out = (long[]) Probes.field(population, "out");
  }

  @Override
  public int households() {
    return out.length;
  }

  @Override
  public long run() {
    return benchmark.households100k(run, population);
  }

  @Override
  public String digest() {
    run();
    Probes.Digest d = new Probes.Digest();
    for (long cents : out) {
      d.number(cents);
    }
    return d.hex();
  }

  @Override
  public void close() {
    population.tearDown();
  }
}
