package fr.benefitcalc.lab.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.bulk.BulkRecalculation;
import fr.benefitcalc.core.bulk.Population;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.trace.Trace;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bulk path (columnar population, cursor, {@link BenefitRule#ofMonth}, worker threads) gives the
 * same cents as the single-household path ({@link BenefitRule#compute} on each household's own
 * {@code ResourceHistory}) for AL, RSA and PA, under several rule sets, in several months, on random
 * populations of the test kit, with the final resources and with the resources known on a date.
 */
class ColumnarAgreesWithObjectsTest {
  private static final Catalog CATALOG = StandardCatalog.create();
  private static final List<String> RULE_SETS = List.of("law", "al-n2-yearly", "al-n1-yearly-07", "rsa-pa-m4-m2",
      "openfisca");
  private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 10),
      YearMonth.of(2025, 4), YearMonth.of(2025, 11));

  @ParameterizedTest
  @ValueSource(strings = {"uniform", "calibrated-with-corrections"})
  void sameCentsBothWays(String kind) {
    HouseholdGenerator generator = kind.equals("uniform") ? HouseholdGenerator.defaults()
        : HouseholdGenerator.calibrated(YearMonth.of(2022, 1), YearMonth.of(2025, 12));
    SplittableRandom rng = new SplittableRandom(kind.hashCode());
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      households.add(generator.next(rng, rng.nextInt(101), "h" + i));
    }
    MonthRange span = MonthRange.of(generator.firstMonth(), generator.lastMonth());
    LocalDate date = LocalDate.of(2024, 11, 1);
    check(households, Population.builder(span), Optional.empty(), h -> h.resources().finalView());
    check(households, Population.builder(span).knownOn(date), Optional.of(date), h -> h.resources().asOf(date));
  }

  private static void check(List<Household> households, Population.Builder builder, Optional<LocalDate> knownOn,
      Function<Household, ResourceView> view) {
    households.forEach(builder::add);
    Population population = builder.build();
    assertThat(population.knownOn()).isEqualTo(knownOn);
    int compared = 0;
    int nonZero = 0;
    try (BulkRecalculation bulk = new BulkRecalculation(population, 2)) {
      for (String name : RULE_SETS) {
        RuleSet ruleSet = CATALOG.ruleSet(name);
        for (Benefit benefit : Benefit.values()) {
          BenefitRule rule = CATALOG.rule(benefit);
          for (YearMonth month : MONTHS) {
            long[] cents = bulk.cents(rule, ruleSet, month);
            for (int i = 0; i < households.size(); i++) {
              Household h = households.get(i);
              long expected = rule.compute(h, view.apply(h), month, ruleSet, Trace.off()).cents();
              assertThat(cents[i]).as("%s %s %s %s known %s", h.id(), benefit, name, month, knownOn)
                  .isEqualTo(expected);
              assertThat(rule.amount(h, view.apply(h), Months.index(month), ruleSet, Trace.off()))
                  .isEqualTo(expected * 10_000_000L);
              compared++;
              nonZero += expected != 0 ? 1 : 0;
            }
          }
        }
      }
    }
    // the comparison is not vacuous: many households get each benefit
    assertThat(compared).isEqualTo(households.size() * RULE_SETS.size() * 3 * MONTHS.size());
    assertThat(nonZero).isGreaterThan(compared / 5);
  }
}
