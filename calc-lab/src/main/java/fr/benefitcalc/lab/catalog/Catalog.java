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
  private final Map<String, RuleSet> aliases;

  /** A catalog of these rules and rule sets (in display order). */
  public Catalog(Map<Benefit, BenefitRule> rules, Map<String, RuleSet> ruleSets) {
    this(rules, ruleSets, Map.of());
  }

  private Catalog(Map<Benefit, BenefitRule> rules, Map<String, RuleSet> ruleSets, Map<String, RuleSet> aliases) {
    this.rules = Map.copyOf(new EnumMap<>(rules));
    this.ruleSets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ruleSets));
    this.aliases = Map.copyOf(aliases);
  }

  /**
   * A copy that also finds rule sets by other names (e.g. the scenarios of the comparison by id and
   * name), without listing them in {@link #ruleSets()}; a name already known keeps its rule set.
   */
  public Catalog withAliases(Map<String, RuleSet> more) {
    Map<String, RuleSet> a = new LinkedHashMap<>(aliases);
    more.forEach((name, r) -> {
      if (!ruleSets.containsKey(name)) {
        a.putIfAbsent(name, r);
      }
    });
    return new Catalog(rules, ruleSets, a);
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
      r = aliases.get(name);
    }
    if (r == null) {
      throw new IllegalArgumentException("rules: '" + name + "' is not a known rule set (known: "
          + String.join(", ", ruleSets.keySet())
          + (aliases.isEmpty() ? "" : ", or a scenario of `benefit-calc compare --list`") + ")");
    }
    return r;
  }

  /** Every rule set, by name, in display order. */
  public Map<String, RuleSet> ruleSets() {
    return ruleSets;
  }
}
