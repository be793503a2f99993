package fr.benefitcalc.api;

import fr.benefitcalc.core.errors.BenefitCalcException;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.trace.TraceStep;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joda.money.Money;

/**
 * What {@link BenefitCalculator#compute} found for a household and a month: per benefit asked, the
 * amount, the form paid and, when traced, each step of the calculation with its article.
 *
 * @param householdId the household computed
 * @param month the month of (re)calculation
 * @param ruleSet the name of the rule set applied
 * @param benefits the result of each benefit asked, in the order of {@link Benefit}
 */
public record Calculation(String householdId, YearMonth month, String ruleSet, Map<Benefit, Amount> benefits) {
  public Calculation {
    Objects.requireNonNull(householdId, "householdId");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(ruleSet, "ruleSet");
    benefits = Collections.unmodifiableMap(new EnumMap<>(benefits));
  }

  /** The monthly amount of {@code benefit} (EUR, whole cents). */
  public Money amount(Benefit benefit) {
    return get(benefit).amount();
  }

  /** The form paid, e.g. {@code ALS}, {@code APL}, {@code RSA majoré}; empty when nothing is due. */
  public String label(Benefit benefit) {
    return get(benefit).label();
  }

  /** The steps of the calculation of {@code benefit} (empty unless the calculator is traced). */
  public List<TraceStep> trace(Benefit benefit) {
    return get(benefit).trace();
  }

  private Amount get(Benefit benefit) {
    Amount a = benefits.get(benefit);
    if (a == null) {
      throw new BenefitCalcException(householdId, "benefits", benefit, "was not asked (asked: " + benefits.keySet() + ")", null);
    }
    return a;
  }

  /**
   * One benefit's result.
   *
   * @param benefit the benefit
   * @param amount the monthly amount (EUR, whole cents)
   * @param label the form paid; empty when nothing is due
   * @param trace the steps of the calculation, each with its article (empty unless traced)
   */
  public record Amount(Benefit benefit, Money amount, String label, List<TraceStep> trace) {
    public Amount {
      Objects.requireNonNull(benefit, "benefit");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(label, "label");
      trace = List.copyOf(trace);
    }

    /** The trace as text, one step a line (empty unless traced). */
    public String explanation() {
      StringBuilder b = new StringBuilder();
      for (TraceStep s : trace) {
        b.append(s).append('\n');
      }
      return b.toString();
    }
  }
}
