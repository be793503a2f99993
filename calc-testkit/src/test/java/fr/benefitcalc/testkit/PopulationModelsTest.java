package fr.benefitcalc.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.testkit.generators.EntriesAndExits;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import fr.benefitcalc.testkit.generators.PopulationShares;
import fr.benefitcalc.testkit.generators.SituationChangeModel;
import fr.benefitcalc.testkit.generators.TimelineCase;
import fr.benefitcalc.testkit.generators.TimelineCaseGenerator;
import fr.benefitcalc.core.household.Person;
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
  void familiesWithAChildUnderThreeReceiveTheAllocationDeBaseOfThePaje() {
    // CSS L531-3: from the month after the birth to the month before the third birthday; CSS D531-3 (since the
    // décret of 26 April 2018): 41.65 % of the BMAF, 474.37 € from April 2025 (197.58 €), 466.44 € before (194.27 €);
    // the lab's households (ages drawn back from the first month of right: children under 3 in the span)
    HouseholdGenerator g = TimelineCaseGenerator.of(HouseholdGenerator.calibrated(SPAN.first(), SPAN.last()), SPAN)
        .households();
    int withPaje = 0;
    int withoutPaje = 0;
    for (int i = 0; i < 2_000; i++) {
      Household h = g.next(new SplittableRandom(i), 100, "h" + i);
      for (YearMonth m : new YearMonth[] {YearMonth.of(2024, 6), YearMonth.of(2025, 4)}) {
        boolean young = h.persons().stream().filter(p -> !p.isAdult()).map(Person::birthDate).map(YearMonth::from)
            .anyMatch(born -> m.isAfter(born) && m.isBefore(born.plusYears(3)));
        long paje = h.received(ReceivedBenefit.PAJE, Months.index(m));
        if (young) {
          withPaje++;
          assertThat(paje).isEqualTo(Fixed.euros(m.getYear() == 2025 ? "197.58" : "194.27"));
        } else {
          withoutPaje++;
          assertThat(paje).isZero();
        }
      }
    }
    // about a sixth of the children are under 3: a child under 3 in about a quarter of the families
    assertThat(withPaje).isGreaterThan(200);
    assertThat(withoutPaje).isGreaterThan(withPaje);
  }

  @Test
  void aChildBornWithinTheRunBringsThePajeFromTheMonthAfterItsBirth() {
    TimelineCaseGenerator cases = TimelineCaseGenerator.of(HouseholdGenerator.calibrated(SPAN.first(), SPAN.last()), SPAN)
        .withSituationChanges(SituationChangeModel.frequent());
    int births = 0;
    for (int i = 0; i < 400; i++) {
      TimelineCase c = cases.next(new SplittableRandom(i), 100, "h" + i);
      for (var e : c.changes().entrySet()) {
        Household h = e.getValue();
        for (Person p : h.persons()) {
          if (!p.isAdult() && YearMonth.from(p.birthDate()).equals(e.getKey().minusMonths(1))) {
            births++;
            assertThat(h.received(ReceivedBenefit.PAJE, Months.index(e.getKey()))).isPositive();
          }
        }
      }
    }
    assertThat(births).isGreaterThan(10);
  }

  @Test
  void partnersShareTheirProfileInTheCalibratedShareOfCouples() {
    // profiles: pensioners and students only, so that a couple of one of each is one drawn independently
    PopulationShares base = PopulationShares.calibrated();
    PopulationShares twoProfiles = new PopulationShares(new double[] {0, 0, 1, 0}, base.childrenCount(),
        new double[] {0, 0, 0, 0, 1, 1}, base.statuses(), base.zones(), base.fullTimeNetPay(), base.sharedShare(),
        base.experimentShare(), 1.0);
    for (double same : new double[] {1.0, 0.0}) {
      HouseholdGenerator g = HouseholdGenerator.calibrated(SPAN.first(), SPAN.last())
          .withShares(twoProfiles.withPartnerSameProfile(same));
      int mixed = 0;
      for (int i = 0; i < 1_000; i++) {
        Household h = g.next(new SplittableRandom(i), 100, "h" + i);
        mixed += h.persons().get(0).retired() != h.persons().get(1).retired() ? 1 : 0;
      }
      // independently, half of the couples mix a pensioner and a student; never when partners share their profile
      assertThat(mixed / 1_000.0).isBetween(same == 1.0 ? 0.0 : 0.45, same == 1.0 ? 0.0 : 0.55);
    }
    assertThat(PopulationShares.calibrated().partnerSameProfile()).isEqualTo(PopulationShares.PARTNER_SAME_PROFILE);
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
