package fr.benefitcalc.lab.catalog;

import fr.benefitcalc.al.AlRuleSets;
import fr.benefitcalc.al.HousingBenefit;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.lab.scenario.ScenarioCatalog;
import fr.benefitcalc.rsapa.RsaPaOptions;
import fr.benefitcalc.rsapa.RsaPaRuleSets;
import fr.benefitcalc.rsapa.pa.ActivityBonus;
import fr.benefitcalc.rsapa.rsa.Rsa;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules and rule sets shipped with the library, by name. Each defines the three benefits; they
 * differ only by configuration (reference periods, schedules, options):
 * <ul>
 *   <li>{@code law} — the legislation in force: AL on M-13..M-2 recomputed each quarter, RSA / PA
 *       on M-3..M-1 (M-4..M-2 in experimenting departments from 2024-10);
 *   <li>{@code al-n2-yearly} — the AL before 2021: calendar year N-2, updated each January;
 *   <li>{@code al-n1-yearly} — the AL on calendar year N-1, updated each January
 *       ({@code al-n1-yearly-07}: each July);
 *   <li>{@code al-rolling12-half-yearly} — the AL on M-13..M-2 recomputed each January and July;
 *   <li>{@code rsa-pa-m4-m2} — RSA and prime d'activité on M-4..M-2 for every household;
 *   <li>{@code openfisca} — the law with every documented divergence set as OpenFisca-France
 *       computes (see {@code docs/divergences.md}).
 * </ul>
 * The scenarios of the comparison ({@link ScenarioCatalog}: S0..S9 and their names, e.g. {@code S4}
 * or {@code current-frozen}) are found too.
 */
public final class StandardCatalog {
  private StandardCatalog() {}

  /** The standard catalog. */
  public static Catalog create() {
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    rules.put(Benefit.AL, new HousingBenefit());
    rules.put(Benefit.RSA, new Rsa());
    rules.put(Benefit.PA, new ActivityBonus());
    BenefitRules rsa = declared(RsaPaRuleSets.rsaLaw());
    BenefitRules pa = declared(RsaPaRuleSets.paLaw());
    Map<String, RuleSet> sets = new LinkedHashMap<>();
    add(sets, "law", "The legislation in force: AL on M-13..M-2 each quarter; RSA/PA on M-3..M-1 "
        + "(M-4..M-2 in experimenting departments from 2024-10)", declared(AlRuleSets.law()), rsa, pa);
    add(sets, "al-n2-yearly", "AL on calendar year N-2, updated each January (the regime before 2021)",
        declared(AlRuleSets.formerN2Yearly()), rsa, pa);
    add(sets, "al-n1-yearly", "AL on calendar year N-1, updated each January (inspection report)",
        declared(AlRuleSets.n1Yearly(1)), rsa, pa);
    add(sets, "al-n1-yearly-07", "AL on calendar year N-1, updated each July", declared(AlRuleSets.n1Yearly(7)), rsa, pa);
    add(sets, "al-rolling12-half-yearly", "AL on the 12 months M-13..M-2, recomputed each January and July",
        declared(AlRuleSets.rolling12HalfYearly()), rsa, pa);
    add(sets, "rsa-pa-m4-m2", "RSA and prime d'activité on M-4..M-2 for every household (inspection report)",
        declared(AlRuleSets.law()), declared(RsaPaRuleSets.rsaM4M2()), declared(RsaPaRuleSets.paM4M2()));
    add(sets, "openfisca", "The law with every documented divergence set as OpenFisca-France computes",
        declared(AlRuleSets.openfiscaCompatible(AlRuleSets.law())), RsaPaOptions.openfiscaCompatible(rsa),
        RsaPaOptions.openfiscaCompatible(pa));
    Catalog catalog = new Catalog(rules, sets);
    // the scenarios of the comparison (S0..S9) are rule sets too: a case may name them by id or name
    Map<String, RuleSet> scenarios = new LinkedHashMap<>();
    new ScenarioCatalog(catalog).all().forEach((id, scenario) -> {
      scenarios.put(id, scenario.ruleSet());
      scenarios.put(scenario.name(), scenario.ruleSet());
    });
    return catalog.withAliases(scenarios);
  }

  /**
   * The decision timeline takes every scheduled decision on the 15th of its month (an assumption of
   * the model, not a legal rule): the payroll data of M-1 arrive early in M (the RSA / PA quarterly
   * declaration of M-3..M-1 is filed then), and a yearly AL update on N-1 in January can see December.
   * Only the timeline reads this option; a single computation ignores it.
   */
  private static BenefitRules declared(BenefitRules rules) {
    return rules.withOption(DecisionTimeline.DECISION_DAY_OPTION, "15");
  }

  private static void add(Map<String, RuleSet> sets, String name, String description, BenefitRules al, BenefitRules rsa,
      BenefitRules pa) {
    Map<Benefit, BenefitRules> m = new EnumMap<>(Benefit.class);
    m.put(Benefit.AL, al);
    m.put(Benefit.RSA, rsa);
    m.put(Benefit.PA, pa);
    sets.put(name, new RuleSet(name, description, m));
  }
}
