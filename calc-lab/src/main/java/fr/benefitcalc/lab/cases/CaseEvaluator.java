package fr.benefitcalc.lab.cases;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitResult;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.trace.RecordingTrace;
import fr.benefitcalc.core.trace.Trace;
import fr.benefitcalc.core.trace.TraceStep;
import fr.benefitcalc.lab.catalog.Catalog;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the cases of the case format. Each case is a month of (re)calculation computed on the
 * final resources. When the AL is computed together with the RSA or the prime d'activité and not
 * given in {@code benefitsReceived}, the AL computed for each month the RSA / PA reads (M-4..M) is
 * what they receive (forfait logement).
 */
public final class CaseEvaluator {
  /** Months before M whose AL the RSA / PA may read (the M-4..M-2 window). */
  private static final int AL_MONTHS_BACK = 4;
  /** Months before M whose RSA is computed for the AL's neutralisation when not given. */
  private static final int RSA_MONTHS_BACK = 12;
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

  /** The answer to a valid case; an error in one benefit is reported, the others still computed. */
  public CaseResult evaluate(BenefitCase c) {
    Map<Benefit, BigDecimal> amounts = new LinkedHashMap<>();
    Map<Benefit, String> labels = new LinkedHashMap<>();
    Map<Benefit, List<TraceStep>> traces = new LinkedHashMap<>();
    List<Benefit> mismatches = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    RuleSet rules;
    try {
      rules = catalog.ruleSet(rulesOverride.orElse(c.rules()));
    } catch (IllegalArgumentException e) {
      return new CaseResult(c.id(), Optional.of(c.month().toString()), Map.of(), Map.of(), c.expected(), List.of(),
          Optional.of(e.getMessage()), Map.of());
    }
    Household household = c.household();
    ResourceView resources = household.resources().finalView();
    boolean feedAl = c.benefits().contains(Benefit.AL)
        && (c.benefits().contains(Benefit.RSA) || c.benefits().contains(Benefit.PA))
        && !household.receives(ReceivedBenefit.AL);
    boolean feedRsa = c.benefits().contains(Benefit.AL) && c.benefits().contains(Benefit.RSA)
        && !household.receives(ReceivedBenefit.RSA);
    if (feedRsa) {
      try {
        household = household.withReceived(ReceivedBenefit.RSA, rsaReceived(household, resources, c.month(), rules));
      } catch (RuntimeException e) {
        errors.add("RSA computed for the AL: " + CaseReader.message(e));
      }
    }
    if (feedAl) {
      try {
        household = household.withReceived(ReceivedBenefit.AL, alReceived(household, resources, c.month(), rules));
      } catch (RuntimeException e) {
        errors.add("AL computed for RSA/PA: " + CaseReader.message(e));
      }
    }
    for (Benefit b : c.benefits()) {
      try {
        Trace trace = withTrace ? Trace.recording() : Trace.off();
        BenefitResult r = catalog.rule(b).compute(household, resources, c.month(), rules, trace);
        BigDecimal amount = Fixed.toBigDecimal(r.amountFixed()).setScale(2);
        amounts.put(b, amount);
        if (!r.label().isEmpty()) {
          labels.put(b, r.label());
        }
        if (trace instanceof RecordingTrace rt) {
          traces.put(b, rt.steps());
        }
        BigDecimal expected = c.expected().get(b);
        if (expected != null && amount.subtract(expected).abs().compareTo(c.toleranceFor(b)) > 0) {
          mismatches.add(b);
        }
      } catch (fr.benefitcalc.core.parameters.ParameterOutOfRangeException e) {
        errors.add(b + ": month: '" + c.month() + "' is not covered by the legal parameters (" + CaseReader.message(e) + ")");
      } catch (RuntimeException e) {
        errors.add(b + ": " + CaseReader.message(e));
      }
    }
    Optional<String> error = errors.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", errors));
    return new CaseResult(c.id(), Optional.of(c.month().toString()), amounts, labels, c.expected(), mismatches, error, traces);
  }

  /**
   * The RSA of the months before M as the household would have received it, when the case asks for both
   * the AL and the RSA without giving the RSA received: the AL neutralises the resources of a household
   * that received the RSA in M-1 (CCH R822-17), and that RSA depends on the AL of its own month (forfait
   * logement). Computed month by month from M-{@value #RSA_MONTHS_BACK} (with no RSA before; months
   * without parameters count as no RSA), each month's AL reading the RSA of the month before.
   */
  private MonthlyAmounts rsaReceived(Household household, ResourceView resources, YearMonth month, RuleSet rules) {
    Map<YearMonth, Long> rsa = new LinkedHashMap<>();
    for (int k = RSA_MONTHS_BACK; k >= 1; k--) {
      YearMonth m = month.minusMonths(k);
      long amount = 0;
      try {
        Household withRsa = household.withReceived(ReceivedBenefit.RSA, MonthlyAmounts.byMonth(rsa));
        long al = catalog.rule(Benefit.AL).compute(withRsa, resources, m, rules, Trace.off()).amountFixed();
        Household withAl = household.receives(ReceivedBenefit.AL) ? household
            : household.withReceived(ReceivedBenefit.AL, MonthlyAmounts.byMonth(Map.of(m, al)));
        amount = catalog.rule(Benefit.RSA).compute(withAl, resources, m, rules, Trace.off()).amountFixed();
      } catch (fr.benefitcalc.core.parameters.ParameterOutOfRangeException e) {
        amount = 0; // before the parameters: counted as no RSA
      }
      rsa.put(m, amount);
    }
    return MonthlyAmounts.byMonth(rsa);
  }

  private MonthlyAmounts alReceived(Household household, ResourceView resources, YearMonth month, RuleSet rules) {
    Map<YearMonth, Long> al = new LinkedHashMap<>();
    for (int k = AL_MONTHS_BACK; k >= 0; k--) {
      YearMonth m = month.minusMonths(k);
      al.put(m, catalog.rule(Benefit.AL).compute(household, resources, m, rules, Trace.off()).amountFixed());
    }
    return MonthlyAmounts.byMonth(al);
  }

}
