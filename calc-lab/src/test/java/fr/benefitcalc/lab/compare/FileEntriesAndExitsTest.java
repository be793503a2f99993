package fr.benefitcalc.lab.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.BenefitTimeline;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.population.MonthsInFiles;
import fr.benefitcalc.lab.population.Population;
import fr.benefitcalc.lab.population.PopulationFile;
import fr.benefitcalc.lab.scenario.Scenario;
import fr.benefitcalc.lab.scenario.ScenarioCatalog;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entries and exits of a population file ({@code first_month}, {@code last_month}, docs/population-file.md): a
 * household is neither paid nor due anything outside its months in the files, and in them it is paid and due what
 * the same household in the files every month is; the comparison's totals hold only those months.
 */
class FileEntriesAndExitsTest {
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));

  /** Five copies of one tenant on a low, constant pay (300 € net) (AL, RSA and PA every month), in the files in other months. */
  private static final String FILE = """
      household_id,person_id,month,role,birth_date,housing_status,rent,zone,salary_net,salary_taxable,first_month,last_month
      always,a,other,adult,1985-03-02,tenant,480,2,300,309,,
      leaves,a,other,adult,1985-03-02,tenant,480,2,300,309,,2024-09
      enters,a,other,adult,1985-03-02,tenant,480,2,300,309,2025-02,
      both,a,other,adult,1985-03-02,tenant,480,2,300,309,2024-04,2025-07
      before,a,other,adult,1985-03-02,tenant,480,2,300,309,2021-01,2023-12
      """;

  @TempDir
  Path dir;

  @Test
  void aHouseholdIsPaidAndDueOnlyInItsMonthsInTheFilesWhatItWouldBeThen() throws Exception {
    PopulationFile.Result read = PopulationFile.read(Files.writeString(dir.resolve("pop.csv"), FILE));
    assertThat(read.problems()).isEmpty();
    Population all = read.population();
    Map<String, MonthRange> expected = Map.of(
        "always", SPAN,
        "leaves", MonthRange.of(SPAN.first(), YearMonth.of(2024, 9)),
        "enters", MonthRange.of(YearMonth.of(2025, 2), SPAN.last()),
        "both", MonthRange.of(YearMonth.of(2024, 4), YearMonth.of(2025, 7)));
    // a household in the files in no month compared is not computed, and says why
    Household before = all.households().get(4);
    assertThat(PopulationFile.notComputable(before, all.inFiles("before"), SPAN))
        .contains("household before: not computed: last_month: '2023-12' is before the first month compared 2024-01");
    assertThatThrownBy(() -> all.presence(4, SPAN)).hasMessageContaining("before");
    Population population = all.withHouseholds(all.households().subList(0, 4));

    Catalog catalog = StandardCatalog.create();
    ScenarioCatalog catalogue = new ScenarioCatalog(catalog);
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    for (Benefit b : Benefit.values()) {
      rules.put(b, catalog.rule(b));
    }
    List<Scenario> scenarios = List.of(catalogue.get("S1"), catalogue.get("S0"));
    HouseholdComparison engine = new HouseholdComparison(rules, scenarios, SPAN, 0);
    HouseholdComparison.Outcome always = engine.compute(population.situations(0), population.presence(0, SPAN), 0);
    BigDecimal[][] expectedPaid = new BigDecimal[scenarios.size()][Benefit.values().length];
    for (BigDecimal[] row : expectedPaid) {
      java.util.Arrays.fill(row, BigDecimal.ZERO);
    }
    for (int i = 0; i < population.size(); i++) {
      String id = population.households().get(i).id();
      MonthRange presence = population.presence(i, SPAN);
      assertThat(presence).as(id).isEqualTo(expected.get(id));
      HouseholdComparison.Outcome o = engine.compute(population.situations(i), presence, i);
      assertThat(o.computed()).as(id).isTrue();
      for (int s = 0; s < scenarios.size(); s++) {
        assertThat(engine.benefits(s)).containsExactly(Benefit.AL, Benefit.RSA, Benefit.PA);
        for (int k = 0; k < engine.benefits(s).size(); k++) {
          BenefitTimeline t = o.timeline(s, k).orElseThrow();
          BenefitTimeline full = always.timeline(s, k).orElseThrow();
          assertThat(t.paid().span()).as("%s %s", id, t.benefit()).isEqualTo(presence);
          assertThat(t.due().span()).as("%s %s", id, t.benefit()).isEqualTo(presence);
          for (YearMonth m : presence) {
            assertThat(t.paid().at(m)).as("%s %s paid %s", id, t.benefit(), m).isEqualTo(full.paid().at(m));
            assertThat(t.due().at(m)).as("%s %s due %s", id, t.benefit(), m).isEqualTo(full.due().at(m));
            expectedPaid[s][k] = expectedPaid[s][k].add(BigDecimal.valueOf(full.paid().at(m), 9));
          }
          assertThat(full.paid().at(presence.first())).as("%s %s paid at all", id, t.benefit()).isPositive();
        }
      }
    }
    // the comparison's totals: each household's months in the files only
    ComparisonResult result = Comparison.run(population, rules, new Comparison.Settings(scenarios, SPAN, 0, 1, line -> { }));
    for (int s = 0; s < scenarios.size(); s++) {
      ScenarioOutcome so = result.scenarios().get(s);
      for (int k = 0; k < so.benefits().size(); k++) {
        Benefit b = so.benefits().get(k);
        assertThat(so.metrics().get(b).summary(SPAN.length()).paid()).as("%s %s", so.scenario().id(), b)
            .isEqualByComparingTo(expectedPaid[s][k]);
      }
    }
  }

  @Test
  void monthsInTheFilesMeetTheSpanOrNot() {
    MonthsInFiles in = new MonthsInFiles(Optional.of(YearMonth.of(2024, 5)), Optional.of(YearMonth.of(2024, 8)));
    assertThat(in.within(SPAN)).contains(MonthRange.of(YearMonth.of(2024, 5), YearMonth.of(2024, 8)));
    assertThat(in.within(MonthRange.of(YearMonth.of(2024, 8), YearMonth.of(2024, 9))))
        .contains(MonthRange.of(YearMonth.of(2024, 8), YearMonth.of(2024, 8)));
    assertThat(in.within(MonthRange.of(YearMonth.of(2024, 9), YearMonth.of(2024, 12)))).isEmpty();
    assertThat(in.within(MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2024, 4)))).isEmpty();
    assertThat(MonthsInFiles.ALWAYS.within(SPAN)).contains(SPAN);
    assertThatThrownBy(() -> new MonthsInFiles(Optional.of(YearMonth.of(2024, 5)), Optional.of(YearMonth.of(2024, 4))))
        .hasMessageContaining("2024-04").hasMessageContaining("2024-05");
  }
}
