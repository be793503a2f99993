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
import java.util.function.Consumer;

/**
 * Runs several scenarios over the same households and the same data (with their late values and
 * corrections), through the decision timeline, and accumulates the metrics of each scenario and the
 * net amount each household received. The engine never knows which benefit it runs: it takes the
 * rules as a map. A household whose computation fails is counted and reported with its error, never
 * dropped silently.
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

  /** Runs the comparison. */
  public static ComparisonResult run(Population population, Map<Benefit, BenefitRule> rules, Settings settings) {
    List<Household> hs = population.households();
    int n = hs.size();
    int[] types = new int[n];
    int[] bands = new int[n];
    for (int i = 0; i < n; i++) {
      types[i] = HouseholdGroups.type(hs.get(i));
      bands[i] = HouseholdGroups.incomeBand(hs.get(i), settings.span());
    }
    List<ScenarioOutcome> outcomes = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
      Thread t = new Thread(r, "comparison");
      t.setDaemon(true);
      return t;
    });
    try {
      int index = 0;
      for (Scenario scenario : settings.scenarios()) {
        index++;
        outcomes.add(runScenario(population, rules, settings, scenario, index, pool));
      }
    } finally {
      pool.shutdownNow();
    }
    return new ComparisonResult(population.description(), settings.span(), outcomes, types, bands,
        hs.stream().map(Household::id).toList());
  }

  private static ScenarioOutcome runScenario(Population population, Map<Benefit, BenefitRule> rules, Settings settings,
      Scenario scenario, int index, ExecutorService pool) {
    List<Household> hs = population.households();
    int n = hs.size();
    Map<Benefit, BenefitRule> used = new EnumMap<>(Benefit.class);
    rules.forEach((b, r) -> {
      if (scenario.ruleSet().defines(b)) {
        used.put(b, r);
      }
    });
    Benefit[] benefits = used.keySet().toArray(new Benefit[0]);
    long[][] net = new long[benefits.length][n];
    long[][] paid = new long[benefits.length][n];
    List<HouseholdError> errors = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger done = new AtomicInteger();
    long start = System.nanoTime();
    List<Future<Map<Benefit, BenefitMetrics>>> futures = new ArrayList<>();
    for (int from = 0; from < n; from += CHUNK) {
      int lo = from;
      int hi = Math.min(n, from + CHUNK);
      futures.add(pool.submit(() -> {
        Map<Benefit, BenefitMetrics> local = new EnumMap<>(Benefit.class);
        for (Benefit b : benefits) {
          local.put(b, new BenefitMetrics());
        }
        for (int i = lo; i < hi; i++) {
          Household h = hs.get(i);
          try {
            TimelineResult r = DecisionTimeline.compute(Situations.of(h), used, scenario.ruleSet(), settings.span(),
                i < settings.explainedSample() ? DecisionTimeline.Detail.EXPLAINED : DecisionTimeline.Detail.AMOUNTS);
            for (int k = 0; k < benefits.length; k++) {
              BenefitTimeline t = r.of(benefits[k]);
              local.get(benefits[k]).add(t, settings.span());
              paid[k][i] = t.paid().total();
              net[k][i] = t.paid().total() + t.appliedIndus() + t.appliedRappels();
            }
          } catch (RuntimeException e) {
            errors.add(new HouseholdError(h.id(), scenario.name(), e.getMessage() == null ? e.toString() : e.getMessage()));
          }
        }
        int d = done.addAndGet(hi - lo);
        if ((d / CHUNK) % 20 == 0 || d == n) {
          settings.progress().accept(String.format("%s %s (%d/%d): %d/%d households", scenario.id(), scenario.name(),
              index, settings.scenarios().size(), d, n));
        }
        return local;
      }));
    }
    Map<Benefit, BenefitMetrics> metrics = new EnumMap<>(Benefit.class);
    for (Benefit b : benefits) {
      metrics.put(b, new BenefitMetrics());
    }
    for (Future<Map<Benefit, BenefitMetrics>> f : futures) {
      try {
        f.get().forEach((b, m) -> metrics.get(b).merge(m));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("comparison interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("comparison failed: " + e.getCause(), e.getCause());
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    List<HouseholdError> sorted = new ArrayList<>(errors);
    sorted.sort((a, b) -> a.householdId().compareTo(b.householdId()));
    return new ScenarioOutcome(scenario, List.of(benefits), metrics, net, paid, sorted, millis);
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
