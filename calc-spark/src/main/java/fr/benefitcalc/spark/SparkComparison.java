package fr.benefitcalc.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.money.ExactTotal;
import fr.benefitcalc.lab.compare.BenefitMetrics;
import fr.benefitcalc.lab.compare.Comparison;
import fr.benefitcalc.lab.compare.ComparisonResult;
import fr.benefitcalc.lab.compare.GroupTally;
import fr.benefitcalc.lab.compare.HouseholdComparison;
import fr.benefitcalc.lab.compare.ScenarioOutcome;
import fr.benefitcalc.lab.compare.WinnersAndLosers;
import fr.benefitcalc.lab.population.HouseholdGroups;
import fr.benefitcalc.lab.population.PopulationFile;
import fr.benefitcalc.lab.report.HouseholdCsv;
import fr.benefitcalc.lab.scenario.Scenario;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * The comparison of {@code compare} on Apache Spark. The households are drawn inside the executors
 * (household {@code i} from its own random stream: the same households whatever the partitioning), each
 * is computed under every scenario by the lab's {@link HouseholdComparison} in {@code mapPartitions},
 * and the results are written as Parquet, one row per household × scenario × benefit ({@link #SCHEMA}).
 * The metrics are then aggregated by Spark from that file: the lab's {@link BenefitMetrics} counters
 * summed (their largest drop: the maximum), the winners and losers counted by group, the households in
 * error collected; the result is a {@link ComparisonResult} from which the lab writes its summary and
 * report.
 */
public final class SparkComparison {
  /** Where the results are written under the output folder. */
  public static final String RESULTS = "results.parquet";

  /**
   * The results' columns: the per-household results of {@code households.csv}, one row per household × scenario ×
   * benefit. Amounts in nano-euros (10^-9 €, exact). Per household: its index (synthetic population: its index;
   * population file: the number of its first row), id, type and income band (empty when refused); per scenario: its
   * index (0 = baseline) and id; per benefit: its name and index among the scenario's benefits; the household's
   * {@code status} ({@value #COMPUTED}, {@value #ERROR}: in error under some scenario, {@value #REFUSED}: refused in
   * the input) and the {@code reason} it is excluded from every total (its amounts and counters are then 0 under
   * every scenario, as it is counted nowhere); the error under this scenario; the net amount received (paid plus
   * applied regularisations); the household's net amount of every benefit minus the baseline's, and whether it
   * wins or loses (repeated on each benefit's row); the household's rows in the population file and how many were
   * invalid (0 for a synthetic population); the household's monthly income before benefits per consumption unit
   * ({@code income_per_unit}, the income deciles' key) and the bin of its gain per year in the winners and losers'
   * histogram ({@code gain_bin}, index in {@link WinnersAndLosers#BINS}; -1 when not computed); then one column per
   * counter of {@link BenefitMetrics#COUNTERS} (paid, due, applied and frozen indus and rappels, reopened decisions,
   * changes, ...), and one array per counter of {@link BenefitMetrics#YEAR_COUNTERS} (paid, due, indus, rappels,
   * frozen and recipient months of each calendar year of the span, in order).
   */
  public static final StructType SCHEMA = schema();

  private static final int FIXED_COLUMNS = 19;
  private static final DecimalType EXACT = DataTypes.createDecimalType(38, 0);
  /** The status of a household counted in every total (as in {@code households.csv}). */
  public static final String COMPUTED = HouseholdCsv.COMPUTED;
  /** The status of a household in error under some scenario, excluded from every total. */
  public static final String ERROR = HouseholdCsv.ERROR;
  /** The status of a household refused in the input, never computed. */
  public static final String REFUSED = HouseholdCsv.REFUSED;

  private SparkComparison() {}

  private static StructType schema() {
    List<StructField> f = new ArrayList<>(List.of(
        DataTypes.createStructField("household_index", DataTypes.LongType, false),
        DataTypes.createStructField("household", DataTypes.StringType, false),
        DataTypes.createStructField("household_type", DataTypes.StringType, false),
        DataTypes.createStructField("income_band", DataTypes.StringType, false),
        DataTypes.createStructField("scenario_index", DataTypes.IntegerType, false),
        DataTypes.createStructField("scenario", DataTypes.StringType, false),
        DataTypes.createStructField("benefit", DataTypes.StringType, false),
        DataTypes.createStructField("benefit_index", DataTypes.IntegerType, false),
        DataTypes.createStructField("status", DataTypes.StringType, false),
        DataTypes.createStructField("reason", DataTypes.StringType, true),
        DataTypes.createStructField("error", DataTypes.StringType, true),
        DataTypes.createStructField("net", DataTypes.LongType, false),
        DataTypes.createStructField("household_net_difference", DataTypes.LongType, false),
        DataTypes.createStructField("household_wins", DataTypes.BooleanType, false),
        DataTypes.createStructField("household_loses", DataTypes.BooleanType, false),
        DataTypes.createStructField("input_rows", DataTypes.LongType, false),
        DataTypes.createStructField("invalid_rows", DataTypes.LongType, false),
        DataTypes.createStructField("income_per_unit", DataTypes.LongType, false),
        DataTypes.createStructField("gain_bin", DataTypes.IntegerType, false)));
    for (String c : BenefitMetrics.COUNTERS) {
      f.add(DataTypes.createStructField(c, DataTypes.LongType, false));
    }
    for (String c : BenefitMetrics.YEAR_COUNTERS) {
      f.add(DataTypes.createStructField(c, DataTypes.createArrayType(DataTypes.LongType, false), false));
    }
    return DataTypes.createStructType(f);
  }

  /**
   * What a run gives: the aggregated comparison (without per-household arrays: those are in the file), and one line
   * per household excluded from every total, as {@code compare} lists them ("h3: refused: ...", "h9: error: S2: ...").
   */
  public record Outcome(ComparisonResult result, List<String> excluded) {
    public Outcome {
      java.util.Objects.requireNonNull(result, "result");
      excluded = List.copyOf(excluded);
    }
  }

  /**
   * Runs {@code job} on {@code spark} in {@code partitions} partitions (a population file is read first with
   * {@link PopulationInput#read}), writes the results under {@code out} ({@value #RESULTS}, replaced if present; a
   * path of the cluster's file system) and returns the aggregated comparison.
   */
  public static Outcome run(SparkSession spark, ComparisonJob job, int partitions, String out) {
    if (!job.fromFile()) {
      return run(spark, job, Optional.empty(), partitions, out);
    }
    PopulationInput input = PopulationInput.read(spark, job, partitions);
    try {
      return run(spark, job, Optional.of(input), partitions, out);
    } finally {
      input.release();
    }
  }

  /** Runs {@code job} on the households of a population file already read ({@link PopulationInput#read}). */
  public static Outcome run(SparkSession spark, ComparisonJob job, PopulationInput input, String out) {
    return run(spark, job, Optional.of(input), 0, out);
  }

  private static Outcome run(SparkSession spark, ComparisonJob job, Optional<PopulationInput> input, int partitions,
      String out) {
    HouseholdComparison engine = job.engine();
    List<Scenario> scenarios = engine.scenarios();
    LongAccumulator[] nanos = new LongAccumulator[scenarios.size()];
    for (int s = 0; s < nanos.length; s++) {
      nanos[s] = spark.sparkContext().longAccumulator("compute nanos of " + scenarios.get(s).id());
    }
    String results = out.endsWith("/") ? out + RESULTS : out + "/" + RESULTS;
    Dataset<Row> computed = input.isPresent()
        ? input.get().grouped().mapPartitions(new ComputeFileHouseholds(job, input.get().header(),
            new HashMap<>(input.get().explained()), nanos), Encoders.row(SCHEMA))
        : spark.range(0, job.households(), 1, partitions).mapPartitions(new ComputeHouseholds(job, nanos),
            Encoders.row(SCHEMA));
    computed.write().mode(SaveMode.Overwrite).parquet(results);
    Dataset<Row> r = spark.read().parquet(results);

    // the lab's metrics, summed by scenario and benefit
    List<Column> aggregates = new ArrayList<>();
    for (String c : BenefitMetrics.COUNTERS) {
      // sums on 38 decimal digits: exact at any population size, as the lab's 128-bit totals
      aggregates.add((BenefitMetrics.LARGEST_DROP.equals(c) ? max(col(c)).cast(EXACT) : sum(col(c).cast(EXACT))).as(c));
    }
    List<Map<Benefit, BenefitMetrics>> metrics = new ArrayList<>();
    for (int s = 0; s < scenarios.size(); s++) {
      Map<Benefit, BenefitMetrics> m = new EnumMap<>(Benefit.class);
      for (Benefit b : engine.benefits(s)) {
        m.put(b, new BenefitMetrics()); // a scenario without households keeps empty metrics
      }
      metrics.add(m);
    }
    Map<String, BigInteger[][]> years = yearCounters(r, engine.span());
    for (Row row : r.groupBy(col("scenario_index"), col("benefit"))
        .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(new Column[0])).collectAsList()) {
      BigInteger[] c = new BigInteger[BenefitMetrics.COUNTERS.size()];
      for (int j = 0; j < c.length; j++) {
        c[j] = row.getDecimal(2 + j).toBigIntegerExact();
      }
      metrics.get(row.getInt(0)).put(Benefit.valueOf(row.getString(1)), BenefitMetrics.ofCounters(c,
          years.get(row.getInt(0) + " " + row.getString(1)), engine.span()));
    }

    // winners and losers by group: one row per household and scenario (its first benefit's)
    Dataset<Row> households = r.filter(col("benefit_index").equalTo(0));
    Dataset<Row> counted = households.filter(col("status").equalTo(COMPUTED));
    List<GroupTally> byType = tallies(counted, "household_type", HouseholdGroups.TYPES, scenarios.size());
    List<GroupTally> byBand = tallies(counted, "income_band", HouseholdGroups.BANDS, scenarios.size());
    List<WinnersAndLosers.Decile>[] deciles = deciles(counted, scenarios.size(), engine.span().length());
    long[][] histograms = histograms(counted, scenarios.size());

    // households in error, every one
    List<List<Comparison.HouseholdError>> errors = new ArrayList<>();
    for (int s = 0; s < scenarios.size(); s++) {
      errors.add(new ArrayList<>());
    }
    for (Row row : households.filter(col("error").isNotNull()).select("household", "scenario_index", "error")
        .collectAsList()) {
      int s = row.getInt(1);
      errors.get(s).add(new Comparison.HouseholdError(row.getString(0), scenarios.get(s).name(), row.getString(2)));
    }

    // households excluded from every total: refused in the input, or in error under some scenario (in population order)
    Dataset<Row> baseline = households.filter(col("scenario_index").equalTo(0));
    long computedHouseholds = baseline.filter(col("status").notEqual(REFUSED)).count();
    Map<Integer, String> excluded = new TreeMap<>();
    List<String> lines = new ArrayList<>();
    Map<String, String> refused = input.map(PopulationInput::refused).orElse(Map.of());
    refused.forEach((id, reasons) -> lines.add(id + ": refused: " + reasons));
    for (Row row : baseline.filter(col("status").equalTo(ERROR)).orderBy(col("household_index"))
        .select("household", "reason").collectAsList()) {
      excluded.put(excluded.size(), row.getString(1));
      lines.add(row.getString(0) + ": " + row.getString(1));
    }

    int cores = Math.max(1, spark.sparkContext().defaultParallelism());
    List<ScenarioOutcome> outcomes = new ArrayList<>();
    for (int s = 0; s < scenarios.size(); s++) {
      int k = engine.benefits(s).size();
      List<Comparison.HouseholdError> e = errors.get(s);
      e.sort(Comparison.ERRORS);
      outcomes.add(new ScenarioOutcome(scenarios.get(s), engine.benefits(s), metrics.get(s), new long[k][0],
          new long[k][0], byType.get(s).result(), byBand.get(s).result(), List.copyOf(e),
          nanos[s].value() / 1_000_000 / cores));
    }
    String description = input.map(PopulationInput::description).orElseGet(() -> job.population().description());
    List<WinnersAndLosers> winnersAndLosers = new ArrayList<>();
    for (int s = 1; s < scenarios.size(); s++) {
      ComparisonResult.GroupDifferences g = outcomes.get(s).byType();
      List<Long> histogram = new ArrayList<>();
      for (long h : histograms[s]) {
        histogram.add(h);
      }
      winnersAndLosers.add(new WinnersAndLosers(scenarios.get(s).id(), java.util.Arrays.stream(g.households()).sum(),
          java.util.Arrays.stream(g.winners()).sum(), java.util.Arrays.stream(g.losers()).sum(), histogram,
          deciles[s]));
    }
    return new Outcome(new ComparisonResult(description, engine.span(), outcomes, new int[0], new int[0], List.of(),
        Math.toIntExact(computedHouseholds), excluded, refused, List.of(), winnersAndLosers), lines);
  }

  /**
   * The per-year counters summed by scenario and benefit (key "scenario_index benefit"), exact: each row's arrays
   * exploded by year and summed on 38 digits.
   */
  private static Map<String, BigInteger[][]> yearCounters(Dataset<Row> r, fr.benefitcalc.core.time.MonthRange span) {
    int count = span.last().getYear() - span.first().getYear() + 1;
    List<String> names = BenefitMetrics.YEAR_COUNTERS;
    List<Column> sums = new ArrayList<>();
    for (String c : names) {
      sums.add(sum(col(c).getItem(col("year")).cast(EXACT)).as(c));
    }
    Map<String, BigInteger[][]> out = new HashMap<>();
    for (Row row : r.withColumn("year", explode(sequence(lit(0), lit(count - 1))))
        .groupBy(col("scenario_index"), col("benefit"), col("year"))
        .agg(sums.get(0), sums.subList(1, sums.size()).toArray(new Column[0])).collectAsList()) {
      BigInteger[][] c = out.computeIfAbsent(row.getInt(0) + " " + row.getString(1), k -> {
        BigInteger[][] z = new BigInteger[names.size()][count];
        for (BigInteger[] a : z) {
          java.util.Arrays.fill(a, BigInteger.ZERO);
        }
        return z;
      });
      int y = row.getInt(2);
      for (int j = 0; j < names.size(); j++) {
        c[j][y] = row.getDecimal(3 + j).toBigIntegerExact();
      }
    }
    return out;
  }

  /** Households per bin of the gain ({@link WinnersAndLosers#BINS}), by scenario (the baseline's row unused). */
  private static long[][] histograms(Dataset<Row> households, int scenarios) {
    long[][] h = new long[scenarios][WinnersAndLosers.BINS.size()];
    for (Row row : households.groupBy(col("scenario_index"), col("gain_bin")).agg(count(lit(1))).collectAsList()) {
      h[row.getInt(0)][row.getInt(1)] = row.getLong(2);
    }
    return h;
  }

  /**
   * The income deciles of the households counted, as {@link WinnersAndLosers#of} makes them on one machine: the
   * households ranked by income per consumption unit, ties in population order (household index), the household of
   * rank r of n in decile ⌊10 r / n⌋ (a distributed sort and ranking), then per scenario and decile the households,
   * winners, losers, exact gain and income band.
   */
  @SuppressWarnings("unchecked")
  private static List<WinnersAndLosers.Decile>[] deciles(Dataset<Row> households, int scenarios, int months) {
    List<WinnersAndLosers.Decile>[] out = new List[scenarios];
    for (int s = 0; s < scenarios; s++) {
      out[s] = new ArrayList<>();
    }
    Dataset<Row> baseline = households.filter(col("scenario_index").equalTo(0))
        .select(col("household_index"), col("income_per_unit"));
    long n = baseline.count();
    if (n == 0) {
      return out;
    }
    SparkSession spark = households.sparkSession();
    org.apache.spark.api.java.JavaRDD<Row> ranked = baseline.orderBy(col("income_per_unit"), col("household_index"))
        .javaRDD().zipWithIndex().map(t -> RowFactory.create(t._1().getLong(0), (int) (10L * t._2() / n)));
    Dataset<Row> decileOf = spark.createDataFrame(ranked, DataTypes.createStructType(List.of(
        DataTypes.createStructField("household_index", DataTypes.LongType, false),
        DataTypes.createStructField("decile", DataTypes.IntegerType, false))));
    List<Row> rows = households.join(decileOf, "household_index").groupBy(col("scenario_index"), col("decile"))
        .agg(count(lit(1)), sum(when(col("household_wins"), 1L).otherwise(0L)),
            sum(when(col("household_loses"), 1L).otherwise(0L)), sum(col("household_net_difference").cast(EXACT)),
            min(col("income_per_unit")), max(col("income_per_unit")))
        .orderBy(col("scenario_index"), col("decile")).collectAsList();
    for (Row row : rows) {
      long dn = row.getLong(2);
      java.math.BigDecimal mean = ExactTotal.of(row.getDecimal(5).toBigIntegerExact()).euros()
          .multiply(java.math.BigDecimal.valueOf(12))
          .divide(java.math.BigDecimal.valueOf(dn * months), 2, java.math.RoundingMode.HALF_UP);
      out[row.getInt(0)].add(new WinnersAndLosers.Decile(row.getInt(1) + 1, euros(row.getLong(6)),
          euros(row.getLong(7)), dn, row.getLong(3), row.getLong(4), mean));
    }
    return out;
  }

  private static java.math.BigDecimal euros(long nanos) {
    return fr.benefitcalc.core.money.Fixed.toBigDecimal(nanos).setScale(2, java.math.RoundingMode.HALF_UP);
  }

  private static List<GroupTally> tallies(Dataset<Row> households, String group, String[] labels, int scenarios) {
    List<GroupTally> tallies = new ArrayList<>();
    for (int s = 0; s < scenarios; s++) {
      tallies.add(new GroupTally(labels));
    }
    List<String> order = List.of(labels);
    for (Row row : households.groupBy(col("scenario_index"), col(group))
        .agg(count(lit(1)), sum(when(col("household_wins"), 1L).otherwise(0L)),
            sum(when(col("household_loses"), 1L).otherwise(0L)), sum(col("household_net_difference").cast(EXACT)))
        .collectAsList()) {
      tallies.get(row.getInt(0)).add(order.indexOf(row.getString(1)), row.getLong(2), row.getLong(3), row.getLong(4),
          ExactTotal.of(row.getDecimal(5).toBigIntegerExact()));
    }
    return tallies;
  }

  /** Draws and computes the households of a partition, lazily, row by row. */
  static final class ComputeHouseholds implements MapPartitionsFunction<Long, Row> {
    private static final long serialVersionUID = 1L;
    private final ComparisonJob job;
    private final LongAccumulator[] nanos;

    ComputeHouseholds(ComparisonJob job, LongAccumulator[] nanos) {
      this.job = job;
      this.nanos = nanos.clone();
    }

    @Override
    public Iterator<Row> call(Iterator<Long> indices) {
      HouseholdComparison engine = job.engine();
      fr.benefitcalc.lab.population.Population population = job.population(); // households drawn when read
      return flatten(indices, i -> computed(engine, engine.compute(population.situations((int) (long) i),
          population.presence((int) (long) i, engine.span()), (int) (long) i), i, 0, 0, nanos));
    }
  }

  /**
   * Builds (with the lab's population-file reader, from the household's rows alone) and computes the households of a
   * partition of a population file, lazily; a household refused in the input gives rows of status {@value #REFUSED}
   * with its reasons, never an exception.
   */
  static final class ComputeFileHouseholds implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final ComparisonJob job;
    private final ArrayList<String> header;
    private final HashMap<String, Integer> explained;
    private final LongAccumulator[] nanos;

    ComputeFileHouseholds(ComparisonJob job, List<String> header, HashMap<String, Integer> explained,
        LongAccumulator[] nanos) {
      this.job = job;
      this.header = new ArrayList<>(header);
      this.explained = explained;
      this.nanos = nanos.clone();
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      HouseholdComparison engine = job.engine();
      PopulationFile.HouseholdReader reader = new PopulationFile.HouseholdReader(job.populationFile(), header);
      Iterator<PopulationInput.Group> groups = PopulationInput.groups(rows, header.size());
      return flatten(groups, g -> {
        if (g.key().isEmpty()) {
          return List.of(); // rows naming no household: counted and reported by PopulationInput
        }
        PopulationInput.Checked c = PopulationInput.check(reader, g, job.from(), job.to());
        long inputRows = c.read().rows();
        long invalidRows = c.read().invalidRows();
        if (c.household().isEmpty()) {
          return refused(engine, g.key(), g.firstOrder(), c.refusal().orElseThrow(), inputRows, invalidRows);
        }
        // households beyond the explained sample: any index at or above it
        int index = explained.getOrDefault(g.key(), Integer.MAX_VALUE);
        // only over its months in the files (first_month..last_month; checked to meet the span)
        fr.benefitcalc.core.time.MonthRange presence = c.read().inFiles().within(engine.span()).orElseThrow();
        return computed(engine, engine.compute(c.read().situations(), presence,
            index), g.firstOrder(), inputRows, invalidRows,
            nanos);
      });
    }
  }

  /** The rows of each element of {@code in}, one element at a time. */
  private static <T> Iterator<Row> flatten(Iterator<T> in, java.util.function.Function<T, List<Row>> rows) {
    return new Iterator<>() {
      private Iterator<Row> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && in.hasNext()) {
          current = rows.apply(in.next()).iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** The rows of a household computed (or in error under some scenario). */
  private static List<Row> computed(HouseholdComparison engine, HouseholdComparison.Outcome o, long index, long inputRows,
      long invalidRows, LongAccumulator[] nanos) {
    List<Row> rows = new ArrayList<>();
    int counters = BenefitMetrics.COUNTERS.size();
    boolean computed = o.computed();
    String exclusion = o.exclusion().orElse(null);
    for (int s = 0; s < engine.scenarios().size(); s++) {
      nanos[s].add(o.nanos(s));
      long difference = computed ? o.netDifference(s) : 0L;
      List<Benefit> benefits = engine.benefits(s);
      for (int k = 0; k < benefits.size(); k++) {
        Object[] v = new Object[FIXED_COLUMNS + counters + BenefitMetrics.YEAR_COUNTERS.size()];
        v[0] = index;
        v[1] = o.householdId();
        v[2] = HouseholdGroups.TYPES[o.type()];
        v[3] = HouseholdGroups.BANDS[o.band()];
        v[4] = s;
        v[5] = engine.scenarios().get(s).id();
        v[6] = benefits.get(k).name();
        v[7] = k;
        v[8] = computed ? COMPUTED : ERROR;
        v[9] = exclusion;
        v[10] = o.error(s).orElse(null);
        v[11] = computed ? o.net(s, k) : 0L;
        v[12] = difference;
        v[13] = GroupTally.wins(difference);
        v[14] = GroupTally.loses(difference);
        v[15] = inputRows;
        v[16] = invalidRows;
        v[17] = o.profile().incomePerUnit();
        v[18] = computed ? WinnersAndLosers.binOf(difference, engine.span().length()) : -1;
        BenefitMetrics m = computed ? BenefitMetrics.of(o.timeline(s, k).orElseThrow(), engine.span()) : null;
        BigInteger[] c = m == null ? null : m.counters();
        for (int j = 0; j < counters; j++) {
          v[FIXED_COLUMNS + j] = c == null ? 0L : c[j].longValueExact(); // one household's amounts fit 64 bits
        }
        yearColumns(v, FIXED_COLUMNS + counters, m, engine.span());
        rows.add(RowFactory.create(v));
      }
    }
    return rows;
  }

  /** Writes the per-year counters of {@code m} (zeros when null) as arrays from {@code v[from]}. */
  private static void yearColumns(Object[] v, int from, BenefitMetrics m, fr.benefitcalc.core.time.MonthRange span) {
    BigInteger[][] y = (m == null ? new BenefitMetrics() : m).yearCounters(span);
    for (int j = 0; j < y.length; j++) {
      List<Long> values = new ArrayList<>(y[j].length);
      for (BigInteger x : y[j]) {
        values.add(x.longValueExact());
      }
      v[from + j] = scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }
  }

  /** The rows of a household refused in the input: every amount and counter 0, its reasons. */
  private static List<Row> refused(HouseholdComparison engine, String id, long index, String reason, long inputRows,
      long invalidRows) {
    List<Row> rows = new ArrayList<>();
    int counters = BenefitMetrics.COUNTERS.size();
    for (int s = 0; s < engine.scenarios().size(); s++) {
      List<Benefit> benefits = engine.benefits(s);
      for (int k = 0; k < benefits.size(); k++) {
        Object[] v = new Object[FIXED_COLUMNS + counters + BenefitMetrics.YEAR_COUNTERS.size()];
        v[0] = index;
        v[1] = id;
        v[2] = "";
        v[3] = "";
        v[4] = s;
        v[5] = engine.scenarios().get(s).id();
        v[6] = benefits.get(k).name();
        v[7] = k;
        v[8] = REFUSED;
        v[9] = reason;
        v[10] = null;
        v[11] = 0L;
        v[12] = 0L;
        v[13] = false;
        v[14] = false;
        v[15] = inputRows;
        v[16] = invalidRows;
        v[17] = 0L;
        v[18] = -1;
        for (int j = 0; j < counters; j++) {
          v[FIXED_COLUMNS + j] = 0L;
        }
        yearColumns(v, FIXED_COLUMNS + counters, null, engine.span());
        rows.add(RowFactory.create(v));
      }
    }
    return rows;
  }
}
