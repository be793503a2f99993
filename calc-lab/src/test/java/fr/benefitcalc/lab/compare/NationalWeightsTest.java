package fr.benefitcalc.lab.compare;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.rules.Benefit;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The national extrapolation: the DREES stock over the baseline's, times the sample's exact amounts. */
class NationalWeightsTest {
  /** Two households paid the AL in each of 24 months: each stands for 5.49 M / 2 = 2 745 000 households. */
  private static final NationalWeights W = new NationalWeights(Map.of(Benefit.AL, 48L, Benefit.RSA, 7L), 24);

  @Test
  void theWeightIsTheNationalStockOverTheSamplesMeanRecipients() {
    assertThat(W.weight(Benefit.AL)).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("2745000"));
    // 1.84 M × 24 / 7 = 6 308 571.428571428...
    assertThat(W.weight(Benefit.RSA)).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("6308571.428571429"));
    assertThat(W.weight(Benefit.PA)).isEmpty(); // not computed: nothing to scale
  }

  @Test
  void aNationalAmountIsTheWeightTimesTheSampleSumRoundedOnceToTheCent() {
    // 1 000.01 € over 24 months = 500.005 €/year; × 2 745 000 = 1 372 513 725.00 €, exact
    assertThat(W.nationalPerYear(Benefit.AL, new BigDecimal("1000.01"), 24))
        .hasValueSatisfying(x -> assertThat(x).isEqualTo(new BigDecimal("1372513725.00")));
    // 0.07 € over 12 months × 1.84 M × 24 / 7 = 441 600.00 € exactly (not 0.07 × 6 308 571.43 = 441 600.0001)
    assertThat(W.nationalPerYear(Benefit.RSA, new BigDecimal("0.07"), 12))
        .hasValueSatisfying(x -> assertThat(x).isEqualTo(new BigDecimal("441600.00")));
    // 0.01 € over 24 months: 0.005 × 6 308 571.428571... = 31 542.857142... → 31 542.86
    assertThat(W.nationalPerYear(Benefit.RSA, new BigDecimal("0.01"), 24))
        .hasValueSatisfying(x -> assertThat(x).isEqualTo(new BigDecimal("31542.86")));
    assertThat(W.nationalPerYear(Benefit.PA, BigDecimal.ONE, 24)).isEmpty();
  }
}
