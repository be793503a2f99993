package fr.benefitcalc.core.resources;

import fr.benefitcalc.core.money.Euros;
import static fr.benefitcalc.core.resources.IncomeCategory.SALARY_TAXABLE;
import static fr.benefitcalc.core.resources.IncomeCategory.SELF_EMPLOYED_ANNUAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.Months;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ResourceHistoryTest {
  private static final YearMonth JUNE = YearMonth.of(2024, 6);

  private final ResourceHistory history = ResourceHistory.builder(2)
      .value(0, SALARY_TAXABLE, JUNE, Euros.of("1200"), LocalDate.of(2024, 7, 10))
      .value(0, SALARY_TAXABLE, JUNE, Euros.of("1350"), LocalDate.of(2024, 7, 15))
      .constant(1, SALARY_TAXABLE, Euros.of("800"))
      .value(1, SALARY_TAXABLE, JUNE, Euros.of("900"), LocalDate.of(2024, 11, 2))
      .annual(0, SELF_EMPLOYED_ANNUAL, 2023, Euros.of("6864"))
      .build();

  @Test
  void aCorrectionKnownOnAGivenDayIsInvisibleTheDayBefore() {
    assertThat(history.amount(0, SALARY_TAXABLE, JUNE, LocalDate.of(2024, 7, 9))).isZero();
    assertThat(history.amount(0, SALARY_TAXABLE, JUNE, LocalDate.of(2024, 7, 10))).isEqualTo(Fixed.euros("1200"));
    assertThat(history.amount(0, SALARY_TAXABLE, JUNE, LocalDate.of(2024, 7, 14))).isEqualTo(Fixed.euros("1200"));
    assertThat(history.amount(0, SALARY_TAXABLE, JUNE, LocalDate.of(2024, 7, 15))).isEqualTo(Fixed.euros("1350"));
    assertThat(history.finalAmount(0, SALARY_TAXABLE, JUNE)).isEqualTo(Fixed.euros("1350"));
  }

  @Test
  void aConstantIsKnownFromTheStartUntilAMonthIsRevised() {
    assertThat(history.amount(1, SALARY_TAXABLE, JUNE, LocalDate.of(2024, 11, 1))).isEqualTo(Fixed.euros("800"));
    assertThat(history.amount(1, SALARY_TAXABLE, JUNE, LocalDate.of(2024, 11, 2))).isEqualTo(Fixed.euros("900"));
    assertThat(history.finalAmount(1, SALARY_TAXABLE, YearMonth.of(2019, 1))).isEqualTo(Fixed.euros("800"));
  }

  @Test
  void viewsSumWindowsAndReadYears() {
    ResourceView fin = history.finalView();
    int june = Months.index(JUNE);
    assertThat(fin.sum(1, SALARY_TAXABLE, june - 2, june)).isEqualTo(Fixed.euros("2500"));
    assertThat(fin.annual(0, SELF_EMPLOYED_ANNUAL, 2023)).isEqualTo(Fixed.euros("6864"));
    assertThat(fin.hasAnnual(0, SELF_EMPLOYED_ANNUAL, 2023)).isTrue();
    assertThat(fin.hasAnnual(0, SELF_EMPLOYED_ANNUAL, 2024)).isFalse();
  }

  @Test
  void valuesAndConstantsGiveBackWhatTheBuilderWasGiven() {
    assertThat(history.constant(1, SALARY_TAXABLE)).isEqualTo(Fixed.euros("800"));
    assertThat(history.constant(0, SALARY_TAXABLE)).isZero();
    assertThat(history.values()).containsExactly(
        new ResourceHistory.Value(0, SALARY_TAXABLE, JUNE, java.util.Optional.of(LocalDate.of(2024, 7, 10)), Fixed.euros("1200")),
        new ResourceHistory.Value(0, SALARY_TAXABLE, JUNE, java.util.Optional.of(LocalDate.of(2024, 7, 15)), Fixed.euros("1350")),
        new ResourceHistory.Value(0, SELF_EMPLOYED_ANNUAL, YearMonth.of(2023, 1), java.util.Optional.empty(), Fixed.euros("6864")),
        new ResourceHistory.Value(1, SALARY_TAXABLE, JUNE, java.util.Optional.of(LocalDate.of(2024, 11, 2)), Fixed.euros("900")));
  }

  @Test
  void revisionsListLateValuesInDateOrder() {
    assertThat(history.revisions()).extracting(ResourceHistory.Revision::knownOn)
        .containsExactly(LocalDate.of(2024, 7, 10), LocalDate.of(2024, 7, 15), LocalDate.of(2024, 11, 2));
    assertThat(history.revisions().get(1).previous()).isEqualTo(Fixed.euros("1200"));
    assertThat(history.revisions().get(2).previous()).isEqualTo(Fixed.euros("800"));
  }

  @Test
  void twoValuesOfTheSameMonthKnownTheSameDayAreRefused() {
    assertThatThrownBy(() -> ResourceHistory.builder(1)
        .valueNanoEuros(0, SALARY_TAXABLE, JUNE, 1, LocalDate.of(2024, 7, 10))
        .valueNanoEuros(0, SALARY_TAXABLE, JUNE, 2, LocalDate.of(2024, 7, 10)).build())
        .hasMessageContaining("salaryTaxable").hasMessageContaining("2024-06");
    assertThatThrownBy(() -> ResourceHistory.builder(1).valueNanoEuros(3, SALARY_TAXABLE, JUNE, 1))
        .hasMessageContaining("3");
  }

  @Test
  void plusRaisesEveryValueOfOneSeries() {
    ResourceHistory richer = history.plus(1, SALARY_TAXABLE, Euros.of("100"));
    assertThat(richer.finalAmount(1, SALARY_TAXABLE, JUNE)).isEqualTo(Fixed.euros("1000"));
    assertThat(richer.finalAmount(1, SALARY_TAXABLE, YearMonth.of(2020, 1))).isEqualTo(Fixed.euros("900"));
    assertThat(richer.amount(1, SALARY_TAXABLE, JUNE, LocalDate.of(2024, 11, 1))).isEqualTo(Fixed.euros("900"));
    assertThat(richer.finalAmount(0, SALARY_TAXABLE, JUNE)).isEqualTo(Fixed.euros("1350"));
  }

  @Test
  void withoutLateDataKnowsTheFinalValuesFromTheStart() {
    ResourceHistory settled = history.withoutLateData();
    assertThat(settled.revisions()).isEmpty();
    assertThat(settled.amount(0, SALARY_TAXABLE, JUNE, LocalDate.of(2000, 1, 1))).isEqualTo(Fixed.euros("1350"));
    assertThat(settled.amount(1, SALARY_TAXABLE, JUNE, LocalDate.of(2000, 1, 1))).isEqualTo(Fixed.euros("900"));
    assertThat(settled.finalView().annual(0, SELF_EMPLOYED_ANNUAL, 2023)).isEqualTo(Fixed.euros("6864"));
  }

  @Test
  void aMonthIsKnownOnceOneOfItsValuesHasArrived() {
    int june = Months.index(JUNE);
    assertThat(history.asOf(LocalDate.of(2024, 7, 9)).known(0, SALARY_TAXABLE, june)).isFalse();
    assertThat(history.asOf(LocalDate.of(2024, 7, 10)).known(0, SALARY_TAXABLE, june)).isTrue();
    assertThat(history.asOf(LocalDate.of(2024, 7, 9)).known(1, SALARY_TAXABLE, june - 1)).isTrue();
    assertThat(history.finalView().known(0, SALARY_TAXABLE, june)).isTrue();
  }

  @Test
  void theCurrentSituationIsTheLatestKnownMonth() {
    ResourceHistory h = ResourceHistory.builder(1)
        .value(0, SALARY_TAXABLE, YearMonth.of(2024, 5), Euros.of("900"), LocalDate.of(2024, 6, 10))
        .valueNanoEuros(0, SALARY_TAXABLE, JUNE, 0, LocalDate.of(2024, 7, 10))
        .build();
    int june = Months.index(JUNE);
    // on 2024-07-01 June is not known yet: May's 900 € tells the current situation
    assertThat(h.asOf(LocalDate.of(2024, 7, 1)).current(0, SALARY_TAXABLE, june)).isEqualTo(Fixed.euros("900"));
    assertThat(h.asOf(LocalDate.of(2024, 7, 10)).current(0, SALARY_TAXABLE, june)).isZero();
    assertThat(h.finalView().current(0, SALARY_TAXABLE, june)).isZero();
  }

  @Test
  void theHistoryIsTheSameWhateverTheOrderTheValuesAreGivenIn() {
    // 3 series of 60 months with two or three dates each: in order, shuffled (far out of order: the insertion sort
    // gives up), and in reverse; the expected values are those given, listed in order of person, category, month, date
    java.util.List<ResourceHistory.Value> given = new java.util.ArrayList<>();
    for (int p = 0; p < 2; p++) {
      for (int k = 0; k < 60; k++) {
        YearMonth m = JUNE.plusMonths(k);
        for (int d = 0; d < 1 + (k + p) % 3; d++) {
          given.add(new ResourceHistory.Value(p, SALARY_TAXABLE, m, java.util.Optional.of(m.plusMonths(1).atDay(10 + d)),
              Fixed.euros(Integer.toString(1000 + 10 * k + d + 700 * p))));
        }
      }
    }
    java.util.List<ResourceHistory.Value> shuffled = new java.util.ArrayList<>(given);
    java.util.Collections.shuffle(shuffled, new java.util.Random(7));
    java.util.List<ResourceHistory.Value> reversed = new java.util.ArrayList<>(given);
    java.util.Collections.reverse(reversed);
    for (java.util.List<ResourceHistory.Value> order : java.util.List.of(given, shuffled, reversed)) {
      ResourceHistory.Builder b = ResourceHistory.builder(2);
      order.forEach(v -> b.valueNanoEuros(v.person(), v.category(), v.month(), v.amount(), v.knownOn().get()));
      ResourceHistory h = b.build();
      assertThat(h.values()).containsExactlyElementsOf(given);
      assertThat(h.toBuilder().build()).isEqualTo(h);
    }
    ResourceHistory.Builder twice = ResourceHistory.builder(2);
    shuffled.forEach(v -> twice.valueNanoEuros(v.person(), v.category(), v.month(), v.amount(), v.knownOn().get()));
    ResourceHistory.Value v = given.get(77);
    twice.valueNanoEuros(v.person(), v.category(), v.month(), 1, v.knownOn().get());
    assertThatThrownBy(twice::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("person " + v.person() + " salaryTaxable " + v.month() + ": two values known on the same date");
  }

  @Test
  void knownOnTellsTheDayAValueArrivedAndToBuilderAddsToACopy() {
    assertThat(history.knownOn(0, SALARY_TAXABLE, JUNE, LocalDate.of(2024, 7, 10))).isTrue();
    assertThat(history.knownOn(0, SALARY_TAXABLE, JUNE, LocalDate.of(2024, 7, 15))).isTrue();
    assertThat(history.knownOn(0, SALARY_TAXABLE, JUNE, LocalDate.of(2024, 7, 11))).isFalse();
    assertThat(history.knownOn(1, SALARY_TAXABLE, JUNE, LocalDate.of(2024, 7, 10))).isFalse();
    assertThat(history.knownOn(0, SALARY_TAXABLE, JUNE.plusMonths(1), LocalDate.of(2024, 7, 10))).isFalse();
    ResourceHistory more = history.toBuilder()
        .value(0, SALARY_TAXABLE, JUNE, Euros.of("1400"), LocalDate.of(2024, 9, 1)).build();
    assertThat(more.finalAmount(0, SALARY_TAXABLE, JUNE)).isEqualTo(Fixed.euros("1400"));
    assertThat(more.amount(0, SALARY_TAXABLE, JUNE, LocalDate.of(2024, 8, 31))).isEqualTo(Fixed.euros("1350"));
    assertThat(more.constant(1, SALARY_TAXABLE)).isEqualTo(Fixed.euros("800"));
    assertThat(history.finalAmount(0, SALARY_TAXABLE, JUNE)).isEqualTo(Fixed.euros("1350"));
  }
}
