package fr.benefitcalc.rsapa.rsa;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.parameters.ParameterTable;
import fr.benefitcalc.core.parameters.Timeline;
import java.util.List;

/**
 * The legal parameters of the revenu de solidarité active (CASF L262-2, R262-1 and following), from
 * 2021-01-01 to 2026-12-31. Amounts and rates are {@link Fixed} nano units; the last value known
 * (April 2026) is carried on to 2026-12-31.
 *
 * <p>Example: {@code RsaParameters.BASE_AMOUNT.atMonth(Months.index(YearMonth.of(2025, 6)))} is
 * 646.52 €.
 */
public final class RsaParameters implements ParameterTable {
  private static final String FROM = "2021-01-01";
  private static final String UNTIL = "2026-12-31";

  /** Montant forfaitaire for a single person without child (CASF L262-2, R262-1), revalued each April. */
  public static final Timeline<Long> BASE_AMOUNT = Timeline.<Long>named("rsa.montant_forfaitaire.base")
      .period(FROM, "2021-03-31", Fixed.euros("564.78"), "Décret n° 2020-490 du 29/04/2020, art. 1 (in force since 2020-04-01)")
      .period("2021-04-01", "2022-03-31", Fixed.euros("565.34"), "Décret n° 2021-530 du 29/04/2021, art. 1")
      .period("2022-04-01", "2022-06-30", Fixed.euros("575.52"), "Décret n° 2022-699 du 26/04/2022, art. 1")
      .period("2022-07-01", "2023-03-31", Fixed.euros("598.54"), "Loi n° 2022-1158 du 16/08/2022, art. 9 (+4 % from 2022-07-01)")
      .period("2023-04-01", "2024-03-31", Fixed.euros("607.75"), "Décret n° 2023-340 du 04/05/2023, art. 1")
      .period("2024-04-01", "2025-03-31", Fixed.euros("635.71"), "Décret n° 2024-396 du 29/04/2024, art. 1")
      .period("2025-04-01", "2026-03-31", Fixed.euros("646.52"), "Décret n° 2025-293 du 29/03/2025, art. 1")
      .period("2026-04-01", UNTIL, Fixed.euros("651.69"),
          "Décret n° 2026-220 du 30/03/2026, art. 1 (last known value, carried on to 2026-12-31)")
      .build();

  /** Increase for the second person of the foyer (CASF R262-1, 1°): 50 %. */
  public static final Timeline<Long> SECOND_PERSON_RATE = constant("rsa.montant_forfaitaire.deuxieme_personne",
      Fixed.rate("0.5"), "CASF R262-1 (Décret 2009-404 du 15/04/2009, art. 2; in force since 2009-06-01, carried on to 2026-12-31)");

  /** Increase for each further person (CASF R262-1, 2°): 30 %. */
  public static final Timeline<Long> FURTHER_PERSON_RATE = constant("rsa.montant_forfaitaire.personne_supplementaire",
      Fixed.rate("0.3"), "CASF R262-1 (Décret 2009-404 du 15/04/2009, art. 2; in force since 2009-06-01, carried on to 2026-12-31)");

  /**
   * Increase for each child from the third person on when the foyer has more than two children
   * (CASF R262-1, last paragraph): 40 %.
   */
  public static final Timeline<Long> FURTHER_CHILD_RATE = constant("rsa.montant_forfaitaire.enfant_supplementaire",
      Fixed.rate("0.4"), "CASF R262-1 (Décret 2009-404 du 15/04/2009, art. 2; in force since 2009-06-01, carried on to 2026-12-31)");

  /** RSA majoré for a lone parent or pregnant woman (CASF L262-9, R262-1): 128.412 % of the base. */
  public static final Timeline<Long> LONE_PARENT_RATE = constant("rsa.majoration_isolement.base",
      Fixed.rate("1.28412"), "CASF R262-1 (Décret 2015-1710 du 21/12/2015; in force since 2016-01-01, carried on to 2026-12-31)");

  /** RSA majoré: 42.804 % of the base per dependent child (CASF R262-1). */
  public static final Timeline<Long> LONE_PARENT_CHILD_RATE = constant("rsa.majoration_isolement.par_enfant",
      Fixed.rate("0.42804"), "CASF R262-1 (in force since 2009-06-01, carried on to 2026-12-31)");

  /** Forfait logement, one person: 12 % of the montant forfaitaire (CASF R262-9, 1°). */
  public static final Timeline<Long> HOUSING_RATE_1 = constant("rsa.forfait_logement.une_personne",
      Fixed.rate("0.12"), "CASF R262-9, 1° (Décret 2009-404 du 15/04/2009; carried on to 2026-12-31)");

  /** Forfait logement, two persons: 16 % of the montant forfaitaire for two (CASF R262-9, 2°). */
  public static final Timeline<Long> HOUSING_RATE_2 = constant("rsa.forfait_logement.deux_personnes",
      Fixed.rate("0.16"), "CASF R262-9, 2° (Décret 2009-404 du 15/04/2009; carried on to 2026-12-31)");

  /** Forfait logement, three persons or more: 16.5 % of the montant forfaitaire for three (CASF R262-9, 3°). */
  public static final Timeline<Long> HOUSING_RATE_3 = constant("rsa.forfait_logement.trois_personnes",
      Fixed.rate("0.165"), "CASF R262-9, 3° (Décret 2009-404 du 15/04/2009; carried on to 2026-12-31)");

  /** Seuil de non-versement: an RSA below 6 € is not paid (CASF R262-39; OpenFisca rsa_maj/montant_minimum_verse). */
  public static final Timeline<Long> MINIMUM_PAID = constant("rsa.montant_minimum_verse",
      Fixed.euros("6"), "CASF R262-39 (seuil de non-versement, 6 €; carried on to 2026-12-31)");

  /** Minimum age of the applicant without child (CASF L262-4, 1°): 25. */
  public static final Timeline<Integer> MINIMUM_AGE = constant("rsa.age_minimum",
      25, "CASF L262-4, 1° (Loi 2008-1249 du 01/12/2008, art. 3; carried on to 2026-12-31)");

  /** Age limit of dependent children (CASF R262-3): under 25. */
  public static final Timeline<Integer> CHILD_AGE_LIMIT = constant("rsa.enfant_a_charge.age_limite",
      25, "CASF R262-3 (carried on to 2026-12-31)");

  /**
   * Resource limit of a dependent child, as a share of the base (40 %: the increase the child brings),
   * OpenFisca's approximation of the CAF rule "a child whose resources would lower the RSA is not
   * counted" (CASF R262-3; rsa_enfant_a_charge).
   */
  public static final Timeline<Long> CHILD_RESOURCE_LIMIT_RATE = constant("rsa.enfant_a_charge.plafond_ressources",
      Fixed.rate("0.4"), "CASF R262-3, CAF practice as modelled by OpenFisca (rsa_enfant_a_charge); carried on to 2026-12-31");

  /**
   * Neutralisation of a non-professional resource that stops: at most 3 × the base amount is taken off
   * its quarter (CASF R262-13 as modelled by OpenFisca, calcul_revenu_non_pro).
   */
  public static final Timeline<Long> STOPPED_RESOURCE_ALLOWANCE = constant("rsa.neutralisation.forfait_mois",
      Fixed.rate("3"), "CASF R262-13 (OpenFisca: 3 × montant de base); carried on to 2026-12-31");

  private static final List<Timeline<?>> ALL = List.of(BASE_AMOUNT, SECOND_PERSON_RATE, FURTHER_PERSON_RATE,
      FURTHER_CHILD_RATE, LONE_PARENT_RATE, LONE_PARENT_CHILD_RATE, HOUSING_RATE_1, HOUSING_RATE_2, HOUSING_RATE_3,
      MINIMUM_PAID, MINIMUM_AGE, CHILD_AGE_LIMIT, CHILD_RESOURCE_LIMIT_RATE, STOPPED_RESOURCE_ALLOWANCE);

  @Override
  public List<Timeline<?>> timelines() {
    return ALL;
  }

  private static <V> Timeline<V> constant(String name, V value, String source) {
    return Timeline.<V>named(name).period(FROM, UNTIL, value, source).build();
  }
}
