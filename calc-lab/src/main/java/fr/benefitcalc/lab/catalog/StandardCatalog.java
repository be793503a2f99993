package fr.benefitcalc.lab.catalog;

import fr.benefitcalc.al.AlRuleSets;
import fr.benefitcalc.al.HousingBenefit;
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
 */
public final class StandardCatalog {
  private StandardCatalog() {}

  /** The standard catalog. */
  public static Catalog create() {
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    rules.put(Benefit.AL, new HousingBenefit());
    rules.put(Benefit.RSA, new Rsa());
    rules.put(Benefit.PA, new ActivityBonus());
    BenefitRules rsa = RsaPaRuleSets.rsaLaw();
    BenefitRules pa = RsaPaRuleSets.paLaw();
    Map<String, RuleSet> sets = new LinkedHashMap<>();
    add(sets, "law", "The legislation in force: AL on M-13..M-2 each quarter; RSA/PA on M-3..M-1 "
        + "(M-4..M-2 in experimenting departments from 2024-10)", AlRuleSets.law(), rsa, pa);
    add(sets, "al-n2-yearly", "AL on calendar year N-2, updated each January (the regime before 2021)",
        AlRuleSets.formerN2Yearly(), rsa, pa);
    add(sets, "al-n1-yearly", "AL on calendar year N-1, updated each January (inspection report)",
        AlRuleSets.n1Yearly(1), rsa, pa);
    add(sets, "al-n1-yearly-07", "AL on calendar year N-1, updated each July", AlRuleSets.n1Yearly(7), rsa, pa);
    add(sets, "al-rolling12-half-yearly", "AL on the 12 months M-13..M-2, recomputed each January and July",
        AlRuleSets.rolling12HalfYearly(), rsa, pa);
    add(sets, "rsa-pa-m4-m2", "RSA and prime d'activité on M-4..M-2 for every household (inspection report)",
        AlRuleSets.law(), RsaPaRuleSets.rsaM4M2(), RsaPaRuleSets.paM4M2());
    add(sets, "openfisca", "The law with every documented divergence set as OpenFisca-France computes",
        AlRuleSets.openfiscaCompatible(AlRuleSets.law()), RsaPaOptions.openfiscaCompatible(rsa),
        RsaPaOptions.openfiscaCompatible(pa));
    return new Catalog(rules, sets);
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
