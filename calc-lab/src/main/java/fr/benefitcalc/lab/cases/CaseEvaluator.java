package fr.benefitcalc.lab.cases;

import fr.benefitcalc.api.BenefitCalculator;
import fr.benefitcalc.api.Calculation;
import fr.benefitcalc.core.errors.BenefitCalcException;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.parameters.ParameterOutOfRangeException;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.trace.TraceStep;
import fr.benefitcalc.lab.catalog.Catalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the cases of the case format with the library's one-call calculator
 * ({@link BenefitCalculator}). Each case is a month of (re)calculation computed on the final
 * resources. When the AL is computed together with the RSA or the prime d'activité and not given in
 * {@code benefitsReceived}, the AL computed for each month the RSA / PA reads (M-4..M) is what they
 * receive (forfait logement); when the AL and the RSA are computed together and the RSA is not given,
 * the RSA of the months before is computed for the AL's neutralisation.
 */
public final class CaseEvaluator {
  private final Catalog catalog;
  private final boolean withTrace;
  private final Optional<String> rulesOverride;

  /** An evaluator on {@code catalog}; {@code withTrace} records the explanation of every amount. */
  public CaseEvaluator(Catalog catalog, boolean withTrace) {
    this(catalog, withTrace, Optional.empty());
  }

  /** As {@link #CaseEvaluator(Catalog, boolean)}, every case under {@code rulesOverride} when present. */
  public CaseEvaluator(Catalog catalog, boolean withTrace, Optional<String> rulesOverride) {
    this.catalog = catalog;
    this.withTrace = withTrace;
    this.rulesOverride = rulesOverride;
  }

  /** The answer to an entry: its error if it was unreadable, else its computation. */
  public CaseResult evaluate(CaseEntry entry) {
    if (entry.value().isEmpty()) {
      return new CaseResult(entry.id(), entry.month(), Map.of(), Map.of(), Map.of(), List.of(), entry.error(), Map.of());
    }
    return evaluate(entry.value().get());
  }

  /**
   * The answer to a valid case, computed by the library's {@link BenefitCalculator} (with its cascade
   * between benefits); an error in one benefit is reported, the others still computed. The case
   * format counts a benefit received that a case does not give as 0: when the case does not ask the
   * AL (or the RSA) and does not give it, it is given as 0 rather than computed for the cascade.
   */
  public CaseResult evaluate(BenefitCase c) {
    RuleSet rules;
    BenefitCalculator calculator;
    try {
      rules = catalog.ruleSet(rulesOverride.orElse(c.rules()));
      calculator = BenefitCalculator.of(rules);
    } catch (IllegalArgumentException e) {
      return new CaseResult(c.id(), Optional.of(c.month().toString()), Map.of(), Map.of(), c.expected(), List.of(),
          Optional.of(e.getMessage()), Map.of());
    }
    if (withTrace) {
      calculator = calculator.traced();
    }
    Household household = c.household();
    for (ReceivedBenefit r : List.of(ReceivedBenefit.AL, ReceivedBenefit.RSA)) {
      Benefit b = r == ReceivedBenefit.AL ? Benefit.AL : Benefit.RSA;
      if (!c.benefits().contains(b) && !household.receives(r)) {
        household = household.withReceived(r, MonthlyAmounts.none());
      }
    }
    Map<Benefit, Calculation.Amount> computed = new EnumMap<>(Benefit.class);
    List<String> errors = new ArrayList<>();
    try {
      computed.putAll(calculator.compute(household, c.month(), EnumSet.copyOf(c.benefits())).benefits());
    } catch (RuntimeException all) {
      for (Benefit b : c.benefits()) { // one at a time, to report each benefit's own error
        try {
          computed.putAll(calculator.compute(household, c.month(), EnumSet.of(b)).benefits());
        } catch (RuntimeException e) {
          // the calculator names the household; the case's report names it already
          RuntimeException cause = e instanceof BenefitCalcException && e.getCause() instanceof RuntimeException r ? r : e;
          if (cause instanceof ParameterOutOfRangeException) {
            errors.add(b + ": month: '" + c.month() + "' is not covered by the legal parameters (" + CaseReader.message(cause) + ")");
          } else {
            errors.add(b + ": " + CaseReader.message(cause));
          }
        }
      }
    }
    Map<Benefit, BigDecimal> amounts = new LinkedHashMap<>();
    Map<Benefit, String> labels = new LinkedHashMap<>();
    Map<Benefit, List<TraceStep>> traces = new LinkedHashMap<>();
    List<Benefit> mismatches = new ArrayList<>();
    for (Benefit b : c.benefits()) {
      Calculation.Amount r = computed.get(b);
      if (r == null) {
        continue;
      }
      BigDecimal amount = r.amount().getAmount().setScale(2);
      amounts.put(b, amount);
      if (!r.label().isEmpty()) {
        labels.put(b, r.label());
      }
      if (withTrace) {
        traces.put(b, r.trace());
      }
      BigDecimal expected = c.expected().get(b);
      if (expected != null && amount.subtract(expected).abs().compareTo(c.toleranceFor(b)) > 0) {
        mismatches.add(b);
      }
    }
    Optional<String> error = errors.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", errors));
    return new CaseResult(c.id(), Optional.of(c.month().toString()), amounts, labels, c.expected(), mismatches, error, traces);
  }
}
