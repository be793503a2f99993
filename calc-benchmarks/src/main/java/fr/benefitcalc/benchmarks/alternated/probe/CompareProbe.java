package fr.benefitcalc.benchmarks.alternated.probe;

import fr.benefitcalc.benchmarks.CompareBenchmark;
import fr.benefitcalc.benchmarks.alternated.Workload;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.timeline.TimelineResult;
import fr.benefitcalc.lab.compare.HouseholdComparison;
import java.util.List;

/**
 * {@code CompareBenchmark}'s operation, {@code compare}'s unit: each of its households (the default comparison's
 * population) under the six default scenarios, amounts only, on the calling thread, every household once per run.
 * Needs of the jar: {@code CompareBenchmark} ({@code setUp}, {@code sixScenarios}, the fields {@code households}
 * and {@code comparison}); {@code HouseholdComparison.compute(Household, int)} returning an {@code Outcome} with
 * its field {@code results} and {@code error(int)}; {@code TimelineDump.write}.
 */
public final class CompareProbe implements Workload {
  private final CompareBenchmark benchmark = new CompareBenchmark();
  private final List<Household> households;
  private final HouseholdComparison comparison;

  /** @param argument unused */
  @SuppressWarnings("unchecked")
  public CompareProbe(String argument) {
    benchmark.setUp();
    households = (List<Household>) Probes.field(benchmark, "households");
    comparison = (HouseholdComparison) Probes.field(benchmark, "comparison");
  }

  @Override
  public int households() {
    return households.size();
  }

  @Override
  public long run() {
    return benchmark.sixScenarios();
  }

  @Override
  public String digest() {
    Probes.Digest d = new Probes.Digest();
    for (int i = 0; i < households.size(); i++) {
      HouseholdComparison.Outcome outcome = comparison.compute(households.get(i), i);
      TimelineResult[] results = (TimelineResult[]) Probes.field(outcome, "results");
      for (int s = 0; s < results.length; s++) {
        d.text("== " + outcome.householdId() + " scenario " + s + "\n");
        if (results[s] == null) {
          d.text("error " + outcome.error(s).orElse("") + "\n");
        } else {
          d.timeline(results[s]);
        }
      }
    }
    return d.hex();
  }

  @Override
  public void close() {
    // CompareBenchmark holds no thread
  }
}
