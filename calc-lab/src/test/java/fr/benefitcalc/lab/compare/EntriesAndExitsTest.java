package fr.benefitcalc.lab.compare;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.BenefitTimeline;
import fr.benefitcalc.core.timeline.regularisation.Regularisation;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.population.Population;
import fr.benefitcalc.lab.population.SyntheticPopulation;
import fr.benefitcalc.lab.scenario.ScenarioCatalog;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Households entering and leaving the files (docs/population.md, "Entries and exits"): one in the files part of the
 * span is computed over those months only, neither paid nor due outside them, and the comparison's per-year figures
 * and recipients count it only then.
 */
class EntriesAndExitsTest {
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));

  @Test
  void aHouseholdOutOfTheFilesIsNeitherPaidNorDueThen() {
    Catalog catalog = StandardCatalog.create();
    ScenarioCatalog scenarios = new ScenarioCatalog(catalog);
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    for (Benefit b : Benefit.values()) {
      rules.put(b, catalog.rule(b));
    }
    HouseholdComparison engine = new HouseholdComparison(rules, List.of(scenarios.get("S1"), scenarios.get("S0")), SPAN, 0);
    Population population = SyntheticPopulation.forComparison(300, 1, SPAN.first(), SPAN.last());
    int partial = 0;
    int paidPartial = 0;
    for (int i = 0; i < population.size(); i++) {
      MonthRange presence = population.presence(i, SPAN);
      if (presence.equals(SPAN)) {
        continue;
      }
      partial++;
      HouseholdComparison.Outcome o = engine.compute(population.situations(i), presence, i);
      assertThat(o.computed()).as(o.householdId()).isTrue();
      for (int s = 0; s < 2; s++) {
        for (int k = 0; k < engine.benefits(s).size(); k++) {
          BenefitTimeline t = o.timeline(s, k).orElseThrow();
          assertThat(t.paid().span()).isEqualTo(presence);
          assertThat(t.due().span()).isEqualTo(presence);
          for (Regularisation r : t.regularisations()) {
            assertThat(presence.contains(r.month())).as("%s regularises %s", o.householdId(), r.month()).isTrue();
          }
          BenefitMetrics.Summary m = BenefitMetrics.of(t, SPAN).summary(SPAN.length());
          assertThat(m.recipients() * SPAN.length()).isLessThanOrEqualTo(presence.length());
          BigDecimal paid = m.years().stream().map(BenefitMetrics.Year::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
          assertThat(paid).isEqualByComparingTo(m.paid());
          for (BenefitMetrics.Year y : m.years()) {
            long monthsIn = 0;
            for (YearMonth x : presence) {
              monthsIn += x.getYear() == y.year() ? 1 : 0;
            }
            assertThat(y.recipientMonths()).isLessThanOrEqualTo(monthsIn);
          }
          paidPartial += m.paid().signum() > 0 ? 1 : 0;
        }
      }
    }
    assertThat(partial).isGreaterThan(60); // about two households in five enter or leave within two years
    assertThat(paidPartial).isPositive();
    assertThat(population.presence(0, SPAN).first()).isAfterOrEqualTo(SPAN.first());
  }
}
