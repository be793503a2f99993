package fr.benefitcalc.lab.report;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.lab.compare.ComparisonResult;
import fr.benefitcalc.lab.compare.ScenarioOutcome;
import fr.benefitcalc.lab.compare.WinnersAndLosers;
import fr.benefitcalc.lab.population.HouseholdGroups;
import fr.benefitcalc.lab.population.HouseholdProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Household-level results as CSV (Apache Commons CSV): one row per household and scenario, with the
 * household's group and attributes ({@link HouseholdProfile}: adults, children, APL zone, housing status, monthly
 * income per consumption unit in euros and its decile among the households compared, activity), its {@code status} ({@code computed}, {@code error}: in error under some scenario, or
 * {@code refused}: refused in the input) and its {@code reason}, and per benefit the amount paid by the
 * decisions and the net amount received after regularisations over the span, in euros. A household in
 * error or refused has no amount: it is in no total.
 */
public final class HouseholdCsv {
  /** The status of a household counted in the totals. */
  public static final String COMPUTED = "computed";
  /** The status of a household in error under some scenario, excluded from every total. */
  public static final String ERROR = "error";
  /** The status of a household refused in the input, never computed. */
  public static final String REFUSED = "refused";

  private HouseholdCsv() {}

  /** Rows formatted together: a block of one scenario's households. */
  private static final int BLOCK = 4_000;

  /** Writes {@code file}. */
  public static void write(ComparisonResult result, Path file) {
    write(result, file, 1);
  }

  /**
   * Writes {@code file}, its rows formatted by {@code threads} threads in blocks of {@value #BLOCK} households (a few
   * blocks ahead of the writer at most) and written in order: the same file whatever the number of threads.
   */
  public static void write(ComparisonResult result, Path file, int threads) {
    write(result, file, threads, BLOCK);
  }

  /** As {@link #write(ComparisonResult, Path, int)}, in blocks of {@code block} households. */
  static void write(ComparisonResult result, Path file, int threads, int block) {
    if (threads < 1 || block < 1) {
      throw new IllegalArgumentException("threads " + threads + " and block " + block + " must be at least 1");
    }
    List<String> header = new ArrayList<>(List.of("household", "type", "income_band", "adults", "children", "zone",
        "housing", "income_per_unit", "income_decile", "activity", "scenario", "status", "reason"));
    int[] deciles = WinnersAndLosers.decilesOfHouseholds(result).orElse(null);
    for (Benefit b : Benefit.values()) {
      header.add(b.name().toLowerCase() + "_paid");
      header.add(b.name().toLowerCase() + "_net");
    }
    header.add("net_difference_with_baseline");
    int width = header.size();
    int n = result.householdIds().size();
    int blocksPerScenario = (n + block - 1) / block + 1; // the last one: the households refused in the input
    int blocks = result.scenarios().size() * blocksPerScenario;
    ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "households.csv");
      t.setDaemon(true);
      return t;
    });
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder head = new StringBuilder();
      new CSVPrinter(head, CSVFormat.DEFAULT.builder().setHeader(header.toArray(new String[0])).get()).close();
      w.write(head.toString());
      if (pool == null) {
        for (int k = 0; k < blocks; k++) {
          w.write(block(result, deciles, width, k / blocksPerScenario, k % blocksPerScenario, block));
        }
      } else {
        ArrayDeque<Future<String>> ahead = new ArrayDeque<>();
        int next = 0;
        for (int k = 0; k < blocks; k++) {
          while (next < blocks && next < k + 2 * threads) {
            int s = next / blocksPerScenario;
            int part = next % blocksPerScenario;
            ahead.add(pool.submit(() -> block(result, deciles, width, s, part, block)));
            next++;
          }
          w.write(ahead.poll().get());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be written", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(file + ": interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(file + ": cannot be written: " + e.getCause(), e.getCause());
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /**
   * The rows of block {@code part} of scenario {@code s}: households {@code part × block ..} while there are, then (the
   * block past them) the households refused in the input.
   */
  private static String block(ComparisonResult result, int[] deciles, int width, int s, int part, int block)
      throws IOException {
    ScenarioOutcome o = result.scenarios().get(s);
    int n = result.householdIds().size();
    int lo = part * block;
    StringBuilder out = new StringBuilder();
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
    if (lo >= n) {
      for (Map.Entry<String, String> r : result.refused().entrySet()) {
        List<Object> row = new ArrayList<>(List.of(r.getKey(), "", "", "", "", "", "", "", "", "", o.scenario().name(),
            REFUSED, r.getValue()));
        while (row.size() < width) {
          row.add("");
        }
        csv.printRecord(row);
      }
      return out.toString();
    }
    boolean profiles = !result.profiles().isEmpty();
    int[] benefitIndex = new int[Benefit.values().length];
    for (Benefit b : Benefit.values()) {
      benefitIndex[b.ordinal()] = o.benefits().indexOf(b);
    }
    boolean noExclusion = result.excluded().isEmpty();
    for (int i = lo; i < Math.min(n, lo + block); i++) {
      csv.print(result.householdIds().get(i));
      csv.print(HouseholdGroups.TYPES[result.types()[i]]);
      csv.print(HouseholdGroups.BANDS[result.bands()[i]]);
      if (profiles) {
        HouseholdProfile p = result.profiles().get(i);
        csv.print(p.adults());
        csv.print(p.children());
        csv.print(p.zone() == 0 ? "" : Integer.toString(p.zone()));
        csv.print(p.housing());
        csv.print(MetricTable.euros(p.incomePerUnit()));
        csv.print(deciles == null || deciles[i] < 0 ? "" : Integer.toString(deciles[i] + 1));
        csv.print(p.activity().label());
      } else {
        for (int k = 0; k < 7; k++) {
          csv.print("");
        }
      }
      csv.print(o.scenario().name());
      String exclusion = noExclusion ? null : result.exclusion(i).orElse(null);
      csv.print(exclusion != null ? ERROR : COMPUTED);
      csv.print(exclusion != null ? exclusion : "");
      for (int k : benefitIndex) {
        csv.print(k < 0 || exclusion != null ? "" : MetricTable.euros(o.paid()[k][i]));
        csv.print(k < 0 || exclusion != null ? "" : MetricTable.euros(o.net()[k][i]));
      }
      csv.print(exclusion != null ? ""
          : MetricTable.euros(Math.subtractExact(o.netTotal(i), result.baseline().netTotal(i))));
      csv.println();
    }
    return out.toString();
  }
}
