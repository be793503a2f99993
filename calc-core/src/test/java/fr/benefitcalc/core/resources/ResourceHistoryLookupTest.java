package fr.benefitcalc.core.resources;

import fr.benefitcalc.core.money.Euros;
import static fr.benefitcalc.core.resources.IncomeCategory.SALARY_NET;
import static fr.benefitcalc.core.resources.IncomeCategory.SELF_EMPLOYED_ANNUAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.Months;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The lookup of a month's value as known on a date, found from where a series with one value per
 * month would put it: it must read the same as the definition (the latest value of the month known
 * on the date, else the constant) whatever the layout — gaps, corrected months, late values.
 */
class ResourceHistoryLookupTest {
  private static final int JAN_2024 = Months.index(YearMonth.of(2024, 1));

  /** Jan-Apr 2024 known on the 10th of the next month, no March, February corrected twice, May only late. */
  private final ResourceHistory gapsAndCorrections = ResourceHistory.builder(1)
      .constant(0, SALARY_NET, Euros.of("100"))
      .value(0, SALARY_NET, YearMonth.of(2024, 1), Euros.of("1000"), LocalDate.of(2024, 2, 10))
      .value(0, SALARY_NET, YearMonth.of(2024, 2), Euros.of("1100"), LocalDate.of(2024, 3, 10))
      .value(0, SALARY_NET, YearMonth.of(2024, 2), Euros.of("1150"), LocalDate.of(2024, 5, 1))
      .value(0, SALARY_NET, YearMonth.of(2024, 2), Euros.of("1175"), LocalDate.of(2024, 6, 1))
      .value(0, SALARY_NET, YearMonth.of(2024, 4), Euros.of("1300"), LocalDate.of(2024, 5, 10))
      .value(0, SALARY_NET, YearMonth.of(2024, 5), Euros.of("1400"), LocalDate.of(2024, 9, 1))
      .build();

  @Test
  void aMonthWithoutValueReadsTheConstantAndAMonthAfterACorrectedOneItsOwnValue() {
    ResourceView may = gapsAndCorrections.asOf(LocalDate.of(2024, 5, 15));
    assertThat(may.monthly(0, SALARY_NET, JAN_2024 - 1)).isEqualTo(Fixed.euros("100")); // before the series
    assertThat(may.monthly(0, SALARY_NET, JAN_2024)).isEqualTo(Fixed.euros("1000"));
    assertThat(may.monthly(0, SALARY_NET, JAN_2024 + 1)).isEqualTo(Fixed.euros("1150")); // first correction only
    assertThat(may.monthly(0, SALARY_NET, JAN_2024 + 2)).isEqualTo(Fixed.euros("100")); // March: no value
    assertThat(may.monthly(0, SALARY_NET, JAN_2024 + 3)).isEqualTo(Fixed.euros("1300"));
    assertThat(may.monthly(0, SALARY_NET, JAN_2024 + 4)).isEqualTo(Fixed.euros("100")); // May: not known yet
    assertThat(may.known(0, SALARY_NET, JAN_2024 + 4)).isFalse();
    assertThat(may.known(0, SALARY_NET, JAN_2024 + 2)).isTrue();
    assertThat(may.monthly(0, SALARY_NET, JAN_2024 + 5)).isEqualTo(Fixed.euros("100")); // after the series
    // 100 + 1000 + 1150 + 100 + 1300 + 100 + 100
    assertThat(may.sum(0, SALARY_NET, JAN_2024 - 1, JAN_2024 + 5)).isEqualTo(Fixed.euros("3850"));
    // 1175 + 100 + 1300 + 1400
    assertThat(gapsAndCorrections.finalView().sum(0, SALARY_NET, JAN_2024 + 1, JAN_2024 + 4))
        .isEqualTo(Fixed.euros("3975"));
    assertThat(may.sum(0, SALARY_NET, JAN_2024 + 3, JAN_2024 + 2)).isZero(); // empty range
  }

  @Test
  void lookupsAndSumsReadTheDefinitionOnRandomHistories() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom rng = new SplittableRandom(seed);
      ResourceHistory.Builder b = ResourceHistory.builder(2);
      long[][] constants = new long[2][IncomeCategory.count()];
      int series = 1 + rng.nextInt(4);
      int[][] filled = new int[series][];
      for (int s = 0; s < series; s++) {
        int person = rng.nextInt(2);
        IncomeCategory category = IncomeCategory.ofOrdinal(rng.nextInt(IncomeCategory.count()));
        filled[s] = new int[] {person, category.ordinal()};
        if (rng.nextInt(3) == 0) {
          long c = rng.nextInt(1000) * Fixed.EURO;
          b.constantNanoEuros(person, category, c);
          constants[person][category.ordinal()] = c;
        }
        int first = JAN_2024 + rng.nextInt(12);
        int length = rng.nextInt(30);
        int step = category.isAnnual() ? 12 : 1;
        for (int k = 0; k < length; k++) {
          int month = first + k * step;
          if (rng.nextInt(6) == 0) {
            continue; // a gap
          }
          int values = 1 + (rng.nextInt(5) == 0 ? 1 + rng.nextInt(3) : 0);
          LocalDate day = Months.firstDay(month).plusMonths(1).plusDays(rng.nextInt(20));
          for (int v = 0; v < values; v++) {
            long amount = rng.nextInt(3000) * Fixed.EURO;
            if (rng.nextInt(8) == 0) {
              b.valueNanoEuros(person, category, Months.of(month), amount); // known from the start
              break;
            }
            b.valueNanoEuros(person, category, Months.of(month), amount, day);
            day = day.plusDays(1 + rng.nextInt(90));
          }
        }
      }
      ResourceHistory h;
      try {
        h = b.build();
      } catch (IllegalArgumentException twoOnOneDay) {
        return; // the builder refuses it: nothing to read
      }
      assertThat(h.revisions()).containsExactlyElementsOf(revisionsByDefinition(h, constants));
      ResourceHistory.RevisionColumns columns = h.revisionColumns();
      assertThat(columns.size()).isEqualTo(h.revisions().size());
      for (int i = 0; i < columns.size(); i++) {
        assertThat(columns.revision(i)).isEqualTo(h.revisions().get(i));
      }
      for (int probe = 0; probe < 80; probe++) {
        // half of the probes read a series given values (sums over months partly known, corrected, missing)
        int[] given = probe % 2 == 0 ? filled[rng.nextInt(series)] : null;
        int person = given != null ? given[0] : rng.nextInt(2);
        IncomeCategory category = IncomeCategory.ofOrdinal(given != null ? given[1] : rng.nextInt(IncomeCategory.count()));
        int day = (int) Months.firstDay(JAN_2024 + rng.nextInt(48)).toEpochDay() + rng.nextInt(31);
        int asked = rng.nextInt(4) == 0 ? Integer.MAX_VALUE : day;
        ResourceView view = asked == Integer.MAX_VALUE ? h.finalView() : h.asOfEpochDay(asked);
        int from = JAN_2024 - 2 + rng.nextInt(50);
        int to = from - 1 + rng.nextInt(15);
        long total = 0;
        for (int m = from; m <= to; m++) {
          long expected = definition(h, constants[person][category.ordinal()], person, category, m, asked);
          assertThat(view.monthly(person, category, m)).as("month %s day %s", m, asked).isEqualTo(expected);
          assertThat(view.known(person, category, m)).isEqualTo(knownByDefinition(h, person, category, m, asked));
          total += expected;
        }
        assertThat(view.sum(person, category, from, to)).isEqualTo(total);
      }
    });
  }

  /**
   * Every dated value, with the amount known just before it (the previous value of its month, else
   * the constant), in order of the date known, then month, person and category.
   */
  private static java.util.List<ResourceHistory.Revision> revisionsByDefinition(ResourceHistory h, long[][] constants) {
    java.util.List<ResourceHistory.Value> values = h.values();
    java.util.List<ResourceHistory.Revision> out = new java.util.ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      ResourceHistory.Value v = values.get(i);
      if (v.knownOn().isEmpty()) {
        continue;
      }
      long previous = constants[v.person()][v.category().ordinal()];
      if (i > 0) {
        ResourceHistory.Value p = values.get(i - 1);
        if (p.person() == v.person() && p.category() == v.category() && p.month().equals(v.month())) {
          previous = p.amount();
        }
      }
      out.add(new ResourceHistory.Revision(v.person(), v.category(), v.month(), v.knownOn().get(), previous, v.amount()));
    }
    out.sort(java.util.Comparator.comparing(ResourceHistory.Revision::knownOn).thenComparing(ResourceHistory.Revision::month)
        .thenComparingInt(ResourceHistory.Revision::person).thenComparing(ResourceHistory.Revision::category));
    return out;
  }

  /** The latest value of the month known on {@code day} (from the start counts), else the constant. */
  private static long definition(ResourceHistory h, long constant, int person, IncomeCategory category, int month,
      int day) {
    long value = constant;
    long bestDay = Long.MIN_VALUE;
    for (ResourceHistory.Value v : h.values()) {
      if (v.person() == person && v.category() == category && Months.index(v.month()) == month) {
        long known = v.knownOn().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE + 1);
        if (known <= day && known > bestDay) {
          bestDay = known;
          value = v.amount();
        }
      }
    }
    return value;
  }

  /** No dated value for the month, or one known on {@code day}. */
  private static boolean knownByDefinition(ResourceHistory h, int person, IncomeCategory category, int month, int day) {
    boolean any = false;
    for (ResourceHistory.Value v : h.values()) {
      if (v.person() == person && v.category() == category && Months.index(v.month()) == month) {
        any = true;
        if (v.knownOn().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE) <= day) {
          return true;
        }
      }
    }
    return !any;
  }

  @Test
  void anAnnualSeriesIsReadByYear() {
    ResourceHistory h = ResourceHistory.builder(1)
        .annual(0, SELF_EMPLOYED_ANNUAL, 2021, Euros.of("5000"))
        .annual(0, SELF_EMPLOYED_ANNUAL, 2023, Euros.of("7000"), LocalDate.of(2024, 6, 1))
        .annual(0, SELF_EMPLOYED_ANNUAL, 2024, Euros.of("8000"), LocalDate.of(2025, 6, 1))
        .build();
    ResourceView v = h.asOf(LocalDate.of(2024, 12, 31));
    assertThat(v.annual(0, SELF_EMPLOYED_ANNUAL, 2021)).isEqualTo(Fixed.euros("5000"));
    assertThat(v.annual(0, SELF_EMPLOYED_ANNUAL, 2022)).isZero();
    assertThat(v.annual(0, SELF_EMPLOYED_ANNUAL, 2023)).isEqualTo(Fixed.euros("7000"));
    assertThat(v.hasAnnual(0, SELF_EMPLOYED_ANNUAL, 2024)).isFalse();
    assertThat(h.finalView().annual(0, SELF_EMPLOYED_ANNUAL, 2024)).isEqualTo(Fixed.euros("8000"));
  }
}
