package fr.benefitcalc.benchmarks;

import fr.benefitcalc.core.bulk.Population;
import fr.benefitcalc.core.bulk.PopulationCursor;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.trace.RecordingTrace;
import fr.benefitcalc.core.trace.Trace;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import java.time.YearMonth;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One household, one benefit, one month, through the single-household API
 * ({@link BenefitRule#compute}): untraced ({@link Trace#off()}), traced ({@link Trace#recording()}),
 * and the primitive entry point {@link BenefitRule#amount} (the formula the bulk path runs), on the household's own
 * {@code ResourceHistory} or on a columnar {@link Population}'s cursor. The households cycle over
 * 1 024 drawn from the calibrated population (two years of resources with late data, as finally
 * known), computed for January 2025 under the law.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SingleHouseholdBenchmark {
  private static final int HOUSEHOLDS = 1024;

  @Param({"AL", "RSA", "PA"})
  public Benefit benefit;

  private BenefitRule rule;
  private RuleSet law;
  private Household[] households;
  private ResourceView[] views;
  private YearMonth month;
  private int monthIndex;
  private PopulationCursor cursor;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Catalog catalog = StandardCatalog.create();
    rule = catalog.rule(benefit);
    law = catalog.ruleSet("law");
    month = YearMonth.of(2025, 1);
    monthIndex = Months.index(month);
    HouseholdGenerator generator = HouseholdGenerator.calibrated(YearMonth.of(2023, 1), YearMonth.of(2024, 12));
    Population.Builder population = Population.builder(MonthRange.of(generator.firstMonth(), generator.lastMonth()));
    SplittableRandom rng = new SplittableRandom(20250101L);
    households = new Household[HOUSEHOLDS];
    views = new ResourceView[HOUSEHOLDS];
    for (int i = 0; i < HOUSEHOLDS; i++) {
      households[i] = generator.next(rng);
      views[i] = households[i].resources().finalView();
      population.add(households[i]);
    }
    cursor = population.build().cursor();
  }

  private int nextIndex() {
    int i = next;
    next = (i + 1) & (HOUSEHOLDS - 1);
    return i;
  }

  /** {@code compute} without trace: the amount and its label, as a {@code BenefitResult}. */
  @Benchmark
  public long untraced() {
    int i = nextIndex();
    return rule.compute(households[i], views[i], month, law, Trace.off()).amountFixed();
  }

  /** {@code amount}: the primitive entry point of the bulk path, on the household's own history. */
  @Benchmark
  public long amountOnly() {
    int i = nextIndex();
    return rule.amount(households[i], views[i], monthIndex, law, Trace.off());
  }

  /** {@code amount} on a columnar population's cursor: the bulk path for one household. */
  @Benchmark
  public long amountColumnar() {
    int i = nextIndex();
    cursor.at(i);
    return rule.amount(cursor, cursor, monthIndex, law, Trace.off());
  }

  /** {@code compute} with a recording trace: every step with its article. */
  @Benchmark
  public int traced() {
    int i = nextIndex();
    RecordingTrace trace = Trace.recording();
    rule.compute(households[i], views[i], month, law, trace);
    return trace.steps().size();
  }
}
