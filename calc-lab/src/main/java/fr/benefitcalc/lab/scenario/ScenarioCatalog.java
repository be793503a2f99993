package fr.benefitcalc.lab.scenario;

import fr.benefitcalc.core.resources.IncomeConcept;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.timeline.policy.RecoveryLimit;
import fr.benefitcalc.core.timeline.policy.RegularisationPolicy;
import fr.benefitcalc.core.timeline.policy.Threshold;
import fr.benefitcalc.lab.catalog.Catalog;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenarios of the inspection report (shared/docs/domain.md §11.2), built from the standard rule
 * sets by configuration only:
 * <table>
 *   <caption>Built-in scenarios</caption>
 *   <tr><th>id</th><th>name</th><th>what</th></tr>
 *   <tr><td>S0</td><td>al-n2-yearly</td><td>AL on calendar year N-2, updated each January (before 2021)</td></tr>
 *   <tr><td>S1</td><td>current</td><td>the law: AL M-13..M-2 quarterly, RSA/PA M-3..M-1 quarterly, always regularise</td></tr>
 *   <tr><td>S2</td><td>al-n1-yearly</td><td>AL on N-1, updated in January (S2-07: July)</td></tr>
 *   <tr><td>S3</td><td>al-rolling12-half-yearly</td><td>AL on M-13..M-2 recomputed each January and July</td></tr>
 *   <tr><td>S4</td><td>current-frozen</td><td>S1 with droits figés on the AL: a reopened decision whose indu or rappel
 *       exceeds the threshold is not regularised</td></tr>
 *   <tr><td>S5</td><td>half-yearly-frozen</td><td>S3 with the same threshold</td></tr>
 *   <tr><td>S6</td><td>rsa-pa-m3-m1</td><td>RSA/PA on M-3..M-1 for everyone (no experiment)</td></tr>
 *   <tr><td>S7</td><td>rsa-pa-m4-m2</td><td>RSA/PA on M-4..M-2 for everyone</td></tr>
 *   <tr><td>S8</td><td>package</td><td>S2 (AL N-1 yearly) + S7 (RSA/PA M-4..M-2) + the AL threshold + a single income
 *       definition (the AL reads net amounts, as the RSA and PA do)</td></tr>
 *   <tr><td>S9-x</td><td>threshold-x</td><td>S1 with the AL threshold at x € (the sweep), from 0 (always regularise) to
 *       never regularise</td></tr>
 * </table>
 * The threshold of S4, S5 and S8 is one month of the right (the report gives no value; see
 * {@link #DEFAULT_THRESHOLD}). The package's "single income definition" is the AL on net amounts
 * ({@link IncomeConcept}); its "simplified base" is not modelled. Every built-in scenario recovers an indu
 * and pays a rappel only within two years of the payment ({@link #RECOVERY_LIMIT}, CSS L553-1).
 */
public final class ScenarioCatalog {
  /** The droits-figés threshold of S4, S5 and S8: one month of the right. An assumption: the report gives no value. */
  public static final Threshold DEFAULT_THRESHOLD = Threshold.monthsOfRight("1");
  /** The thresholds of the sweep S9, in euros. */
  public static final List<String> SWEEP_EUROS = List.of("0", "25", "50", "100", "200", "500");

  private final Map<String, Scenario> scenarios = new LinkedHashMap<>();

  /** The built-in scenarios on the rule sets of {@code catalog}. */
  public ScenarioCatalog(Catalog catalog) {
    RuleSet law = catalog.ruleSet("law");
    RuleSet frozenCurrent = withAlPolicy(law, "current-frozen", "S1 + droits figés on the AL above one month of right",
        RegularisationPolicy.alwaysRegularise().withCeiling(DEFAULT_THRESHOLD));
    RuleSet halfYearly = catalog.ruleSet("al-rolling12-half-yearly");
    RuleSet rsaPaM4 = catalog.ruleSet("rsa-pa-m4-m2");
    add("S0", rename(catalog.ruleSet("al-n2-yearly"), "al-n2-yearly"));
    add("S1", rename(law, "current"));
    add("S2", rename(catalog.ruleSet("al-n1-yearly"), "al-n1-yearly"));
    add("S2-07", rename(catalog.ruleSet("al-n1-yearly-07"), "al-n1-yearly-07"));
    add("S3", rename(halfYearly, "al-rolling12-half-yearly"));
    add("S4", frozenCurrent);
    add("S5", withAlPolicy(halfYearly, "half-yearly-frozen", "S3 + droits figés on the AL above one month of right",
        RegularisationPolicy.alwaysRegularise().withCeiling(DEFAULT_THRESHOLD)));
    add("S6", new RuleSet("rsa-pa-m3-m1", "RSA/PA on M-3..M-1 for every household (no experiment)",
        replace(law.benefits(), Benefit.RSA, law.rules(Benefit.RSA).withAllPeriods(law.rules(Benefit.RSA).defaultPeriod()),
            Benefit.PA, law.rules(Benefit.PA).withAllPeriods(law.rules(Benefit.PA).defaultPeriod()))));
    add("S7", rename(rsaPaM4, "rsa-pa-m4-m2"));
    RuleSet n1 = catalog.ruleSet("al-n1-yearly");
    add("S8", new RuleSet("package", "AL on N-1 yearly with droits figés above one month of right and the single income "
        + "definition (net amounts, as the RSA/PA) + RSA/PA on M-4..M-2",
        replace(rsaPaM4.benefits(), Benefit.AL,
            n1.rules(Benefit.AL).withPolicy(RegularisationPolicy.alwaysRegularise().withCeiling(DEFAULT_THRESHOLD))
                .withOption(IncomeConcept.OPTION, IncomeConcept.NET.key()))));
    for (String euros : SWEEP_EUROS) {
      add("S9-" + euros, withAlPolicy(law, "threshold-" + euros,
          "S1 with droits figés on the AL above " + euros + " €",
          RegularisationPolicy.alwaysRegularise().withCeiling(Threshold.euros(euros))));
    }
    add("S9-never", withAlPolicy(law, "threshold-never", "S1 where the AL is never regularised",
        RegularisationPolicy.neverRegularise()));
  }

  private ScenarioCatalog(Map<String, Scenario> all) {
    scenarios.putAll(all);
  }

  /**
   * This catalogue with {@code more} scenarios after its own (e.g. those of a scenario file); an id or
   * a name already taken is an error naming it.
   */
  public ScenarioCatalog plus(List<Scenario> more) {
    ScenarioCatalog out = new ScenarioCatalog(scenarios);
    for (Scenario s : more) {
      for (Scenario x : out.scenarios.values()) {
        if (x.id().equals(s.id()) || x.name().equals(s.id())) {
          throw new IllegalArgumentException("scenario id '" + s.id() + "' is already taken by scenario " + x);
        }
        if (x.name().equals(s.name()) || x.id().equals(s.name())) {
          throw new IllegalArgumentException("scenario " + s.id() + ": name '" + s.name() + "' is already taken by scenario " + x);
        }
      }
      out.scenarios.put(s.id(), s);
    }
    return out;
  }

  /** Every scenario, by id, in order. */
  public Map<String, Scenario> all() {
    return java.util.Collections.unmodifiableMap(scenarios);
  }

  /** The scenario of an id (S1) or a name (current); an unknown one is an error listing the known ones. */
  public Scenario get(String idOrName) {
    Scenario s = scenarios.get(idOrName);
    if (s != null) {
      return s;
    }
    for (Scenario x : scenarios.values()) {
      if (x.name().equals(idOrName)) {
        return x;
      }
    }
    throw new IllegalArgumentException("scenario '" + idOrName + "' is unknown (known: " + String.join(", ", scenarios.keySet()) + ")");
  }

  /**
   * The threshold sweep ({@code compare --sweep}): the current rules (S1, the baseline) then S1 with droits figés on
   * the AL above each threshold of {@link #SWEEP_EUROS} (S9-x), then never regularising the AL (S9-never).
   */
  public List<Scenario> sweep() {
    List<Scenario> out = new ArrayList<>();
    out.add(scenarios.get("S1"));
    for (String euros : SWEEP_EUROS) {
      out.add(scenarios.get("S9-" + euros));
    }
    out.add(scenarios.get("S9-never"));
    return out;
  }

  /** The default comparison: the current rules against the report's recommendations. */
  public List<Scenario> defaultComparison() {
    List<Scenario> out = new ArrayList<>();
    for (String id : List.of("S1", "S2", "S3", "S4", "S7", "S8")) {
      out.add(scenarios.get(id));
    }
    return out;
  }

  private void add(String id, RuleSet ruleSet) {
    scenarios.put(id, new Scenario(id, prescribed(ruleSet)));
  }

  /**
   * Two years from the payment, for recovering an indu (CSS L553-1 al. 2; CCH L821-7 for the housing aids) and
   * for paying a rappel (the allocataire's action, al. 1), in every built-in scenario: a regularisation found
   * later (the declaration errors never detected in time, docs/population.md) is frozen as time-barred. A
   * constant number of months rather than {@code RecoveryLimit.legal()}, whose dated table stops at 2026 while
   * the regularisations of a run go on after its last month.
   */
  public static final RecoveryLimit RECOVERY_LIMIT = RecoveryLimit.bothWays(24);

  /** {@code r} with {@link #RECOVERY_LIMIT} in every benefit's policy. */
  private static RuleSet prescribed(RuleSet r) {
    Map<Benefit, BenefitRules> m = new EnumMap<>(Benefit.class);
    r.benefits().forEach((b, rules) -> m.put(b, rules.withPolicy(rules.policy().withRecoveryLimit(RECOVERY_LIMIT))));
    return new RuleSet(r.name(), r.description(), m);
  }

  private static RuleSet rename(RuleSet r, String name) {
    return new RuleSet(name, r.description(), r.benefits());
  }

  private static RuleSet withAlPolicy(RuleSet base, String name, String description, RegularisationPolicy policy) {
    return new RuleSet(name, description, replace(base.benefits(), Benefit.AL, base.rules(Benefit.AL).withPolicy(policy)));
  }

  private static Map<Benefit, BenefitRules> replace(Map<Benefit, BenefitRules> base, Benefit b, BenefitRules rules) {
    Map<Benefit, BenefitRules> m = new EnumMap<>(Benefit.class);
    m.putAll(base);
    m.put(b, rules);
    return m;
  }

  private static Map<Benefit, BenefitRules> replace(Map<Benefit, BenefitRules> base, Benefit b1, BenefitRules r1, Benefit b2,
      BenefitRules r2) {
    return replace(replace(base, b1, r1), b2, r2);
  }
}
