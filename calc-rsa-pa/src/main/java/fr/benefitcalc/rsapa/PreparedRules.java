package fr.benefitcalc.rsapa;

import fr.benefitcalc.core.resources.IncomeConcept;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.parameters.MonthTable;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.time.Months;
import java.time.YearMonth;

/**
 * What the RSA and prime d'activité rules derive once from a rule set: its options
 * ({@link RsaPaOptions}) and its parameters month by month ({@link MonthParameters}, cached for
 * 2021-01..2026-12, the months the legal tables cover). Immutable apart from the month cache.
 */
public final class PreparedRules {
  private static final int FIRST = Months.index(YearMonth.of(2021, 1));
  private static final int LAST = Months.index(YearMonth.of(2026, 12));

  private final BenefitRules rules;
  private final boolean pregnancyOpensRsa;
  private final boolean apprenticesAreLearners;
  private final boolean learnerWindowOfTheLaw;
  private final boolean allMembers;
  private final boolean selfEmployedLastNonZero;
  private final fr.benefitcalc.rsapa.resources.Neutralisation neutralisation;
  private final boolean childrenBeforeBirth;
  private final IncomeConcept concept;
  private final MonthTable<MonthParameters> months;

  /** The options and parameters of {@code rules}. */
  public PreparedRules(BenefitRules rules) {
    this.rules = rules;
    this.pregnancyOpensRsa = !RsaPaOptions.openfisca(rules, RsaPaOptions.PREGNANCY_OPENS_RSA);
    this.apprenticesAreLearners = !RsaPaOptions.openfisca(rules, RsaPaOptions.APPRENTICES_ARE_LEARNERS);
    this.learnerWindowOfTheLaw = !RsaPaOptions.openfisca(rules, RsaPaOptions.LEARNER_WINDOW);
    this.allMembers = RsaPaOptions.openfisca(rules, RsaPaOptions.PA_MEMBERS);
    this.selfEmployedLastNonZero = RsaPaOptions.openfisca(rules, RsaPaOptions.SELF_EMPLOYED_YEAR);
    this.neutralisation = fr.benefitcalc.rsapa.resources.Neutralisation.of(rules);
    this.childrenBeforeBirth = RsaPaOptions.openfisca(rules, RsaPaOptions.CHILD_FROM_BIRTH);
    this.months = new MonthTable<>(FIRST, LAST, m -> MonthParameters.of(rules, m));
    this.concept = IncomeConcept.of(rules, IncomeConcept.NET);
  }

  /**
   * {@code view} as the RSA / PA rules read it: net amounts received (CASF R262-6, CSS R844-1) unless the
   * rule set chooses another income concept ({@link IncomeConcept#OPTION}).
   */
  public ResourceView incomes(ResourceView view) {
    return concept.view(view, IncomeConcept.NET);
  }

  /** The rule set. */
  public BenefitRules rules() {
    return rules;
  }

  /** The parameters of the month of index {@code month}. */
  public MonthParameters month(int month) {
    return months.at(month);
  }

  /** {@link RsaPaOptions#PREGNANCY_OPENS_RSA}: a pregnancy counts as a child to be born (the law). */
  public boolean pregnancyOpensRsa() {
    return pregnancyOpensRsa;
  }

  /** {@link RsaPaOptions#APPRENTICES_ARE_LEARNERS}: apprentices are learners (the law). */
  public boolean apprenticesAreLearners() {
    return apprenticesAreLearners;
  }

  /** {@link RsaPaOptions#LEARNER_WINDOW}: the learners' floor is tested on the reference quarter (the law). */
  public boolean learnerWindowOfTheLaw() {
    return learnerWindowOfTheLaw;
  }

  /** {@link RsaPaOptions#PA_MEMBERS}: every member counts for the prime d'activité (OpenFisca). */
  public boolean allMembers() {
    return allMembers;
  }

  /** {@link RsaPaOptions#NEUTRALISATION}: the reading of "interrompue de manière certaine" (CASF R262-13). */
  public fr.benefitcalc.rsapa.resources.Neutralisation neutralisation() {
    return neutralisation;
  }

  /** {@link RsaPaOptions#CHILD_FROM_BIRTH}: a child counts in every month, before its birth too (OpenFisca). */
  public boolean childrenBeforeBirth() {
    return childrenBeforeBirth;
  }

  /** {@link RsaPaOptions#SELF_EMPLOYED_YEAR}: the last non-zero self-employed year (OpenFisca). */
  public boolean selfEmployedLastNonZero() {
    return selfEmployedLastNonZero;
  }
}
