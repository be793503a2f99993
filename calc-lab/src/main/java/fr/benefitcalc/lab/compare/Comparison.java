package fr.benefitcalc.lab.compare;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.BenefitTimeline;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.core.timeline.Situations;
import fr.benefitcalc.core.timeline.TimelineResult;
import fr.benefitcalc.lab.population.HouseholdGroups;
import fr.benefitcalc.lab.population.Population;
import fr.benefitcalc.lab.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs several scenarios over the same households and the same data (with their late values and
 * corrections), through the decision timeline, and accumulates the metrics of each scenario and the
 * net amount each household received. The engine never knows which benefit it runs: it takes the
 * rules as a map. A household whose computation fails under any scenario is excluded from the totals of
 * every scenario (so that no difference between scenarios is made of errors) and reported with its error,
 * never dropped silently.
 */
public final class Comparison {
  private static final int CHUNK = 500;

  private Comparison() {}

  /**
   * What to run.
   *
   * @param scenarios the scenarios; the first is the baseline
   * @param span the months of right computed
   * @param explainedSample how many households (the first ones) are computed with explanations, for the
   *     share of changes explained by a single cause
   * @param threads worker threads
   * @param progress called with a line of progress now and then (e.g. to print on standard error)
   */
  public record Settings(List<Scenario> scenarios, MonthRange span, int explainedSample, int threads,
      Consumer<String> progress) {
    public Settings {
      scenarios = List.copyOf(scenarios);
      if (scenarios.isEmpty()) {
        throw new IllegalArgumentException("a comparison needs at least one scenario");
      }
      Objects.requireNonNull(span, "span");
      if (threads < 1) {
        throw new IllegalArgumentException("threads " + threads + " must be at least 1");
      }
      Objects.requireNonNull(progress, "progress");
    }
  }

  /**
   * Runs the comparison. The households are streamed through the scenarios: each chunk of
   * {@value #CHUNK} households is read once (a synthetic population draws them then) and computed
   * under every scenario before the next, so that no household is kept beyond its chunk; only the
   * metrics and a few numbers per household and scenario remain (ids, groups, net and paid amounts).
   */
  public static ComparisonResult run(Population population, Map<Benefit, BenefitRule> rules, Settings settings) {
    List<Household> hs = population.households();
    int n = hs.size();
    List<Scenario> scenarios = settings.scenarios();
    int count = scenarios.size();
    int[] types = new int[n];
    int[] bands = new int[n];
    String[] ids = new String[n];
    boolean[] excluded = new boolean[n];
    Run[] runs = new Run[count];
    for (int s = 0; s < count; s++) {
      runs[s] = new Run(scenarios.get(s), rules, n);
    }
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
      Thread t = new Thread(r, "comparison");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger done = new AtomicInteger();
    List<Future<BenefitMetrics[][]>> futures = new ArrayList<>();
    try {
      for (int from = 0; from < n; from += CHUNK) {
        int lo = from;
        int hi = Math.min(n, from + CHUNK);
        futures.add(pool.submit(() -> {
          BenefitMetrics[][] local = new BenefitMetrics[count][];
          for (int s = 0; s < count; s++) {
            local[s] = runs[s].newMetrics();
          }
          for (int i = lo; i < hi; i++) {
            Household h = hs.get(i);
            ids[i] = h.id();
            types[i] = HouseholdGroups.type(h);
            bands[i] = HouseholdGroups.incomeBand(h, settings.span());
            // every scenario first: a household in error under one of them is excluded from every total
            TimelineResult[] results = new TimelineResult[count];
            boolean computed = true;
            for (int s = 0; s < count; s++) {
              results[s] = runs[s].compute(h, i, settings);
              computed &= results[s] != null;
            }
            if (computed) {
              for (int s = 0; s < count; s++) {
                runs[s].add(results[s], i, settings, local[s]);
              }
            } else {
              excluded[i] = true;
            }
          }
          int d = done.addAndGet(hi - lo);
          if ((d / CHUNK) % 20 == 0 || d == n) {
            settings.progress().accept(String.format("%d scenarios: %d/%d households", count, d, n));
          }
          return local;
        }));
      }
      for (Future<BenefitMetrics[][]> f : futures) {
        BenefitMetrics[][] local = f.get();
        for (int s = 0; s < count; s++) {
          runs[s].merge(local[s]);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("comparison interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("comparison failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    List<ScenarioOutcome> outcomes = new ArrayList<>();
    for (Run run : runs) {
      outcomes.add(run.outcome(settings.threads()));
    }
    Map<String, StringBuilder> reasons = new java.util.HashMap<>();
    for (ScenarioOutcome o : outcomes) {
      for (HouseholdError e : o.errors()) {
        StringBuilder r = reasons.computeIfAbsent(e.householdId(), k -> new StringBuilder("error: "));
        r.append(r.length() == "error: ".length() ? "" : "; ").append(o.scenario().id()).append(": ").append(e.error());
      }
    }
    Map<Integer, String> exclusions = new java.util.TreeMap<>();
    for (int i = 0; i < n; i++) {
      if (excluded[i]) {
        exclusions.put(i, reasons.getOrDefault(ids[i], new StringBuilder("error")).toString());
      }
    }
    return new ComparisonResult(population.description(), settings.span(), outcomes, types, bands, List.of(ids),
        exclusions, Map.of());
  }

  /** One scenario's part of a comparison: its rules, the amounts of each household, its errors and its time. */
  private static final class Run {
    private final Scenario scenario;
    private final Map<Benefit, BenefitRule> used = new EnumMap<>(Benefit.class);
    private final Benefit[] benefits;
    private final long[][] net;
    private final long[][] paid;
    private final List<HouseholdError> errors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong nanos = new AtomicLong();
    private final BenefitMetrics[] metrics;

    Run(Scenario scenario, Map<Benefit, BenefitRule> rules, int n) {
      this.scenario = scenario;
      rules.forEach((b, r) -> {
        if (scenario.ruleSet().defines(b)) {
          used.put(b, r);
        }
      });
      benefits = used.keySet().toArray(new Benefit[0]);
      net = new long[benefits.length][n];
      paid = new long[benefits.length][n];
      metrics = newMetrics();
    }

    BenefitMetrics[] newMetrics() {
      BenefitMetrics[] m = new BenefitMetrics[benefits.length];
      for (int k = 0; k < m.length; k++) {
        m[k] = new BenefitMetrics();
      }
      return m;
    }

    /** Household {@code i}'s timelines under this scenario, or {@code null} with its error recorded. */
    TimelineResult compute(Household h, int i, Settings settings) {
      long start = System.nanoTime();
      try {
        return DecisionTimeline.compute(Situations.of(h), used, scenario.ruleSet(), settings.span(),
            i < settings.explainedSample() ? DecisionTimeline.Detail.EXPLAINED : DecisionTimeline.Detail.AMOUNTS);
      } catch (RuntimeException e) {
        errors.add(new HouseholdError(h.id(), scenario.name(), e.getMessage() == null ? e.toString() : e.getMessage()));
        return null;
      } finally {
        nanos.addAndGet(System.nanoTime() - start);
      }
    }

    /** Household {@code i}'s timelines under this scenario, added to {@code local} and to its amounts. */
    void add(TimelineResult r, int i, Settings settings, BenefitMetrics[] local) {
      for (int k = 0; k < benefits.length; k++) {
        BenefitTimeline t = r.of(benefits[k]);
        local[k].add(t, settings.span());
        paid[k][i] = t.paid().total();
        net[k][i] = Math.addExact(Math.addExact(t.paid().total(), t.appliedIndus()), t.appliedRappels());
      }
    }

    /** Adds a chunk's metrics (in chunk order: the sums are exact, so the order does not change them). */
    void merge(BenefitMetrics[] local) {
      for (int k = 0; k < benefits.length; k++) {
        metrics[k].merge(local[k]);
      }
    }

    /** The outcome; its time is the workers' time in this scenario divided by their number. */
    ScenarioOutcome outcome(int threads) {
      Map<Benefit, BenefitMetrics> byBenefit = new EnumMap<>(Benefit.class);
      for (int k = 0; k < benefits.length; k++) {
        byBenefit.put(benefits[k], metrics[k]);
      }
      List<HouseholdError> sorted = new ArrayList<>(errors);
      sorted.sort((a, b) -> a.householdId().compareTo(b.householdId()));
      return new ScenarioOutcome(scenario, List.of(benefits), byBenefit, net, paid, sorted,
          nanos.get() / 1_000_000 / threads);
    }
  }

  /**
   * A household that could not be computed under a scenario.
   *
   * @param householdId the household
   * @param scenario the scenario's name
   * @param error the error
   */
  public record HouseholdError(String householdId, String scenario, String error) {}
}
