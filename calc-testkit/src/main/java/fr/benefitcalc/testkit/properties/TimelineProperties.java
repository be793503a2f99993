package fr.benefitcalc.testkit.properties;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.ReadMonths;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.timeline.BenefitTimeline;
import fr.benefitcalc.core.timeline.Decision;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.core.timeline.TimelineResult;
import fr.benefitcalc.core.timeline.policy.Outcome;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy;
import fr.benefitcalc.core.timeline.policy.Threshold;
import fr.benefitcalc.core.timeline.regularisation.Regularisation;
import fr.benefitcalc.testkit.generators.Histories;
import fr.benefitcalc.testkit.generators.TimelineCase;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reusable properties of the decision timeline ({@link DecisionTimeline}, through its public API) on
 * a {@link TimelineCase}: a household with late data and corrections, and its later situations, over
 * a span of months, for the benefits of {@code rules} computed together (AL first, then the RSA / PA
 * reading it: the cascade) under a rule set. Each returns the violation as a message, or empty.
 *
 * <p>A violation's message says what broke (benefit, month, amounts), describes the case in full and
 * ends with the command that replays it: a timeline file is written
 * ({@link fr.benefitcalc.testkit.replay.ReplayFiles#defaults()}) with the rule set given in full on
 * the base {@code law}, e.g. {@code replay: bin/benefit-calc timeline /…/conservation-seed-7-0a1b2c3d.json}.
 * The command line computes the built-in rules of each benefit (calculator {@code law}).
 *
 * <pre>{@code
 * Map<Benefit, BenefitRule> rules = Map.of(Benefit.AL, new HousingBenefit(), Benefit.RSA, new Rsa(), Benefit.PA, new ActivityBonus());
 * TimelineCaseGenerator cases = TimelineCaseGenerator.of(HouseholdGenerator.defaults(), span)
 *     .withCorrections(CorrectionModel.typical()).withSituationChanges(SituationChangeModel.frequent());
 * qt().forAll(QuickTheoriesGenerators.timelineCases(cases))
 *     .checkAssert(c -> assertThat(TimelineProperties.conservation(c, rules, law)).isEmpty());
 * }</pre>
 */
public final class TimelineProperties {
  private TimelineProperties() {}

  /** The timeline of {@code c} (amounts, regularisations and causes; no explanation of payment changes). */
  public static TimelineResult compute(TimelineCase c, Map<Benefit, BenefitRule> rules, RuleSet ruleSet) {
    return DecisionTimeline.compute(c.situations(), rules, ruleSet, c.span(), DecisionTimeline.Detail.AMOUNTS);
  }

  /** Money is conserved: for every benefit and month, paid + applied + frozen = due, to the cent. */
  public static Optional<String> conservation(TimelineCase c, Map<Benefit, BenefitRule> rules, RuleSet ruleSet) {
    TimelineResult r = compute(c, rules, ruleSet);
    for (BenefitTimeline t : r.benefits().values()) {
      for (YearMonth m : c.span()) {
        long paid = t.paid().at(m);
        long applied = t.applied(m);
        long frozen = t.frozen(m);
        long due = t.due().at(m);
        if (paid + applied + frozen != due) {
          return fail("conservation", t.benefit() + " " + m + " under " + ruleSet.name() + ": paid " + Fixed.format(paid)
              + " + applied " + Fixed.format(applied) + " + frozen " + Fixed.format(frozen) + " = "
              + Fixed.format(paid + applied + frozen) + ", but due " + Fixed.format(due), c, rules, ruleSet);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The months do not depend on the span asked: over {@code inner} (inside the case's span) every
   * benefit pays and owes, month by month, what it does over the whole span.
   */
  public static Optional<String> spanInvariance(TimelineCase c, Map<Benefit, BenefitRule> rules, RuleSet ruleSet,
      MonthRange inner) {
    if (!c.span().contains(inner.first()) || !c.span().contains(inner.last())) {
      throw new IllegalArgumentException("span invariance: " + inner + " is not inside " + c.span());
    }
    TimelineResult whole = compute(c, rules, ruleSet);
    TimelineCase part = c.withSpan(inner);
    TimelineResult within = compute(part, rules, ruleSet);
    for (Benefit b : whole.benefits().keySet()) {
      for (YearMonth m : inner) {
        long paidWhole = whole.of(b).paid().at(m);
        long paidPart = within.of(b).paid().at(m);
        long dueWhole = whole.of(b).due().at(m);
        long duePart = within.of(b).due().at(m);
        if (paidWhole != paidPart || dueWhole != duePart) {
          String message = b + " " + m + " under " + ruleSet.name() + ": over " + c.span() + " paid "
              + Fixed.format(paidWhole) + ", due " + Fixed.format(dueWhole) + "; over " + inner + " paid "
              + Fixed.format(paidPart) + ", due " + Fixed.format(duePart);
          String wholeFile = Failures.ofTimeline("spanInvariance-whole", message, c, rules.keySet(), ruleSet);
          return Optional.of(wholeFile + "\nand over " + inner + ": "
              + fr.benefitcalc.testkit.replay.ReplayFiles.defaults().writeTimeline("spanInvariance-inner-" + c.id(), part,
                  rules.keySet(), ruleSet, message));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Droits figés as the policy says: no regularisation event is applied below the policy's de-minimis
   * or above its ceiling, and none is frozen for being below (above) a limit it is not below (above).
   * An event is what the policy decides on: one reopened decision, on one date, its change of the
   * monthly amount times the months already paid; it is read back from the regularisations of the
   * decisions taken inside the span (same decision, date and monthly amount, applied or not). Thresholds
   * in euros are checked; thresholds in months of right depend on the decision's amounts and are not.
   */
  public static Optional<String> regularisationsWithinPolicy(TimelineCase c, Map<Benefit, BenefitRule> rules,
      RuleSet ruleSet) {
    TimelineResult r = compute(c, rules, ruleSet);
    for (BenefitTimeline t : r.benefits().values()) {
      RegularisationPolicy policy = ruleSet.rules(t.benefit()).policy();
      Map<String, List<Regularisation>> events = new LinkedHashMap<>();
      for (Regularisation g : t.regularisations()) {
        int interval = ruleSet.rules(t.benefit()).schedule().intervalMonths();
        if (g.decisionMonth().isBefore(c.span().first()) || g.decisionMonth().plusMonths(interval - 1).isAfter(c.span().last())
            || g.outcome() == Outcome.FROZEN_DATA || g.outcome() == Outcome.FROZEN_AMOUNT_KEPT) {
          continue;
        }
        boolean decidedApplied = g.outcome() == Outcome.APPLIED || g.outcome() == Outcome.FROZEN_PRESCRIBED;
        events.computeIfAbsent(g.decisionMonth() + " " + g.decidedOn() + " " + g.amountFixed() + " "
            + (decidedApplied ? "applied" : g.outcome().name()), k -> new ArrayList<>()).add(g);
      }
      for (List<Regularisation> event : events.values()) {
        Regularisation g = event.get(0);
        long total = g.amountFixed() * event.size();
        RegularisationPolicy.Limits limits = total < 0 ? policy.indus() : policy.rappels();
        long size = Math.abs(total);
        Optional<Long> deMinimis = euros(limits.deMinimis());
        Optional<Long> ceiling = euros(limits.ceiling());
        boolean decidedApplied = g.outcome() == Outcome.APPLIED || g.outcome() == Outcome.FROZEN_PRESCRIBED;
        String broken = null;
        if (decidedApplied && !policy.regularise()) {
          broken = "applied though the policy never regularises";
        } else if (decidedApplied && deMinimis.isPresent() && size < deMinimis.get()) {
          broken = "applied below the de-minimis " + Fixed.format(deMinimis.get());
        } else if (decidedApplied && ceiling.isPresent() && size > ceiling.get()) {
          broken = "applied above the ceiling " + Fixed.format(ceiling.get());
        } else if (g.outcome() == Outcome.FROZEN_DE_MINIMIS && (deMinimis.isEmpty() || size >= deMinimis.get())) {
          broken = "frozen as below the de-minimis " + deMinimis.map(Fixed::format).orElse("(none)");
        } else if (g.outcome() == Outcome.FROZEN_ABOVE_THRESHOLD && (ceiling.isEmpty() || size <= ceiling.get())) {
          broken = "frozen as above the ceiling " + ceiling.map(Fixed::format).orElse("(none)");
        }
        if (broken != null && (limits.deMinimis().isEmpty() || deMinimis.isPresent())
            && (limits.ceiling().isEmpty() || ceiling.isPresent())) {
          return fail("regularisationsWithinPolicy", t.benefit() + " under " + ruleSet.name() + ": the regularisation of "
              + "decision " + g.decisionMonth() + " on " + g.decidedOn() + " totals " + Fixed.format(total) + " over "
              + event.size() + " month(s) and was " + broken + " (" + g + ")", c, rules, ruleSet);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A decision is reopened only on a day a value of a month it reads became known (the months its rule
   * declares, {@link BenefitRule#reads}) or, for the RSA and the prime d'activité computed with the AL,
   * a day the AL was reopened or regularised (the cascade).
   */
  public static Optional<String> reopenedOnlyWhenReadDataChanged(TimelineCase c, Map<Benefit, BenefitRule> rules,
      RuleSet ruleSet) {
    TimelineResult r = compute(c, rules, ruleSet);
    List<ResourceHistory.Revision> revisions = new ArrayList<>();
    for (Household h : c.households()) {
      revisions.addAll(h.resources().revisions());
    }
    for (BenefitTimeline t : r.benefits().values()) {
      BenefitRules br = ruleSet.rules(t.benefit());
      for (Decision d : t.decisions()) {
        Household h = c.situations().at(Months.index(d.month()));
        ReadMonths read = new ReadMonths();
        rules.get(t.benefit()).reads(br, h.rsaPaExperiment(), Months.index(d.month()), read);
        for (LocalDate day : d.reopenedOn()) {
          boolean data = revisions.stream().anyMatch(v -> v.knownOn().equals(day)
              && read.reads(v.category(), Months.index(v.month())));
          boolean cascade = t.benefit() != Benefit.AL && r.benefits().containsKey(Benefit.AL)
              && (r.of(Benefit.AL).regularisations().stream().anyMatch(g -> g.decidedOn().equals(day))
                  || r.of(Benefit.AL).decisions().stream().anyMatch(a -> a.reopenedOn().contains(day)));
          if (!data && !cascade) {
            return fail("reopenedOnlyWhenReadDataChanged", t.benefit() + " under " + ruleSet.name() + ": " + d
                + " was reopened on " + day + ", when no value of a month it reads (" + read + ") became known"
                + (t.benefit() != Benefit.AL ? " and the AL was neither reopened nor regularised" : ""), c, rules, ruleSet);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Computing twice, with explanations, gives the same timeline (no hidden state). */
  public static Optional<String> deterministic(TimelineCase c, Map<Benefit, BenefitRule> rules, RuleSet ruleSet) {
    TimelineResult a = DecisionTimeline.compute(c.situations(), rules, ruleSet, c.span(), DecisionTimeline.Detail.EXPLAINED);
    TimelineResult b = DecisionTimeline.compute(c.situations(), rules, ruleSet, c.span(), DecisionTimeline.Detail.EXPLAINED);
    if (!a.equals(b)) {
      for (Benefit benefit : a.benefits().keySet()) {
        if (!a.of(benefit).equals(b.of(benefit))) {
          return fail("deterministic", benefit + " under " + ruleSet.name() + ": two computations differ: "
              + a.of(benefit) + " then " + b.of(benefit), c, rules, ruleSet);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A correction that raises an income never raises the amount due: the value of
   * {@code personId}'s {@code category} for {@code month} corrected upwards by {@code delta}
   * (known some months later, in every situation the person is part of) leaves {@code benefit}'s
   * amount due lower or equal in every month. Use it where the law makes it so (e.g. the AL of a
   * private tenant, whose resources only lower it; not the prime d'activité, which rises with
   * earnings, nor the RSA computed with the AL, whose forfait logement falls with it). Raise a value
   * the person already has: an income appearing where there was none may change the person's
   * situation (e.g. the AL's abattement on a ceased activity, CCH R822-13, makes the resources of a
   * pensioner with one month of salary lower than without it).
   */
  public static Optional<String> upwardCorrectionNeverRaisesDue(TimelineCase c, Map<Benefit, BenefitRule> rules,
      RuleSet ruleSet, Benefit benefit, String personId, IncomeCategory category, YearMonth month, long delta) {
    if (delta < 0) {
      throw new IllegalArgumentException("upward correction: delta " + Fixed.format(delta) + " is negative");
    }
    TimelineCase corrected = c.map(h -> correct(h, personId, category, month, delta));
    TimelineResult before = compute(c, rules, ruleSet);
    TimelineResult after = compute(corrected, rules, ruleSet);
    for (YearMonth m : c.span()) {
      long x = before.of(benefit).due().at(m);
      long y = after.of(benefit).due().at(m);
      if (y > x) {
        String message = benefit + " " + m + " under " + ruleSet.name() + ": due rose from " + Fixed.format(x) + " to "
            + Fixed.format(y) + " when " + category.key() + " of person " + personId + " for " + month
            + " was corrected upwards by " + Fixed.format(delta);
        String first = Failures.ofTimeline("upwardCorrection-before", message, c, rules.keySet(), ruleSet);
        return Optional.of(first + "\nand with the correction: " + fr.benefitcalc.testkit.replay.ReplayFiles.defaults()
            .writeTimeline("upwardCorrection-after-" + c.id(), corrected, rules.keySet(), ruleSet, message));
      }
    }
    return Optional.empty();
  }

  /** The household with {@code personId}'s value of {@code month} raised by {@code delta}, known later. */
  static Household correct(Household h, String personId, IncomeCategory category, YearMonth month, long delta) {
    for (int p = 0; p < h.persons().size(); p++) {
      if (h.persons().get(p).id().equals(personId)) {
        long amount = h.resources().finalAmount(p, category, month) + delta;
        LocalDate knownOn = Histories.lastKnown(h.resources(), p, category, month, month.plusMonths(3).atDay(20))
            .plusDays(1);
        return h.withResources(Histories.withValue(h.resources(), p, category, month, amount, knownOn));
      }
    }
    return h;
  }

  private static Optional<Long> euros(Optional<Threshold> t) {
    return t.filter(x -> x.unit() == Threshold.Unit.EUROS).map(Threshold::value);
  }

  private static Optional<String> fail(String property, String message, TimelineCase c, Map<Benefit, BenefitRule> rules,
      RuleSet ruleSet) {
    return Optional.of(Failures.ofTimeline(property, message, c, rules.keySet(), ruleSet));
  }
}
