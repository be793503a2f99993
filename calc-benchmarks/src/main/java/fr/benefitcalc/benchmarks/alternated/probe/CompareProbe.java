package fr.benefitcalc.benchmarks.alternated.probe;

import fr.benefitcalc.benchmarks.alternated.Workload;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.TimelineResult;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.compare.BenefitMetrics;
import fr.benefitcalc.lab.compare.HouseholdComparison;
import fr.benefitcalc.lab.population.Population;
import fr.benefitcalc.lab.population.SyntheticPopulation;
import fr.benefitcalc.lab.scenario.ScenarioCatalog;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code compare}'s unit, which {@code CompareBenchmark.sixScenarios} runs (the one place it is written), built here
 * from the jar's own API so that two jars run the same work whatever their {@code CompareBenchmark}: each household
 * {@code i} of the default comparison's population ({@code SyntheticPopulation.forComparison(500, 1, 2024-01,
 * 2025-12)}: situation changes, errors held, entries and exits) drawn, computed under the six default scenarios over
 * its months in the files (amounts only) and added to each scenario's {@code BenefitMetrics}, on the calling thread,
 * every household once per run (drawn again each time: a household's {@code Situations} keep what was computed on
 * them). Needs of the jar: {@code StandardCatalog.create}, {@code Catalog.rule}, {@code
 * ScenarioCatalog.defaultComparison}, {@code SyntheticPopulation.forComparison(int, long, YearMonth, YearMonth)},
 * {@code Population.situations(int)} and {@code presence(int, MonthRange)}, {@code HouseholdComparison}'s constructor
 * and {@code compute(Situations, MonthRange, int)}, its {@code Outcome} ({@code timeline(int, int)}, {@code
 * computed()}, the field {@code results}, {@code error(int)}), {@code BenefitMetrics.add}; {@code TimelineDump.write}.
 */
public final class CompareProbe implements Workload {
  public static final int HOUSEHOLDS = 500;

  private final Population population;
  private final HouseholdComparison comparison;
  private final MonthRange span;
  private final BenefitMetrics[][] metrics;

  /** @param argument unused */
  public CompareProbe(String argument) {
    Catalog catalog = StandardCatalog.create();
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    for (Benefit b : Benefit.values()) {
      rules.put(b, catalog.rule(b));
    }
    span = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));
    comparison = new HouseholdComparison(rules, new ScenarioCatalog(catalog).defaultComparison(), span, 0);
    population = SyntheticPopulation.forComparison(HOUSEHOLDS, 1, span.first(), span.last());
    metrics = new BenefitMetrics[comparison.scenarios().size()][];
    for (int s = 0; s < metrics.length; s++) {
      metrics[s] = new BenefitMetrics[comparison.benefits(s).size()];
      for (int k = 0; k < metrics[s].length; k++) {
        metrics[s][k] = new BenefitMetrics();
      }
    }
  }

  @Override
  public int households() {
    return HOUSEHOLDS;
  }

  @Override
  public long run() {
    long n = 0;
    for (int i = 0; i < HOUSEHOLDS; i++) {
      HouseholdComparison.Outcome o = comparison.compute(population.situations(i), population.presence(i, span), i);
      if (!o.computed()) {
        throw new IllegalStateException("household " + o.householdId() + " in error");
      }
      for (int s = 0; s < metrics.length; s++) {
        for (int k = 0; k < metrics[s].length; k++) {
          metrics[s][k].add(o.timeline(s, k).orElseThrow(), span);
        }
      }
      n += o.netTotal(0);
    }
    return n;
  }

  @Override
  public String digest() {
    Probes.Digest d = new Probes.Digest();
    for (int i = 0; i < HOUSEHOLDS; i++) {
      HouseholdComparison.Outcome outcome = comparison.compute(population.situations(i), population.presence(i, span), i);
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
    // nothing holds a thread
  }
}
