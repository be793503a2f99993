package fr.benefitcalc.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthsEpochDayTest {
  @Test
  void firstEpochDayAgreesWithLocalDate() {
    for (YearMonth m = YearMonth.of(1899, 1); !m.isAfter(YearMonth.of(2101, 12)); m = m.plusMonths(1)) {
      assertThat(Months.firstEpochDay(Months.index(m))).as(m.toString()).isEqualTo(m.atDay(1).toEpochDay());
    }
  }
}
