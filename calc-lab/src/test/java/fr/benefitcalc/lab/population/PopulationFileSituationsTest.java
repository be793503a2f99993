package fr.benefitcalc.lab.population;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.testkit.generators.TimelineCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code situation} rows of a population file (docs/population-file.md, "Situation changes and errors held"): a
 * household's later situations, each known on its date, and the wrong situations the agency holds, read into the
 * household's {@link TimelineCase}; every bad value refused with its row, household, column and value.
 */
class PopulationFileSituationsTest {
  @TempDir
  Path dir;

  private static final String HEADER = "household_id,person_id,month,situation,situation_from,situation_known_on,"
      + "situation_corrected_on,situation_origin,situation_what,role,birth_date,housing_status,rent,zone,salary_net";

  private PopulationFile.Result read(String... rows) throws Exception {
    Path f = dir.resolve("pop.csv");
    Files.writeString(f, HEADER + "\n" + String.join("\n", rows) + "\n");
    return PopulationFile.read(f);
  }

  /** A valid household beside the refused ones: it is still loaded. */
  private static final String OK = "ok,a,other,,,,,,,adult,1990-01-01,tenant,400,2,900";

  /** The documented example: a move learnt late and a rent declared wrong until a control; a birth. */
  @Test
  void readsTheExampleChangesKnownOnTheirDatesAndAnErrorHeld() {
    PopulationFile.Result r = PopulationFile.read(Path.of("..", "examples", "population", "situations.csv"));
    assertThat(r.problems()).isEmpty();
    Population p = r.population();
    assertThat(p.households()).extracting(Household::id).containsExactly("h1", "h2");
    TimelineCase h1 = p.timelineCase(0);
    YearMonth september = YearMonth.of(2024, 9);
    assertThat(h1.initial().housing().orElseThrow().rent().at(september)).isEqualTo(Fixed.euros("500"));
    assertThat(h1.changes()).containsOnlyKeys(september);
    Household moved = h1.changes().get(september);
    assertThat(moved.housing().orElseThrow().rent().at(september)).isEqualTo(Fixed.euros("420"));
    assertThat(moved.housing().orElseThrow().zone()).isEqualTo(1);
    assertThat(h1.learnt().get(september)).isEqualTo(new TimelineCase.Learnt(LocalDate.of(2024, 11, 20),
        Cause.SituationKnown.Origin.DECLARED, "move"));
    assertThat(h1.errors()).hasSize(1);
    TimelineCase.HeldError e = h1.errors().get(0);
    assertThat(e.from()).isEqualTo(YearMonth.of(2024, 3));
    assertThat(e.enteredOn()).isEqualTo(LocalDate.of(2024, 3, 1)); // by default the first day of situation_from
    assertThat(e.correctedOn()).isEqualTo(LocalDate.of(2024, 7, 10));
    assertThat(e.origin()).isEqualTo(Cause.SituationKnown.Origin.CONTROL);
    assertThat(e.what()).isEqualTo("rent declared 650 instead of 500");
    assertThat(e.believed().housing().orElseThrow().rent().at(september)).isEqualTo(Fixed.euros("650"));
    assertThat(e.believed().resources().finalAmount(0, IncomeCategory.SALARY_NET, september))
        .isEqualTo(Fixed.euros("1000"));
    assertThat(p.inFiles(0)).isEqualTo(new MonthsInFiles(Optional.of(YearMonth.of(2024, 3)), Optional.empty()));

    TimelineCase h2 = p.timelineCase(1);
    YearMonth may = YearMonth.of(2024, 5);
    assertThat(h2.initial().persons()).hasSize(2);
    assertThat(h2.changes().get(may).persons()).hasSize(3)
        .contains(Person.child("k1", LocalDate.of(2024, 4, 12)));
    assertThat(h2.learnt().get(may)).isEqualTo(new TimelineCase.Learnt(LocalDate.of(2024, 5, 10),
        Cause.SituationKnown.Origin.DECLARED, "birth"));
    assertThat(h2.errors()).isEmpty();
    // the decision timeline reads them: the month of the move as known before and after the day it is learnt
    assertThat(p.situations(0).at(fr.benefitcalc.core.time.Months.index(september))).isEqualTo(moved);
    assertThat(p.situations(1).at(fr.benefitcalc.core.time.Months.index(may)).persons()).hasSize(3);
  }

  @Test
  void aRowOfTheInitialSituationCannotDateASituation() throws Exception {
    PopulationFile.Result r = read(OK,
        "h1,a,other,,2024-05,,,,,adult,1990-01-01,tenant,400,2,900");
    assertThat(r.problems()).extracting(Object::toString).containsExactly(
        "row 3 (household h1): situation_from: '2024-05' is for a later situation of the household, and the row's"
            + " situation is empty (the initial situation)",
        "household h1: not loaded: every one of its 1 row(s) is invalid (household from row 3, 1 invalid row(s))");
    assertThat(r.population().households()).extracting(Household::id).containsExactly("ok");
  }

  @Test
  void badSituationValuesNameTheRowHouseholdColumnAndValue() throws Exception {
    PopulationFile.Result r = read(OK,
        "h1,a,other,,,,,,,adult,1990-01-01,tenant,400,2,900",
        "h1,a,other,s,2024-13,2024-02-30,,agent,,adult,1990-01-01,tenant,400,2,900");
    assertThat(r.problems()).extracting(Object::toString).contains(
        "row 4 (household h1): situation_from: '2024-13' is not a month (YYYY-MM)",
        "row 4 (household h1): situation_known_on: '2024-02-30' is not a date (YYYY-MM-DD)",
        "row 4 (household h1): situation_origin: 'agent' is not declared, control or processing");
    assertThat(r.population().households()).extracting(Household::id).containsExactly("ok");
  }

  @Test
  void aSituationThatCannotBeHeldRefusesItsHouseholdNamingTheSituation() throws Exception {
    PopulationFile.Result r = read(OK,
        // no month
        "h1,a,other,,,,,,,adult,1990-01-01,tenant,400,2,900",
        "h1,a,other,move,,,,,,adult,1990-01-01,tenant,300,2,900",
        // an error corrected on the day it is entered (by default the first day of its month)
        "h2,a,other,,,,,,,adult,1990-01-01,tenant,400,2,900",
        "h2,a,other,e,2024-03,,2024-03-01,control,,adult,1990-01-01,tenant,500,2,900",
        // an error declared
        "h3,a,other,,,,,,,adult,1990-01-01,tenant,400,2,900",
        "h3,a,other,e,2024-03,,2024-06-01,declared,,adult,1990-01-01,tenant,500,2,900",
        // two changes of one month
        "h4,a,other,,,,,,,adult,1990-01-01,tenant,400,2,900",
        "h4,a,other,x,2024-03,,,,,adult,1990-01-01,tenant,500,2,900",
        "h4,a,other,y,2024-03,,,,,adult,1990-01-01,tenant,600,2,900",
        // a later situation that is no household: a tenant without a zone
        "h5,a,other,,,,,,,adult,1990-01-01,tenant,400,2,900",
        "h5,a,other,move,2024-03,,,,,adult,1990-01-01,tenant,500,,900",
        // only later situations
        "h6,a,other,move,2024-03,,,,,adult,1990-01-01,tenant,500,2,900",
        // a change said to be an agent's input error
        "h7,a,other,,,,,,,adult,1990-01-01,tenant,400,2,900",
        "h7,a,other,c,2024-03,,,processing,,adult,1990-01-01,tenant,500,2,900",
        // two months for one situation
        "h8,a,other,,,,,,,adult,1990-01-01,tenant,400,2,900",
        "h8,a,other,c,2024-03,,,,,adult,1990-01-01,tenant,500,2,900",
        "h8,b,other,c,2024-04,,,,,child,2020-01-01,,,,");
    assertThat(r.problems()).extracting(Object::toString).containsExactly(
        "row 19 (household h8): situation_from: '2024-04' contradicts row 18 ('2024-03') for the household in"
            + " situation 'c'",
        "household h1: situation_from: '' not loaded: is required: the month the situation holds from in situation"
            + " 'move' (from row 4) (household from row 3)",
        "household h2: situation_corrected_on: '2024-03-01' not loaded: (row 6) is not after the day the error was"
            + " entered, 2024-03-01 (situation_known_on: by default the first day of situation_from) in situation 'e'"
            + " (from row 6) (household from row 5)",
        "household h3: situation_origin: 'declared' not loaded: (row 8) must be control (a situation declared wrong,"
            + " found by a control) or processing (an agent's input error) for an error (a situation with"
            + " situation_corrected_on) in situation 'e' (from row 8) (household from row 7)",
        "household h4: situation_from: '2024-03' not loaded: (row 11) is also the month of situation 'x': one change"
            + " of situation a month in situation 'y' (from row 11) (household from row 9)",
        "household h5: zone: '' not loaded: is required for a tenant (tenant) in situation 'move' (from row 13)"
            + " (household from row 12)",
        "household h6: situation: 'move' not loaded: (row 14): no row of the household's initial situation (rows whose"
            + " situation is empty) (household from row 14)",
        "household h7: situation_origin: 'processing' not loaded: (row 16) is for an error (a situation with"
            + " situation_corrected_on): a change is declared or found by a control in situation 'c' (from row 16)"
            + " (household from row 15)",
        "household h8: not loaded: its rows contradict each other (household from row 17)");
    assertThat(r.population().households()).extracting(Household::id).containsExactly("ok");
  }

  /** A household written and read back keeps its situations whatever they are (a hand-made case). */
  @Test
  void writingAndReadingBackKeepsTheSituations() throws Exception {
    Population p = PopulationFile.read(Path.of("..", "examples", "population", "situations.csv")).population();
    Path back = dir.resolve("back.csv");
    PopulationFile.writeCsv(p, back);
    Population again = PopulationFile.read(back).population();
    for (int i = 0; i < p.size(); i++) {
      assertThat(again.timelineCase(i).withSpan(MonthRange.of(p.firstMonth(), p.lastMonth())))
          .isEqualTo(p.timelineCase(i));
      assertThat(again.inFiles(i)).isEqualTo(p.inFiles(i));
    }
    assertThat(List.of(again.firstMonth(), again.lastMonth())).containsExactly(p.firstMonth(), p.lastMonth());
  }
  /**
   * A member born after the months computed is refused in every situation, not only the initial one: a child in a
   * later situation or in an error held, born after {@code --to}, makes the household "not computed" (as in the
   * initial situation), naming the situation; the same child born within the months is computed.
   */
  @Test
  void aMemberBornAfterTheMonthsComputedInALaterSituationIsNotComputed() throws Exception {
    MonthRange span = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));
    PopulationFile.Result r = read(
        "b,a,other,,,,,,,adult,1990-01-01,tenant,400,2,900",
        "b,a,other,birth,2025-06,2025-06-10,,declared,birth,adult,1990-01-01,tenant,400,2,900",
        "b,k,other,birth,,,,,,child,2026-03-01,,,,",
        "e,a,other,,,,,,,adult,1990-01-01,tenant,400,2,900",
        "e,a,other,err,2025-02,,2025-09-01,processing,a child keyed,adult,1990-01-01,tenant,400,2,900",
        "e,k,other,err,,,,,,child,2026-01-15,,,,",
        "fine,a,other,,,,,,,adult,1990-01-01,tenant,400,2,900",
        "fine,a,other,birth,2025-06,2025-06-10,,declared,birth,adult,1990-01-01,tenant,400,2,900",
        "fine,k,other,birth,,,,,,child,2025-05-20,,,,");
    assertThat(r.problems()).isEmpty();
    Population p = r.population();
    assertThat(PopulationFile.notComputable(p.households().get(0), Optional.of(p.timelineCase(0)), p.inFiles(0), span))
        .contains("household b: not computed: birth_date (person k): '2026-03-01' is after the months computed"
            + " (up to 2025-12), in its situation from 2025-06");
    assertThat(PopulationFile.notComputable(p.households().get(1), Optional.of(p.timelineCase(1)), p.inFiles(1), span))
        .contains("household e: not computed: birth_date (person k): '2026-01-15' is after the months computed"
            + " (up to 2025-12), in the situation held in error from 2025-02 (a child keyed)");
    assertThat(PopulationFile.notComputable(p.households().get(2), Optional.of(p.timelineCase(2)), p.inFiles(2), span))
        .isEmpty();
    // without the later situations, only the initial one is checked: the later birth would go unseen
    assertThat(PopulationFile.notComputable(p.households().get(0), p.inFiles(0), span)).isEmpty();
  }
}
