package fr.benefitcalc.rsapa;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.RecalculationSchedule;
import fr.benefitcalc.core.time.ReferencePeriod;
import java.time.YearMonth;
import java.util.Map;

/**
 * The built-in rules of the RSA and the prime d'activité.
 *
 * <ul>
 *   <li>{@link #rsaLaw()}, {@link #paLaw()}: resources of M-3..M-1 (CASF R262-7, CSS R843-1), or
 *       M-4..M-2 from 2024-10 for a household of a department that experiments the pre-filled
 *       quarterly declaration ("par dérogation à l'article R. 843-1": the average of the primes of
 *       the 4th, 3rd and 2nd months before the review; OpenFisca
 *       {@code departement_experimentation_rsa}); rights fixed for the quarter;
 *   <li>{@link #rsaM4M2()}, {@link #paM4M2()}: M-4..M-2 for every household (the reform proposed by
 *       the Cnaf, domain.md S7).
 * </ul>
 *
 * <p>The schedule is quarterly: the amount computed in the first month of a quarter of right is kept
 * for three months (CASF R262-7 ("réexamen trimestriel"), CSS L843-4). A single computation treats the
 * month asked as the first month of a quarter.
 */
public final class RsaPaRuleSets {
  /** First month of the M-4..M-2 experiment for households of experimenting departments. */
  public static final YearMonth EXPERIMENT_START = YearMonth.of(2024, 10);

  private RsaPaRuleSets() {}

  /** RSA as in force: M-3..M-1, M-4..M-2 for experimenting households from 2024-10. */
  public static BenefitRules rsaLaw() {
    return law();
  }

  /** Prime d'activité as in force: M-3..M-1, M-4..M-2 for experimenting households from 2024-10. */
  public static BenefitRules paLaw() {
    return law();
  }

  /** RSA on M-4..M-2 for everyone. */
  public static BenefitRules rsaM4M2() {
    return BenefitRules.of(ReferencePeriod.rolling(-4, -2), RecalculationSchedule.quarterly());
  }

  /** Prime d'activité on M-4..M-2 for everyone. */
  public static BenefitRules paM4M2() {
    return BenefitRules.of(ReferencePeriod.rolling(-4, -2), RecalculationSchedule.quarterly());
  }

  /** A rule set with {@link #rsaLaw()} and {@link #paLaw()} (no AL rules), named {@code rsa-pa-law}. */
  public static RuleSet lawRuleSet() {
    return new RuleSet("rsa-pa-law", "RSA and prime d'activité as in force (no AL rules; the full rule set is calc-api's BuiltInRuleSets.law())",
        Map.of(Benefit.RSA, rsaLaw(), Benefit.PA, paLaw()));
  }

  /** A rule set with {@link #rsaM4M2()} and {@link #paM4M2()}, named {@code rsa-pa-m4-m2}. */
  public static RuleSet m4m2RuleSet() {
    return new RuleSet("rsa-pa-m4-m2", "RSA and prime d'activité on M-4..M-2 for every household",
        Map.of(Benefit.RSA, rsaM4M2(), Benefit.PA, paM4M2()));
  }

  /** {@link #lawRuleSet()} with every divergence option set as OpenFisca-France computes. */
  public static RuleSet openfiscaRuleSet() {
    return new RuleSet("rsa-pa-openfisca", "RSA and prime d'activité as OpenFisca-France computes them",
        Map.of(Benefit.RSA, RsaPaOptions.openfiscaCompatible(rsaLaw()),
            Benefit.PA, RsaPaOptions.openfiscaCompatible(paLaw())));
  }

  private static BenefitRules law() {
    return BenefitRules.of(ReferencePeriod.rolling(-3, -1), RecalculationSchedule.quarterly())
        .withExperiment(new BenefitRules.Experiment(ReferencePeriod.rolling(-4, -2), EXPERIMENT_START));
  }
}
