package fr.benefitcalc.lab.compare;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.lab.population.HouseholdGroups;
import fr.benefitcalc.lab.population.HouseholdProfile;
import fr.benefitcalc.lab.population.Population;
import fr.benefitcalc.lab.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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
    HouseholdComparison engine = new HouseholdComparison(rules, settings.scenarios(), settings.span(),
        settings.explainedSample());
    int count = settings.scenarios().size();
    int[] types = new int[n];
    int[] bands = new int[n];
    String[] ids = new String[n];
    String[] exclusions = new String[n];
    HouseholdProfile[] profiles = new HouseholdProfile[n];
    Run[] runs = new Run[count];
    for (int s = 0; s < count; s++) {
      runs[s] = new Run(engine, s, n);
    }
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
      Thread t = new Thread(r, "comparison");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger done = new AtomicInteger();
    List<Future<Run.Part[]>> futures = new ArrayList<>();
    try {
      for (int from = 0; from < n; from += CHUNK) {
        int lo = from;
        int hi = Math.min(n, from + CHUNK);
        futures.add(pool.submit(() -> {
          Run.Part[] local = new Run.Part[count];
          for (int s = 0; s < count; s++) {
            local[s] = runs[s].newPart();
          }
          for (int i = lo; i < hi; i++) {
            HouseholdComparison.Outcome o = engine.compute(population.situations(i),
                population.presence(i, engine.span()), i);
            ids[i] = o.householdId();
            types[i] = o.type();
            bands[i] = o.band();
            exclusions[i] = o.exclusion().orElse(null);
            profiles[i] = o.profile();
            for (int s = 0; s < count; s++) {
              runs[s].add(o, i, local[s]);
            }
          }
          int d = done.addAndGet(hi - lo);
          if ((d / CHUNK) % 20 == 0 || d == n) {
            settings.progress().accept(String.format("%d scenarios: %d/%d households", count, d, n));
          }
          return local;
        }));
      }
      for (Future<Run.Part[]> f : futures) {
        Run.Part[] local = f.get();
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
    Map<Integer, String> excluded = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      if (exclusions[i] != null) {
        excluded.put(i, exclusions[i]);
      }
    }
    return new ComparisonResult(population.description(), settings.span(), outcomes, types, bands, List.of(ids), n,
        excluded, Map.of(), List.of(profiles));
  }

  /** One scenario's part of a comparison: the amounts of each household, its metrics, errors and time. */
  private static final class Run {
    private final HouseholdComparison engine;
    private final int s;
    private final List<Benefit> benefits;
    private final long[][] net;
    private final long[][] paid;
    private final List<HouseholdError> errors = Collections.synchronizedList(new ArrayList<>());
    private final Part total;

    /** What a chunk of households adds to a scenario. */
    private static final class Part {
      final BenefitMetrics[] metrics;
      final GroupTally byType = new GroupTally(HouseholdGroups.TYPES);
      final GroupTally byBand = new GroupTally(HouseholdGroups.BANDS);
      long nanos;

      Part(int benefits) {
        metrics = new BenefitMetrics[benefits];
        for (int k = 0; k < benefits; k++) {
          metrics[k] = new BenefitMetrics();
        }
      }
    }

    Run(HouseholdComparison engine, int s, int n) {
      this.engine = engine;
      this.s = s;
      benefits = engine.benefits(s);
      net = new long[benefits.size()][n];
      paid = new long[benefits.size()][n];
      total = newPart();
    }

    Part newPart() {
      return new Part(benefits.size());
    }

    /**
     * Household {@code i}'s outcome under this scenario, added to {@code part}; a household in error under
     * some scenario is listed in the errors of those where it failed and counted nowhere.
     */
    void add(HouseholdComparison.Outcome o, int i, Part part) {
      part.nanos += o.nanos(s);
      o.error(s).ifPresent(e -> errors.add(new HouseholdError(o.householdId(), engine.scenarios().get(s).name(), e)));
      if (!o.computed()) {
        return;
      }
      for (int k = 0; k < benefits.size(); k++) {
        part.metrics[k].add(o.timeline(s, k).orElseThrow(), engine.span());
        paid[k][i] = o.paid(s, k);
        net[k][i] = o.net(s, k);
      }
      long difference = o.netDifference(s);
      part.byType.add(o.type(), difference);
      part.byBand.add(o.band(), difference);
    }

    /** Adds a chunk's part (in chunk order: the sums are exact, so the order does not change them). */
    void merge(Part part) {
      for (int k = 0; k < benefits.size(); k++) {
        total.metrics[k].merge(part.metrics[k]);
      }
      total.byType.merge(part.byType);
      total.byBand.merge(part.byBand);
      total.nanos += part.nanos;
    }

    /** The outcome; its time is the workers' time in this scenario divided by their number. */
    ScenarioOutcome outcome(int threads) {
      Map<Benefit, BenefitMetrics> byBenefit = new EnumMap<>(Benefit.class);
      for (int k = 0; k < benefits.size(); k++) {
        byBenefit.put(benefits.get(k), total.metrics[k]);
      }
      List<HouseholdError> sorted = new ArrayList<>(errors);
      sorted.sort(ERRORS);
      return new ScenarioOutcome(engine.scenarios().get(s), benefits, byBenefit, net, paid, total.byType.result(),
          total.byBand.result(), sorted, total.nanos / 1_000_000 / threads);
    }
  }

  /** The order of the households in error in an outcome: by household id. */
  public static final Comparator<HouseholdError> ERRORS =
      Comparator.comparing(HouseholdError::householdId);

  /**
   * A household that could not be computed under a scenario.
   *
   * @param householdId the household
   * @param scenario the scenario's name
   * @param error the error
   */
  public record HouseholdError(String householdId, String scenario, String error) {}
}
