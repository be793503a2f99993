package fr.benefitcalc.lab.compare;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.BenefitTimeline;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.core.timeline.Situations;
import fr.benefitcalc.core.timeline.TimelineResult;
import fr.benefitcalc.lab.population.HouseholdGroups;
import fr.benefitcalc.lab.population.HouseholdProfile;
import fr.benefitcalc.lab.scenario.Scenario;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One household of a comparison under every scenario: its decision timelines and what the comparison
 * keeps of them (groups, amounts, error). The unit of work of {@link Comparison} on one machine, and of
 * any engine that distributes the households (calc-spark): both compute a household with this class
 * and build the metrics from its {@link Outcome}, so that no rule nor metric is written twice.
 */
public final class HouseholdComparison {
  private final List<Scenario> scenarios;
  private final MonthRange span;
  private final int explainedSample;
  private final List<Map<Benefit, BenefitRule>> used;
  private final List<List<Benefit>> benefits;
  /** Each scenario's timelines prepared once for every household, or null when its rules are refused. */
  private final DecisionTimeline.Prepared[] prepared;
  /** Why a scenario's rules were refused (reported for every household, as a computation error). */
  private final RuntimeException[] refused;
  /** Each scenario's timelines prepared over the months a household is in the files, when not the whole span. */
  private final java.util.concurrent.ConcurrentHashMap<MonthRange, DecisionTimeline.Prepared[]> preparedOver =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @param rules the rule of each benefit (a scenario computes those its rule set defines)
   * @param scenarios the scenarios, the baseline first
   * @param span the months of right computed
   * @param explainedSample households of index below it are computed with explanations
   */
  public HouseholdComparison(Map<Benefit, BenefitRule> rules, List<Scenario> scenarios, MonthRange span,
      int explainedSample) {
    this.scenarios = List.copyOf(scenarios);
    if (this.scenarios.isEmpty()) {
      throw new IllegalArgumentException("a comparison needs at least one scenario");
    }
    this.span = Objects.requireNonNull(span, "span");
    this.explainedSample = explainedSample;
    this.used = this.scenarios.stream().map(s -> {
      Map<Benefit, BenefitRule> m = new EnumMap<>(Benefit.class);
      rules.forEach((b, r) -> {
        if (s.ruleSet().defines(b)) {
          m.put(b, r);
        }
      });
      return Map.copyOf(m);
    }).toList();
    this.benefits = used.stream().map(m -> List.copyOf(new EnumMap<>(m).keySet())).toList();
    this.prepared = new DecisionTimeline.Prepared[this.scenarios.size()];
    this.refused = new RuntimeException[this.scenarios.size()];
    for (int s = 0; s < prepared.length; s++) {
      try {
        prepared[s] = DecisionTimeline.prepare(used.get(s), this.scenarios.get(s).ruleSet(), span);
      } catch (RuntimeException e) {
        refused[s] = e;
      }
    }
  }

  /** The scenarios, the baseline first. */
  public List<Scenario> scenarios() {
    return scenarios;
  }

  /** The months of right computed. */
  public MonthRange span() {
    return span;
  }

  /** The benefits computed under scenario {@code s}, in the order of the outcome's arrays. */
  public List<Benefit> benefits(int s) {
    return benefits.get(s);
  }

  /**
   * Household {@code h}, of index {@code index} in its population, under every scenario. A scenario whose
   * computation fails gives the error, not an exception.
   */
  public Outcome compute(Household h, int index) {
    return compute(Situations.of(h), index);
  }

  /**
   * A household whose situation changes over the months ({@code situations}: births, separations, moves), of
   * index {@code index}, under every scenario (the same {@code situations} for each: its revisions are built once);
   * its groups are those of its first situation.
   */
  public Outcome compute(Situations situations, int index) {
    return compute(situations, span, index);
  }

  /**
   * As {@link #compute(Situations, int)}, for a household in the files only over {@code presence} (a part of the
   * span: it entered or left the files, {@code docs/population.md}, "Entries and exits"): its timelines cover those
   * months, the regularisations of those months included whenever they are decided; it is neither paid nor due
   * anything in the other months of the span.
   */
  public Outcome compute(Situations situations, MonthRange presence, int index) {
    if (presence.firstIndex() < span.firstIndex() || presence.lastIndex() > span.lastIndex()) {
      throw new IllegalArgumentException("household " + situations.initial().id() + ": months in the files " + presence
          + " outside the span " + span);
    }
    DecisionTimeline.Prepared[] timelines = presence.equals(span) ? prepared
        : preparedOver.computeIfAbsent(presence, p -> {
          DecisionTimeline.Prepared[] over = new DecisionTimeline.Prepared[prepared.length];
          for (int s = 0; s < over.length; s++) {
            over[s] = refused[s] != null ? null : DecisionTimeline.prepare(used.get(s), scenarios.get(s).ruleSet(), p);
          }
          return over;
        });
    Household h = situations.initial();
    int count = scenarios.size();
    TimelineResult[] results = new TimelineResult[count];
    String[] errors = new String[count];
    long[] nanos = new long[count];
    DecisionTimeline.Detail detail = index < explainedSample ? DecisionTimeline.Detail.EXPLAINED
        : DecisionTimeline.Detail.AMOUNTS;
    for (int s = 0; s < count; s++) {
      long start = System.nanoTime();
      try {
        if (refused[s] != null) {
          throw refused[s];
        }
        results[s] = timelines[s].compute(situations, detail);
      } catch (RuntimeException e) {
        errors[s] = e.getMessage() == null ? e.toString() : e.getMessage();
      }
      nanos[s] = System.nanoTime() - start;
    }
    return new Outcome(h.id(), HouseholdGroups.type(h), HouseholdGroups.incomeBand(h, span), HouseholdProfile.of(h, span),
        results, errors, nanos);
  }

  /** What one household gave under every scenario (arrays indexed by scenario; read-only by convention). */
  public final class Outcome {
    private final String householdId;
    private final int type;
    private final int band;
    private final HouseholdProfile profile;
    private final TimelineResult[] results;
    private final String[] errors;
    private final long[] nanos;
    /** {@link #net(int, int)} of each scenario and benefit, worked out once (the metrics read each several times). */
    private final long[][] net;
    /** {@link #netTotal(int)} of each scenario. */
    private final long[] netTotal;

    private Outcome(String householdId, int type, int band, HouseholdProfile profile, TimelineResult[] results,
        String[] errors, long[] nanos) {
      this.householdId = householdId;
      this.type = type;
      this.band = band;
      this.profile = profile;
      this.results = results;
      this.errors = errors;
      this.nanos = nanos;
      this.net = new long[results.length][];
      this.netTotal = new long[results.length];
      for (int s = 0; s < results.length; s++) {
        int benefitCount = benefits.get(s).size();
        net[s] = new long[benefitCount];
        long total = 0;
        for (int k = 0; k < benefitCount; k++) {
          if (results[s] != null) {
            BenefitTimeline t = results[s].of(benefits.get(s).get(k));
            net[s][k] = Math.addExact(Math.addExact(t.paid().total(), t.appliedIndus()), t.appliedRappels());
          }
          total = Math.addExact(total, net[s][k]);
        }
        netTotal[s] = total;
      }
    }

    /** The household's id. */
    public String householdId() {
      return householdId;
    }

    /** The household's type (index in {@link HouseholdGroups#TYPES}). */
    public int type() {
      return type;
    }

    /** The household's income band (index in {@link HouseholdGroups#BANDS}). */
    public int band() {
      return band;
    }

    /** The household's composition, dwelling, income and activity. */
    public HouseholdProfile profile() {
      return profile;
    }

    /** Why scenario {@code s} could not be computed, or empty. */
    public Optional<String> error(int s) {
      return Optional.ofNullable(errors[s]);
    }

    /**
     * Whether the household was computed under every scenario. One in error under some scenario is excluded
     * from every total (its amounts are not counted anywhere), so that the scenarios are compared on the same
     * households.
     */
    public boolean computed() {
      for (String e : errors) {
        if (e != null) {
          return false;
        }
      }
      return true;
    }

    /** Why the household is excluded from the totals ("error: S1: ...; S3: ..."), or empty when it is computed. */
    public Optional<String> exclusion() {
      StringBuilder r = new StringBuilder();
      for (int s = 0; s < errors.length; s++) {
        if (errors[s] != null) {
          r.append(r.length() == 0 ? "error: " : "; ").append(scenarios.get(s).id()).append(": ").append(errors[s]);
        }
      }
      return r.length() == 0 ? Optional.empty() : Optional.of(r.toString());
    }

    /** The time scenario {@code s} took on this household (nanoseconds). */
    public long nanos(int s) {
      return nanos[s];
    }

    /** The timeline of the {@code k}-th benefit of {@link #benefits(int) benefits(s)}; empty when in error. */
    public Optional<BenefitTimeline> timeline(int s, int k) {
      return results[s] == null ? Optional.empty() : Optional.of(results[s].of(benefits.get(s).get(k)));
    }

    /** Paid by the decisions of the {@code k}-th benefit under scenario {@code s} over the span (nano-euros; 0 in error). */
    public long paid(int s, int k) {
      return results[s] == null ? 0 : results[s].of(benefits.get(s).get(k)).paid().total();
    }

    /** Paid plus applied regularisations of the {@code k}-th benefit under scenario {@code s} (nano-euros; 0 in error). */
    public long net(int s, int k) {
      return net[s][k];
    }

    /** The net amount of every benefit under scenario {@code s} (nano-euros). */
    public long netTotal(int s) {
      return netTotal[s];
    }

    /** The net amount of every benefit under scenario {@code s} minus under the baseline (nano-euros). */
    public long netDifference(int s) {
      return Math.subtractExact(netTotal(s), netTotal(0));
    }
  }
}
