package fr.benefitcalc.lab.compare;

import fr.benefitcalc.core.rules.Benefit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Weights that extrapolate a comparison's amounts to the national population ("pondération"): for each
 * benefit, the national number of households paid (DREES, September 2024, {@link Calibration#AL_RECIPIENTS},
 * {@link Calibration#RSA_RECIPIENTS}, {@link Calibration#PA_RECIPIENTS}) divided by the mean number of
 * households the baseline paid in a month of the span. Every scenario's amounts of that benefit are scaled
 * by the same weight (a ratio calibration on one margin per benefit: the baseline's recipients match the
 * national stock; a reform that pays more or fewer households shows it). A national amount is the sample's
 * exact amount times the weight, rounded half-up to the cent once: {@code sum × national × months /
 * recipientMonths} (per year: × 12 / the months summed). The weights do not correct the sample's composition beyond that margin (an
 * assumption stated in the report).
 *
 * @param recipientMonths per benefit, the months in which the baseline paid a household (sample)
 * @param months the months of the span
 */
public record NationalWeights(Map<Benefit, Long> recipientMonths, int months) {
  /** The national households paid per benefit, September 2024 (DREES, cited in docs/population.md). */
  public static final Map<Benefit, Long> NATIONAL_RECIPIENTS = Map.of(Benefit.AL, (long) Calibration.AL_RECIPIENTS,
      Benefit.RSA, (long) Calibration.RSA_RECIPIENTS, Benefit.PA, (long) Calibration.PA_RECIPIENTS);

  public NationalWeights {
    recipientMonths = Map.copyOf(recipientMonths);
    if (months < 1) {
      throw new IllegalArgumentException("months " + months + " must be at least 1");
    }
  }

  /** The weights of {@code result}, calibrated on its baseline. */
  public static NationalWeights of(ComparisonResult result) {
    Map<Benefit, Long> r = new EnumMap<>(Benefit.class);
    result.baseline().metrics().forEach((b, m) -> r.put(b, m.recipientMonths));
    return new NationalWeights(r, result.span().length());
  }

  /**
   * The weight of {@code benefit}: national households paid per household the baseline paid in a month; empty
   * when the baseline paid none (nothing to scale).
   */
  public Optional<BigDecimal> weight(Benefit benefit) {
    Long rm = recipientMonths.get(benefit);
    if (rm == null || rm == 0 || !NATIONAL_RECIPIENTS.containsKey(benefit)) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(NATIONAL_RECIPIENTS.get(benefit)).multiply(BigDecimal.valueOf(months))
        .divide(BigDecimal.valueOf(rm), MathContext.DECIMAL64));
  }

  /**
   * A sample total of {@code benefit} over {@code totalMonths} months, extrapolated to the nation and put per
   * year: {@code total × 12 / totalMonths × weight}, computed exactly and rounded half-up to the cent once; empty
   * when the benefit has no weight.
   */
  public Optional<BigDecimal> nationalPerYear(Benefit benefit, BigDecimal sampleTotal, int totalMonths) {
    Long rm = recipientMonths.get(benefit);
    if (rm == null || rm == 0 || !NATIONAL_RECIPIENTS.containsKey(benefit)) {
      return Optional.empty();
    }
    return Optional.of(sampleTotal.multiply(BigDecimal.valueOf(12L * NATIONAL_RECIPIENTS.get(benefit) * months))
        .divide(BigDecimal.valueOf(rm).multiply(BigDecimal.valueOf(totalMonths)), 2, RoundingMode.HALF_UP));
  }
}
