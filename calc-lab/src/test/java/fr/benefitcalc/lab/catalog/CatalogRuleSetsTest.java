package fr.benefitcalc.lab.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.api.BuiltInRuleSets;
import fr.benefitcalc.api.RuleSetCheck;
import fr.benefitcalc.lab.scenario.ScenarioCatalog;
import org.junit.jupiter.api.Test;

/** The command line's names: the library's rule sets (one {@code law}) and valid scenarios. */
class CatalogRuleSetsTest {
  @Test
  void theCommandLineUsesTheLibrarysLaw() {
    assertThat(StandardCatalog.create().ruleSet("law")).isSameAs(BuiltInRuleSets.law());
    assertThat(StandardCatalog.create().ruleSets()).isEqualTo(BuiltInRuleSets.all());
  }

  @Test
  void everyScenarioIsARuleSetTheCalculatorAccepts() {
    Catalog catalog = StandardCatalog.create();
    new ScenarioCatalog(catalog).all().values().forEach(s -> RuleSetCheck.check(s.ruleSet()));
  }
}
