package fr.benefitcalc.rsapa.pa;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.rsapa.RsaPaRuleSets;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The amounts of a month derived once (reference-rules.md §3.6 and §3.7; CSS D843-2, R844-3, L842-2). */
class PaMonthAmountsTest {
  private static PaMonthAmounts of(int year, int month) {
    return PaMonthAmounts.of(PaMonthParameters.of(RsaPaRuleSets.paLaw(), Months.index(YearMonth.of(year, month))));
  }

  @Test
  void bonusThresholdsOfReferenceRules() { // §3.6: s1 700.92 / 709.18, s2 1 425.60 / 1 442.40 / 1 658.76
    PaMonthAmounts june2025 = of(2025, 6);
    assertThat(Fixed.toCent(june2025.bonusStart())).isEqualTo(Fixed.euros("700.92"));
    assertThat(Fixed.toCent(june2025.bonusFull())).isEqualTo(Fixed.euros("1425.60"));
    assertThat(june2025.bonusMaximum()).isEqualTo(Fixed.euros("184.27"));
    PaMonthAmounts january2026 = of(2026, 1);
    assertThat(Fixed.toCent(january2026.bonusStart())).isEqualTo(Fixed.euros("709.18"));
    assertThat(Fixed.toCent(january2026.bonusFull())).isEqualTo(Fixed.euros("1442.40"));
    assertThat(Fixed.toCent(of(2026, 4).bonusFull())).isEqualTo(Fixed.euros("1658.76")); // 138 h × 12.02
    assertThat(of(2026, 4).bonusMaximum()).isEqualTo(Fixed.euros("240.63"));
  }

  @Test
  void learnersFloorOf2025() { // §3: 1 104.25 with SMIC 11.88
    assertThat(Fixed.toCent(of(2025, 6).learnerFloor())).isEqualTo(Fixed.euros("1104.25"));
  }

  @Test
  void housingMaximaCappedAtThreePersons() { // §3.7, 2025-04: 75.99, 151.97, 188.06
    PaMonthAmounts june2025 = of(2025, 6);
    assertThat(Fixed.toCent(june2025.housingMaximum(1))).isEqualTo(Fixed.euros("75.99"));
    assertThat(Fixed.toCent(june2025.housingMaximum(2))).isEqualTo(Fixed.euros("151.97"));
    assertThat(Fixed.toCent(june2025.housingMaximum(3))).isEqualTo(Fixed.euros("188.06"));
    assertThat(june2025.housingMaximum(6)).isEqualTo(june2025.housingMaximum(3));
  }
}
