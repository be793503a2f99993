package fr.benefitcalc.benchmarks;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.core.timeline.Situations;
import fr.benefitcalc.core.timeline.TimelineResult;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The decision timeline ({@link DecisionTimeline}, detail {@code AMOUNTS}) of AL, RSA and prime
 * d'activité together over three years (2023-01..2025-12, law: quarterly decisions, reopenings by
 * late data and corrections, regularisations, the AL feeding the RSA / PA forfait logement), for
 * {@value #HOUSEHOLDS} households of the calibrated population with the typical corrections, in
 * parallel on {@code threads} threads. Operations per invocation = households: the score is
 * households per second (all three benefits), {@code gc.alloc.rate.norm} bytes per household.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class TimelineBenchmark {
  static final int HOUSEHOLDS = 2_000;
  private static final int CHUNK = 50;

  @Param({"1", "2"})
  public int threads;

  private Household[] households;
  private Map<Benefit, BenefitRule> rules;
  private RuleSet law;
  private MonthRange span;
  private DecisionTimeline.Prepared prepared;
  private ExecutorService executor;
  private final AtomicInteger nextChunk = new AtomicInteger();
  private List<Callable<Long>> workers;

  @Setup(Level.Trial)
  public void setUp() {
    Catalog catalog = StandardCatalog.create();
    rules = new EnumMap<>(Benefit.class);
    for (Benefit b : Benefit.values()) {
      rules.put(b, catalog.rule(b));
    }
    law = catalog.ruleSet("law");
    span = MonthRange.of(YearMonth.of(2023, 1), YearMonth.of(2025, 12));
    prepared = DecisionTimeline.prepare(rules, law, span);
    // resources from M-14 of the first decision (the AL reads M-13..M-2) to the end of the span
    HouseholdGenerator generator = HouseholdGenerator.calibrated(YearMonth.of(2021, 11), YearMonth.of(2025, 12));
    SplittableRandom rng = new SplittableRandom(2023_01L);
    households = new Household[HOUSEHOLDS];
    for (int i = 0; i < HOUSEHOLDS; i++) {
      households[i] = generator.next(rng, 100, "h" + i);
    }
    executor = Executors.newFixedThreadPool(threads);
    workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(this::work);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    executor.shutdownNow();
  }

  private long work() {
    long regularisations = 0;
    for (int c = nextChunk.getAndIncrement(); c * CHUNK < HOUSEHOLDS; c = nextChunk.getAndIncrement()) {
      for (int i = c * CHUNK; i < Math.min(HOUSEHOLDS, (c + 1) * CHUNK); i++) {
        TimelineResult r = prepared.compute(Situations.of(households[i]), DecisionTimeline.Detail.AMOUNTS);
        regularisations += r.of(Benefit.AL).regularisations().size() + r.of(Benefit.PA).regularisations().size();
      }
    }
    return regularisations;
  }

  /** Every household's three-year timeline once. */
  @Benchmark
  @OperationsPerInvocation(HOUSEHOLDS)
  public long threeYearsWithCorrections() throws Exception {
    nextChunk.set(0);
    long total = 0;
    for (Future<Long> f : executor.invokeAll(workers)) {
      total += f.get();
    }
    return total;
  }
}
