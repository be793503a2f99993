package fr.benefitcalc.testkit.properties;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.timeline.BenefitTimeline;
import fr.benefitcalc.core.timeline.TimelineResult;
import fr.benefitcalc.testkit.generators.TimelineCase;
import fr.benefitcalc.testkit.generators.TimelineCaseGenerator;
import fr.benefitcalc.testkit.replay.ReplayFile;
import fr.benefitcalc.testkit.replay.ReplayFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * "Over two years, with the AL, the RSA and the prime d'activité together, does this reform make
 * anyone lose more than 300 €?": runs a baseline and a reform rule set through the decision timeline
 * (late data, corrections, situation changes; AL, RSA and PA with their cascade) on generated
 * {@link TimelineCase}s and checks the user's bounds on each household's total over the span:
 * <ul>
 *   <li>gain or loss: what the household receives, {@code paid + applied regularisations} summed over
 *       the months and the benefits, under the reform minus under the baseline;
 *   <li>payment changes: the months whose amount paid differs from the month before, summed over the
 *       benefits, under the reform;
 *   <li>indus and rappels applied under the reform (in absolute value, summed over the benefits).
 * </ul>
 * Each household breaking a bound is shrunk (the simplest household of the same seed that still
 * breaks one) and written as two timeline files, baseline and reform, that {@code bin/benefit-calc
 * timeline FILE} replays; its description in the report carries the household in full.
 *
 * <pre>{@code
 * MonthRange span = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));
 * TimelineReformRegression.Report r = TimelineReformRegression.of(rules, law, reform)
 *     .maxTotalLoss(Fixed.euros("300")).maxPaymentChanges(12)
 *     .run(TimelineCaseGenerator.of(HouseholdGenerator.defaults(), span).withCorrections(CorrectionModel.typical()), 42L, 200);
 * assertThat(r.violations()).as(r.summary()).isEmpty();
 * }</pre>
 */
public final class TimelineReformRegression {
  private final Map<Benefit, BenefitRule> rules;
  private final RuleSet baseline;
  private final RuleSet reform;
  private final long maxLoss;
  private final long maxGain;
  private final int maxChanges;
  private final long maxIndus;
  private final long maxRappels;
  private final ReplayFiles replay;

  private TimelineReformRegression(Map<Benefit, BenefitRule> rules, RuleSet baseline, RuleSet reform, long maxLoss,
      long maxGain, int maxChanges, long maxIndus, long maxRappels, ReplayFiles replay) {
    this.rules = Map.copyOf(new EnumMap<>(rules));
    this.baseline = baseline;
    this.reform = reform;
    this.maxLoss = maxLoss;
    this.maxGain = maxGain;
    this.maxChanges = maxChanges;
    this.maxIndus = maxIndus;
    this.maxRappels = maxRappels;
    this.replay = replay;
  }

  /** {@code reform} against {@code baseline} for the benefits of {@code rules} computed together, no bound yet. */
  public static TimelineReformRegression of(Map<Benefit, BenefitRule> rules, RuleSet baseline, RuleSet reform) {
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("reform regression: no benefit rule given");
    }
    return new TimelineReformRegression(rules, baseline, reform, Long.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE,
        Long.MAX_VALUE, Long.MAX_VALUE, ReplayFiles.defaults());
  }

  /** No household may lose more than {@code amount} (nano-euros) over the span, all benefits together. */
  public TimelineReformRegression maxTotalLoss(long amount) {
    return new TimelineReformRegression(rules, baseline, reform, amount, maxGain, maxChanges, maxIndus, maxRappels, replay);
  }

  /** No household may gain more than {@code amount} (nano-euros) over the span, all benefits together. */
  public TimelineReformRegression maxTotalGain(long amount) {
    return new TimelineReformRegression(rules, baseline, reform, maxLoss, amount, maxChanges, maxIndus, maxRappels, replay);
  }

  /** Under the reform, no household may see its amount paid change in more than {@code count} months (all benefits). */
  public TimelineReformRegression maxPaymentChanges(int count) {
    return new TimelineReformRegression(rules, baseline, reform, maxLoss, maxGain, count, maxIndus, maxRappels, replay);
  }

  /** Under the reform, no household may have more than {@code amount} (nano-euros, positive) of indus applied. */
  public TimelineReformRegression maxIndus(long amount) {
    return new TimelineReformRegression(rules, baseline, reform, maxLoss, maxGain, maxChanges, amount, maxRappels, replay);
  }

  /** Under the reform, no household may have more than {@code amount} (nano-euros) of rappels applied. */
  public TimelineReformRegression maxRappels(long amount) {
    return new TimelineReformRegression(rules, baseline, reform, maxLoss, maxGain, maxChanges, maxIndus, amount, replay);
  }

  /** Replay files of the violations written with {@code files} (default {@link ReplayFiles#defaults()}). */
  public TimelineReformRegression replayTo(ReplayFiles files) {
    return new TimelineReformRegression(rules, baseline, reform, maxLoss, maxGain, maxChanges, maxIndus, maxRappels, files);
  }

  /** Runs on {@code count} cases drawn from {@code generator}, the i-th from the seed {@code seed + i}. */
  public Report run(TimelineCaseGenerator generator, long seed, int count) {
    List<Case> all = new ArrayList<>();
    List<Case> violations = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long s = seed + i;
      Case c = compare(generator.next(new SplittableRandom(s), 100, "seed-" + s), s);
      all.add(c);
      if (!c.broken().isEmpty()) {
        violations.add(c);
      }
    }
    violations.sort(Comparator.comparingLong((Case c) -> -Math.abs(c.difference())));
    List<Case> shrunk = new ArrayList<>();
    for (int i = 0; i < violations.size(); i++) {
      Case v = violations.get(i);
      // the worst ten shrunk and written; the others as found
      shrunk.add(i < 10 ? withReplay(shrink(generator, v)) : v);
    }
    all.sort(Comparator.comparingLong(Case::difference));
    return new Report(all, shrunk);
  }

  /** The totals of one case under one rule set. */
  public static Totals totals(TimelineResult r) {
    Map<Benefit, Long> received = new EnumMap<>(Benefit.class);
    long total = 0;
    int changes = 0;
    long indus = 0;
    long rappels = 0;
    for (BenefitTimeline t : r.benefits().values()) {
      long x = t.paid().total() + t.appliedIndus() + t.appliedRappels();
      received.put(t.benefit(), x);
      total += x;
      long[] paid = t.paid().toArray();
      for (int i = 1; i < paid.length; i++) {
        if (paid[i] != paid[i - 1]) {
          changes++;
        }
      }
      indus -= t.appliedIndus();
      rappels += t.appliedRappels();
    }
    return new Totals(received, total, changes, indus, rappels);
  }

  private Case compare(TimelineCase c, long seed) {
    Totals before = totals(TimelineProperties.compute(c, rules, baseline));
    Totals after = totals(TimelineProperties.compute(c, rules, reform));
    List<String> broken = new ArrayList<>();
    long difference = after.received() - before.received();
    if (-difference > maxLoss) {
      broken.add("loses " + Fixed.format(-difference) + " > " + Fixed.format(maxLoss));
    }
    if (difference > maxGain) {
      broken.add("gains " + Fixed.format(difference) + " > " + Fixed.format(maxGain));
    }
    if (after.paymentChanges() > maxChanges) {
      broken.add(after.paymentChanges() + " payment changes > " + maxChanges);
    }
    if (after.indus() > maxIndus) {
      broken.add("indus " + Fixed.format(after.indus()) + " > " + Fixed.format(maxIndus));
    }
    if (after.rappels() > maxRappels) {
      broken.add("rappels " + Fixed.format(after.rappels()) + " > " + Fixed.format(maxRappels));
    }
    return new Case(seed, c, before, after, broken, List.of());
  }

  private Case shrink(TimelineCaseGenerator generator, Case failing) {
    for (int complexity = 0; complexity < 100; complexity += 10) {
      Case c = compare(generator.next(new SplittableRandom(failing.seed()), complexity,
          "seed-" + failing.seed() + "-c" + complexity), failing.seed());
      if (!c.broken().isEmpty()) {
        return c;
      }
    }
    return failing;
  }

  private Case withReplay(Case c) {
    String what = "reform regression: " + c.headline();
    ReplayFile b = replay.writeTimeline(c.timelineCase().id() + "-" + baseline.name(), c.timelineCase(), rules.keySet(),
        baseline, what + " (baseline)");
    ReplayFile r = replay.writeTimeline(c.timelineCase().id() + "-" + reform.name(), c.timelineCase(), rules.keySet(),
        reform, what + " (reform)");
    return new Case(c.seed(), c.timelineCase(), c.baseline(), c.reform(), c.broken(), List.of(b, r));
  }

  /**
   * Totals of one household over the span under one rule set.
   *
   * @param byBenefit what each benefit paid plus its applied regularisations (nano-euros)
   * @param received the sum over the benefits
   * @param paymentChanges the months whose amount paid differs from the month before, over the benefits
   * @param indus the indus applied, as a positive amount
   * @param rappels the rappels applied
   */
  public record Totals(Map<Benefit, Long> byBenefit, long received, int paymentChanges, long indus, long rappels) {
    public Totals {
      byBenefit = Map.copyOf(byBenefit);
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(Fixed.format(received)).append(" (");
      new java.util.TreeMap<>(byBenefit).forEach((k, v) -> b.append(k).append(' ').append(Fixed.format(v)).append(", "));
      return b.append(paymentChanges).append(" changes, indus ").append(Fixed.format(indus)).append(", rappels ")
          .append(Fixed.format(rappels)).append(')').toString();
    }
  }

  /**
   * One household compared.
   *
   * @param seed the seed that generates it
   * @param timelineCase the household, its situations and span
   * @param baseline its totals under the baseline
   * @param reform its totals under the reform
   * @param broken the bounds it breaks, in words (empty if none)
   * @param replay the files replaying it, baseline then reform (written for the reported violations)
   */
  public record Case(long seed, TimelineCase timelineCase, Totals baseline, Totals reform, List<String> broken,
      List<ReplayFile> replay) {
    public Case {
      broken = List.copyOf(broken);
      replay = List.copyOf(replay);
    }

    /** What the household receives under the reform minus under the baseline: a gain if positive. */
    public long difference() {
      return reform.received() - baseline.received();
    }

    /** One line: seed, totals, difference, bounds broken. */
    public String headline() {
      return "seed " + seed + ": " + baseline + " -> " + reform + " (" + (difference() >= 0 ? "+" : "")
          + Fixed.format(difference()) + ")" + (broken.isEmpty() ? "" : "; " + String.join(", ", broken));
    }

    /** The headline, the case in full and the commands that replay it. */
    public String describeInFull() {
      StringBuilder b = new StringBuilder(headline()).append('\n').append(Failures.describe(timelineCase));
      replay.forEach(f -> b.append('\n').append(f));
      return b.toString();
    }

    @Override
    public String toString() {
      return headline() + "; " + Describe.household(timelineCase.initial())
          + replay.stream().map(f -> "\n  " + f).reduce("", String::concat);
    }
  }

  /**
   * The outcome: every household compared (from the largest loss to the largest gain) and those
   * that break a bound (largest difference first; the worst ten shrunk and replayable).
   *
   * @param cases every household compared
   * @param violations the households breaking a bound
   */
  public record Report(List<Case> cases, List<Case> violations) {
    public Report {
      cases = List.copyOf(cases);
      violations = List.copyOf(violations);
    }

    /** The household that loses most (or gains least). */
    public Optional<Case> worstLoss() {
      return cases.isEmpty() ? Optional.empty() : Optional.of(cases.get(0));
    }

    /** The household that gains most. */
    public Optional<Case> largestGain() {
      return cases.isEmpty() ? Optional.empty() : Optional.of(cases.get(cases.size() - 1));
    }

    /** Counts, worst loss, largest gain, then the first violation in full and the next four in a line each. */
    public String summary() {
      StringBuilder b = new StringBuilder();
      long losers = cases.stream().filter(c -> c.difference() < 0).count();
      long winners = cases.stream().filter(c -> c.difference() > 0).count();
      b.append(cases.size()).append(" households: ").append(losers).append(" lose, ").append(winners).append(" gain\n");
      worstLoss().ifPresent(c -> b.append("worst loss: ").append(c.headline()).append('\n'));
      largestGain().ifPresent(c -> b.append("largest gain: ").append(c.headline()).append('\n'));
      for (int i = 0; i < Math.min(5, violations.size()); i++) {
        b.append("VIOLATION ").append(i == 0 ? violations.get(0).describeInFull() : violations.get(i).toString()).append('\n');
      }
      return b.toString();
    }
  }
}
