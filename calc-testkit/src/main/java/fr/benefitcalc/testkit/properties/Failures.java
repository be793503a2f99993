package fr.benefitcalc.testkit.properties;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.testkit.generators.TimelineCase;
import fr.benefitcalc.testkit.replay.ReplayCase;
import fr.benefitcalc.testkit.replay.ReplayFile;
import fr.benefitcalc.testkit.replay.ReplayFiles;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The message of a violation: what broke, the household in full, and the file that replays it. */
final class Failures {
  private Failures() {}

  /** A one-month violation, replayed by {@code evaluate} on {@code cases}. */
  static String ofCases(String property, String message, Household h, List<ReplayCase> cases) {
    ReplayFile f = ReplayFiles.defaults().writeCases(property + "-" + h.id(), cases);
    return message + "\n" + Describe.full(h) + "\n" + f;
  }

  /** One case of {@code rule}'s benefit under {@code rules} in {@code month}, with the amount observed. */
  static ReplayCase replayCase(String id, YearMonth month, Benefit benefit, RuleSet rules, Household h, long amount,
      String description) {
    return new ReplayCase(id, month, List.of(benefit), rules.name(), h, Map.of(benefit, amount), description);
  }

  /** A timeline violation, replayed by {@code timeline} on the case under {@code rules}. */
  static String ofTimeline(String property, String message, TimelineCase c, Collection<Benefit> benefits, RuleSet rules) {
    ReplayFile f = ReplayFiles.defaults().writeTimeline(property + "-" + c.id(), c, benefits, rules, message);
    return message + "\n" + describe(c) + "\n" + f;
  }

  /** The case in full: the initial situation, then each later one. */
  static String describe(TimelineCase c) {
    StringBuilder b = new StringBuilder("over ").append(c.span()).append(", ").append(Describe.full(c.initial()));
    c.changes().forEach((m, h) -> b.append("\nfrom ").append(m).append(": ").append(Describe.household(h)));
    return b.toString();
  }
}
