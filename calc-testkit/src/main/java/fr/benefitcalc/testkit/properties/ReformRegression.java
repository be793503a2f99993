package fr.benefitcalc.testkit.properties;

import fr.benefitcalc.core.money.Euros;
import org.joda.money.Money;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import fr.benefitcalc.testkit.replay.ReplayCase;
import fr.benefitcalc.testkit.replay.ReplayFile;
import fr.benefitcalc.testkit.replay.ReplayFiles;
import java.util.Map;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * "Does this reform make anyone lose more than 20 €?": runs a baseline and a reform rule set on
 * generated households for one benefit and one month and checks the user's bounds on losses and
 * gains, reporting the worst cases (each shrunk to the simplest household of the same seed that still
 * breaks the bound, described in full, and written as a case file that {@code bin/benefit-calc
 * evaluate FILE} replays: the household under each rule set, by name, with the amounts observed).
 * Over a span of months and across benefits (AL, RSA and PA with their cascade), see
 * {@link #overTime} ({@link TimelineReformRegression}).
 *
 * <pre>{@code
 * ReformRegression.Report r = ReformRegression.of(new HousingBenefit(), law, reform, YearMonth.of(2025, 1))
 *     .maxLoss(Euros.of("20")).run(HouseholdGenerator.defaults().withTenantsOnly(), 42L, 500);
 * assertThat(r.violations()).as(r.summary()).isEmpty();
 * }</pre>
 */
public final class ReformRegression {
  private final BenefitRule rule;
  private final RuleSet baseline;
  private final RuleSet reform;
  private final YearMonth month;
  private final long maxLoss;
  private final long maxGain;
  private final ReplayFiles replay;

  private ReformRegression(BenefitRule rule, RuleSet baseline, RuleSet reform, YearMonth month, long maxLoss, long maxGain,
      ReplayFiles replay) {
    this.rule = rule;
    this.baseline = baseline;
    this.reform = reform;
    this.month = month;
    this.maxLoss = maxLoss;
    this.maxGain = maxGain;
    this.replay = replay;
  }

  /** A comparison of {@code reform} against {@code baseline} for {@code month}, with no bound yet. */
  public static ReformRegression of(BenefitRule rule, RuleSet baseline, RuleSet reform, YearMonth month) {
    return new ReformRegression(rule, baseline, reform, month, Long.MAX_VALUE, Long.MAX_VALUE, ReplayFiles.defaults());
  }

  /**
   * {@code reform} against {@code baseline} through the decision timeline, over a span of months and
   * for the benefits of {@code rules} together: see {@link TimelineReformRegression}.
   */
  public static TimelineReformRegression overTime(Map<Benefit, BenefitRule> rules, RuleSet baseline, RuleSet reform) {
    return TimelineReformRegression.of(rules, baseline, reform);
  }

  /** Replay files of the violations written with {@code files} (default {@link ReplayFiles#defaults()}). */
  public ReformRegression replayTo(ReplayFiles files) {
    return new ReformRegression(rule, baseline, reform, month, maxLoss, maxGain, files);
  }

  /** No household may lose more than {@code amount} a month. */
  public ReformRegression maxLoss(Money amount) {
    return new ReformRegression(rule, baseline, reform, month, Euros.toFixed(amount), maxGain, replay);
  }

  /** No household may gain more than {@code amount} a month. */
  public ReformRegression maxGain(Money amount) {
    return new ReformRegression(rule, baseline, reform, month, maxLoss, Euros.toFixed(amount), replay);
  }

  /** Runs on {@code count} households drawn from {@code generator} starting at {@code seed}. */
  public Report run(HouseholdGenerator generator, long seed, int count) {
    List<Case> all = new ArrayList<>();
    List<Case> violations = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long s = seed + i;
      Case c = compare(generator.next(new SplittableRandom(s), 100, "seed-" + s), s);
      all.add(c);
      if (breaks(c)) {
        violations.add(c);
      }
    }
    violations.sort(Comparator.comparingLong((Case c) -> -Math.abs(c.difference())));
    List<Case> shrunk = new ArrayList<>();
    for (int i = 0; i < violations.size(); i++) {
      // the worst ten shrunk and written; the others as found
      shrunk.add(i < 10 ? withReplay(shrink(generator, violations.get(i).seed(), violations.get(i))) : violations.get(i));
    }
    all.sort(Comparator.comparingLong(Case::difference));
    return new Report(all, shrunk);
  }

  private Case compare(Household h, long seed) {
    long before = BenefitProperties.amount(rule, baseline, month, h);
    long after = BenefitProperties.amount(rule, reform, month, h);
    return new Case(seed, h, before, after, List.of());
  }

  private Case withReplay(Case c) {
    String what = rule.benefit() + " " + month + ": " + Fixed.format(c.baseline()) + " under " + baseline.name() + ", "
        + Fixed.format(c.reform()) + " under " + reform.name();
    Household h = c.household();
    ReplayFile f = replay.writeCases("reform-" + h.id(), List.of(
        new ReplayCase(h.id() + "-" + baseline.name(), month, List.of(rule.benefit()), baseline.name(), h,
            Map.of(rule.benefit(), c.baseline()), what + " (baseline)"),
        new ReplayCase(h.id() + "-" + reform.name(), month, List.of(rule.benefit()), reform.name(), h,
            Map.of(rule.benefit(), c.reform()), what + " (reform)")));
    return new Case(c.seed(), h, c.baseline(), c.reform(), List.of(f));
  }

  private boolean breaks(Case c) {
    return -c.difference() > maxLoss || c.difference() > maxGain;
  }

  private Case shrink(HouseholdGenerator generator, long seed, Case failing) {
    for (int complexity = 0; complexity < 100; complexity += 10) {
      Case c = compare(generator.next(new SplittableRandom(seed), complexity, "seed-" + seed + "-c" + complexity), seed);
      if (breaks(c)) {
        return c;
      }
    }
    return failing;
  }

  /**
   * One household compared.
   *
   * @param seed the seed that generates it
   * @param household the household
   * @param baseline its amount under the baseline (nano-euros)
   * @param reform its amount under the reform (nano-euros)
   * @param replay the case file replaying it (written for the reported violations, otherwise empty)
   */
  public record Case(long seed, Household household, long baseline, long reform, List<ReplayFile> replay) {
    public Case {
      replay = List.copyOf(replay);
    }

    /** Reform minus baseline: a gain if positive, a loss if negative. */
    public long difference() {
      return reform - baseline;
    }

    @Override
    public String toString() {
      return "seed " + seed + ": " + Fixed.format(baseline) + " -> " + Fixed.format(reform) + " ("
          + (difference() >= 0 ? "+" : "") + Fixed.format(difference()) + "); " + Describe.household(household)
          + replay.stream().map(f -> "\n  " + f).reduce("", String::concat);
    }

    /** As {@link #toString()}, with every income of every month and the day it became known. */
    public String describeInFull() {
      return "seed " + seed + ": " + Fixed.format(baseline) + " -> " + Fixed.format(reform) + " ("
          + (difference() >= 0 ? "+" : "") + Fixed.format(difference()) + "); " + Describe.full(household)
          + replay.stream().map(f -> "\n" + f).reduce("", String::concat);
    }
  }

  /**
   * The outcome: every household compared (sorted from the largest loss to the largest gain) and
   * those that break a bound (largest first).
   *
   * @param cases every household compared
   * @param violations the households breaking a bound
   */
  public record Report(List<Case> cases, List<Case> violations) {
    /** The household that loses most (or gains least). */
    public Case worstLoss() {
      return cases.get(0);
    }

    /** The household that gains most. */
    public Case largestGain() {
      return cases.get(cases.size() - 1);
    }

    /** A few lines: counts, worst loss, largest gain, first violations. */
    public String summary() {
      StringBuilder b = new StringBuilder();
      long losers = cases.stream().filter(c -> c.difference() < 0).count();
      long winners = cases.stream().filter(c -> c.difference() > 0).count();
      b.append(cases.size()).append(" households: ").append(losers).append(" lose, ").append(winners).append(" gain\n");
      if (!cases.isEmpty()) {
        b.append("worst loss: ").append(worstLoss()).append('\n').append("largest gain: ").append(largestGain()).append('\n');
      }
      for (int i = 0; i < Math.min(5, violations.size()); i++) {
        b.append("VIOLATION ").append(i == 0 ? violations.get(0).describeInFull() : violations.get(i).toString()).append('\n');
      }
      return b.toString();
    }
  }
}
