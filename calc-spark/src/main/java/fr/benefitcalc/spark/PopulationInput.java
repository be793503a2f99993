package fr.benefitcalc.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.lab.population.PopulationFile;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * A population file (Parquet, {@code docs/population-file.md}) read on Spark: its rows partitioned by household
 * and each household checked and built on the executors by the lab's own reader
 * ({@link PopulationFile.HouseholdReader}, the code of {@code compare --population}), so that a household gives
 * the same household, the same problems and the same messages as on one machine, whatever the partitioning.
 *
 * <p>A first pass over the households finds those refused (any invalid row, rows that contradict each other,
 * a member born after the months computed: the whole household is refused, never computed in part), counts the
 * rows and the invalid rows of each household, and the first households of the file, by their first row, that
 * are computed with explanations (as {@code compare} does). The comparison ({@link SparkComparison}) then builds
 * each household again from its partition's rows and computes it.
 *
 * @param grouped the rows, as text, partitioned by household and sorted by household and row (persisted)
 * @param header the file's columns
 * @param description the population's description, as {@code compare --population} gives it
 * @param refused the households refused, in the order {@code compare --population} lists them, with their reasons
 * @param badRows rows refused in the whole file (of refused households and rows naming no household)
 * @param problemsWithoutHousehold the problems of rows naming no household
 * @param explained the households computed with explanations, with their index (the first loaded households)
 */
public record PopulationInput(Dataset<Row> grouped, List<String> header, String description, Map<String, String> refused,
    long badRows, List<String> problemsWithoutHousehold, Map<String, Integer> explained) {
  /** Columns of {@link #grouped} before the file's own: the household key, the order in the file, the row number. */
  static final int KEY = 0;
  static final int ORDER = 1;
  static final int ROW = 2;
  static final int CELLS = 3;
  /** Rows of a file (Parquet row index) below 2^40; the files of a folder are ordered by path above it. */
  private static final long FILE_SHIFT = 1L << 40;

  public PopulationInput {
    Objects.requireNonNull(grouped, "grouped");
    header = List.copyOf(header);
    Objects.requireNonNull(description, "description");
    refused = Collections.unmodifiableMap(new LinkedHashMap<>(refused));
    problemsWithoutHousehold = List.copyOf(problemsWithoutHousehold);
    explained = Map.copyOf(explained);
  }

  /** What the first pass says of each household. */
  private static final StructType CHECKED = DataTypes.createStructType(List.of(
      DataTypes.createStructField("key", DataTypes.StringType, false),
      DataTypes.createStructField("first_order", DataTypes.LongType, false),
      DataTypes.createStructField("rows", DataTypes.LongType, false),
      DataTypes.createStructField("invalid_rows", DataTypes.LongType, false),
      DataTypes.createStructField("built", DataTypes.BooleanType, false),
      // 0: computed; 1: refused with a row problem; 2: refused as a whole; 3: not computable (a birth after the months)
      DataTypes.createStructField("refusal_kind", DataTypes.IntegerType, false),
      DataTypes.createStructField("refusal_order", DataTypes.LongType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, true)));

  /**
   * Reads {@code job}'s population file in {@code partitions} partitions and checks every household.
   *
   * @throws PopulationFile.UnreadableFileException when a column is not of the layout or a required one is missing
   */
  public static PopulationInput read(SparkSession spark, ComparisonJob job, int partitions) {
    Dataset<Row> raw = spark.read().parquet(job.populationFile());
    List<String> header = List.of(raw.columns());
    new PopulationFile.HouseholdReader(job.populationFile(), header); // the columns, checked before any job
    List<String> files = new ArrayList<>();
    for (Row r : raw.select(col("_metadata.file_path")).distinct().collectAsList()) {
      files.add(r.getString(0));
    }
    Collections.sort(files);
    Map<String, Long> fileIndex = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      fileIndex.put(files.get(i), i * FILE_SHIFT);
    }
    UserDefinedFunction key = org.apache.spark.sql.functions.udf(
        (UDF1<String, String>) PopulationFile::householdKey, DataTypes.StringType);
    UserDefinedFunction fileBase = org.apache.spark.sql.functions.udf(
        (UDF1<String, Long>) new FileBase(fileIndex), DataTypes.LongType);
    List<Column> columns = new ArrayList<>();
    columns.add(key.apply(col(header.get(header.indexOf("household_id")))).as("_key"));
    Column row = col("_metadata.row_index").plus(1);
    columns.add(fileBase.apply(col("_metadata.file_path")).plus(row).as("_order"));
    columns.add(row.as("_row"));
    for (String c : header) {
      columns.add(col("`" + c + "`").cast(DataTypes.StringType));
    }
    Dataset<Row> grouped = raw.select(columns.toArray(new Column[0]))
        .repartition(partitions, col("_key")).sortWithinPartitions(col("_key"), col("_order"))
        .persist(StorageLevel.MEMORY_AND_DISK());

    String name = fileName(job.populationFile());
    Dataset<Row> checked = grouped.mapPartitions(new Check(job.populationFile(), header, job.from(), job.to()), Encoders.row(CHECKED))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Row totals = checked.agg(sum(col("rows")), sum(col("invalid_rows")),
        sum(when(col("built"), 1L).otherwise(0L)), sum(when(col("key").notEqual(""), 1L).otherwise(0L))).first();
    long rows = totals.isNullAt(0) ? 0 : totals.getLong(0);
    long invalid = totals.isNullAt(1) ? 0 : totals.getLong(1);
    long built = totals.isNullAt(2) ? 0 : totals.getLong(2);
    long households = totals.isNullAt(3) ? 0 : totals.getLong(3);
    Map<String, String> refused = new LinkedHashMap<>();
    List<String> withoutHousehold = new ArrayList<>();
    for (Row r : checked.filter(col("refusal_kind").notEqual(0)).orderBy(col("refusal_kind"), col("refusal_order"))
        .select("key", "reason").collectAsList()) {
      if (r.getString(0).isEmpty()) {
        withoutHousehold.addAll(List.of(r.getString(1).split("\n")));
      } else {
        refused.put(r.getString(0), r.getString(1));
      }
    }
    Map<String, Integer> explained = new HashMap<>();
    if (job.explainedSample() > 0) {
      int i = 0;
      for (Row r : checked.filter(col("refusal_kind").equalTo(0)).orderBy(col("first_order")).limit(job.explainedSample())
          .select("key").collectAsList()) {
        explained.put(r.getString(0), i++);
      }
    }
    checked.unpersist();
    return new PopulationInput(grouped, header, PopulationFile.description(name, built, households, rows, invalid),
        refused, invalid, withoutHousehold, explained);
  }

  /** The name of the file (or folder) in the population's description, as {@code compare --population} gives it. */
  static String fileName(String file) {
    String f = file.endsWith("/") ? file.substring(0, file.length() - 1) : file;
    return f.substring(f.lastIndexOf('/') + 1);
  }

  /** How many households are refused (listed in {@link #refused}). */
  public int refusedCount() {
    return refused.size();
  }

  /** Whether some row or household was refused. */
  public boolean hasProblems() {
    return badRows > 0 || !refused.isEmpty();
  }

  /** Releases the rows kept for the comparison. */
  public void release() {
    grouped.unpersist();
  }

  /** The order of a file's rows after those of the files before it (by path). */
  private static final class FileBase implements UDF1<String, Long> {
    private static final long serialVersionUID = 1L;
    private final HashMap<String, Long> base;

    FileBase(Map<String, Long> base) {
      this.base = new HashMap<>(base);
    }

    @Override
    public Long call(String path) {
      return base.getOrDefault(path, 0L);
    }
  }

  /** One household's rows in a partition of {@link #grouped}. */
  record Group(String key, long firstOrder, List<Long> orders, List<PopulationFile.NumberedRow> rows) {}

  /** The households of a partition of {@link #grouped}, one group of rows at a time. */
  static Iterator<Group> groups(Iterator<Row> rows, int width) {
    return new Iterator<>() {
      private Row pending = rows.hasNext() ? rows.next() : null;

      @Override
      public boolean hasNext() {
        return pending != null;
      }

      @Override
      public Group next() {
        if (pending == null) {
          throw new NoSuchElementException();
        }
        String key = pending.getString(KEY);
        long first = pending.getLong(ORDER);
        List<Long> orders = new ArrayList<>();
        List<PopulationFile.NumberedRow> group = new ArrayList<>();
        while (pending != null && pending.getString(KEY).equals(key)) {
          String[] cells = new String[width];
          for (int i = 0; i < width; i++) {
            cells[i] = pending.isNullAt(CELLS + i) ? null : pending.getString(CELLS + i);
          }
          orders.add(pending.getLong(ORDER));
          group.add(new PopulationFile.NumberedRow(pending.getLong(ROW), cells));
          pending = rows.hasNext() ? rows.next() : null;
        }
        return new Group(key, first, orders, group);
      }
    };
  }

  /**
   * A household of the file, read by the lab's reader and checked as {@code compare --population} checks it before
   * computing: its household, or why it is refused.
   */
  record Checked(PopulationFile.HouseholdRead read, Optional<Household> household, Optional<String> refusal, int kind,
      long refusalOrder) {}

  static Checked check(PopulationFile.HouseholdReader reader, Group g, YearMonth firstMonth, YearMonth lastMonth) {
    PopulationFile.HouseholdRead read = reader.read(g.rows());
    if (read.household().isPresent()) {
      Optional<String> notComputable = PopulationFile.notComputable(read.household().get(), read.dated(), read.inFiles(),
          fr.benefitcalc.core.time.MonthRange.of(firstMonth, lastMonth));
      return notComputable.isEmpty() ? new Checked(read, read.household(), Optional.empty(), 0, g.firstOrder())
          : new Checked(read, Optional.empty(), notComputable, 3, g.firstOrder());
    }
    // compare lists first the households with a refused row, by that row, then those refused as a whole
    long firstProblemRow = Long.MAX_VALUE;
    for (PopulationFile.Problem p : read.problems()) {
      if (p.row().isPresent()) {
        firstProblemRow = Math.min(firstProblemRow, p.row().getAsLong());
      }
    }
    if (firstProblemRow == Long.MAX_VALUE) {
      return new Checked(read, Optional.empty(), read.refusal(), 2, g.firstOrder());
    }
    long order = Long.MAX_VALUE;
    for (int i = 0; i < g.rows().size(); i++) {
      if (g.rows().get(i).number() == firstProblemRow) {
        order = Math.min(order, g.orders().get(i));
      }
    }
    String reason = g.key().isEmpty() ? String.join("\n", read.problems().stream().map(Object::toString).toList())
        : read.refusal().orElseThrow();
    return new Checked(read, Optional.empty(), Optional.of(reason), 1, order);
  }

  /** The first pass: each household of a partition, checked. */
  private static final class Check implements MapPartitionsFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final ArrayList<String> header;
    private final YearMonth firstMonth;
    private final YearMonth lastMonth;

    Check(String source, List<String> header, YearMonth firstMonth, YearMonth lastMonth) {
      this.source = source;
      this.header = new ArrayList<>(header);
      this.firstMonth = firstMonth;
      this.lastMonth = lastMonth;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      PopulationFile.HouseholdReader reader = new PopulationFile.HouseholdReader(source, header);
      Iterator<Group> groups = groups(rows, header.size());
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return groups.hasNext();
        }

        @Override
        public Row next() {
          Group g = groups.next();
          Checked c = check(reader, g, firstMonth, lastMonth);
          return RowFactory.create(g.key(), g.firstOrder(), c.read().rows(), c.read().invalidRows(),
              c.read().household().isPresent(), c.kind(), c.refusalOrder(), c.refusal().orElse(null));
        }
      };
    }
  }
}
