package fr.benefitcalc.lab.scenario;

import fr.benefitcalc.core.rules.RuleSet;
import java.util.Objects;

/**
 * A named scenario of a comparison: a rule set (reference periods, schedules, frozen-effects
 * policies, parameters) run on the same households and the same data as the others.
 *
 * @param id a short identifier, e.g. {@code S1}
 * @param ruleSet the rule set; its name is the scenario's name
 */
public record Scenario(String id, RuleSet ruleSet) {
  public Scenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ruleSet, "ruleSet");
  }

  /** The scenario's name (its rule set's). */
  public String name() {
    return ruleSet.name();
  }

  /** One line for reports. */
  public String description() {
    return ruleSet.description();
  }

  @Override
  public String toString() {
    return id + " " + name();
  }
}
