package fr.benefitcalc.lab.report;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.lab.compare.ComparisonResult;
import fr.benefitcalc.lab.compare.ScenarioOutcome;
import fr.benefitcalc.lab.population.HouseholdGroups;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Household-level results as CSV (Apache Commons CSV): one row per household and scenario, with the
 * household's group, and per benefit the amount paid by the decisions and the net amount received
 * after regularisations over the span, in euros.
 */
public final class HouseholdCsv {
  private HouseholdCsv() {}

  /** Writes {@code file}. */
  public static void write(ComparisonResult result, Path file) {
    List<String> header = new ArrayList<>(List.of("household", "type", "income_band", "scenario"));
    for (Benefit b : Benefit.values()) {
      header.add(b.name().toLowerCase() + "_paid");
      header.add(b.name().toLowerCase() + "_net");
    }
    header.add("net_difference_with_baseline");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header.toArray(new String[0])).get())) {
      for (ScenarioOutcome o : result.scenarios()) {
        for (int i = 0; i < result.households(); i++) {
          List<Object> row = new ArrayList<>();
          row.add(result.householdIds().get(i));
          row.add(HouseholdGroups.TYPES[result.types()[i]]);
          row.add(HouseholdGroups.BANDS[result.bands()[i]]);
          row.add(o.scenario().name());
          for (Benefit b : Benefit.values()) {
            int k = o.benefits().indexOf(b);
            row.add(k < 0 ? "" : MetricTable.euros(o.paid()[k][i]));
            row.add(k < 0 ? "" : MetricTable.euros(o.net()[k][i]));
          }
          row.add(MetricTable.euros(Math.subtractExact(o.netTotal(i), result.baseline().netTotal(i))));
          csv.printRecord(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be written", e);
    }
  }
}
