package fr.benefitcalc.lab.compare;

import fr.benefitcalc.core.money.Euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.lab.population.Population;
import fr.benefitcalc.lab.population.SyntheticPopulation;
import fr.benefitcalc.lab.report.MetricTable;
import fr.benefitcalc.lab.scenario.ScenarioCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  private static final Catalog CATALOG = StandardCatalog.create();
  private static final ScenarioCatalog SCENARIOS = new ScenarioCatalog(CATALOG);
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2023, 1), YearMonth.of(2025, 12));

  private static Map<Benefit, BenefitRule> rules(Benefit... benefits) {
    Map<Benefit, BenefitRule> m = new EnumMap<>(Benefit.class);
    for (Benefit b : benefits) {
      m.put(b, CATALOG.rule(b));
    }
    return m;
  }

  private static ComparisonResult run(Population p, Map<Benefit, BenefitRule> rules, String... scenarios) {
    List<fr.benefitcalc.lab.scenario.Scenario> chosen = new ArrayList<>();
    for (String s : scenarios) {
      chosen.add(SCENARIOS.get(s));
    }
    return Comparison.run(p, rules, new Comparison.Settings(chosen, SPAN, 0, 2, line -> { }));
  }

  /**
   * A single tenant paid 1 000 € of taxable salary every month, known from the start, except June 2023, whose
   * salary is corrected to 1 600 € on 2025-01-20. Under M-13..M-2 recalculated each quarter, June 2023 lies in the
   * windows of the decisions of 2023-10 (2022-09..2023-08), 2024-01, 2024-04 and 2024-07 (2023-06..2024-05): the
   * correction reopens those four. Under N-1 updated each January it lies only in the window of 2024-01 (year 2023).
   */
  private static Household correctedOnce(String id) {
    ResourceHistory r = ResourceHistory.builder(1)
        .constant(0, IncomeCategory.SALARY_TAXABLE, Euros.of("1000"))
        .value(0, IncomeCategory.SALARY_TAXABLE, YearMonth.of(2023, 6), Euros.of("1600"), LocalDate.of(2025, 1, 20))
        .build();
    return Household.builder(id).person(Person.adult("a1", LocalDate.of(1985, 5, 1)))
        .housing(Housing.tenant(2, MonthlyAmounts.constant(Euros.of("450"))))
        .received(ReceivedBenefit.RSA, MonthlyAmounts.none()).resources(r).build();
  }

  @Test
  void oneCorrectionReopensFourQuarterlyDecisionsButOneYearlyDecision() {
    Population p = new Population("one household", List.of(correctedOnce("h1")), YearMonth.of(2021, 1), YearMonth.of(2025, 12));
    ComparisonResult r = run(p, rules(Benefit.AL), "S1", "S2");
    BenefitMetrics.Summary quarterly = r.scenarios().get(0).metrics().get(Benefit.AL).summary(SPAN.length());
    BenefitMetrics.Summary yearly = r.scenarios().get(1).metrics().get(Benefit.AL).summary(SPAN.length());
    assertThat(quarterly.decisions()).isEqualTo(12);
    assertThat(quarterly.reopenedDecisions()).isEqualTo(4);
    assertThat(yearly.decisions()).isEqualTo(3);
    assertThat(yearly.reopenedDecisions()).isEqualTo(1);
    // more resources found later: the AL was overpaid, every regularisation is an indu, applied (always regularise)
    assertThat(quarterly.appliedIndus()).isNegative();
    assertThat(quarterly.appliedRappels()).isZero();
    // 4 decisions of 3 months each, regularised month by month
    assertThat(quarterly.appliedIndusCount()).isEqualTo(12);
    assertThat(yearly.appliedIndusCount()).isEqualTo(12);
    // conservation: paid + applied = due, nothing frozen
    assertThat(quarterly.netPaid()).isEqualTo(quarterly.due());
    assertThat(yearly.netPaid()).isEqualTo(yearly.due());
  }

  /**
   * The lag from a resource's month to the payment that first reflects it. Under S1 (M-13..M-2, decisions each
   * January, April, July and October of 2023-2025), the months counted are those after the first decision's
   * window (2021-12..2022-11) up to the last one's (2025-10: ..2025-08): 2022-12..2025-08, 33 months. December,
   * January and February enter the window of April (paid in May): 5, 4 and 3 months; likewise each quarter: 4 on
   * average. June 2023, first paid in November 2023 (5 months), has its final value paid only by the
   * regularisation of 2025-01-20, with the payment of February 2025: 20 months, 15 more. Under N-1 updated each
   * January, the months of 2022 and 2023 are first paid in February of the next year: 13 down to 2, 7.5 on average;
   * June 2023 waits until February 2025 instead of 2024: 12 more.
   */
  @Test
  void theLagFromAResourceToItsPaymentFollowsTheWindowAndTheRegularisations() {
    Population p = new Population("one household", List.of(correctedOnce("h1")), YearMonth.of(2021, 1), YearMonth.of(2025, 12));
    ComparisonResult r = run(p, rules(Benefit.AL), "S1", "S2");
    BenefitMetrics.Summary quarterly = r.scenarios().get(0).metrics().get(Benefit.AL).summary(SPAN.length());
    BenefitMetrics.Summary yearly = r.scenarios().get(1).metrics().get(Benefit.AL).summary(SPAN.length());
    assertThat(quarterly.resourceMonths()).isEqualTo(33);
    assertThat(quarterly.meanResourceLagMonths()).isEqualTo((33 * 4 + 15) / 33.0);
    assertThat(yearly.resourceMonths()).isEqualTo(24);
    assertThat(yearly.meanResourceLagMonths()).isEqualTo((24 * 7.5 + 12) / 24.0);
    // June 2024 corrected on 2025-03-10: first paid (by the decision of October 2024) in November, its final value
    // only by the regularisation of March 2025, paid in April: 10 months instead of 5
    ResourceHistory late = ResourceHistory.builder(1)
        .constant(0, IncomeCategory.SALARY_TAXABLE, Euros.of("1000"))
        .value(0, IncomeCategory.SALARY_TAXABLE, YearMonth.of(2024, 6), Euros.of("1600"), LocalDate.of(2025, 3, 10))
        .build();
    Household h = correctedOnce("h2").withResources(late);
    ComparisonResult r2 = run(new Population("one household", List.of(h), YearMonth.of(2021, 1), YearMonth.of(2025, 12)),
        rules(Benefit.AL), "S1");
    BenefitMetrics.Summary corrected = r2.scenarios().get(0).metrics().get(Benefit.AL).summary(SPAN.length());
    assertThat(corrected.appliedIndus()).isNegative();
    assertThat(corrected.resourceMonths()).isEqualTo(33);
    assertThat(corrected.meanResourceLagMonths()).isEqualTo((33 * 4 + 5) / 33.0);
  }

  /** The amounts per calendar year add up to the totals of the span, exactly. */
  @Test
  void theYearsOfTheSpanAddUpToItsTotals() {
    Population p = SyntheticPopulation.generate(60, 5, YearMonth.of(2022, 1), YearMonth.of(2025, 12));
    ComparisonResult r = run(p, rules(Benefit.AL, Benefit.RSA, Benefit.PA), "S1", "S4");
    for (ScenarioOutcome o : r.scenarios()) {
      for (Benefit b : o.benefits()) {
        BenefitMetrics.Summary s = o.metrics().get(b).summary(SPAN.length());
        List<BenefitMetrics.Year> years = s.years();
        assertThat(years).extracting(BenefitMetrics.Year::year).containsExactly(2023, 2024, 2025);
        assertThat(years).extracting(BenefitMetrics.Year::months).containsExactly(12, 12, 12);
        assertThat(years.stream().map(BenefitMetrics.Year::paid).reduce(BigDecimal.ZERO, BigDecimal::add))
            .isEqualByComparingTo(s.paid());
        assertThat(years.stream().map(BenefitMetrics.Year::received).reduce(BigDecimal.ZERO, BigDecimal::add))
            .isEqualByComparingTo(s.netPaid());
        assertThat(years.stream().map(BenefitMetrics.Year::indus).reduce(BigDecimal.ZERO, BigDecimal::add))
            .isEqualByComparingTo(s.appliedIndus());
        assertThat(years.stream().map(BenefitMetrics.Year::frozen).reduce(BigDecimal.ZERO, BigDecimal::add))
            .isEqualByComparingTo(s.frozenIndus().add(s.frozenRappels()));
      }
    }
  }

  @Test
  void aThresholdFreezesTheRegularisationsAboveIt() {
    Population p = new Population("one household", List.of(correctedOnce("h1")), YearMonth.of(2021, 1), YearMonth.of(2025, 12));
    ComparisonResult r = run(p, rules(Benefit.AL), "S1", "S9-0", "S9-never");
    BenefitMetrics.Summary always = r.scenarios().get(0).metrics().get(Benefit.AL).summary(SPAN.length());
    BenefitMetrics.Summary zero = r.scenarios().get(1).metrics().get(Benefit.AL).summary(SPAN.length());
    BenefitMetrics.Summary never = r.scenarios().get(2).metrics().get(Benefit.AL).summary(SPAN.length());
    // a ceiling of 0 €: every regularisation is above it, so none is applied; same as never regularising
    assertThat(zero.appliedIndus()).isZero();
    assertThat(zero.frozenIndus()).isEqualTo(always.appliedIndus());
    assertThat(zero.frozenAboveThreshold()).isEqualTo(always.appliedIndus());
    assertThat(never.frozenIndus()).isEqualTo(always.appliedIndus());
    assertThat(never.netPaid()).isEqualTo(always.paid());
    // the households keep what they were paid: they "win" against S1 by the frozen indus
    assertThat(r.differences(r.scenarios().get(1), true).winners()[0]).isEqualTo(1);
  }

  @Test
  void twoRunsWithTheSameSeedGiveTheSameOutputs() {
    Population a = SyntheticPopulation.generate(300, 7, YearMonth.of(2021, 1), YearMonth.of(2025, 12));
    Population b = SyntheticPopulation.generate(300, 7, YearMonth.of(2021, 1), YearMonth.of(2025, 12));
    assertThat(a.households()).isEqualTo(b.households());
    ComparisonResult ra = run(a, rules(Benefit.values()), "S1", "S3", "S7");
    ComparisonResult rb = run(b, rules(Benefit.values()), "S1", "S3", "S7");
    for (Benefit benefit : Benefit.values()) {
      assertThat(MetricTable.text(ra, benefit)).isEqualTo(MetricTable.text(rb, benefit));
    }
    for (int s = 0; s < 3; s++) {
      for (int i = 0; i < 300; i++) {
        assertThat(ra.scenarios().get(s).netTotal(i)).isEqualTo(rb.scenarios().get(s).netTotal(i));
      }
    }
    Population other = SyntheticPopulation.generate(300, 8, YearMonth.of(2021, 1), YearMonth.of(2025, 12));
    assertThat(other.households()).isNotEqualTo(a.households());
  }

  @Test
  void aHouseholdThatCannotBeComputedIsReportedNotDropped() {
    Household noHousing = Household.builder("no-housing").person(Person.adult("a1", LocalDate.of(1985, 5, 1))).build();
    Population p = new Population("two households", List.of(correctedOnce("ok"), noHousing), YearMonth.of(2021, 1),
        YearMonth.of(2025, 12));
    ComparisonResult r = run(p, rules(Benefit.AL), "S1");
    assertThat(r.scenarios().get(0).errors()).extracting(Comparison.HouseholdError::householdId).containsExactly("no-housing");
    assertThat(r.scenarios().get(0).errors().get(0).error()).contains("housing");
    assertThat(r.scenarios().get(0).metrics().get(Benefit.AL).summary(SPAN.length()).households()).isEqualTo(1);
  }

  /**
   * Issue #14, failure 3: a household in error counted as zeros made a saving out of errors. It is excluded from
   * every scenario's totals and from the winners and losers, and the result says how many households the totals cover.
   */
  @Test
  void aHouseholdInErrorIsInNoTotal() throws Exception {
    Household noHousing = Household.builder("no-housing").person(Person.adult("a1", LocalDate.of(1985, 5, 1))).build();
    Population p = new Population("two households", List.of(correctedOnce("ok"), noHousing), YearMonth.of(2021, 1),
        YearMonth.of(2025, 12));
    ComparisonResult r = run(p, rules(Benefit.AL), "S1", "S2");
    assertThat(r.covered()).isEqualTo(1);
    assertThat(r.exclusion(1)).hasValueSatisfying(reason -> assertThat(reason).startsWith("error: S1: ").contains("; S2: "));
    assertThat(r.coverage()).isEqualTo("Totals cover 1 of 2 households: 1 excluded (0 refused in the input, 1 in error"
        + " under some scenario), listed with their reasons.");
    for (var o : r.scenarios()) {
      assertThat(o.metrics().get(Benefit.AL).summary(SPAN.length()).households()).isEqualTo(1);
    }
    var d = r.differences(r.scenarios().get(1), true);
    assertThat(java.util.Arrays.stream(d.households()).sum()).isEqualTo(1);
    java.nio.file.Path csv = java.nio.file.Files.createTempFile("households", ".csv");
    try {
      fr.benefitcalc.lab.report.HouseholdCsv.write(r, csv);
      List<String> lines = java.nio.file.Files.readAllLines(csv);
      assertThat(lines.get(0)).startsWith("household,type,income_band,adults,children,zone,housing,income_per_unit,income_decile,activity,"
          + "scenario,status,reason,al_paid,al_net,");
      assertThat(lines).filteredOn(l -> l.startsWith("no-housing,")).hasSize(2)
          .allSatisfy(l -> assertThat(l).contains(",error,").endsWith(",,,,,,,"));
      assertThat(lines).filteredOn(l -> l.startsWith("ok,")).hasSize(2).allSatisfy(l -> assertThat(l).contains(",computed,,"));
    } finally {
      java.nio.file.Files.delete(csv);
    }
  }

  @Test
  void paidPlusRegularisationsIsDueForEveryScenarioOfAGeneratedPopulation() {
    Population p = SyntheticPopulation.generate(200, 3, YearMonth.of(2021, 1), YearMonth.of(2025, 12));
    ComparisonResult r = run(p, rules(Benefit.values()), "S1", "S4", "S8");
    for (var o : r.scenarios()) {
      assertThat(o.errors()).isEmpty();
      for (Benefit b : o.benefits()) {
        BenefitMetrics.Summary s = o.metrics().get(b).summary(SPAN.length());
        assertThat(s.netPaid().add(s.frozenIndus()).add(s.frozenRappels())).as("%s %s", o.scenario(), b).isEqualTo(s.due());
      }
    }
  }

  /**
   * Issue #14, failure 1: at national scale the totals of nano-euros passed 2^63 and wrapped (an RSA "received"
   * of −8 449.60 M€ for 1.5 million households). One household without income, doubled 21 times by merging its
   * metrics into themselves (2 097 152 households), must total exactly 2^21 times its own amounts.
   */
  @Test
  void totalsOfMillionsOfHouseholdsAreExact() {
    Household noIncome = Household.builder("no-income").person(Person.adult("a1", LocalDate.of(1985, 5, 1)))
        .housing(Housing.tenant(2, MonthlyAmounts.constant(Euros.of("450"))))
        .resources(ResourceHistory.builder(1).build()).build();
    Population p = new Population("one household", List.of(noIncome), YearMonth.of(2021, 1), YearMonth.of(2025, 12));
    ComparisonResult r = run(p, rules(Benefit.RSA), "S1");
    BenefitMetrics one = r.scenarios().get(0).metrics().get(Benefit.RSA);
    BenefitMetrics.Summary single = one.summary(SPAN.length());
    assertThat(single.paid()).isPositive();
    BenefitMetrics all = new BenefitMetrics();
    all.merge(one);
    for (int i = 0; i < 21; i++) {
      all.merge(all);
    }
    BenefitMetrics.Summary s = all.summary(SPAN.length());
    java.math.BigDecimal times = java.math.BigDecimal.valueOf(1L << 21);
    assertThat(s.households()).isEqualTo(1L << 21);
    assertThat(s.paid()).isGreaterThan(new java.math.BigDecimal("9223372036.854775807")); // beyond a long of nano-euros
    assertThat(s.paid()).isEqualByComparingTo(single.paid().multiply(times));
    assertThat(s.due()).isEqualByComparingTo(single.due().multiply(times));
    assertThat(s.netPaid()).isEqualByComparingTo(single.netPaid().multiply(times));
    assertThat(s.errorAt9Months()).isEqualTo(single.errorAt9Months());
    assertThat(MetricTable.millions(s.paid())).doesNotStartWith("-");
  }
}
