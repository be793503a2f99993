package fr.benefitcalc.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReferencePeriodTest {

  @Test
  void rollingM13M2OfJanuary2025IsDecember2023ToNovember2024() {
    // reference-rules.md §1.9: "For M = 2025-01 it is 2023-12 … 2024-11"
    MonthRange r = ReferencePeriod.rolling(-13, -2).resolve(YearMonth.of(2025, 1));
    assertThat(r).isEqualTo(MonthRange.of(YearMonth.of(2023, 12), YearMonth.of(2024, 11)));
    assertThat(r.length()).isEqualTo(12);
  }

  @Test
  void rsaQuarterWindows() {
    // reference-rules.md §5.4 R12/R13: 2025-01 uses Sep-Nov 2024 (M-4..M-2) or Oct-Dec 2024 (M-3..M-1)
    assertThat(ReferencePeriod.rolling(-4, -2).resolve(YearMonth.of(2025, 1)))
        .isEqualTo(MonthRange.of(YearMonth.of(2024, 9), YearMonth.of(2024, 11)));
    assertThat(ReferencePeriod.rolling(-3, -1).resolve(YearMonth.of(2025, 1)))
        .isEqualTo(MonthRange.of(YearMonth.of(2024, 10), YearMonth.of(2024, 12)));
  }

  @Test
  void calendarYearN1OfMarch2025Is2024() {
    assertThat(ReferencePeriod.calendarYear(-1).resolve(YearMonth.of(2025, 3))).isEqualTo(MonthRange.calendarYear(2024));
    assertThat(ReferencePeriod.calendarYear(-2).resolve(YearMonth.of(2025, 12))).isEqualTo(MonthRange.calendarYear(2023));
    assertThat(ReferencePeriod.calendarYear(-1).label()).isEqualTo("N-1");
    assertThat(ReferencePeriod.rolling(-13, -2).label()).isEqualTo("M-13..M-2");
  }

  @Test
  void fixedWindowIgnoresTheMonth() {
    MonthRange y = MonthRange.calendarYear(2023);
    assertThat(ReferencePeriod.fixed(y).resolve(YearMonth.of(2030, 5))).isEqualTo(y);
  }

  @Test
  void badWindowsAreRefusedWithTheirValues() {
    assertThatThrownBy(() -> ReferencePeriod.rolling(-2, -13)).hasMessageContaining("-13").hasMessageContaining("-2");
    assertThatThrownBy(() -> MonthRange.of(YearMonth.of(2025, 2), YearMonth.of(2025, 1))).hasMessageContaining("2025-01");
  }

  @Test
  void aPeriodReachingAfterTheMonthComputedIsRefused() {
    // a rule never reads a month after the month it computes (BenefitRule.compute; the timeline relies on it)
    assertThatThrownBy(() -> ReferencePeriod.rolling(0, 2)).hasMessageContaining("M..M+2").hasMessageContaining("after the month");
    assertThatThrownBy(() -> ReferencePeriod.rolling(-3, 1)).hasMessageContaining("M-3..M+1");
    assertThatThrownBy(() -> ReferencePeriod.calendarYear(0)).hasMessageContaining("'N'");
    assertThatThrownBy(() -> ReferencePeriod.calendarYear(1)).hasMessageContaining("'N+1'");
    assertThat(ReferencePeriod.rolling(-3, 0).label()).isEqualTo("M-3..M");
  }

  @Test
  void indexArithmeticAgreesWithYearMonthArithmetic() {
    qt().forAll(integers().between(2000 * 12, 2040 * 12), integers().between(-30, 0), integers().between(0, 30))
        .checkAssert((index, from, len) -> {
          YearMonth m = Months.of(index);
          ReferencePeriod[] periods = {ReferencePeriod.rolling(from - len, from), ReferencePeriod.calendarYear(from / 10 - 1)};
          for (ReferencePeriod p : periods) {
            MonthRange r = p.resolve(m);
            assertThat(p.firstIndex(index)).isEqualTo(r.firstIndex());
            assertThat(p.lastIndex(index)).isEqualTo(r.lastIndex());
          }
          assertThat(Months.index(m)).isEqualTo(index);
        });
  }
}
