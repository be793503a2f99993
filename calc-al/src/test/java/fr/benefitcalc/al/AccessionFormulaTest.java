package fr.benefitcalc.al;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Loan;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.trace.RecordingTrace;
import fr.benefitcalc.core.trace.Trace;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The AL accession (CCH D842-6 to D842-12; arrêté du 27/09/2019 art. 33 to 39) on amounts computed by hand. */
class AccessionFormulaTest {
  private static final HousingBenefit RULE = new HousingBenefit();

  private static Loan loan(String payment, String signed, Loan.Kind kind, Loan.Purpose purpose) {
    return new Loan(MonthlyAmounts.constantNanoEuros(Fixed.euros(payment)), LocalDate.parse(signed), kind, purpose, false,
        Optional.empty(), false, false);
  }

  private static long amount(Household h, String month, RecordingTrace trace) {
    return RULE.compute(h, h.resources().finalView(), YearMonth.parse(month), TestHouseholds.law(), trace).amountFixed();
  }

  @Test
  void alAccessionOfAPurchaseLoan() {
    // 2025-02, single, zone 2, loan signed 2015-01-01 (ceilings of the certificates from 2014-10-01), 500 € a month,
    // R = 12 000 (above the floor 16.25 × 500 = 8 125). N = 1.2; K = 0.90 − 12 000 / (21 420.91 × 1.2) = 0.43316
    // → 0.43; L = min(500, 273.04) = 273.04; C = 59.97; L0 = (2.4 % × 749.496 + 20.8 % × 698.688 + 23.2 % ×
    // 1 758.24 + 32.8 % × 7 085.94 + 76.32) / 12 = 247.645; Af = 0.43 × 85.365 = 36.707; − 5 = 31.707; dépense
    // nette 500 + 59.97 − 31.71 = 528.26 ≥ 2.34 % × 12 000 = 280.80: no abatement; CRDS 0.16; 31.55 → 31 €.
    Household h = TestHouseholds.single().homeBuyer(2, loan("500", "2015-01-01", Loan.Kind.OTHER, Loan.Purpose.NEW))
        .resourceBase("12000").build();
    RecordingTrace trace = Trace.recording();
    assertThat(amount(h, "2025-02", trace)).as(trace.render()).isEqualTo(Fixed.euros("31"));
    assertThat(trace.step("K").orElseThrow().value()).isEqualTo("0.43");
    assertThat(trace.step("L").orElseThrow().value()).isEqualTo("273.04");
    assertThat(trace.step("DNM").orElseThrow().value()).isEqualTo("280.80");
  }

  @Test
  void resourceFloorOfAWorksLoanIsTheFlatAmount() {
    // D842-12 2°: a works loan (R842-5 2°) signed after 1994-09-30: resources at least 3 900 €, not 16.25 × 800
    Household h = TestHouseholds.single().homeBuyer(2, loan("800", "2012-07-03", Loan.Kind.OTHER, Loan.Purpose.IMPROVEMENT))
        .resourceBase("2000").build();
    RecordingTrace trace = Trace.recording();
    amount(h, "2025-02", trace);
    assertThat(trace.step("R_plancher").orElseThrow().value()).isEqualTo("3900.00");
    // a purchase loan: 16.25 × 800 = 13 000
    Household purchase = TestHouseholds.single().homeBuyer(2, loan("800", "2012-07-03", Loan.Kind.OTHER, Loan.Purpose.NEW))
        .resourceBase("2000").build();
    RecordingTrace t2 = Trace.recording();
    amount(purchase, "2025-02", t2);
    assertThat(t2.step("R_plancher").orElseThrow().value()).isEqualTo("13000.00");
  }

  @Test
  void theAccessionAidIsClosedToLoansSignedAfter2017() {
    Household al = TestHouseholds.single().homeBuyer(2, loan("500", "2018-01-02", Loan.Kind.OTHER, Loan.Purpose.NEW)).build();
    assertThat(amount(al, "2025-02", Trace.recording())).isZero();
    Household apl = TestHouseholds.single().homeBuyer(1, loan("500", "2018-06-01", Loan.Kind.CONVENTIONNE, Loan.Purpose.EXISTING))
        .build();
    assertThat(amount(apl, "2025-02", Trace.recording())).isZero();
    // the L831-2 exception (existing dwelling, zone 3, until 2019-12-31) keeps the APL: R = 0, K = 0.95,
    // L = 248.89 (art. 18 2°, 2017-10-01 to 2019-09-30, zone III, column b), C = 59.97, L0 = 0;
    // 0.95 × 308.86 = 293.417; − 5 = 288.417; dépense nette 559.97 − 288.42 ≥ 2.34 % × 8 200: no abatement;
    // CRDS 1.44; 286.97 → 286 €
    Household exception = TestHouseholds.single().homeBuyer(3, loan("500", "2018-06-01", Loan.Kind.CONVENTIONNE,
        Loan.Purpose.EXISTING)).build();
    assertThat(amount(exception, "2025-02", Trace.recording())).isEqualTo(Fixed.euros("286"));
  }

  @Test
  void coOwnersHaveTheirOwnChargesAndThreeQuartersOfTheCeiling() {
    // arrêté art. 37 (2022-01): a single co-owner's C is 27.10 € (not half of 54.22); the ceiling is 75 % of
    // art. 33's (zone 2, certificate of 2015-01-01, single: 273.04 × 0.75 = 204.78)
    Loan coOwned = new Loan(MonthlyAmounts.constantNanoEuros(Fixed.euros("500")), LocalDate.parse("2015-01-01"),
        Loan.Kind.OTHER, Loan.Purpose.NEW, false, Optional.empty(), true, false);
    Household h = TestHouseholds.single().homeBuyer(2, coOwned).resourceBase("12000").build();
    RecordingTrace trace = Trace.recording();
    amount(h, "2022-01", trace);
    assertThat(trace.step("C").orElseThrow().value()).as(trace.render()).isEqualTo("27.10");
    assertThat(trace.step("L_plaf").orElseThrow().value()).isEqualTo("204.78");
  }
}
