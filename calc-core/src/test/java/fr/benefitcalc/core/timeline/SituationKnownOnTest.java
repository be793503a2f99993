package fr.benefitcalc.core.timeline;

import static fr.benefitcalc.core.timeline.Fixtures.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.core.timeline.explain.Cause.SituationKnown.Origin;
import fr.benefitcalc.core.timeline.regularisation.Regularisation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A situation learnt after the decisions that read it (a separation found by a control, a couple
 * declared late, an agent's input error corrected): each decision reads the situation as known on
 * its date, the learning reopens the decisions of the months it covers on that day, and the due reads
 * the true situation. Toy AL: {@code max(0, 500 € − average of the household's taxable salaries over
 * M-13..M-2)}, quarterly decisions on the 1st of January, April, July and October, month m paid on the
 * 5th of m+1. The expected amounts are worked by hand from that formula.
 */
class SituationKnownOnTest {
  private static final Household ALONE = Household.builder("h1").person(Person.adult("p1", LocalDate.of(1990, 5, 1)))
      .resources(ResourceHistory.builder(1).constantNanoEuros(0, IncomeCategory.SALARY_TAXABLE, euros("300")).build())
      .build();
  private static final Household COUPLE = Household.builder("h1").person(Person.adult("p1", LocalDate.of(1990, 5, 1)))
      .person(Person.adult("p2", LocalDate.of(1991, 5, 1)))
      .resources(ResourceHistory.builder(2).constantNanoEuros(0, IncomeCategory.SALARY_TAXABLE, euros("300"))
          .constantNanoEuros(1, IncomeCategory.SALARY_TAXABLE, euros("200")).build())
      .build();

  private static BenefitTimeline al(Situations s) {
    return DecisionTimeline.compute(s, Map.of(Benefit.AL, ToyRule.housing()), Fixtures.al(Fixtures.QUARTERLY_M13_M2),
        Fixtures.SPAN_2024_2025, DecisionTimeline.Detail.EXPLAINED).of(Benefit.AL);
  }

  private static void conserved(BenefitTimeline t) {
    for (YearMonth m : Fixtures.SPAN_2024_2025) {
      assertThat(t.paid().at(m) + t.applied(m) + t.frozen(m)).as("paid + applied + frozen = due in %s", m)
          .isEqualTo(t.due().at(m));
    }
  }

  private static Cause.SituationKnown only(Regularisation r) {
    assertThat(r.causes()).hasSize(1);
    return (Cause.SituationKnown) r.causes().get(0);
  }

  @Test
  void aSeparationFoundByAControlIsARappelOfEveryMonthPaidAsACouple() {
    // separated from July 2024 (couple: 500 - (300 + 200) = 0; alone: 500 - 300 = 200), found on 20 November
    BenefitTimeline t = al(Situations.builder(COUPLE)
        .change(YearMonth.of(2024, 7), ALONE, LocalDate.of(2024, 11, 20), Origin.CONTROL, "separation").build());
    // the decisions of July and October (1 July, 1 October) still read the couple: 0 paid for July to October
    for (int m = 7; m <= 10; m++) {
      assertThat(t.paid().at(YearMonth.of(2024, m))).isZero();
    }
    // November is paid on 5 December, after the control: 200
    assertThat(t.paid().at(YearMonth.of(2024, 11))).isEqualTo(euros("200"));
    assertThat(t.due().at(YearMonth.of(2024, 7))).isEqualTo(euros("200"));
    assertThat(t.due().at(YearMonth.of(2024, 6))).isZero();
    // July, August, September (decision of July) and October (paid 5 November): 4 rappels of 200 on 20 November
    List<Regularisation> regs = t.regularisations();
    assertThat(regs).hasSize(4).allSatisfy(r -> {
      assertThat(r.amountFixed()).isEqualTo(euros("200"));
      assertThat(r.decidedOn()).isEqualTo(LocalDate.of(2024, 11, 20));
      assertThat(only(r)).isEqualTo(new Cause.SituationKnown(YearMonth.of(2024, 7), LocalDate.of(2024, 11, 20),
          Origin.CONTROL, "separation"));
    });
    assertThat(t.appliedRappels()).isEqualTo(euros("800"));
    conserved(t);
  }

  @Test
  void aCoupleDeclaredLateIsAnInduOfEveryMonthPaidAlone() {
    // a partner with 200 € a month from July 2024, declared on 10 February 2025
    BenefitTimeline t = al(Situations.builder(ALONE)
        .change(YearMonth.of(2024, 7), COUPLE, LocalDate.of(2025, 2, 10), Origin.DECLARED, "couple formed").build());
    // July 2024 to January 2025 paid 200 (decisions of July, October, January, all before 10 February), February 0
    assertThat(t.paid().at(YearMonth.of(2025, 1))).isEqualTo(euros("200"));
    assertThat(t.paid().at(YearMonth.of(2025, 2))).isZero();
    assertThat(t.regularisations()).hasSize(7).allSatisfy(r -> {
      assertThat(r.amountFixed()).isEqualTo(euros("-200"));
      assertThat(r.kind()).isEqualTo(Regularisation.Kind.INDU);
      assertThat(only(r).origin()).isEqualTo(Origin.DECLARED);
    });
    assertThat(t.appliedIndus()).isEqualTo(euros("-1400"));
    conserved(t);
  }

  @Test
  void anAgentsInputErrorIsPaidUntilItsCorrection() {
    // the agent enters a partner on the April decision; corrected on 10 June: April and May paid 0, June 200
    BenefitTimeline t = al(Situations.builder(ALONE)
        .error(YearMonth.of(2024, 4), COUPLE, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 10), Origin.PROCESSING,
            "a partner entered")
        .build());
    assertThat(t.paid().at(YearMonth.of(2024, 3))).isEqualTo(euros("200"));
    assertThat(t.paid().at(YearMonth.of(2024, 4))).isZero();
    assertThat(t.paid().at(YearMonth.of(2024, 5))).isZero();
    assertThat(t.paid().at(YearMonth.of(2024, 6))).isEqualTo(euros("200"));
    assertThat(t.due().at(YearMonth.of(2024, 4))).isEqualTo(euros("200"));
    assertThat(t.regularisations()).hasSize(2).allSatisfy(r -> {
      assertThat(r.amountFixed()).isEqualTo(euros("200"));
      assertThat(only(r)).isEqualTo(new Cause.SituationKnown(YearMonth.of(2024, 4), LocalDate.of(2024, 6, 10),
          Origin.PROCESSING, "correction of an error: a partner entered"));
    });
    conserved(t);
  }

  @Test
  void aChangeKnownAtItsMonthIsTheFormerBehaviour() {
    BenefitTimeline known = al(Situations.builder(COUPLE)
        .change(YearMonth.of(2024, 7), ALONE, LocalDate.of(2024, 7, 1), Origin.DECLARED, "new situation").build());
    BenefitTimeline before = al(Situations.of(COUPLE, Map.of(YearMonth.of(2024, 7), ALONE)));
    assertThat(known.paid()).isEqualTo(before.paid());
    assertThat(known.regularisations()).isEmpty();
    assertThat(known.paid().at(YearMonth.of(2024, 7))).isEqualTo(euros("200"));
  }

  @Test
  void badSituationsAreRefusedWithTheirField() {
    assertThatThrownBy(() -> Situations.builder(ALONE).error(YearMonth.of(2024, 4), COUPLE, LocalDate.of(2024, 6, 1),
        LocalDate.of(2024, 6, 1), Origin.PROCESSING, "x")).hasMessageContaining("corrected on 2024-06-01");
    Household other = Household.builder("h2").person(Person.adult("p1", LocalDate.of(1990, 5, 1)))
        .resources(ResourceHistory.builder(1).build()).build();
    assertThatThrownBy(() -> Situations.builder(ALONE).change(YearMonth.of(2024, 4), other, LocalDate.of(2024, 4, 1),
        Origin.DECLARED, "x")).hasMessageContaining("another household (h2)");
  }
}
