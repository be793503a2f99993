package fr.benefitcalc.lab.catalog;

import fr.benefitcalc.api.BenefitCalculator;
import fr.benefitcalc.api.BuiltInRuleSets;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.lab.scenario.ScenarioCatalog;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the command line knows by name: the built-in rule sets of the library
 * ({@link BuiltInRuleSets}: {@code law}, {@code al-n1-yearly}, ..., {@code openfisca}), and the
 * scenarios of the comparison ({@link ScenarioCatalog}: S0..S9 and their names, e.g. {@code S4} or
 * {@code current-frozen}), with the built-in rule of each benefit.
 */
public final class StandardCatalog {
  private StandardCatalog() {}

  /** The standard catalog. */
  public static Catalog create() {
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    for (Benefit b : Benefit.values()) {
      rules.put(b, BenefitCalculator.rule(b));
    }
    Catalog catalog = new Catalog(rules, BuiltInRuleSets.all());
    // the scenarios of the comparison (S0..S9) are rule sets too: a case may name them by id or name
    Map<String, RuleSet> scenarios = new LinkedHashMap<>();
    new ScenarioCatalog(catalog).all().forEach((id, scenario) -> {
      scenarios.put(id, scenario.ruleSet());
      scenarios.put(scenario.name(), scenario.ruleSet());
    });
    return catalog.withAliases(scenarios);
  }
}
