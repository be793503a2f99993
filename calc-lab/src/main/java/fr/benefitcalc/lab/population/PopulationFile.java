package fr.benefitcalc.lab.population;

import fr.benefitcalc.core.money.Euros;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.lab.population.PopulationLayout.Column;
import fr.benefitcalc.lab.population.PopulationLayout.Scope;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import fr.benefitcalc.testkit.generators.TimelineCase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A population read from a file of one row per person and month ({@code docs/population-file.md}):
 * CSV or Parquet, read through DuckDB with every column as text, then checked row by row with the
 * case format's field rules. A malformed row is a {@link Problem} naming its row number, the column
 * and the value, and the other rows are still read; a household is built from its valid rows, unless
 * none is valid or they contradict each other, in which case it is reported and not loaded.
 *
 * <pre>{@code
 * PopulationFile.Result r = PopulationFile.read(Path.of("households.parquet"));
 * r.problems().forEach(System.err::println);   // "row 12 (household h3): zone: '4' is not an APL zone (1, 2 or 3)"
 * Population population = r.population();      // the households that could be built
 * }</pre>
 *
 * <p>{@link #writeCsv} writes a population in the same layout, so that a generated population can be
 * edited, shared, or read back.
 */
public final class PopulationFile {
  private PopulationFile() {}

  /**
   * What was refused in a population file.
   *
   * @param row the row number in the file (CSV: the header is row 1; Parquet: the first row is 1);
   *     empty for a problem of a household as a whole
   * @param householdId the household concerned ({@code ""} when the row names none)
   * @param column the column refused
   * @param value the value refused, as text ({@code ""} for an empty cell)
   * @param reason why
   */
  public record Problem(OptionalLong row, String householdId, String column, String value, String reason) {
    public Problem {
      Objects.requireNonNull(row, "row");
      Objects.requireNonNull(householdId, "householdId");
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      if (row.isEmpty()) {
        String what = PopulationLayout.HOUSEHOLD_ID.equals(column) ? "" : column + ": '" + value + "' ";
        return "household " + householdId + ": " + what + reason;
      }
      return "row " + row.getAsLong() + (householdId.isEmpty() ? "" : " (household " + householdId + ")") + ": "
          + column + ": '" + value + "' " + reason;
    }
  }

  /**
   * A population read, and what was refused.
   *
   * @param population the households that could be built, in the order of their first row
   * @param problems every row or household refused, in file order (rows first, then households)
   */
  public record Result(Population population, List<Problem> problems) {
    public Result {
      Objects.requireNonNull(population, "population");
      problems = List.copyOf(problems);
    }

    /** Whether some row or household was refused. */
    public boolean hasProblems() {
      return !problems.isEmpty();
    }

    /**
     * The households refused (not loaded), in file order, each with every problem found in its rows and as
     * a whole: none of them is computed nor counted in any total.
     */
    public Map<String, List<String>> refusedHouseholds() {
      Map<String, List<String>> refused = new LinkedHashMap<>();
      java.util.Set<String> loaded = new java.util.HashSet<>();
      population.households().forEach(h -> loaded.add(h.id()));
      for (Problem p : problems) {
        if (!p.householdId().isEmpty() && !loaded.contains(p.householdId())) {
          refused.computeIfAbsent(p.householdId(), k -> new ArrayList<>()).add(p.toString());
        }
      }
      refused.replaceAll((k, v) -> List.copyOf(v));
      return java.util.Collections.unmodifiableMap(refused);
    }
  }

  /** The file itself cannot be read: missing, not CSV nor Parquet, unknown or missing columns. */
  public static final class UnreadableFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableFileException(String message) {
      super(message);
    }
  }

  /**
   * The population of a {@code .csv} (or {@code .csv.gz}) or {@code .parquet} file.
   *
   * @throws UnreadableFileException when the file cannot be read at all
   */
  public static Result read(Path file) {
    Loader loader = new Loader(file.toString(), file.getFileName().toString());
    TableRows.read(file, TableRows.Format.of(file), loader);
    return loader.result();
  }

  /**
   * The population's description, as {@link #read} gives it: e.g. "file pop.parquet: 98 households (2 not loaded),
   * 1200 rows (3 invalid)".
   *
   * @param fileName the file's name
   * @param loaded households loaded
   * @param households households named in the file (loaded or not)
   * @param rows rows read
   * @param invalidRows rows refused
   */
  public static String description(String fileName, long loaded, long households, long rows, long invalidRows) {
    return "file " + fileName + ": " + loaded + " households"
        + (loaded < households ? " (" + (households - loaded) + " not loaded)" : "")
        + ", " + rows + " rows" + (invalidRows > 0 ? " (" + invalidRows + " invalid)" : "");
  }

  /**
   * Why a household loaded from a file cannot be computed up to {@code lastMonth} (a member born after it), as
   * {@code compare --population} reports it ("household h3: not computed: ..."), or empty when it can.
   */
  public static Optional<String> notComputable(Household h, YearMonth lastMonth) {
    try {
      fr.benefitcalc.lab.cases.Plausibility.births(h, lastMonth, PopulationLayout.BIRTH_DATE);
      return Optional.empty();
    } catch (InvalidInputException e) {
      return Optional.of("household " + h.id() + ": not computed: " + e.getMessage());
    }
  }

  /**
   * As {@link #notComputable(Household, YearMonth)} for the months {@code span}, and also when the household is in
   * the files ({@code first_month..last_month}) in none of them: e.g. "household h4: not computed: first_month
   * '2026-03' is after the last month compared 2025-12".
   */
  public static Optional<String> notComputable(Household h, MonthsInFiles inFiles, fr.benefitcalc.core.time.MonthRange span) {
    return notComputable(h, Optional.empty(), inFiles, span);
  }

  /**
   * As {@link #notComputable(Household, MonthsInFiles, fr.benefitcalc.core.time.MonthRange)}, the births checked in
   * every situation of the household ({@code situation} rows: its later situations and the errors held), e.g.
   * "household h1: not computed: birth_date (person k1): '2026-03-01' is after the months computed (up to 2025-12),
   * in its situation from 2025-06".
   *
   * @param h the household (its initial situation)
   * @param dated its later situations and errors held, when its rows give some
   */
  public static Optional<String> notComputable(Household h, Optional<TimelineCase> dated, MonthsInFiles inFiles,
      fr.benefitcalc.core.time.MonthRange span) {
    Optional<String> births = notComputable(h, span.last());
    if (births.isEmpty() && dated.isPresent()) {
      births = laterBirths(dated.get(), span.last());
    }
    if (births.isPresent() || inFiles.within(span).isPresent()) {
      return births;
    }
    return Optional.of("household " + h.id() + ": not computed: " + (inFiles.first().filter(m -> m.isAfter(span.last()))
        .map(m -> PopulationLayout.FIRST_MONTH + ": '" + m + "' is after the last month compared " + span.last())
        .orElseGet(() -> PopulationLayout.LAST_MONTH + ": '" + inFiles.last().orElseThrow()
            + "' is before the first month compared " + span.first())));
  }

  /** The first member born after {@code lastMonth} in a later situation or an error held of {@code dated}, if any. */
  private static Optional<String> laterBirths(TimelineCase dated, YearMonth lastMonth) {
    Map<String, Household> situations = new LinkedHashMap<>();
    dated.changes().forEach((month, h) -> situations.putIfAbsent("its situation from " + month, h));
    for (TimelineCase.HeldError e : dated.errors()) {
      situations.putIfAbsent("the situation held in error from " + e.from() + " (" + e.what() + ")", e.believed());
    }
    for (Map.Entry<String, Household> s : situations.entrySet()) {
      try {
        fr.benefitcalc.lab.cases.Plausibility.births(s.getValue(), lastMonth, PopulationLayout.BIRTH_DATE);
      } catch (InvalidInputException e) {
        return Optional.of("household " + dated.id() + ": not computed: " + e.getMessage() + ", in " + s.getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * One row of a population file, with its number in the file (CSV: the header is row 1; Parquet: the first row
   * is row 1) and its cells as text, in the order of the header ({@code null} or blank: empty).
   */
  public record NumberedRow(long number, String[] cells) {
    public NumberedRow {
      Objects.requireNonNull(cells, "cells");
    }
  }

  /**
   * One household read from its own rows, with the same rules and messages as {@link #read}.
   *
   * @param householdId the household ({@code ""} for rows that name none)
   * @param firstRow the number of its first row
   * @param rows its rows
   * @param invalidRows its rows refused
   * @param household the household, or empty when refused (then {@code problems} says why)
   * @param problems every problem of its rows, in row order, then of the household as a whole
   * @param inFiles the months it is in the agency's files ({@code first_month}, {@code last_month}; always when it
   *     is refused)
   * @param dated the household ({@code household}, its initial situation) with its later situations and the errors
   *     the agency holds ({@code situation} rows), or empty when it is refused
   */
  public record HouseholdRead(String householdId, long firstRow, long rows, long invalidRows,
      Optional<Household> household, List<Problem> problems, MonthsInFiles inFiles, Optional<TimelineCase> dated) {
    public HouseholdRead {
      Objects.requireNonNull(householdId, "householdId");
      Objects.requireNonNull(household, "household");
      problems = List.copyOf(problems);
      Objects.requireNonNull(inFiles, "inFiles");
      Objects.requireNonNull(dated, "dated");
    }

    /**
     * The household's situations for the decision timeline: each later situation as the agency learns it, the
     * errors it holds.
     *
     * @throws java.util.NoSuchElementException when the household is refused
     */
    public fr.benefitcalc.core.timeline.Situations situations() {
      return dated.orElseThrow().situations();
    }

    /**
     * Why the household is refused, as {@code compare --population} lists it (its problems, "; "-joined), or empty
     * when it was loaded.
     */
    public Optional<String> refusal() {
      if (household.isPresent()) {
        return Optional.empty();
      }
      return Optional.of(String.join("; ", problems.stream().map(Problem::toString).toList()));
    }
  }

  /**
   * Reads a population file household by household, from rows already grouped by household (e.g. partitioned by
   * {@code household_id} on the executors of a cluster): each household is checked and built by the same code as
   * {@link #read}, from its rows alone, so a household gives the same household, problems and messages whichever
   * way the file is split. The rows of a group are those whose {@code household_id}, without surrounding spaces
   * ({@link #householdKey}), is the same.
   *
   * <pre>{@code
   * PopulationFile.HouseholdReader reader = new PopulationFile.HouseholdReader("pop.parquet", header);
   * PopulationFile.HouseholdRead h = reader.read(rowsOfOneHousehold);   // in row order
   * h.household().ifPresentOrElse(compute, () -> report(h.refusal().orElseThrow()));
   * }</pre>
   */
  public static final class HouseholdReader {
    private final String source;
    private final List<String> header;

    /**
     * A reader of the rows of {@code source} whose columns are {@code header}.
     *
     * @throws UnreadableFileException when a column is not of the layout, or a required one is missing
     */
    public HouseholdReader(String source, List<String> header) {
      this.source = Objects.requireNonNull(source, "source");
      this.header = List.copyOf(header);
      new Loader(source, source).header(this.header);
    }

    /** The household of {@code rows} (all of one household, in row order). */
    public HouseholdRead read(List<NumberedRow> rows) {
      Loader loader = new Loader(source, source);
      loader.header(header);
      for (NumberedRow r : rows) {
        loader.row(r.number(), r.cells());
      }
      return loader.single();
    }
  }

  /** The key that groups the rows of a household: its {@code household_id} without surrounding spaces ({@code ""} for none). */
  public static String householdKey(String householdId) {
    return Loader.text(householdId);
  }

  /** Reads rows into households. */
  private static final class Loader implements TableRows.Consumer {
    private final String file;
    private final String fileName;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, HouseholdRows> households = new LinkedHashMap<>();
    private Column[] columns;
    private int householdColumn;
    private int personColumn;
    private int monthColumn;
    private int knownOnColumn = -1;
    private int situationColumn = -1;
    private long rows;
    private long invalidRows;

    Loader(String file, String fileName) {
      this.file = file;
      this.fileName = fileName;
    }

    @Override
    public void header(List<String> names) {
      columns = new Column[names.size()];
      List<String> unknown = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        Optional<Column> c = PopulationLayout.column(names.get(i));
        if (c.isEmpty()) {
          unknown.add(names.get(i));
        } else {
          columns[i] = c.get();
        }
      }
      if (!unknown.isEmpty()) {
        throw new UnreadableFileException(file + ": column(s) " + unknown + " are not columns of a population file"
            + " (see docs/population-file.md)");
      }
      List<String> missing = new ArrayList<>(PopulationLayout.REQUIRED);
      missing.removeAll(names);
      if (!missing.isEmpty()) {
        throw new UnreadableFileException(file + ": required column(s) " + missing + " are missing");
      }
      householdColumn = names.indexOf(PopulationLayout.HOUSEHOLD_ID);
      personColumn = names.indexOf(PopulationLayout.PERSON_ID);
      monthColumn = names.indexOf(PopulationLayout.MONTH);
      knownOnColumn = names.indexOf(PopulationLayout.KNOWN_ON);
      situationColumn = names.indexOf(PopulationLayout.SITUATION);
    }

    @Override
    public void row(long number, String[] cells) {
      rows++;
      String householdId = text(cells[householdColumn]);
      if (householdId.isEmpty()) {
        invalidRows++;
        problems.add(new Problem(OptionalLong.of(number), "", PopulationLayout.HOUSEHOLD_ID, "", "is required"));
        return;
      }
      int before = problems.size();
      HouseholdRows household = households.computeIfAbsent(householdId, id -> new HouseholdRows(id, number));
      String personId = key(cells, personColumn, number, householdId).map(String.class::cast).orElse("");
      @SuppressWarnings("unchecked")
      Optional<YearMonth> month = key(cells, monthColumn, number, householdId)
          .map(m -> (Optional<YearMonth>) m).orElse(Optional.empty());
      boolean other = PopulationLayout.OTHER_MONTHS.equals(text(cells[monthColumn]));
      String situation = situationColumn < 0 ? "" : text(cells[situationColumn]);
      Optional<LocalDate> knownOn = knownOnColumn < 0 || text(cells[knownOnColumn]).isEmpty() ? Optional.empty()
          : key(cells, knownOnColumn, number, householdId).map(LocalDate.class::cast);
      Map<Column, Object> values = new LinkedHashMap<>();
      Map<Column, String> texts = new LinkedHashMap<>();
      for (int i = 0; i < cells.length; i++) {
        Column c = columns[i];
        String t = text(cells[i]);
        if (c.scope() == Scope.KEY || t.isEmpty()) {
          continue;
        }
        try {
          values.put(c, c.parse(t));
          texts.put(c, t);
        } catch (InvalidInputException e) {
          problems.add(problem(number, householdId, e));
        }
      }
      if (other && knownOn.isPresent()) {
        problems.add(new Problem(OptionalLong.of(number), householdId, PopulationLayout.KNOWN_ON,
            knownOn.get().toString(), "cannot date a row of every other month (month \"" + PopulationLayout.OTHER_MONTHS
            + "\"): its values are known from the start"));
      }
      for (Column c : values.keySet()) {
        if (situation.isEmpty() && c.scope() == Scope.SITUATION) {
          problems.add(new Problem(OptionalLong.of(number), householdId, c.name(), texts.get(c),
              "is for a later situation of the household, and the row's " + PopulationLayout.SITUATION
              + " is empty (the initial situation)"));
        }
        if (other && c.category().isPresent() && c.category().get().isAnnual()) {
          problems.add(new Problem(OptionalLong.of(number), householdId, c.name(), texts.get(c),
              "needs a month (it is the amount of that month's year), not \"" + PopulationLayout.OTHER_MONTHS + "\""));
        }
      }
      if (problems.size() > before) {
        invalidRows++;
        household.invalidRow();
        return;
      }
      household.add(new HouseholdRows.Row(number, situation, personId, month, knownOn, values, texts), problems);
    }

    /** A key cell read, or empty with a problem when it is empty or invalid. */
    private Optional<Object> key(String[] cells, int column, long number, String householdId) {
      String t = text(cells[column]);
      if (t.isEmpty()) {
        problems.add(new Problem(OptionalLong.of(number), householdId, columns[column].name(), "", "is required"));
        return Optional.empty();
      }
      try {
        return Optional.of(columns[column].parse(t));
      } catch (InvalidInputException e) {
        problems.add(problem(number, householdId, e));
        return Optional.empty();
      }
    }

    private static Problem problem(long number, String householdId, InvalidInputException e) {
      String prefix = e.field() + ": '" + e.value() + "' ";
      String reason = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
      return new Problem(OptionalLong.of(number), householdId, e.field(), e.value(), reason);
    }

    /** A cell's text without surrounding spaces; an empty or missing cell is {@code ""}. */
    static String text(String cell) {
      return cell == null ? "" : cell.strip();
    }

    Result result() {
      List<Household> loaded = new ArrayList<>();
      Map<String, MonthsInFiles> inFiles = new LinkedHashMap<>();
      Map<String, TimelineCase> dated = new LinkedHashMap<>();
      HouseholdRows.MonthSpan months = new HouseholdRows.MonthSpan();
      List<Problem> householdProblems = new ArrayList<>();
      for (HouseholdRows h : households.values()) {
        h.build(householdProblems, months).ifPresent(built -> {
          loaded.add(built.initial());
          inFiles.put(built.id(), h.inFiles());
          dated.put(built.id(), built);
        });
      }
      List<Problem> all = new ArrayList<>(problems);
      all.addAll(householdProblems);
      YearMonth first = months.first().orElse(FIRST_COVERED);
      YearMonth last = months.last().orElse(LAST_COVERED);
      String description = description(fileName, loaded.size(), households.size(), rows, invalidRows);
      dated.replaceAll((id, c) -> c.withSpan(fr.benefitcalc.core.time.MonthRange.of(first, last)));
      return new Result(new Population(description, loaded, first, last, inFiles, dated), all);
    }

    /** The one household of the rows read (or the rows naming none), read as {@link #result} reads it. */
    HouseholdRead single() {
      if (households.size() > 1) {
        throw new IllegalArgumentException("rows of " + households.size() + " households " + households.keySet()
            + " given as one");
      }
      List<Problem> all = new ArrayList<>(problems);
      if (households.isEmpty()) {
        return new HouseholdRead("", 0, rows, invalidRows, Optional.empty(), all, MonthsInFiles.ALWAYS, Optional.empty());
      }
      Map.Entry<String, HouseholdRows> e = households.entrySet().iterator().next();
      Optional<TimelineCase> c = e.getValue().build(all, new HouseholdRows.MonthSpan());
      return new HouseholdRead(e.getKey(), e.getValue().firstRow(), rows, invalidRows, c.map(TimelineCase::initial), all,
          c.isPresent() ? e.getValue().inFiles() : MonthsInFiles.ALWAYS, c);
    }
  }

  /** The months of a population whose rows give no month: those the legal parameters cover. */
  static final YearMonth FIRST_COVERED = YearMonth.of(2021, 1);
  static final YearMonth LAST_COVERED = YearMonth.of(2026, 12);

  // ------------------------------------------------------------------------------------ writing

  /**
   * Writes {@code population} as a CSV population file: per situation of each household (its initial one, then each
   * later one and each error it holds, {@code situation}: {@code change-YYYY-MM}, {@code error-N}), per person, a row
   * of month {@value PopulationLayout#OTHER_MONTHS} (its attributes, the amounts of every month without a value of its
   * own, and on the first person's row the household's rent and benefits of those months), then a row per month and
   * date known of its dated values; household, person and situation columns are repeated on every row, and so are
   * the months the household is in the files ({@code first_month}, {@code last_month}: a file's, or the entries and
   * exits a synthetic population drew over the months of right it was drawn for, {@link Population#inFiles(int)}).
   * {@link #read} gives back equal households, with the same situations, in the files in the same months.
   */
  public static void writeCsv(Population population, Path file) throws IOException {
    List<Column> columns = PopulationLayout.columns();
    String[] header = columns.stream().map(Column::name).toArray(String[]::new);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < header.length; i++) {
      index.put(header[i], i);
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
         CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
      for (int i = 0; i < population.size(); i++) {
        TimelineCase c = population.timelineCase(i);
        MonthsInFiles in = population.inFiles(i);
        List<String[]> out = new ArrayList<>(rows(c.initial(), index));
        for (Map.Entry<YearMonth, Household> e : c.changes().entrySet()) {
          YearMonth m = e.getKey();
          TimelineCase.Learnt l = c.learnt().getOrDefault(m, new TimelineCase.Learnt(m.atDay(1),
              fr.benefitcalc.core.timeline.explain.Cause.SituationKnown.Origin.DECLARED, "new situation"));
          for (String[] row : rows(e.getValue(), index)) {
            situation(row, index, "change-" + m, m, l.knownOn(), null, l.origin(), l.what());
            out.add(row);
          }
        }
        for (int k = 0; k < c.errors().size(); k++) {
          TimelineCase.HeldError e = c.errors().get(k);
          for (String[] row : rows(e.believed(), index)) {
            situation(row, index, "error-" + (k + 1), e.from(), e.enteredOn(), e.correctedOn(), e.origin(), e.what());
            out.add(row);
          }
        }
        for (String[] row : out) {
          set(row, index, PopulationLayout.FIRST_MONTH, in.first().map(YearMonth::toString).orElse(null));
          set(row, index, PopulationLayout.LAST_MONTH, in.last().map(YearMonth::toString).orElse(null));
          csv.printRecord((Object[]) row);
        }
      }
    }
  }

  /** Sets the situation columns of a row of a later situation or an error ({@code correctedOn} null: a change). */
  private static void situation(String[] row, Map<String, Integer> index, String key, YearMonth from, LocalDate knownOn,
      LocalDate correctedOn, fr.benefitcalc.core.timeline.explain.Cause.SituationKnown.Origin origin, String what) {
    set(row, index, PopulationLayout.SITUATION, key);
    set(row, index, PopulationLayout.SITUATION_FROM, from.toString());
    set(row, index, PopulationLayout.SITUATION_KNOWN_ON, knownOn.toString());
    set(row, index, PopulationLayout.SITUATION_CORRECTED_ON, correctedOn == null ? null : correctedOn.toString());
    set(row, index, PopulationLayout.SITUATION_ORIGIN, PopulationLayout.originKey(origin));
    set(row, index, PopulationLayout.SITUATION_WHAT, what);
  }

  /** A row's place: person, month ({@code empty} for every other month, first), date known (empty first). */
  private record RowKey(int person, Optional<YearMonth> month, Optional<LocalDate> knownOn) {}

  private static final Comparator<Optional<YearMonth>> MONTHS =
      Comparator.comparing(m -> m.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));
  private static final Comparator<Optional<LocalDate>> DATES =
      Comparator.comparing(d -> d.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));
  private static final Comparator<RowKey> ROW_ORDER = Comparator.comparingInt(RowKey::person)
      .thenComparing(RowKey::month, MONTHS).thenComparing(RowKey::knownOn, DATES);

  private static List<String[]> rows(Household h, Map<String, Integer> index) {
    TreeMap<RowKey, String[]> rows = new TreeMap<>(ROW_ORDER);
    int width = index.size();
    ResourceHistory r = h.resources();
    for (int p = 0; p < h.persons().size(); p++) {
      String[] other = rows.computeIfAbsent(new RowKey(p, Optional.empty(), Optional.empty()), k -> new String[width]);
      for (IncomeCategory c : IncomeCategory.values()) {
        if (r.constant(p, c) != 0) {
          other[index.get(PopulationLayout.incomeColumn(c))] = PopulationLayout.format(r.constant(p, c));
        }
      }
    }
    for (ResourceHistory.Value v : r.values()) {
      rows.computeIfAbsent(new RowKey(v.person(), Optional.of(v.month()), v.knownOn()), k -> new String[width])
          [index.get(PopulationLayout.incomeColumn(v.category()))] = PopulationLayout.format(v.amount());
    }
    if (h.housing().isPresent()) {
      monthly(rows, index.get(PopulationLayout.RENT), h.housing().get().rent(), width);
      if (h.housing().get().loan().isPresent()) {
        monthly(rows, index.get(PopulationLayout.LOAN_PAYMENT), h.housing().get().loan().get().payment(), width);
      }
    }
    for (Map.Entry<ReceivedBenefit, MonthlyAmounts> e : new TreeMap<>(h.benefitsReceived()).entrySet()) {
      monthly(rows, index.get(PopulationLayout.benefitColumn(e.getKey())), e.getValue(), width);
    }
    List<String[]> out = new ArrayList<>(rows.size());
    for (Map.Entry<RowKey, String[]> e : rows.entrySet()) {
      String[] row = e.getValue();
      RowKey k = e.getKey();
      Person person = h.persons().get(k.person());
      set(row, index, PopulationLayout.HOUSEHOLD_ID, h.id());
      set(row, index, PopulationLayout.PERSON_ID, person.id());
      set(row, index, PopulationLayout.MONTH, k.month().map(YearMonth::toString).orElse(PopulationLayout.OTHER_MONTHS));
      set(row, index, PopulationLayout.KNOWN_ON, k.knownOn().map(LocalDate::toString).orElse(null));
      set(row, index, PopulationLayout.ROLE, person.isAdult() ? "adult" : "child");
      set(row, index, PopulationLayout.BIRTH_DATE, person.birthDate().toString());
      set(row, index, PopulationLayout.STUDENT, Boolean.toString(person.student()));
      set(row, index, PopulationLayout.SCHOLARSHIP, Boolean.toString(person.scholarship()));
      set(row, index, PopulationLayout.PREGNANT, Boolean.toString(person.pregnant()));
      set(row, index, PopulationLayout.RETIRED, Boolean.toString(person.retired()));
      set(row, index, PopulationLayout.DISABLED, Boolean.toString(person.disabled()));
      set(row, index, PopulationLayout.UNEMPLOYED_SINCE, person.unemployedSince().map(LocalDate::toString).orElse(null));
      set(row, index, PopulationLayout.COUPLE, Boolean.toString(h.couple()));
      if (h.housing().isPresent()) {
        Housing housing = h.housing().get();
        set(row, index, PopulationLayout.HOUSING_STATUS, housing.status().key());
        set(row, index, PopulationLayout.ZONE, housing.zone() == 0 ? null : Integer.toString(housing.zone()));
        set(row, index, PopulationLayout.CONVENTIONNE, Boolean.toString(housing.conventionne()));
        set(row, index, PopulationLayout.SHARED, Boolean.toString(housing.shared()));
        set(row, index, PopulationLayout.ROOM, Boolean.toString(housing.room()));
        if (housing.foyer().isPresent()) {
          fr.benefitcalc.core.household.Foyer f = housing.foyer().get();
          set(row, index, PopulationLayout.FOYER_TYPE, f.type().key());
          set(row, index, PopulationLayout.YOUNG_WORKERS, Boolean.toString(f.youngWorkers()));
          set(row, index, PopulationLayout.CONVENTION_DATE, f.conventionDate().map(LocalDate::toString).orElse(null));
          set(row, index, PopulationLayout.AL_CATEGORY, f.alCategory().key());
        }
        if (housing.loan().isPresent()) {
          fr.benefitcalc.core.household.Loan l = housing.loan().get();
          set(row, index, PopulationLayout.LOAN_SIGNED, l.signed().toString());
          set(row, index, PopulationLayout.LOAN_KIND, l.kind().key());
          set(row, index, PopulationLayout.LOAN_PURPOSE, l.purpose().key());
          set(row, index, PopulationLayout.FIRST_OCCUPANT, Boolean.toString(l.firstOccupant()));
          set(row, index, PopulationLayout.ENTRY_DATE, l.entryDate().map(LocalDate::toString).orElse(null));
          set(row, index, PopulationLayout.CO_OWNERS, Boolean.toString(l.coOwners()));
          set(row, index, PopulationLayout.RESOURCE_FLOOR_EXEMPT, Boolean.toString(l.resourceFloorExempt()));
        }
      }
      set(row, index, PopulationLayout.RECENT_ISOLATION, Boolean.toString(h.recentIsolation()));
      set(row, index, PopulationLayout.RSA_PA_EXPERIMENT, Boolean.toString(h.rsaPaExperiment()));
      set(row, index, PopulationLayout.AL_RESOURCE_BASE, h.alResourceBase().map(m -> PopulationLayout.format(Euros.toFixed(m))).orElse(null));
      out.add(row);
    }
    return out;
  }

  /** A household amount: every other month on the first person's {@code other} row, listed months on its month rows. */
  private static void monthly(TreeMap<RowKey, String[]> rows, int column, MonthlyAmounts amounts, int width) {
    rows.get(new RowKey(0, Optional.empty(), Optional.empty()))[column] = PopulationLayout.format(amounts.otherMonths());
    for (Map.Entry<YearMonth, Long> e : amounts.listedMonths().entrySet()) {
      rows.computeIfAbsent(new RowKey(0, Optional.of(e.getKey()), Optional.empty()), k -> new String[width])[column] =
          PopulationLayout.format(e.getValue());
    }
  }

  private static void set(String[] row, Map<String, Integer> index, String column, String value) {
    row[index.get(column)] = value;
  }

  /** The column names of the layout, in order (for documentation and tests). */
  public static List<String> columns() {
    return PopulationLayout.columns().stream().map(Column::name).toList();
  }
}
