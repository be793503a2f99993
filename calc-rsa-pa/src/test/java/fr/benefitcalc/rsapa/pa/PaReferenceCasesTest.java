package fr.benefitcalc.rsapa.pa;

import static fr.benefitcalc.core.resources.IncomeCategory.SALARY_NET;
import static fr.benefitcalc.core.resources.IncomeCategory.UNEMPLOYMENT_NET;
import static fr.benefitcalc.rsapa.TestHouseholds.adult;
import static fr.benefitcalc.rsapa.TestHouseholds.pa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.rsapa.RsaPaRuleSets;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * End-to-end prime d'activité cases, expected amounts from reference-rules.md (§3.9, §5.4 P9-P11,
 * §5.5 GEN-PPA-01..16, OpenFisca-France 176.0.7), with a 0.01 € tolerance for OpenFisca's float32.
 */
class PaReferenceCasesTest {
  private static final RuleSet LAW = RsaPaRuleSets.lawRuleSet();
  private static final String M = "2025-07"; // quarter Apr–Jun 2025

  private static void expect(BigDecimal actual, String expected) {
    assertThat(actual).isCloseTo(new BigDecimal(expected), within(new BigDecimal("0.01")));
  }

  @Test
  void genPpa01WorkedCheck() { // §3.9
    expect(pa(adult("1985-03-10").tenant().receives(ReceivedBenefit.AL, "250").salary("2025-04", "2025-06", "1000")
        .build(), M, LAW), "231.77");
  }

  @Test
  void genPpa02FullBonification() {
    expect(pa(adult("1985-03-10").tenant().salary("2025-04", "2025-06", "1430").build(), M, LAW), "243.34");
  }

  @Test
  void genPpa03LowSalary() {
    expect(pa(adult("1985-03-10").tenant().receives(ReceivedBenefit.AL, "200").salary("2025-04", "2025-06", "800")
        .build(), M, LAW), "261.22");
  }

  @Test
  void genPpa04CoupleTwoBonifications() {
    var h = adult("1985-03-10").andAdult("1986-05-02").tenant().salary("2025-04", "2025-06", "1200");
    for (String m : new String[] {"2025-04", "2025-05", "2025-06"}) {
      h.in(1, SALARY_NET, m, "900");
    }
    expect(pa(h.build(), M, LAW), "284.19");
  }

  @Test
  void genPpa05CoupleTwoChildrenWithFamilyAllowances() {
    expect(pa(adult("1985-03-10").andAdult("1986-05-02").child("2019-01-15").child("2016-02-20").tenant()
        .receives(ReceivedBenefit.AL, "300").receives(ReceivedBenefit.AF, "151.80").salary("2025-04", "2025-06", "1500")
        .build(), M, LAW), "571.90");
  }

  @Test
  void genPpa06LoneParentMajoree() {
    expect(pa(adult("1990-03-10").child("2023-01-15").tenant().recentIsolation().receives(ReceivedBenefit.AL, "300")
        .salary("2025-04", "2025-06", "900").build(), M, LAW), "589.27");
  }

  @Test
  void genPpa07BelowFifteenEurosIsNotPaid() { // §3.9: 14.48 < 15
    expect(pa(adult("1985-03-10").tenant().salary("2025-04", "2025-06", "2000").build(), M, LAW), "0");
  }

  @Test
  void genPpa08PrimesAreAveragedNotIncomes() {
    expect(pa(adult("1985-03-10").tenant().in(0, SALARY_NET, "2025-05", "1000").in(0, SALARY_NET, "2025-06", "2000")
        .build(), M, LAW), "107.41");
  }

  @Test
  void genPpa09QuarterStraddlingAprilKeepsEachMonthsParameters() {
    expect(pa(adult("1985-03-10").tenant().salary("2025-02", "2025-04", "1000").build(), "2025-05", LAW), "307.53");
  }

  @Test
  void genPpa10And11April2024Parameters() {
    expect(pa(adult("1985-03-10").tenant().receives(ReceivedBenefit.AL, "250").salary("2024-04", "2024-06", "1000")
        .build(), "2024-07", LAW), "237.63");
    expect(pa(adult("1985-03-10").tenant().salary("2024-04", "2024-06", "1400").build(), "2024-07", LAW), "257.82");
  }

  @Test
  void genPpa12And13StudentFloor() {
    expect(pa(adult("2003-03-10").last(p -> p.asStudent(false)).tenant().salary("2025-04", "2025-06", "500").build(),
        M, LAW), "0");
    expect(pa(adult("2003-03-10").last(p -> p.asStudent(false)).tenant().salary("2025-04", "2025-06", "1150").build(),
        M, LAW), "285.68");
  }

  @Test
  void genPpa14UnemploymentBenefitIsAResource() {
    expect(pa(adult("1985-03-10").tenant().receives(ReceivedBenefit.AL, "150").salary("2025-04", "2025-06", "600")
        .every(0, UNEMPLOYMENT_NET, "500").build(), M, LAW), "0");
  }

  @Test
  void genPpa15And16ExperimentingDepartment() {
    expect(pa(adult("1985-03-10").tenant().experimenting().salary("2025-03", "2025-05", "1000").build(), M, LAW),
        "307.64");
    expect(pa(adult("1985-03-10").tenant().salary("2025-03", "2025-05", "1000").build(), M, LAW), "205.17");
  }

  @Test
  void p9ToP11CoupleWithHousingBenefit() { // §5.4: couple, AL 200, salaries 300 + 300
    var p9 = adult("1980-01-01").andAdult("1982-01-01").tenant().receives(ReceivedBenefit.AL, "200");
    for (String m : new String[] {"2024-06", "2024-07", "2024-08"}) {
      p9.in(0, SALARY_NET, m, "300").in(1, SALARY_NET, m, "300");
    }
    expect(pa(p9.build(), "2024-09", LAW), "366");
    for (boolean experimenting : new boolean[] {true, false}) {
      var h = adult("1980-01-01").andAdult("1982-01-01").tenant().receives(ReceivedBenefit.AL, "200");
      for (String m : new String[] {"2024-09", "2024-10", "2024-11"}) {
        h.in(0, SALARY_NET, m, "300").in(1, SALARY_NET, m, "300");
      }
      if (experimenting) {
        h.experimenting();
      }
      expect(pa(h.build(), "2025-01", LAW), experimenting ? "366" : "244");
    }
  }
}
