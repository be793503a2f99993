package fr.benefitcalc.lab.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.BenefitTimeline;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.core.timeline.TimelineResult;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.core.timeline.regularisation.Regularisation;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.testkit.generators.CorrectionModel;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import fr.benefitcalc.testkit.generators.SituationChangeModel;
import fr.benefitcalc.testkit.generators.SituationErrors;
import fr.benefitcalc.testkit.generators.TimelineCase;
import fr.benefitcalc.testkit.generators.TimelineCaseGenerator;
import fr.benefitcalc.testkit.replay.ReplayFile;
import fr.benefitcalc.testkit.replay.ReplayFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A timeline file's {@code errors} (docs/timeline-format.md): a wrong situation the agency holds from a day until
 * its correction is read by the decisions taken meanwhile and regularised when corrected; a timeline case written by
 * the testkit with its errors reads back the same and computes the same; bad input names the household, the field
 * and the value.
 */
class HeldErrorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Catalog CATALOG = StandardCatalog.create();

  private static TimelineFile read(String json) throws Exception {
    return TimelineFileReader.read(JSON.readTree(json.replace('\'', '"')), CATALOG);
  }

  private static String adult(int salaryTaxable) {
    return "{'persons': [{'id': 'p1', 'role': 'adult', 'birthDate': '1990-05-01', 'incomes': {'salaryTaxable': "
        + salaryTaxable + "}}]}";
  }

  /** Demo calculator, AL on M-3..M-1 decided monthly on the 1st; the adult earns 300 € every month. */
  private static final String DEMO = "{'id': 'keyed', 'span': {'first': '2025-01', 'last': '2025-06'},"
      + " 'calculator': 'demo', 'benefits': ['AL'],"
      + " 'ruleSet': {'name': 'al-monthly', 'AL': {'period': 'M-3..M-1', 'schedule': {'every': 1}, 'decisionDay': 1,"
      + "   'policy': {'regularise': true}}},"
      + " 'household': " + adult(300) + "%s}";

  @Test
  void anAgentsInputErrorIsPaidWhileHeldAndRegularisedOnItsCorrection() throws Exception {
    // examples/timeline/README.md's demo rule: amount = 500 − average taxable salary over the window. The true pay
    // is 300 €: 200 € due every month. An agent keys 400 € from the decision of 2025-03 (entered on 1 March,
    // corrected on 10 May): the decisions of 2025-03, 2025-04 and 2025-05 (taken on the 1st, the error held) read
    // 400 €: 500 − 400 = 100 €. On 10 May the three are reopened: March (paid 5 April) and April (paid 5 May) are
    // already paid, each a rappel of 200 − 100 = +100 €; May, paid on 5 June, is paid the corrected 200 €.
    TimelineFile f = read(String.format(DEMO, ", 'errors': [{'from': '2025-03', 'household': " + adult(400)
        + ", 'correctedOn': '2025-05-10', 'origin': 'processing', 'what': 'pay keyed 400 instead of 300'}]"));
    assertThat(f.errors()).singleElement().satisfies(e -> {
      assertThat(e.enteredOn()).isEqualTo(LocalDate.of(2025, 3, 1)); // the default: the first day of from
      assertThat(e.origin()).isEqualTo(Cause.SituationKnown.Origin.PROCESSING);
    });
    BenefitTimeline al = f.compute().of(Benefit.AL);
    long[] paid = {200, 200, 100, 100, 200, 200};
    for (int i = 0; i < 6; i++) {
      YearMonth m = YearMonth.of(2025, 1 + i);
      assertThat(al.paid().at(m)).as("paid %s", m).isEqualTo(Fixed.euros(Long.toString(paid[i])));
      assertThat(al.due().at(m)).as("due %s", m).isEqualTo(Fixed.euros("200"));
    }
    assertThat(al.regularisations()).hasSize(2).allSatisfy(r -> {
      assertThat(r.amountFixed()).isEqualTo(Fixed.euros("100"));
      assertThat(r.kind()).isEqualTo(Regularisation.Kind.RAPPEL);
      assertThat(r.applied()).isTrue();
      assertThat(r.decidedOn()).isEqualTo(LocalDate.of(2025, 5, 10));
      assertThat(r.causes()).containsExactly(new Cause.SituationKnown(YearMonth.of(2025, 3), LocalDate.of(2025, 5, 10),
          Cause.SituationKnown.Origin.PROCESSING, "correction of an error: pay keyed 400 instead of 300"));
    });
    assertThat(al.regularisations()).extracting(Regularisation::month)
        .containsExactly(YearMonth.of(2025, 3), YearMonth.of(2025, 4));
    assertThat(al.appliedRappels()).isEqualTo(Fixed.euros("200"));
    // the changes of the amount paid name the error entered (March: 200 → 100) and its correction (May: 100 → 200)
    assertThat(al.changes()).hasSize(2);
    assertThat(al.changes().get(0).month()).isEqualTo(YearMonth.of(2025, 3));
    assertThat(al.changes().get(0).attributions()).singleElement().satisfies(a -> {
      assertThat(a.amount()).isEqualTo(-Fixed.euros("100"));
      assertThat(a.causes()).containsExactly(new Cause.SituationKnown(YearMonth.of(2025, 3), LocalDate.of(2025, 3, 1),
          Cause.SituationKnown.Origin.PROCESSING, "error: pay keyed 400 instead of 300"));
    });
    assertThat(al.changes().get(1).month()).isEqualTo(YearMonth.of(2025, 5));
    assertThat(al.changes().get(1).attributions()).singleElement().satisfies(a -> {
      assertThat(a.amount()).isEqualTo(Fixed.euros("100"));
      assertThat(a.causes()).containsExactly(new Cause.SituationKnown(YearMonth.of(2025, 3), LocalDate.of(2025, 5, 10),
          Cause.SituationKnown.Origin.PROCESSING, "correction of an error: pay keyed 400 instead of 300"));
    });

    // corrected before the payment of March (5 April): nothing is ever paid on the error
    BenefitTimeline early = read(String.format(DEMO, ", 'errors': [{'from': '2025-03', 'household': " + adult(400)
        + ", 'enteredOn': '2025-03-01', 'correctedOn': '2025-04-02', 'origin': 'processing'}]")).compute().of(Benefit.AL);
    for (YearMonth m : MonthRange.of(YearMonth.of(2025, 1), YearMonth.of(2025, 6))) {
      assertThat(early.paid().at(m)).as("paid %s", m).isEqualTo(Fixed.euros("200"));
    }
    assertThat(early.regularisations()).isEmpty();
  }

  @Test
  void aRentDeclaredTooHighIsPaidAsTheRulesPayThatRentAndRecoveredOnTheControl() throws Exception {
    // the law's AL of a single tenant (zone 2, both rents under the ceiling of the loyer: the AL rises with the rent,
    // CCH D823-16): while the wrong rent (250 € for 180 €) is held, every decision pays what the rules pay a tenant
    // of 250 €; the control of 20 August 2025 recovers, month by month, the gap to what they pay a tenant of 180 €,
    // for the months paid by then; the months after are paid the true amount
    String person = "{'id': 'a', 'role': 'adult', 'birthDate': '1985-01-01', 'incomes': {'salaryTaxable': 900,"
        + " 'salaryNet': 874}}";
    String file = "{'id': 'rent', 'span': {'first': '2024-07', 'last': '2025-12'}, 'benefits': ['AL'], 'ruleSet': 'law',"
        + " 'household': {'persons': [" + person + "], 'housing': {'status': 'tenant', 'rent': %d, 'zone': 2}}%s}";
    String wrong = ", 'errors': [{'from': '2024-07', 'enteredOn': '2024-06-20', 'correctedOn': '2025-08-20',"
        + " 'origin': 'control', 'what': 'rent declared 250 instead of 180', 'household': {'persons': [" + person
        + "], 'housing': {'status': 'tenant', 'rent': 250, 'zone': 2}}}]";
    BenefitTimeline held = read(String.format(file, 180, wrong)).compute().of(Benefit.AL);
    BenefitTimeline truth = read(String.format(file, 180, "")).compute().of(Benefit.AL);
    BenefitTimeline believed = read(String.format(file, 250, "")).compute().of(Benefit.AL);
    YearMonth lastPaidBeforeControl = YearMonth.of(2025, 7); // paid on 5 August
    long indus = 0;
    for (YearMonth m : truth.due().span()) {
      assertThat(held.due().at(m)).as("due %s", m).isEqualTo(truth.due().at(m));
      if (m.isBefore(YearMonth.of(2025, 7))) { // decided before the control (quarterly: 2025-04 the last)
        assertThat(held.paid().at(m)).as("paid %s", m).isEqualTo(believed.paid().at(m));
      } else if (m.isAfter(lastPaidBeforeControl)) {
        assertThat(held.paid().at(m)).as("paid %s", m).isEqualTo(truth.paid().at(m));
      }
      long gap = truth.paid().at(m) - held.paid().at(m);
      assertThat(held.applied(m)).as("applied %s", m).isEqualTo(gap);
      indus += gap;
    }
    assertThat(believed.paid().at(YearMonth.of(2024, 7))).isGreaterThan(truth.paid().at(YearMonth.of(2024, 7)));
    assertThat(held.appliedIndus()).isEqualTo(indus).isNegative();
    assertThat(held.regularisations()).allSatisfy(r -> {
      assertThat(r.decidedOn()).isEqualTo(LocalDate.of(2025, 8, 20));
      assertThat(r.causes()).singleElement().isInstanceOf(Cause.SituationKnown.class);
    });
  }

  @Test
  void aGeneratedCaseWithItsErrorsIsWrittenAndReadBackTheSame(@TempDir Path dir) throws Exception {
    MonthRange span = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));
    TimelineCaseGenerator cases = TimelineCaseGenerator.of(HouseholdGenerator.defaults(), span)
        .withCorrections(CorrectionModel.typical()).withSituationChanges(SituationChangeModel.frequent())
        .withSituationErrors(SituationErrors.frequent());
    Map<Benefit, BenefitRule> rules = Map.of(Benefit.AL, CATALOG.rule(Benefit.AL), Benefit.RSA, CATALOG.rule(Benefit.RSA),
        Benefit.PA, CATALOG.rule(Benefit.PA));
    RuleSet law = CATALOG.ruleSet("law");
    int withErrors = 0;
    for (long seed = 0; withErrors < 4 && seed < 200; seed++) {
      TimelineCase c = cases.next(new SplittableRandom(seed), 100, "seed-" + seed);
      if (c.errors().isEmpty()) {
        continue;
      }
      withErrors++;
      ReplayFile written = ReplayFiles.in(dir).writeTimeline("errors", c, rules.keySet(), law, "held errors");
      assertThat(written.limits()).isEmpty();
      TimelineFile f = TimelineFileReader.read(written.path(), CATALOG);
      assertThat(f.household()).isEqualTo(c.initial());
      assertThat(f.changes()).isEqualTo(c.changes());
      assertThat(f.errors()).hasSameSizeAs(c.errors());
      for (int i = 0; i < c.errors().size(); i++) {
        TimelineCase.HeldError e = c.errors().get(i);
        assertThat(f.errors().get(i)).isEqualTo(new fr.benefitcalc.testkit.generators.TimelineCase.HeldError(e.from(), e.believed(), e.enteredOn(),
            e.correctedOn(), e.origin(), e.what()));
      }
      c.learnt().forEach((m, l) -> assertThat(f.learnt().get(m))
          .isEqualTo(new fr.benefitcalc.testkit.generators.TimelineCase.Learnt(l.knownOn(), l.origin(), l.what())));
      TimelineResult expected = DecisionTimeline.compute(c.situations(), rules, law, span, DecisionTimeline.Detail.AMOUNTS);
      TimelineResult actual = f.compute();
      for (Benefit b : rules.keySet()) {
        assertThat(actual.of(b).paid()).as("%s %s paid", c.id(), b).isEqualTo(expected.of(b).paid());
        assertThat(actual.of(b).due()).as("%s %s due", c.id(), b).isEqualTo(expected.of(b).due());
        assertThat(actual.of(b).appliedIndus() + actual.of(b).appliedRappels() + actual.of(b).frozenIndus()
            + actual.of(b).frozenRappels()).isEqualTo(expected.of(b).appliedIndus() + expected.of(b).appliedRappels()
            + expected.of(b).frozenIndus() + expected.of(b).frozenRappels());
      }
    }
    assertThat(withErrors).isEqualTo(4);
  }

  @Test
  void aBadErrorIsNamedWithTheHouseholdTheFieldAndTheValue() {
    String ok = "'household': " + adult(400) + ", 'correctedOn': '2025-05-10', 'origin': 'processing'";
    assertThatThrownBy(() -> read(String.format(DEMO, ", 'errors': [{'from': '2025-13', " + ok + "}]")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("household keyed: errors[0].from: '2025-13' is not a month (YYYY-MM)");
    assertThatThrownBy(() -> read(String.format(DEMO, ", 'errors': [{'from': '2025-03', 'enteredOn': '2025-05-10', "
        + ok + "}]")))
        .hasMessage("household keyed: errors[0].correctedOn: '2025-05-10' is not after the day the error was entered,"
            + " 2025-05-10");
    assertThatThrownBy(() -> read(String.format(DEMO, ", 'errors': [{'from': '2025-03', 'household': " + adult(400)
        + ", 'correctedOn': '2025-05-10', 'origin': 'declared'}]")))
        .hasMessageStartingWith("household keyed: errors[0].origin: 'declared' is not control");
    assertThatThrownBy(() -> read(String.format(DEMO, ", 'errors': [{'from': '2025-03', 'household': " + adult(400)
        + ", 'origin': 'control'}]")))
        .hasMessageStartingWith("household keyed: errors[0].correctedOn: ");
    assertThatThrownBy(() -> read(String.format(DEMO, ", 'errors': [{'from': '2025-03', 'corectedOn': '2025-05-10', "
        + ok + "}]")))
        .hasMessageStartingWith("household keyed: errors[0]").hasMessageContaining("corectedOn");
    assertThatThrownBy(() -> read(String.format(DEMO, ", 'errors': [{'from': '2025-03', 'correctedOn': 'soon', "
        + "'household': " + adult(400) + ", 'origin': 'control'}]")))
        .hasMessage("household keyed: errors[0].correctedOn: 'soon' is not a date (YYYY-MM-DD)");
    assertThatThrownBy(() -> read(String.format(DEMO, ", 'errors': [{'from': '2025-03', 'correctedOn': '2025-05-10', "
        + "'origin': 'control', 'household': {'persons': [{'id': 'p1', 'role': 'adult', 'birthDate': '1990-02-31'}]}}]")))
        .hasMessageStartingWith("household keyed: errors[0].household.persons[0].birthDate: '1990-02-31'");
    assertThatThrownBy(() -> read(String.format(DEMO, ", 'errors': {'from': '2025-03'}")))
        .hasMessageStartingWith("household keyed: errors: ");
  }
}
