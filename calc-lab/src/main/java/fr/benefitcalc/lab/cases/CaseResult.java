package fr.benefitcalc.lab.cases;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.trace.TraceStep;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to one case: the amounts computed, their labels, the benefits that differ from the
 * expected amounts beyond the tolerance, and the error if the case could not be computed.
 *
 * @param id the case's id
 * @param month the month as given
 * @param amounts amounts computed, in euros with two decimals, in the order asked
 * @param labels the form of each benefit paid (APL, ALF, ALS, RSA majoré, ...)
 * @param expected the expected amounts given in the case
 * @param mismatches benefits whose amount differs from the expected one by more than the tolerance
 * @param error the error, if the case (or one of its benefits) could not be computed
 * @param traces the explanation of each amount, when asked
 */
public record CaseResult(String id, Optional<String> month, Map<Benefit, BigDecimal> amounts, Map<Benefit, String> labels,
    Map<Benefit, BigDecimal> expected, List<Benefit> mismatches, Optional<String> error,
    Map<Benefit, List<TraceStep>> traces) {

  /** Whether the case was computed without error and matched every expected amount. */
  public boolean ok() {
    return error.isEmpty() && mismatches.isEmpty();
  }
}
