package fr.benefitcalc.rsapa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.parameters.ParameterOutOfRangeException;
import fr.benefitcalc.core.parameters.ParameterTable;
import fr.benefitcalc.core.parameters.Timeline;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.rsapa.family.FamilyParameters;
import fr.benefitcalc.rsapa.pa.PaParameters;
import fr.benefitcalc.rsapa.rsa.RsaParameters;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every timeline covers 2021-01-01..2026-12-31 with a source, and refuses 2020-12. */
class ParameterTablesTest {
  static Stream<Timeline<?>> timelines() {
    return Stream.of(new RsaParameters(), new PaParameters(), new FamilyParameters())
        .map(ParameterTable::timelines).flatMap(List::stream);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timelines")
  void coversTheWholeRangeAndNothingBefore(Timeline<?> t) {
    assertThat(t.firstDay()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(t.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(t.steps()).allSatisfy(s -> assertThat(s.source()).isNotBlank());
    assertThat(t.steps().get(t.steps().size() - 1).source()).contains("carried on to 2026-12-31");
    for (YearMonth m = YearMonth.of(2021, 1); !m.isAfter(YearMonth.of(2026, 12)); m = m.plusMonths(1)) {
      assertThat(t.atMonth(Months.index(m))).isEqualTo(t.at(m));
    }
    assertThatThrownBy(() -> t.at(YearMonth.of(2020, 12))).isInstanceOf(ParameterOutOfRangeException.class);
    assertThatThrownBy(() -> t.atMonth(Months.index(YearMonth.of(2020, 12))))
        .isInstanceOf(ParameterOutOfRangeException.class);
  }

  @Test
  void namesAreUnique() {
    assertThat(timelines().map(Timeline::name)).doesNotHaveDuplicates();
  }

  @Test
  void revaluationsFromTheDecrees() { // reference-rules.md §2.3, §3.3, §3.4, §3.6; the task's SMIC list
    assertThat(RsaParameters.BASE_AMOUNT.at(YearMonth.of(2022, 7))).isEqualTo(Fixed.euros("598.54"));
    assertThat(RsaParameters.BASE_AMOUNT.at(YearMonth.of(2025, 4))).isEqualTo(Fixed.euros("646.52"));
    assertThat(PaParameters.BASE_AMOUNT.at(YearMonth.of(2024, 4))).isEqualTo(Fixed.euros("622.63"));
    assertThat(PaParameters.SMIC_HOURLY.at(YearMonth.of(2024, 11))).isEqualTo(Fixed.euros("11.88"));
    assertThat(PaParameters.SMIC_HOURLY.at(YearMonth.of(2021, 1))).isEqualTo(Fixed.euros("10.25"));
    assertThat(PaParameters.ACTIVITY_INCOME_SHARE.at(YearMonth.of(2025, 3))).isEqualTo(Fixed.rate("0.61"));
    assertThat(PaParameters.ACTIVITY_INCOME_SHARE.at(YearMonth.of(2025, 4))).isEqualTo(Fixed.rate("0.5985"));
    assertThat(PaParameters.BONUS_FULL_HOURS.at(YearMonth.of(2026, 4))).isEqualTo(Fixed.rate("138"));
    assertThat(PaParameters.BONUS_MAX_RATE.at(YearMonth.of(2026, 4))).isEqualTo(Fixed.rate("0.377"));
  }

  @Test
  void aMonthBefore2021IsAnError() {
    var h = TestHouseholds.adult("1980-01-01").tenant().receives(ReceivedBenefit.AL, "100").build();
    assertThatThrownBy(() -> TestHouseholds.rsa(h, "2020-12", RsaPaRuleSets.lawRuleSet()))
        .isInstanceOf(ParameterOutOfRangeException.class);
    // the PA of 2021-01 needs the parameters of 2020-10..2020-12
    assertThatThrownBy(() -> TestHouseholds.pa(h, "2021-01", RsaPaRuleSets.lawRuleSet()))
        .isInstanceOf(ParameterOutOfRangeException.class);
  }
}
