package fr.benefitcalc.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class RecalculationScheduleTest {

  @Test
  void calendarQuartersStartInJanuaryAprilJulyOctober() {
    RecalculationSchedule q = RecalculationSchedule.quarterly();
    assertThat(q.isRecalculationMonth(YearMonth.of(2025, 1))).isTrue();
    assertThat(q.isRecalculationMonth(YearMonth.of(2025, 4))).isTrue();
    assertThat(q.isRecalculationMonth(YearMonth.of(2025, 10))).isTrue();
    assertThat(q.isRecalculationMonth(YearMonth.of(2025, 2))).isFalse();
    assertThat(q.decisionMonthFor(YearMonth.of(2025, 3))).isEqualTo(YearMonth.of(2025, 1));
    assertThat(q.decisionMonthFor(YearMonth.of(2025, 12))).isEqualTo(YearMonth.of(2025, 10));
  }

  @Test
  void quartersCountedFromTheOpeningMonth() {
    // a right opened in 2024-11: quarters Nov-Jan, Feb-Apr, ...
    RecalculationSchedule q = RecalculationSchedule.every(3, 11);
    assertThat(q.decisionMonthFor(YearMonth.of(2025, 1))).isEqualTo(YearMonth.of(2024, 11));
    assertThat(q.decisionMonthFor(YearMonth.of(2025, 2))).isEqualTo(YearMonth.of(2025, 2));
    assertThat(q.isRecalculationMonth(YearMonth.of(2025, 5))).isTrue();
  }

  @Test
  void yearlyUpdateInAConfigurableMonth() {
    RecalculationSchedule july = RecalculationSchedule.yearly(7);
    assertThat(july.decisionMonthFor(YearMonth.of(2025, 6))).isEqualTo(YearMonth.of(2024, 7));
    assertThat(july.decisionMonthFor(YearMonth.of(2025, 7))).isEqualTo(YearMonth.of(2025, 7));
    assertThat(RecalculationSchedule.halfYearly().decisionMonthFor(YearMonth.of(2025, 12))).isEqualTo(YearMonth.of(2025, 7));
    assertThat(RecalculationSchedule.monthly().isRecalculationMonth(YearMonth.of(2025, 8))).isTrue();
  }

  @Test
  void invalidSchedulesNameTheirValue() {
    assertThatThrownBy(() -> RecalculationSchedule.every(5, 1)).hasMessageContaining("5");
    assertThatThrownBy(() -> RecalculationSchedule.yearly(13)).hasMessageContaining("13");
  }
}
