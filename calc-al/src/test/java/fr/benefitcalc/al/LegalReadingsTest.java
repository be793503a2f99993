package fr.benefitcalc.al;

import static fr.benefitcalc.core.resources.IncomeCategory.SALARY_TAXABLE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.BenefitRules;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The places where the law and OpenFisca-France differ, each under both options. */
class LegalReadingsTest {
  private final HousingBenefit rule = new HousingBenefit();

  private long amount(Household h, String month, BenefitRules rules) {
    return rule.compute(h, YearMonth.parse(month), TestHouseholds.ruleSet(rules)).amountFixed();
  }

  @Test
  void paymentThresholdOnTheLastResult() {
    // reference-rules.md §5.4b, csg_salaire_01_salarie_prive_1_SMIC_d3 (2024-10): A0 = 10.38 passes OpenFisca's
    // threshold, then -5 € gives 5.38 and 5.35 paid; CCH D823-16 tests "ce dernier résultat": 5.38 < 10 €, nothing paid.
    Household h = TestHouseholds.single().tenant(1, "600").resourceBase("15700").build();
    assertThat(amount(h, "2024-10", AlRuleSets.openfiscaCompatible(AlRuleSets.law()))).isEqualTo(Fixed.euros("5.35"));
    assertThat(amount(h, "2024-10", AlRuleSets.law())).isZero();
  }

  @Test
  void rlsForSocialLandlordsOnly() {
    // CCH L442-2-1: only social landlords apply the RLS; a private conventionné dwelling gets the APL without it.
    Household h = TestHouseholds.single().housing(HousingStatus.TENANT, 2, "400", true, false, false).build();
    // GEN-AL-10 figures: 303.17 without RLS -> 301.65 net of CRDS, 301 € (D823-16); with 98 % of 48.45 -> 254.41
    assertThat(amount(h, "2025-01", AlRuleSets.law())).isEqualTo(Fixed.euros("301"));
    assertThat(amount(h, "2025-01", AlRuleSets.openfiscaCompatible(AlRuleSets.law()))).isEqualTo(Fixed.euros("254.41"));
  }

  @Test
  void finalRoundingDownToTheEuro() {
    // GEN-AL-02: 59.74 after the 5 €; CRDS 0.30; 59.44 -> 59 € paid (CCH D823-16, the law's default);
    // OpenFisca pays the 59.44 to the cent (option cent)
    Household h = TestHouseholds.single().tenant(2, "450").constant(0, SALARY_TAXABLE, "1200").build();
    assertThat(amount(h, "2025-01", AlRuleSets.law())).isEqualTo(Fixed.euros("59"));
    assertThat(amount(h, "2025-01", AlRuleSets.law().withOption(AlOptions.FINAL_ROUNDING, "cent")))
        .isEqualTo(Fixed.euros("59.44"));
  }

  @Test
  void doubleActivityOverTheReferencePeriod() {
    // CCH R822-7: both spouses earned at least 12 BMAF (12 x 466.44 in 2024-04..) over M-13..M-2: R lowered by 95 €.
    // Salaries 700 + 700 a month: S = 8 400 each, ABP = 840, R = 15 120 -> 15 200; minus 95: 15 025 -> 15 100.
    Household h = TestHouseholds.couple().tenant(2, "500").constant(0, SALARY_TAXABLE, "700")
        .constant(1, SALARY_TAXABLE, "700").build();
    // to the cent, so that the difference is not hidden by the final rounding to the euro
    long law = amount(h, "2025-01", AlRuleSets.law().withOption(AlOptions.FINAL_ROUNDING, "cent"));
    long withoutAbatement = amount(h, "2025-01", AlRuleSets.law().withOption(AlOptions.FINAL_ROUNDING, "cent")
        .withOption(AlOptions.DOUBLE_ACTIVITY, "month"));
    // Tp = 3.15 % + 0.305 %: 100 € less of R is 3.455 € more of aid before the -5 € and the CRDS
    assertThat(law - withoutAbatement).isBetween(Fixed.euros("3.42"), Fixed.euros("3.45"));
  }
}
