package fr.benefitcalc.core.bulk;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.MonthAmount;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.trace.Trace;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Recomputes one benefit for every household of a {@link Population} in a month of recalculation
 * (e.g. the first month of a quarter), in parallel, the amounts going to a {@code long[]} of cents
 * indexed like the population. It asks the rule once per run for its amount of the month
 * ({@link BenefitRule#ofMonth}: the rule set's options and the month's parameters looked up once), then
 * calls it for each household with {@link Trace#off()}: the very formulas of the explained
 * single-household path ({@link BenefitRule#amount}), allocation-free.
 *
 * <p>The work is split into chunks of {@value #CHUNK} households claimed by a fixed set of worker
 * threads, each with its own {@link PopulationCursor}: in the steady state nothing is allocated per
 * household (a run allocates a few objects to hand the work out).
 *
 * <pre>{@code
 * try (BulkRecalculation bulk = new BulkRecalculation(population, Runtime.getRuntime().availableProcessors())) {
 *   long[] al = bulk.cents(new HousingBenefit(), law, YearMonth.of(2025, 1));
 * }
 * }</pre>
 */
public final class BulkRecalculation implements AutoCloseable {
  /** Households per unit of work. */
  public static final int CHUNK = 512;

  private final Population population;
  private final ExecutorService executor;
  private final List<Worker> workers = new ArrayList<>();
  private final AtomicInteger nextChunk = new AtomicInteger();
  // the run in progress, published to the workers by the executor's hand-over
  private MonthAmount amount;
  private long[] out;

  /** A recalculation of {@code population} on {@code threads} worker threads. */
  public BulkRecalculation(Population population, int threads) {
    this.population = Objects.requireNonNull(population, "population");
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " must be at least 1");
    }
    this.executor = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "bulk-recalculation");
      t.setDaemon(true);
      return t;
    });
    for (int i = 0; i < threads; i++) {
      workers.add(new Worker(population.cursor()));
    }
  }

  /** The amounts of {@code month} in cents, one per household. */
  public long[] cents(BenefitRule rule, RuleSet ruleSet, YearMonth month) {
    long[] result = new long[population.size()];
    cents(rule, ruleSet, Months.index(month), result);
    return result;
  }

  /**
   * Fills {@code result} with the amounts in cents of the month of index {@code monthIndex}, one per
   * household (index like the population).
   *
   * @throws BulkCalculationException naming the household whose computation failed
   * @throws fr.benefitcalc.core.parameters.ParameterOutOfRangeException when a parameter the rule reads has no
   *     value in the month (before any household is computed)
   */
  public synchronized void cents(BenefitRule rule, RuleSet ruleSet, int monthIndex, long[] result) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(ruleSet, "ruleSet");
    if (result.length != population.size()) {
      throw new IllegalArgumentException("result has " + result.length + " places for " + population.size()
          + " households");
    }
    this.amount = rule.ofMonth(monthIndex, ruleSet);
    this.out = result;
    nextChunk.set(0);
    try {
      for (Future<Void> f : executor.invokeAll(workers)) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("bulk recalculation interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof BulkCalculationException b) {
        throw b;
      }
      throw new IllegalStateException("bulk recalculation failed", e.getCause());
    } finally {
      this.amount = null;
      this.out = null;
    }
  }

  /** Stops the worker threads. */
  @Override
  public void close() {
    executor.shutdownNow();
  }

  private final class Worker implements Callable<Void> {
    private final PopulationCursor cursor;

    Worker(PopulationCursor cursor) {
      this.cursor = cursor;
    }

    @Override
    public Void call() {
      MonthAmount a = amount;
      long[] o = out;
      int n = population.size();
      int chunks = (n + CHUNK - 1) / CHUNK;
      Trace off = Trace.off();
      for (int chunk = nextChunk.getAndIncrement(); chunk < chunks; chunk = nextChunk.getAndIncrement()) {
        int end = Math.min(n, (chunk + 1) * CHUNK);
        for (int i = chunk * CHUNK; i < end; i++) {
          cursor.at(i);
          try {
            o[i] = a.amount(cursor, cursor, off) / Fixed.CENT;
          } catch (RuntimeException e) {
            nextChunk.set(chunks); // the others stop at their next chunk
            throw new BulkCalculationException(i, cursor.household().id(), e);
          }
        }
      }
      return null;
    }
  }
}
