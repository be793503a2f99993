package fr.benefitcalc.lab.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks a {@code compare} output folder against itself: the exact totals of {@code summary.json}
 * ({@code totals.paid} and {@code totals.received} of every scenario and benefit) must equal, to the cent
 * and beyond, the sums of the {@code _paid} and {@code _net} columns of the {@code computed} rows of
 * {@code households.csv}, and each scenario must have as many {@code computed} rows as the totals cover
 * households, and a row for every household. The sums are exact decimals ({@link BigDecimal}), so a total
 * that wrapped, dropped a household or rounded differently from the rows is a mismatch.
 *
 * <pre>{@code
 * TotalsCheck.Report r = TotalsCheck.of(Path.of("reports/compare"));
 * r.lines().forEach(System.out::println);   // "S1 AL received: summary 8105889878.72, households.csv 8105889878.72: equal"
 * boolean ok = r.equal();
 * }</pre>
 */
public final class TotalsCheck {
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private TotalsCheck() {}

  /**
   * The result of a check.
   *
   * @param lines one line per figure compared, saying both values and whether they are equal
   * @param equal whether every figure is equal
   */
  public record Report(List<String> lines, boolean equal) {
    public Report {
      lines = List.copyOf(lines);
    }
  }

  /** Sums of one scenario's computed rows. */
  private static final class Sums {
    final Map<String, BigDecimal> columns = new HashMap<>();
    long computed;
    long rows;

    void add(String column, String value) {
      if (value.isEmpty()) {
        return;
      }
      columns.merge(column, new BigDecimal(value), BigDecimal::add);
    }

    BigDecimal get(String column) {
      return columns.getOrDefault(column, BigDecimal.ZERO);
    }
  }

  /**
   * Checks the output folder {@code dir} of a {@code compare} run.
   *
   * @throws IOException when {@code summary.json} or {@code households.csv} cannot be read
   * @throws IllegalArgumentException when {@code summary.json} has no exact totals (written by an older version)
   */
  public static Report of(Path dir) throws IOException {
    JsonNode summary = JSON.readTree(dir.resolve("summary.json").toFile());
    Map<String, Sums> byScenario = new HashMap<>();
    try (Reader r = Files.newBufferedReader(dir.resolve("households.csv"), StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      List<String> amounts = csv.getHeaderNames().stream().filter(h -> h.endsWith("_paid") || h.endsWith("_net")).toList();
      for (CSVRecord row : csv) {
        Sums s = byScenario.computeIfAbsent(row.get("scenario"), k -> new Sums());
        s.rows++;
        if (HouseholdCsv.COMPUTED.equals(row.get("status"))) {
          s.computed++;
          for (String a : amounts) {
            s.add(a, row.get(a));
          }
        }
      }
    }
    JsonNode coverage = summary.get("coverage");
    if (coverage == null) {
      throw new IllegalArgumentException(dir.resolve("summary.json") + ": has no coverage nor exact totals (written by an"
          + " older version of compare)");
    }
    List<String> lines = new ArrayList<>();
    boolean equal = true;
    for (JsonNode scenario : summary.get("scenarios")) {
      String name = scenario.get("name").asText();
      String id = scenario.get("id").asText();
      Sums s = byScenario.getOrDefault(name, new Sums());
      equal &= compare(lines, id + " households computed", BigDecimal.valueOf(coverage.get("covered").asLong()),
          BigDecimal.valueOf(s.computed));
      equal &= compare(lines, id + " households listed", BigDecimal.valueOf(coverage.get("households").asLong()),
          BigDecimal.valueOf(s.rows));
      for (Iterator<Map.Entry<String, JsonNode>> it = scenario.get("benefits").fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> b = it.next();
        JsonNode totals = b.getValue().get("totals");
        if (totals == null) {
          throw new IllegalArgumentException(dir.resolve("summary.json") + ": " + id + " " + b.getKey()
              + " has no exact totals (written by an older version of compare)");
        }
        String column = b.getKey().toLowerCase(java.util.Locale.ROOT);
        equal &= compare(lines, id + " " + b.getKey() + " paid", totals.get("paid").decimalValue(), s.get(column + "_paid"));
        equal &= compare(lines, id + " " + b.getKey() + " received", totals.get("received").decimalValue(),
            s.get(column + "_net"));
      }
    }
    return new Report(lines, equal);
  }

  /** A figure as read (a JSON reader may drop trailing zeros): amounts with at least their cents. */
  private static String shown(BigDecimal x) {
    return (x.scale() > 0 && x.scale() < 2 ? x.setScale(2) : x).toPlainString();
  }

  private static boolean compare(List<String> lines, String what, BigDecimal summary, BigDecimal rows) {
    Objects.requireNonNull(summary, what);
    boolean equal = summary.compareTo(rows) == 0;
    lines.add(what + ": summary.json " + shown(summary) + ", households.csv " + shown(rows) + ": "
        + (equal ? "equal" : "DIFFERENT by " + shown(summary.subtract(rows))));
    return equal;
  }
}
