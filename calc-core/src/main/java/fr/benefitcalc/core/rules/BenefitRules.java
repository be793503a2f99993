package fr.benefitcalc.core.rules;

import fr.benefitcalc.core.parameters.Timeline;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy;
import fr.benefitcalc.core.time.RecalculationSchedule;
import fr.benefitcalc.core.time.ReferencePeriod;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a rule set computes one benefit: the reference period of each resource category, the
 * recalculation schedule, and the legal parameters it replaces. Configuration, not code: "AL on
 * calendar year N-1 updated every July" is {@code defaultPeriod = calendarYear(-1)} and
 * {@code schedule = yearly(7)}.
 *
 * @param defaultPeriod the reference period of every category not listed in {@code periods}
 * @param periods reference periods of particular categories (e.g. self-employed profits over N-2)
 * @param experiment an alternative default period for households in experimenting departments, from
 *     a month (the RSA / prime d'activité M-4..M-2 experiment from 2024-10)
 * @param schedule when the right is recomputed; the amount is kept in between
 * @param overrides parameter timelines replaced by this rule set, by parameter name
 * @param options named switches of the benefit's rules (documented by each benefit module)
 * @param policy what the decision timeline does when late data change a decision already paid
 *     (regularise or freeze); {@link RegularisationPolicy#alwaysRegularise()} by default
 */
public record BenefitRules(ReferencePeriod defaultPeriod, Map<IncomeCategory, ReferencePeriod> periods,
    Optional<Experiment> experiment, RecalculationSchedule schedule, Map<String, Timeline<?>> overrides,
    Map<String, String> options, RegularisationPolicy policy) {

  public BenefitRules {
    Objects.requireNonNull(defaultPeriod, "defaultPeriod");
    Objects.requireNonNull(schedule, "schedule");
    periods = periods.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(periods));
    experiment = experiment == null ? Optional.empty() : experiment;
    overrides = Map.copyOf(overrides);
    options = Map.copyOf(options);
    policy = policy == null ? RegularisationPolicy.alwaysRegularise() : policy;
  }

  /** Rules with the default regularisation policy (always regularise). */
  public BenefitRules(ReferencePeriod defaultPeriod, Map<IncomeCategory, ReferencePeriod> periods,
      Optional<Experiment> experiment, RecalculationSchedule schedule, Map<String, Timeline<?>> overrides,
      Map<String, String> options) {
    this(defaultPeriod, periods, experiment, schedule, overrides, options, RegularisationPolicy.alwaysRegularise());
  }

  /** Rules with one period for every category. */
  public static BenefitRules of(ReferencePeriod period, RecalculationSchedule schedule) {
    return new BenefitRules(period, Map.of(), Optional.empty(), schedule, Map.of(), Map.of());
  }

  /** The reference period of {@code category} for a household, outside any experiment. */
  public ReferencePeriod period(IncomeCategory category) {
    return periods.getOrDefault(category, defaultPeriod);
  }

  /** The default period for a household, taking the experiment into account for {@code month}. */
  public ReferencePeriod defaultPeriod(boolean experimentingHousehold, YearMonth month) {
    if (experimentingHousehold && experiment.isPresent() && !month.isBefore(experiment.get().from())) {
      return experiment.get().period();
    }
    return defaultPeriod;
  }

  /**
   * {@link #defaultPeriod(boolean, YearMonth)} for the month of index {@code monthIndex} (see
   * {@link fr.benefitcalc.core.time.Months}), without allocating.
   */
  public ReferencePeriod defaultPeriod(boolean experimentingHousehold, int monthIndex) {
    if (experimentingHousehold && experiment.isPresent()
        && monthIndex >= fr.benefitcalc.core.time.Months.index(experiment.get().from())) {
      return experiment.get().period();
    }
    return defaultPeriod;
  }

  /** The parameter to use: this rule set's override of {@code timeline}, or the timeline itself. */
  @SuppressWarnings("unchecked")
  public <V> Timeline<V> parameter(Timeline<V> timeline) {
    Timeline<?> o = overrides.get(timeline.name());
    return o == null ? timeline : (Timeline<V>) o;
  }

  /** An option's value, or {@code defaultValue}. */
  public String option(String name, String defaultValue) {
    return options.getOrDefault(name, defaultValue);
  }

  /** A copy with another default period. */
  public BenefitRules withDefaultPeriod(ReferencePeriod period) {
    return new BenefitRules(period, periods, experiment, schedule, overrides, options, policy);
  }

  /** A copy with the period of one category set. */
  public BenefitRules withPeriod(IncomeCategory category, ReferencePeriod period) {
    Map<IncomeCategory, ReferencePeriod> p = new EnumMap<>(IncomeCategory.class);
    p.putAll(periods);
    p.put(category, period);
    return new BenefitRules(defaultPeriod, p, experiment, schedule, overrides, options, policy);
  }

  /** A copy with every category on {@code period} (no per-category exception, no experiment). */
  public BenefitRules withAllPeriods(ReferencePeriod period) {
    return new BenefitRules(period, Map.of(), Optional.empty(), schedule, overrides, options, policy);
  }

  /** A copy with another schedule. */
  public BenefitRules withSchedule(RecalculationSchedule newSchedule) {
    return new BenefitRules(defaultPeriod, periods, experiment, newSchedule, overrides, options, policy);
  }

  /** A copy with an experiment period. */
  public BenefitRules withExperiment(Experiment newExperiment) {
    return new BenefitRules(defaultPeriod, periods, Optional.of(newExperiment), schedule, overrides, options, policy);
  }

  /** A copy with a parameter replaced. */
  public BenefitRules withOverride(Timeline<?> timeline) {
    Map<String, Timeline<?>> o = new HashMap<>(overrides);
    o.put(timeline.name(), timeline);
    return new BenefitRules(defaultPeriod, periods, experiment, schedule, o, options, policy);
  }

  /** A copy with another regularisation policy (droits figés, thresholds, recovery limit). */
  public BenefitRules withPolicy(RegularisationPolicy newPolicy) {
    return new BenefitRules(defaultPeriod, periods, experiment, schedule, overrides, options, newPolicy);
  }

  /** A copy with an option set. */
  public BenefitRules withOption(String name, String value) {
    Map<String, String> o = new HashMap<>(options);
    o.put(name, value);
    return new BenefitRules(defaultPeriod, periods, experiment, schedule, overrides, o, policy);
  }

  /**
   * A reference period applied to households of experimenting departments from a month on.
   *
   * @param period the period applied to them
   * @param from the first month it applies
   */
  public record Experiment(ReferencePeriod period, YearMonth from) {
    public Experiment {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(from, "from");
    }
  }
}
