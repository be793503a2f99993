package fr.benefitcalc.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.testkit.generators.EntriesAndExits;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import java.time.YearMonth;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The family benefits received and the entries into and exits from the files of the calibrated population. */
class PopulationModelsTest {
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));

  @Test
  void familiesReceiveTheAllocationsFamilialesAtThePublishedAmounts() {
    HouseholdGenerator g = HouseholdGenerator.calibrated(YearMonth.of(2022, 1), YearMonth.of(2025, 12));
    int families = 0;
    int lonePatentsWithAsf = 0;
    int loneParents = 0;
    for (int i = 0; i < 2_000; i++) {
      Household h = g.next(new SplittableRandom(i), 100, "h" + i);
      long children = h.persons().stream().filter(p -> !p.isAdult()).count();
      int april2025 = Months.index(YearMonth.of(2025, 4));
      int march2025 = Months.index(YearMonth.of(2025, 3));
      if (children == 2) {
        families++;
        // CSS D521-1: 32 % of the BMAF, 474.37 € from April 2025 (151.80 €), 466.44 € before (149.26 €)
        assertThat(h.received(ReceivedBenefit.AF, april2025)).isEqualTo(Fixed.euros("151.80"));
        assertThat(h.received(ReceivedBenefit.AF, march2025)).isEqualTo(Fixed.euros("149.26"));
        assertThat(h.received(ReceivedBenefit.AF_BASE, april2025)).isEqualTo(Fixed.euros("151.80"));
        assertThat(h.received(ReceivedBenefit.CF, april2025)).isZero();
      }
      if (children == 3) {
        // 32 % + 41 % of the BMAF; complément familial 41.65 % (CSS D522-2)
        assertThat(h.received(ReceivedBenefit.AF, april2025)).isEqualTo(Fixed.euros("346.29"));
        assertThat(h.received(ReceivedBenefit.CF, april2025)).isEqualTo(Fixed.euros("197.58"));
      }
      if (children == 1) {
        assertThat(h.received(ReceivedBenefit.AF, april2025)).isZero();
      }
      if (!h.couple() && children > 0) {
        loneParents++;
        if (h.received(ReceivedBenefit.ASF, april2025) > 0) {
          lonePatentsWithAsf++;
          assertThat(h.received(ReceivedBenefit.ASF, april2025)).isEqualTo(children * Fixed.euros("199.19"));
        }
      }
    }
    assertThat(families).isGreaterThan(50);
    assertThat((double) lonePatentsWithAsf / loneParents).isBetween(0.3, 0.5);
  }

  @Test
  void householdsEnterAndLeaveTheFilesAtTheirYearlyRates() {
    EntriesAndExits model = EntriesAndExits.calibrated();
    int n = 20_000;
    int entered = 0;
    int left = 0;
    long months = 0;
    for (int i = 0; i < n; i++) {
      MonthRange p = model.presence(i, SPAN);
      assertThat(p).isEqualTo(model.presence(i, SPAN)); // deterministic
      assertThat(p.firstIndex()).isGreaterThanOrEqualTo(SPAN.firstIndex());
      assertThat(p.lastIndex()).isLessThanOrEqualTo(SPAN.lastIndex());
      entered += p.first().equals(SPAN.first()) ? 0 : 1;
      left += p.last().equals(SPAN.last()) ? 0 : 1;
      months += p.length();
    }
    // over two years: 1 - (1 - 0.109)^2 = 20.6 % enter, 1 - (1 - 0.109)^2 leave (fewer: an exit needs a month after
    // the entry)
    assertThat(entered / (double) n).isBetween(0.19, 0.22);
    assertThat(left / (double) n).isBetween(0.18, 0.22);
    assertThat(months / (double) (n * SPAN.length())).isBetween(0.76, 0.83);
    assertThat(EntriesAndExits.none().presence(5, SPAN)).isEqualTo(SPAN);
  }
}
