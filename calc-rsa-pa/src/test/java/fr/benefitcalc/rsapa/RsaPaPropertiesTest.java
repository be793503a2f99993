package fr.benefitcalc.rsapa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.parameters.ParameterTable;
import fr.benefitcalc.core.parameters.Timeline;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.rsapa.family.FamilyParameters;
import fr.benefitcalc.rsapa.pa.PaParameters;
import fr.benefitcalc.rsapa.rsa.RsaParameters;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the RSA and the prime d'activité on small generated households. */
class RsaPaPropertiesTest {
  private static final RuleSet LAW = RsaPaRuleSets.lawRuleSet();
  private static final RuleSet M4M2 = RsaPaRuleSets.m4m2RuleSet();
  private static final YearMonth FIRST = YearMonth.of(2021, 5); // the PA reads parameters from M-4
  private static final int MONTHS = 68; // 2021-05..2026-12

  /** A household: couple?, children 0..3, AL 0..400 €, status, experimenting? — encoded in ints. */
  private static Gen<int[]> households() {
    return integers().between(0, 1).zip(integers().between(0, 3), integers().between(0, 400),
        integers().between(0, 2), booleans().all(), (couple, children, al, status, exp) ->
            new int[] {couple, children, al, status, exp ? 1 : 0});
  }

  private static TestHouseholds household(int[] g) {
    TestHouseholds h = TestHouseholds.adult("1980-04-12");
    if (g[0] == 1) {
      h.andAdult("1983-09-30");
    }
    for (int c = 0; c < g[1]; c++) {
      h.child((2008 + 4 * c) + "-06-15");
    }
    h.housing(g[3] == 0 ? HousingStatus.TENANT : g[3] == 1 ? HousingStatus.OWNER : HousingStatus.SOCIAL_TENANT);
    if (g[2] > 0) {
      h.receives(ReceivedBenefit.AL, Integer.toString(g[2]));
    }
    if (g[4] == 1) {
      h.experimenting();
    }
    return h;
  }

  private static YearMonth month(int i) {
    return FIRST.plusMonths(i);
  }

  @Test
  void rsaPlusActivityIncomeNeverFallsExceptAtTheSixEuroThreshold() {
    // RSA + income = max(income, MF − FL − other resources) while the RSA is paid: it never falls, except
    // where the RSA drops below the 6 € threshold (CASF R262-39) and is not paid: then by less than 6 €.
    qt().withExamples(300).forAll(households(), integers().between(0, 2000), integers().between(1, 500),
        integers().between(0, MONTHS - 1)).checkAssert((g, salary, raise, i) -> {
          String m = month(i).toString();
          Household low = household(g).every(0, IncomeCategory.SALARY_NET, Integer.toString(salary)).build();
          Household high = household(g).every(0, IncomeCategory.SALARY_NET, Integer.toString(salary + raise)).build();
          BigDecimal rsaLow = TestHouseholds.rsa(low, m, LAW);
          BigDecimal rsaHigh = TestHouseholds.rsa(high, m, LAW);
          assertThat(rsaHigh).isLessThanOrEqualTo(rsaLow);
          BigDecimal totalLow = rsaLow.add(BigDecimal.valueOf(salary));
          BigDecimal totalHigh = rsaHigh.add(BigDecimal.valueOf(salary + raise));
          assertThat(totalHigh).isGreaterThan(totalLow.subtract(new BigDecimal("6")));
          if (rsaHigh.signum() > 0 || rsaLow.signum() == 0) {
            assertThat(totalHigh).isGreaterThanOrEqualTo(totalLow);
          }
        });
  }

  @Test
  void paIsNilOrAtLeastFifteenEuros() {
    Gen<int[]> salaries = integers().between(0, 3000).zip(integers().between(0, 3000), integers().between(0, 3000),
        (a, b, c) -> new int[] {a, b, c});
    qt().withExamples(300).forAll(households(), salaries, integers().between(0, MONTHS - 1)).checkAssert((g, s, i) -> {
          YearMonth m = month(i);
          int s1 = s[0];
          int s2 = s[1];
          int s3 = s[2];
          Household h = household(g)
              .in(0, IncomeCategory.SALARY_NET, m.minusMonths(4).toString(), Integer.toString(s1))
              .in(0, IncomeCategory.SALARY_NET, m.minusMonths(3).toString(), Integer.toString(s2))
              .in(0, IncomeCategory.SALARY_NET, m.minusMonths(2).toString(), Integer.toString(s3))
              .in(0, IncomeCategory.SALARY_NET, m.minusMonths(1).toString(), Integer.toString(s1)).build();
          BigDecimal pa = TestHouseholds.pa(h, m.toString(), LAW);
          assertThat(pa.signum() == 0 || pa.compareTo(new BigDecimal("15")) >= 0).as("PA %s", pa).isTrue();
        });
  }

  @Test
  void constantIncomesGiveTheSameAmountOnEitherWindow() {
    // With the same incomes every month, M-3..M-1 and M-4..M-2 read the same resources. The RSA uses the
    // parameters of M only; the PA those of each month of the window, so it is compared only when no
    // parameter changes between M-4 and M-1 (otherwise the windows differ by design, GEN-PPA-09).
    qt().withExamples(300).forAll(households(), integers().between(0, 2500), integers().between(0, MONTHS - 1))
        .checkAssert((g, salary, i) -> {
          YearMonth m = month(i);
          Household h = household(g).every(0, IncomeCategory.SALARY_NET, Integer.toString(salary)).build();
          assertThat(TestHouseholds.rsa(h, m.toString(), M4M2)).isEqualTo(TestHouseholds.rsa(h, m.toString(), LAW));
          if (parametersStable(m.minusMonths(4), m.minusMonths(1))) {
            assertThat(TestHouseholds.pa(h, m.toString(), M4M2)).isEqualTo(TestHouseholds.pa(h, m.toString(), LAW));
          }
        });
  }

  private static boolean parametersStable(YearMonth from, YearMonth to) {
    return Stream.of(new RsaParameters(), new PaParameters(), new FamilyParameters())
        .map(ParameterTable::timelines).flatMap(List::stream)
        .allMatch((Timeline<?> t) -> t.at(from).equals(t.at(to)));
  }
}
