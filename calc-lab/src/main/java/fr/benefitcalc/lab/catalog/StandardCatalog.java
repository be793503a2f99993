package fr.benefitcalc.lab.catalog;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.rsapa.RsaPaOptions;
import fr.benefitcalc.rsapa.RsaPaRuleSets;
import fr.benefitcalc.rsapa.pa.ActivityBonus;
import fr.benefitcalc.rsapa.rsa.Rsa;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules and rule sets shipped with the library, by name:
 * <ul>
 *   <li>{@code law} — the legislation in force each month;
 *   <li>{@code rsa-pa-m4-m2} — RSA and prime d'activité on M-4..M-2 for every household;
 *   <li>{@code openfisca} — the law with every documented divergence switched to OpenFisca-France's
 *       behaviour (see {@code docs/divergences.md}).
 * </ul>
 */
public final class StandardCatalog {
  private StandardCatalog() {}

  /** The standard catalog. */
  public static Catalog create() {
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    rules.put(Benefit.RSA, new Rsa());
    rules.put(Benefit.PA, new ActivityBonus());
    Map<String, RuleSet> sets = new LinkedHashMap<>();
    add(sets, "law", "The legislation in force: RSA/PA on M-3..M-1 (M-4..M-2 in experimenting departments from 2024-10)",
        RsaPaRuleSets.rsaLaw(), RsaPaRuleSets.paLaw());
    add(sets, "rsa-pa-m4-m2", "RSA and prime d'activité on M-4..M-2 for every household (inspection report)",
        RsaPaRuleSets.rsaM4M2(), RsaPaRuleSets.paM4M2());
    add(sets, "openfisca", "The law with every documented divergence set as OpenFisca-France computes",
        RsaPaOptions.openfiscaCompatible(RsaPaRuleSets.rsaLaw()), RsaPaOptions.openfiscaCompatible(RsaPaRuleSets.paLaw()));
    return new Catalog(rules, sets);
  }

  private static void add(Map<String, RuleSet> sets, String name, String description, BenefitRules rsa, BenefitRules pa) {
    Map<Benefit, BenefitRules> m = new EnumMap<>(Benefit.class);
    m.put(Benefit.RSA, rsa);
    m.put(Benefit.PA, pa);
    sets.put(name, new RuleSet(name, description, m));
  }
}
