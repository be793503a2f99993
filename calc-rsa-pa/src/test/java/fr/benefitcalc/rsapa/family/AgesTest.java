package fr.benefitcalc.rsapa.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.time.Months;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ages on the first day of the month agree with {@link Person#ageAt(YearMonth)}. */
class AgesTest {
  @ParameterizedTest
  @CsvSource({"2000-06-01,2025-06,25", "2000-06-02,2025-06,24", "2000-05-31,2025-06,25", "2000-07-01,2025-06,24",
      "2024-02-29,2025-03,1", "2025-08-10,2025-06,-1"})
  void yearsAtFirstDay(String birth, String month, int expected) {
    Person p = Person.adult("a", LocalDate.parse(birth));
    assertThat(Ages.yearsAt(p, Months.index(YearMonth.parse(month)))).isEqualTo(expected);
    if (expected >= 0) {
      assertThat(p.ageAt(YearMonth.parse(month))).isEqualTo(expected);
    }
  }
}
