package fr.benefitcalc.testkit.replay;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.rules.Benefit;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One case of a replay file for {@code bin/benefit-calc evaluate}: a household, a month, the benefits
 * computed, the rule set's name, and the amounts the test observed (written as {@code expected} with
 * a tolerance of 0, so that {@code evaluate} exits 0 exactly when the command line computes what the
 * test computed).
 *
 * <pre>{@code
 * ReplayCase c = new ReplayCase("h1-before", YearMonth.of(2025, 1), List.of(Benefit.AL), "law", household,
 *     Map.of(Benefit.AL, amount), "AL before the salary rise");
 * }</pre>
 *
 * @param id the case's identifier, unique in its file
 * @param month the month computed
 * @param benefits the benefits computed
 * @param rules the name of the rule set, as the command line knows it ({@code law}, a built-in
 *     scenario; {@code bin/benefit-calc rulesets} lists them)
 * @param household the household, in full
 * @param observed the amounts the test computed (nano-euros)
 * @param description what the case shows
 */
public record ReplayCase(String id, YearMonth month, List<Benefit> benefits, String rules, Household household,
    Map<Benefit, Long> observed, String description) {
  public ReplayCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(month, "month");
    benefits = List.copyOf(benefits);
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(household, "household");
    observed = observed.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(observed));
    Objects.requireNonNull(description, "description");
  }
}
