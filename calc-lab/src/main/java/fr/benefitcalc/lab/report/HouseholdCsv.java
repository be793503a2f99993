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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /** Writes {@code file}. */
  public static void write(ComparisonResult result, Path file) {
    List<String> header = new ArrayList<>(List.of("household", "type", "income_band", "adults", "children", "zone",
        "housing", "income_per_unit", "income_decile", "activity", "scenario", "status", "reason"));
    int[] deciles = WinnersAndLosers.decilesOfHouseholds(result).orElse(null);
    boolean profiles = !result.profiles().isEmpty();
    for (Benefit b : Benefit.values()) {
      header.add(b.name().toLowerCase() + "_paid");
      header.add(b.name().toLowerCase() + "_net");
    }
    header.add("net_difference_with_baseline");
    int width = header.size();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header.toArray(new String[0])).get())) {
      for (ScenarioOutcome o : result.scenarios()) {
        for (int i = 0; i < result.householdIds().size(); i++) {
          List<Object> row = new ArrayList<>(width);
          row.add(result.householdIds().get(i));
          row.add(HouseholdGroups.TYPES[result.types()[i]]);
          row.add(HouseholdGroups.BANDS[result.bands()[i]]);
          if (profiles) {
            HouseholdProfile p = result.profiles().get(i);
            row.add(p.adults());
            row.add(p.children());
            row.add(p.zone() == 0 ? "" : Integer.toString(p.zone()));
            row.add(p.housing());
            row.add(MetricTable.euros(p.incomePerUnit()));
            row.add(WinnersAndLosers.decile(deciles, i).map(String::valueOf).orElse(""));
            row.add(p.activity().label());
          } else {
            for (int k = 0; k < 7; k++) {
              row.add("");
            }
          }
          row.add(o.scenario().name());
          Optional<String> exclusion = result.exclusion(i);
          row.add(exclusion.isPresent() ? ERROR : COMPUTED);
          row.add(exclusion.orElse(""));
          for (Benefit b : Benefit.values()) {
            int k = o.benefits().indexOf(b);
            row.add(k < 0 || exclusion.isPresent() ? "" : MetricTable.euros(o.paid()[k][i]));
            row.add(k < 0 || exclusion.isPresent() ? "" : MetricTable.euros(o.net()[k][i]));
          }
          row.add(exclusion.isPresent() ? ""
              : MetricTable.euros(Math.subtractExact(o.netTotal(i), result.baseline().netTotal(i))));
          csv.printRecord(row);
        }
        for (Map.Entry<String, String> r : result.refused().entrySet()) {
          List<Object> row = new ArrayList<>(List.of(r.getKey(), "", "", "", "", "", "", "", "", "", o.scenario().name(),
              REFUSED, r.getValue()));
          while (row.size() < width) {
            row.add("");
          }
          csv.printRecord(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be written", e);
    }
  }
}
