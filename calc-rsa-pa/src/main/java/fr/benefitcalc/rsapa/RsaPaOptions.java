package fr.benefitcalc.rsapa;

import java.util.List;

import fr.benefitcalc.core.rules.BenefitRules;

/**
 * The named switches of the RSA and prime d'activité rules ({@link BenefitRules#options()}): each is a
 * place where OpenFisca-France departs from the legal text, and lets a rule set reproduce it. The
 * value {@code "openfisca"} selects OpenFisca's behaviour; anything else (or no value) the law's.
 * See {@code docs/divergences/rsa-pa.md}.
 */
public final class RsaPaOptions {
  /** Value that selects OpenFisca's behaviour for any option below. */
  public static final String OPENFISCA = "openfisca";
  /** Value that selects the legal text's behaviour (the default). */
  public static final String LAW = "law";

  /**
   * RSA eligibility of a person under 25 who is pregnant: the law (CASF L262-4, 1°: "enfants nés ou
   * à naître") opens it; OpenFisca only through the majoré amount.
   */
  public static final String PREGNANCY_OPENS_RSA = "rsa.eligibility.pregnancy";
  /**
   * Whether a person paid as an apprentice is a learner subject to the activity-income floor of the
   * prime d'activité (CSS L842-2, 2°): the law says so; OpenFisca needs a separate status input.
   */
  public static final String APPRENTICES_ARE_LEARNERS = "pa.learners.apprentices";
  /**
   * The months on which the learners' floor is tested: the reference quarter (law), or always
   * M-3..M-1 (OpenFisca, also for the M-4..M-2 experiment).
   */
  public static final String LEARNER_WINDOW = "pa.learners.window";
  /**
   * Whose resources and bonifications enter the prime d'activité: the members of the foyer (adults
   * and dependent children, CSS L842-4, R842-?) or, as OpenFisca, every member of the family,
   * including children not counted as dependants.
   */
  public static final String PA_MEMBERS = "pa.resources.members";
  /**
   * Self-employed income: the last year known among N, N-1, N-2 (law: "derniers revenus connus"),
   * or the last non-zero one (OpenFisca).
   */
  public static final String SELF_EMPLOYED_YEAR = "rsapa.self_employed.year";

  /**
   * The RSA's neutralisation of an income "interrompue de manière certaine" (CASF R262-13):
   * {@code declared} (default: on a declared, dated end of activity without a substitute income),
   * {@code openfisca} (an income nil in M and paid in M-1) or {@code off}; see
   * {@link fr.benefitcalc.rsapa.resources.Neutralisation}.
   */
  public static final String NEUTRALISATION = fr.benefitcalc.rsapa.resources.Neutralisation.OPTION;

  /**
   * The months in which a child counts in the foyer (dependants, increase for isolation): from the month
   * of its birth, whatever the day (law: a change of situation takes effect from the first day of the
   * calendar month in which it occurs, CASF L262-21 as the agency applies it, circulaire CNAF
   * n° 2010-130), or, as OpenFisca (age conditions without a lower bound), in every month of the
   * reference quarter, before its birth too.
   */
  public static final String CHILD_FROM_BIRTH = "rsapa.children.fromBirth";

  /** The name of every option of the RSA and prime d'activité rules. */
  public static final List<String> NAMES = List.of(PREGNANCY_OPENS_RSA, APPRENTICES_ARE_LEARNERS, LEARNER_WINDOW,
      PA_MEMBERS, SELF_EMPLOYED_YEAR, CHILD_FROM_BIRTH, NEUTRALISATION);

  private RsaPaOptions() {}

  /**
   * Why {@code value} is refused for the option {@code name}, or an empty string when it is accepted
   * ({@value #LAW} or {@value #OPENFISCA}; for {@link #NEUTRALISATION}: declared, openfisca or off).
   */
  public static String refusal(String name, String value) {
    if (NEUTRALISATION.equals(name)) {
      for (fr.benefitcalc.rsapa.resources.Neutralisation n : fr.benefitcalc.rsapa.resources.Neutralisation.values()) {
        if (n.key().equals(value)) {
          return "";
        }
      }
      return "is not one of declared, openfisca, off";
    }
    return LAW.equals(value) || OPENFISCA.equals(value) ? "" : "is neither " + LAW + " nor " + OPENFISCA;
  }

  /** Whether {@code option} is set to {@link #OPENFISCA} in {@code rules}. */
  public static boolean openfisca(BenefitRules rules, String option) {
    return OPENFISCA.equals(rules.options().get(option));
  }

  /** A copy of {@code rules} with every option of this class set to {@link #OPENFISCA}. */
  public static BenefitRules openfiscaCompatible(BenefitRules rules) {
    return rules.withOption(PREGNANCY_OPENS_RSA, OPENFISCA).withOption(APPRENTICES_ARE_LEARNERS, OPENFISCA)
        .withOption(LEARNER_WINDOW, OPENFISCA).withOption(PA_MEMBERS, OPENFISCA)
        .withOption(SELF_EMPLOYED_YEAR, OPENFISCA).withOption(CHILD_FROM_BIRTH, OPENFISCA)
        .withOption(NEUTRALISATION, OPENFISCA);
  }
}
