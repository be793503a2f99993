package fr.benefitcalc.al.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.benefitcalc.al.AlRuleSets;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.parameters.ParameterOutOfRangeException;
import fr.benefitcalc.core.parameters.Timeline;
import fr.benefitcalc.core.time.Months;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class AlParametersTest {

  @Test
  void everyTimelineCovers2021To2026WithSources() {
    assertThat(AlParameters.table().timelines()).hasSize(27);
    for (Timeline<?> t : AlParameters.table().timelines()) {
      assertThat(t.covers(LocalDate.parse("2021-01-01"))).as(t.name()).isTrue();
      assertThat(t.lastDay()).as(t.name()).isEqualTo(LocalDate.parse("2026-12-31"));
      assertThat(t.steps()).allSatisfy(s -> assertThat(s.source()).isNotBlank());
    }
    assertThat(AlParameters.table().timelines().stream().map(Timeline::name).distinct()).hasSize(27);
  }

  @Test
  void everyMonthFrom2021To2026HasItsParameters() {
    for (YearMonth m = YearMonth.of(2021, 1); !m.isAfter(YearMonth.of(2026, 12)); m = m.plusMonths(1)) {
      assertThat(MonthParameters.of(AlRuleSets.law(), Months.index(m))).isNotNull();
    }
  }

  @Test
  void aMonthBefore2021Raises() {
    assertThatThrownBy(() -> MonthParameters.of(AlRuleSets.law(), Months.index(YearMonth.of(2020, 12))))
        .isInstanceOf(ParameterOutOfRangeException.class);
  }

  @Test
  void valuesOfTheReferenceDocument() {
    // reference-rules.md §1.5, §1.6, §1.7 (2024-10 scale) and §1.9
    MonthParameters p = MonthParameters.of(AlRuleSets.law(), Months.index(YearMonth.of(2025, 1)));
    assertThat(p.rentCeilings().zone(2).single()).isEqualTo(Fixed.euros("287.35"));
    assertThat(p.rentCeilings().zone(1).value(false, 3)).isEqualTo(Fixed.euros("449.43") + 2 * Fixed.euros("65.21"));
    assertThat(p.charges().base()).isEqualTo(Fixed.euros("59.97"));
    assertThat(p.minimumParticipation().floor()).isEqualTo(Fixed.euros("39.15"));
    assertThat(p.r0().value(false, 0)).isEqualTo(Fixed.euros("5235"));
    assertThat(p.r0().value(true, 8)).isEqualTo(Fixed.euros("10554") + 2 * Fixed.euros("346"));
    assertThat(p.familyRate().value(false, 7)).isEqualTo(Fixed.rate("0.0167"));
    // abatpro read at 1 January N-1 (504 / 14 426), ASPA x 1.25 on 31 December N-2 (14 416.28 rounded in the doc)
    assertThat(p.salaryDeduction().floor()).isEqualTo(Fixed.euros("504"));
    assertThat(Fixed.toCent(p.childAllowance())).isEqualTo(Fixed.euros("14416.28"));
    assertThat(p.studentFlat().amount()).isEqualTo(Fixed.euros("8600"));
    // the +3.5 % of July 2022 (loi n° 2022-1158 art. 9)
    MonthParameters july2022 = MonthParameters.of(AlRuleSets.law(), Months.index(YearMonth.of(2022, 7)));
    assertThat(july2022.rentCeilings().zone(1).single()).isEqualTo(Fixed.euros("308.50"));
    assertThat(july2022.r0().value(false, 0)).isEqualTo(Fixed.euros("4870"));
  }

  @Test
  void anOverrideReplacesTheLegalTimeline() {
    Timeline<Long> reform = Timeline.constant("al.amount.flatReduction", LocalDate.parse("2021-01-01"),
        LocalDate.parse("2026-12-31"), 0L, "reform: no 5 € minoration");
    MonthParameters p = MonthParameters.of(AlRuleSets.law().withOverride(reform), Months.index(YearMonth.of(2025, 1)));
    assertThat(p.flatReduction()).isZero();
  }
}
