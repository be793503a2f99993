package fr.benefitcalc.lab.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.timeline.BenefitTimeline;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.core.timeline.explain.PaymentChange;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A timeline file may give the household's later situations; a change of composition is named as a cause. */
class SituationChangeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADULT = "{'id': 'a', 'role': 'adult', 'birthDate': '1985-01-01', 'incomes': {'salaryTaxable': 1200}}";
  private static final String HOUSING = "'housing': {'status': 'tenant', 'rent': 450, 'zone': 2}";

  private static TimelineFile read(String json) throws Exception {
    return TimelineFileReader.read(JSON.readTree(json.replace('\'', '"')), StandardCatalog.create());
  }

  @Test
  void aBirthChangesTheAlFromTheNextQuarterAndIsNamedAsTheCause() throws Exception {
    // a single tenant (GEN-AL-02 household) has a child in February 2025: the AL decision of 2025-04 (quarterly)
    // counts one dependant (higher ceiling, charges and R0), the decision of 2025-01 none
    TimelineFile f = read("{'id': 'birth', 'span': {'first': '2025-01', 'last': '2025-06'}, 'benefits': ['AL'],"
        + " 'household': {'persons': [" + ADULT + "], " + HOUSING + "},"
        + " 'changes': [{'from': '2025-03', 'household': {'persons': [" + ADULT + ","
        + "   {'id': 'c', 'role': 'child', 'birthDate': '2025-02-10'}], " + HOUSING + "}}]}");
    BenefitTimeline al = f.compute().of(Benefit.AL);
    assertThat(al.paid().at(YearMonth.of(2025, 3))).isEqualTo(al.paid().at(YearMonth.of(2025, 1)));
    assertThat(al.paid().at(YearMonth.of(2025, 4))).isGreaterThan(al.paid().at(YearMonth.of(2025, 3)));
    PaymentChange change = al.changes().get(0);
    assertThat(change.month()).isEqualTo(YearMonth.of(2025, 4));
    assertThat(change.attributions().stream().flatMap(a -> a.causes().stream()))
        .anyMatch(c -> c instanceof Cause.SituationChanged s && s.from().equals(YearMonth.of(2025, 3)));
  }

  @Test
  void aBirthDeclaredLateIsPaidAsARappelOnTheDayItIsKnown() throws Exception {
    String file = "{'id': 'birth', 'span': {'first': '2025-01', 'last': '2025-06'}, 'benefits': ['AL'],"
        + " 'household': {'persons': [" + ADULT + "], " + HOUSING + "},"
        + " 'changes': [{'from': '2025-03', %s 'household': {'persons': [" + ADULT + ","
        + "   {'id': 'c', 'role': 'child', 'birthDate': '2025-02-10'}], " + HOUSING + "}}]}";
    BenefitTimeline onTime = read(String.format(file, "")).compute().of(Benefit.AL);
    // declared on 20 May: the April decision (1 April) reads one adult; April, paid on 5 May, is regularised on
    // 20 May; May (paid 5 June) is paid the new amount
    BenefitTimeline late = read(String.format(file, "'knownOn': '2025-05-20', 'what': 'birth',"))
        .compute().of(Benefit.AL);
    YearMonth april = YearMonth.of(2025, 4);
    assertThat(late.paid().at(april)).isEqualTo(onTime.paid().at(YearMonth.of(2025, 3)));
    assertThat(late.paid().at(YearMonth.of(2025, 5))).isEqualTo(onTime.paid().at(YearMonth.of(2025, 5)));
    assertThat(late.due()).isEqualTo(onTime.due());
    assertThat(late.regularisations()).singleElement().satisfies(r -> {
      assertThat(r.month()).isEqualTo(april);
      assertThat(r.amountFixed()).isEqualTo(onTime.paid().at(april) - late.paid().at(april)).isPositive();
      assertThat(r.causes()).containsExactly(new Cause.SituationKnown(YearMonth.of(2025, 3),
          java.time.LocalDate.of(2025, 5, 20), Cause.SituationKnown.Origin.DECLARED, "birth"));
    });
    assertThatThrownBy(() -> read(String.format(file, "'knownOn': '2025-05',")))
        .hasMessageContaining("changes[0].knownOn").hasMessageContaining("2025-05");
    assertThatThrownBy(() -> read(String.format(file, "'origin': 'processing',")))
        .hasMessageContaining("changes[0].origin");
  }

  @Test
  void aBadLaterSituationIsNamedWithItsPath() {
    assertThatThrownBy(() -> read("{'id': 'bad', 'span': {'first': '2025-01', 'last': '2025-06'}, 'benefits': ['AL'],"
        + " 'household': {'persons': [" + ADULT + "], " + HOUSING + "},"
        + " 'changes': [{'from': '2025-03', 'household': {'persons': [{'id': 'a', 'role': 'adult', 'birthDate': 'x'}], "
        + HOUSING + "}}]}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("changes[0].household.persons[0].birthDate").hasMessageContaining("'x'");
    assertThatThrownBy(() -> read("{'id': 'bad', 'span': {'first': '2025-01', 'last': '2025-06'}, 'benefits': ['AL'],"
        + " 'household': {'persons': [" + ADULT + "], " + HOUSING + "}, 'changes': [{'from': '2025-13', 'household': {}}]}"))
        .hasMessageContaining("changes[0].from").hasMessageContaining("2025-13");
  }
}
