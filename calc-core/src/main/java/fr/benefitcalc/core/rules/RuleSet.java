package fr.benefitcalc.core.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A rule set ("jeu de règles"): a name and, per benefit, its {@link BenefitRules}. The legislation in
 * force is one rule set ({@code law}); every reform studied is another, built by changing periods,
 * schedules or parameters, never code.
 *
 * @param name a short name, e.g. {@code law} or {@code al-n1-yearly}
 * @param description one line for reports
 * @param benefits the rules of each benefit the rule set defines
 */
public record RuleSet(String name, String description, Map<Benefit, BenefitRules> benefits) {
  public RuleSet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    benefits = Map.copyOf(new EnumMap<>(benefits));
  }

  /** The rules of {@code benefit}; a rule set that does not define it is an error naming both. */
  public BenefitRules rules(Benefit benefit) {
    BenefitRules r = benefits.get(benefit);
    if (r == null) {
      throw new IllegalArgumentException("rule set " + name + " defines no rules for " + benefit);
    }
    return r;
  }

  /** Whether the rule set defines {@code benefit}. */
  public boolean defines(Benefit benefit) {
    return benefits.containsKey(benefit);
  }

  /** A copy with the rules of one benefit replaced, under a new name. */
  public RuleSet with(String newName, String newDescription, Benefit benefit, BenefitRules rules) {
    Map<Benefit, BenefitRules> m = new EnumMap<>(Benefit.class);
    m.putAll(benefits);
    m.put(benefit, rules);
    return new RuleSet(newName, newDescription, m);
  }

  @Override
  public String toString() {
    return name;
  }
}
