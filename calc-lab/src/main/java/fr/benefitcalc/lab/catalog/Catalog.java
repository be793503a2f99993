package fr.benefitcalc.lab.catalog;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the command line can compute: the rule of each benefit and the rule sets known by name
 * ({@code law} and the built-in scenarios).
 */
public final class Catalog {
  private final Map<Benefit, BenefitRule> rules;
  private final Map<String, RuleSet> ruleSets;

  /** A catalog of these rules and rule sets (in display order). */
  public Catalog(Map<Benefit, BenefitRule> rules, Map<String, RuleSet> ruleSets) {
    this.rules = Map.copyOf(new EnumMap<>(rules));
    this.ruleSets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ruleSets));
  }

  /** The rule of {@code benefit}. */
  public BenefitRule rule(Benefit benefit) {
    BenefitRule r = rules.get(benefit);
    if (r == null) {
      throw new IllegalArgumentException("benefits: '" + benefit + "' is not computed by this build");
    }
    return r;
  }

  /** The rule set named {@code name}; an unknown name is an error listing the known ones. */
  public RuleSet ruleSet(String name) {
    Objects.requireNonNull(name, "name");
    RuleSet r = ruleSets.get(name);
    if (r == null) {
      throw new IllegalArgumentException("rules: '" + name + "' is not a known rule set (known: "
          + String.join(", ", ruleSets.keySet()) + ")");
    }
    return r;
  }

  /** Every rule set, by name, in display order. */
  public Map<String, RuleSet> ruleSets() {
    return ruleSets;
  }
}
