package fr.benefitcalc.benchmarks.alternated.probe;

import fr.benefitcalc.benchmarks.TimelineBenchmark;
import fr.benefitcalc.benchmarks.alternated.Workload;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.core.timeline.Situations;

/**
 * {@code TimelineBenchmark}'s operation on one thread: its households' three-year timelines of AL + RSA + PA
 * (law, detail {@code AMOUNTS}), every household once per run. Needs of the jar: {@code TimelineBenchmark} with
 * its public {@code threads}, {@code setUp}, {@code threeYearsWithCorrections}, {@code tearDown} and its fields
 * {@code households} and {@code prepared}; {@code TimelineDump.write}; {@code Situations.of};
 * {@code DecisionTimeline.Prepared.compute}.
 */
public final class TimelineProbe implements Workload {
  private final TimelineBenchmark benchmark = new TimelineBenchmark();
  private final Household[] households;
  private final DecisionTimeline.Prepared prepared;

  /** @param argument unused */
  public TimelineProbe(String argument) {
    benchmark.threads = 1;
    benchmark.setUp();
    households = (Household[]) Probes.field(benchmark, "households");
    prepared = (DecisionTimeline.Prepared) Probes.field(benchmark, "prepared");
  }

  @Override
  public int households() {
    return households.length;
  }

  @Override
  public long run() {
    try {
      return benchmark.threeYearsWithCorrections();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String digest() {
    Probes.Digest d = new Probes.Digest();
    for (Household h : households) {
      d.text("== " + h.id() + "\n");
      d.timeline(prepared.compute(Situations.of(h), DecisionTimeline.Detail.AMOUNTS));
    }
    return d.hex();
  }

  @Override
  public void close() {
    benchmark.tearDown();
  }
}
