package fr.benefitcalc.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.explain.Cause.SituationKnown.Origin;
import fr.benefitcalc.testkit.generators.DeclarationErrors;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import fr.benefitcalc.testkit.generators.SituationChangeModel;
import fr.benefitcalc.testkit.generators.SituationErrors;
import fr.benefitcalc.testkit.generators.SituationErrors.Knowledge;
import fr.benefitcalc.testkit.generators.TimelineCase;
import fr.benefitcalc.testkit.generators.TimelineCaseGenerator;
import java.time.YearMonth;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The situation and processing errors drawn per their parameters ({@link SituationErrors}). */
class SituationErrorsTest {
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));
  private static final TimelineCaseGenerator CHANGES = TimelineCaseGenerator.of(
      HouseholdGenerator.calibrated(SPAN.first(), SPAN.last()), SPAN).withSituationChanges(SituationChangeModel.frequent());

  @Test
  void withoutErrorsTheCasesAreTheFormerOnes() {
    TimelineCaseGenerator none = CHANGES.withSituationErrors(SituationErrors.none());
    for (long seed = 0; seed < 20; seed++) {
      TimelineCase c = none.next(new SplittableRandom(seed), 100, "h");
      assertThat(c).isEqualTo(CHANGES.next(new SplittableRandom(seed), 100, "h"));
      assertThat(c.learnt()).isEmpty();
      assertThat(c.errors()).isEmpty();
    }
  }

  @Test
  void eachChangeIsLearntPerItsKnowledgeAndNeverBeforeItsMonth() {
    // every change never learnt in time: dated 61 months after its month, found by a control
    Knowledge never = new Knowledge(0, 1, 0, 1, 1, 1);
    SituationErrors e = new SituationErrors(never, never, 0.5, 60, 160, 0, 0, 0, 0, Knowledge.inItsMonth(), 0, 0, 0, 0,
        Knowledge.inItsMonth(), 1);
    TimelineCaseGenerator g = CHANGES.withSituationErrors(e);
    int changes = 0;
    for (long seed = 0; seed < 200; seed++) {
      TimelineCase c = g.next(new SplittableRandom(seed), 100, "h");
      assertThat(c.learnt().keySet()).isEqualTo(c.changes().keySet());
      for (var l : c.learnt().entrySet()) {
        changes++;
        if (!l.getValue().what().equals("end of the increase for isolation")) {
          assertThat(l.getValue().knownOn()).isAfterOrEqualTo(l.getKey().plusMonths(DeclarationErrors.NEVER_MONTHS).atDay(1));
          assertThat(l.getValue().origin()).isEqualTo(Origin.CONTROL);
        }
      }
    }
    assertThat(changes).isGreaterThan(100);
    // every change learnt in its month, declared
    TimelineCaseGenerator inMonth = CHANGES.withSituationErrors(new SituationErrors(Knowledge.inItsMonth(),
        Knowledge.inItsMonth(), 0.5, 60, 160, 0, 0, 0, 0, Knowledge.inItsMonth(), 0, 0, 0, 0, Knowledge.inItsMonth(), 1));
    int couples = 0;
    for (long seed = 0; seed < 200; seed++) {
      TimelineCase c = inMonth.next(new SplittableRandom(seed), 100, "h");
      for (var l : c.learnt().entrySet()) {
        assertThat(YearMonth.from(l.getValue().knownOn())).isEqualTo(l.getKey());
        assertThat(l.getValue().origin()).isEqualTo(Origin.DECLARED);
        couples += l.getValue().what().contains("couple formed") ? 1 : 0;
      }
    }
    assertThat(couples).as("couples formed at 50 % a year").isGreaterThan(20);
  }

  @Test
  void wrongRentsAndInputErrorsAreHeldUntilTheirCorrection() {
    SituationErrors e = new SituationErrors(Knowledge.inItsMonth(), Knowledge.inItsMonth(), 0, 60, 160, 1, 10, 10, 1,
        new Knowledge(0, 1, 1, 3, 3, 0), 1, 50, 50, 0, new Knowledge(0, 1, 1, 6, 6, 0), 1);
    TimelineCaseGenerator g = CHANGES.withSituationErrors(e);
    int rents = 0;
    int processing = 0;
    for (long seed = 0; seed < 100; seed++) {
      TimelineCase c = g.next(new SplittableRandom(seed), 100, "h");
      for (TimelineCase.HeldError x : c.errors()) {
        assertThat(x.correctedOn()).isAfter(x.enteredOn());
        if (x.origin() == Origin.CONTROL) {
          rents++;
          // every tenant's rent declared 10 % above the true one, corrected by a control three months after
          assertThat(YearMonth.from(x.correctedOn())).isEqualTo(x.from().plusMonths(3));
          assertThat(x.what()).startsWith("rent declared");
          long truth = c.situations().at(fr.benefitcalc.core.time.Months.index(x.from())).housing().orElseThrow()
              .rent().at(x.from());
          assertThat(x.believed().housing().orElseThrow().rent().at(x.from()))
              .isCloseTo(truth * 11 / 10, org.assertj.core.data.Offset.offset(fr.benefitcalc.core.money.Fixed.CENT));
        } else {
          processing++;
          assertThat(x.origin()).isEqualTo(Origin.PROCESSING);
          assertThat(YearMonth.from(x.correctedOn())).isEqualTo(x.from().plusMonths(6));
          assertThat(x.what()).containsAnyOf("keyed -50 %", "instead of");
        }
      }
    }
    assertThat(rents).isGreaterThan(20);
    assertThat(processing).isGreaterThan(50);
  }

  @Test
  void badParametersAreRefused() {
    assertThatThrownBy(() -> new Knowledge(0.6, 1, 0.6, 1, 2, 0)).hasMessageContaining("exceed 1");
    assertThatThrownBy(() -> new Knowledge(0, 1, 0, 3, 2, 0)).hasMessageContaining("delays");
  }
}
