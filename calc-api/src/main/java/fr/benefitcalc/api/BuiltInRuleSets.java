package fr.benefitcalc.api;

import fr.benefitcalc.al.AlRuleSets;
import fr.benefitcalc.core.errors.BenefitCalcException;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.rsapa.RsaPaOptions;
import fr.benefitcalc.rsapa.RsaPaRuleSets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The rule sets shipped with the library ("jeux de règles"), by name. Each defines the three
 * benefits (AL, RSA, prime d'activité); they differ only by configuration (reference periods,
 * schedules, options), never by code:
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
 * This class is the one definition of {@code law}: the command line, the comparison and the
 * calculator all take it from here.
 */
public final class BuiltInRuleSets {
  /** The name of the legislation in force. */
  public static final String LAW = "law";

  private static final Map<String, RuleSet> ALL = create();

  private BuiltInRuleSets() {}

  /** The legislation in force ({@code law}). */
  public static RuleSet law() {
    return ALL.get(LAW);
  }

  /**
   * The built-in rule set named {@code name}.
   *
   * @throws BenefitCalcException naming the field {@code rules} and the value, listing the known names
   */
  public static RuleSet named(String name) {
    Objects.requireNonNull(name, "name");
    RuleSet r = ALL.get(name);
    if (r == null) {
      throw new BenefitCalcException(null, "rules", name, "is not a built-in rule set (known: "
          + String.join(", ", ALL.keySet()) + ")", null);
    }
    return r;
  }

  /** Every built-in rule set, by name, in display order. */
  public static Map<String, RuleSet> all() {
    return ALL;
  }

  private static Map<String, RuleSet> create() {
    BenefitRules rsa = declared(RsaPaRuleSets.rsaLaw());
    BenefitRules pa = declared(RsaPaRuleSets.paLaw());
    Map<String, RuleSet> sets = new LinkedHashMap<>();
    add(sets, LAW, "The legislation in force: AL on M-13..M-2 each quarter; RSA/PA on M-3..M-1 "
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
    sets.values().forEach(RuleSetCheck::check);
    return Collections.unmodifiableMap(sets);
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

  /**
   * The AL of every built-in rule set reads whether the RSA the timeline computes was received in the month
   * before its month of calculation (CCH R822-17: the activity income and unemployment benefits of an RSA
   * recipient are not counted from the first day of the next month); a reform rule set turns it off with the
   * option set to {@value DecisionTimeline#READS_RECEIVED_NONE}. Only the timeline reads this option; a single
   * computation ({@link BenefitCalculator}) computes the RSA of the months before itself.
   */
  private static BenefitRules readsRsaReceived(BenefitRules al) {
    return al.withOption(DecisionTimeline.READS_RECEIVED_OPTION, Benefit.RSA.name());
  }

  private static void add(Map<String, RuleSet> sets, String name, String description, BenefitRules al, BenefitRules rsa,
      BenefitRules pa) {
    Map<Benefit, BenefitRules> m = new EnumMap<>(Benefit.class);
    m.put(Benefit.AL, readsRsaReceived(al));
    m.put(Benefit.RSA, rsa);
    m.put(Benefit.PA, pa);
    sets.put(name, new RuleSet(name, description, m));
  }
}
