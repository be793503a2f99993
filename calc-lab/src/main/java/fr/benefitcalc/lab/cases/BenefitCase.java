package fr.benefitcalc.lab.cases;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.rules.Benefit;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One case of the case format ({@code shared/spec/case-format.md}): a household and a month to compute.
 *
 * @param id the case's identifier
 * @param month the month of (re)calculation
 * @param benefits what to compute, in the order given
 * @param rules the rule set's name ({@code law} by default)
 * @param household the household
 * @param expected expected monthly amounts, by benefit
 * @param tolerance allowed difference in euros, by benefit
 * @param description free text
 */
public record BenefitCase(String id, YearMonth month, List<Benefit> benefits, String rules, Household household,
    Map<Benefit, BigDecimal> expected, Map<Benefit, BigDecimal> tolerance, Optional<String> description) {
  /** The default tolerance of the case format: 0.01 €. */
  public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.01");

  public BenefitCase {
    benefits = List.copyOf(benefits);
    expected = Map.copyOf(expected);
    tolerance = Map.copyOf(tolerance);
  }

  /** The tolerance for {@code benefit}. */
  public BigDecimal toleranceFor(Benefit benefit) {
    return tolerance.getOrDefault(benefit, DEFAULT_TOLERANCE);
  }
}
