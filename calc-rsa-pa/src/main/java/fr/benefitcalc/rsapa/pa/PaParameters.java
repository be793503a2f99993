package fr.benefitcalc.rsapa.pa;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.parameters.ParameterTable;
import fr.benefitcalc.core.parameters.Timeline;
import java.util.List;

/**
 * The legal parameters of the prime d'activité (CSS L842-3, D843-1 to D843-4, R844-3) and the SMIC
 * it refers to, from 2021-01-01 to 2026-12-31. Amounts and rates are {@link Fixed} nano units; the
 * last value known is carried on to 2026-12-31.
 */
public final class PaParameters implements ParameterTable {
  private static final String FROM = "2021-01-01";
  private static final String UNTIL = "2026-12-31";

  /** Montant forfaitaire for a single person (CSS L842-3, D843-1), revalued each April. */
  public static final Timeline<Long> BASE_AMOUNT = Timeline.<Long>named("pa.montant_forfaitaire.base")
      .period(FROM, "2021-03-31", Fixed.euros("553.16"), "Décret n° 2020-491 du 29/04/2020, art. 1 (in force since 2020-04-01)")
      .period("2021-04-01", "2022-03-31", Fixed.euros("553.71"), "Décret n° 2021-528 du 29/04/2021, art. 1")
      .period("2022-04-01", "2022-06-30", Fixed.euros("563.68"), "Décret n° 2022-701 du 26/04/2022, art. 1")
      .period("2022-07-01", "2023-03-31", Fixed.euros("586.23"), "Loi n° 2022-1158 du 16/08/2022, art. 9 (+4 % from 2022-07-01)")
      .period("2023-04-01", "2024-03-31", Fixed.euros("595.25"), "Décret n° 2023-343 du 04/05/2023, art. 1")
      .period("2024-04-01", "2025-03-31", Fixed.euros("622.63"), "Décret n° 2024-403 du 01/05/2024, art. 1")
      .period("2025-04-01", "2026-03-31", Fixed.euros("633.21"), "Décret n° 2025-294 du 29/03/2025, art. 1")
      .period("2026-04-01", UNTIL, Fixed.euros("638.28"),
          "Décret n° 2026-222 du 30/03/2026, art. 2 (last known value, carried on to 2026-12-31)")
      .build();

  /** Increase for the second person of the foyer (CSS D843-1): 50 %. */
  public static final Timeline<Long> SECOND_PERSON_RATE = constant("pa.montant_forfaitaire.deuxieme_personne",
      Fixed.rate("0.5"), "CSS D843-1 (Décret 2015-1710 du 21/12/2015, art. 2; carried on to 2026-12-31)");

  /** Increase for each further person (CSS D843-1): 30 %. */
  public static final Timeline<Long> FURTHER_PERSON_RATE = constant("pa.montant_forfaitaire.personne_supplementaire",
      Fixed.rate("0.3"), "CSS D843-1 (Décret 2015-1710 du 21/12/2015, art. 2; carried on to 2026-12-31)");

  /** Increase for each child beyond the second child (CSS D843-1): 40 %. */
  public static final Timeline<Long> FURTHER_CHILD_RATE = constant("pa.montant_forfaitaire.enfant_supplementaire",
      Fixed.rate("0.4"), "CSS D843-1 (Décret 2015-1710 du 21/12/2015, art. 2; carried on to 2026-12-31)");

  /** Majoration for isolation (CSS L842-7, D843-1): 128.412 % of the base. */
  public static final Timeline<Long> LONE_PARENT_RATE = constant("pa.majoration_isolement.base",
      Fixed.rate("1.28412"), "CSS D843-1 (Décret 2015-1710 du 21/12/2015, art. 2; carried on to 2026-12-31)");

  /** Majoration for isolation: 42.804 % of the base per dependent child (CSS D843-1). */
  public static final Timeline<Long> LONE_PARENT_CHILD_RATE = constant("pa.majoration_isolement.par_enfant",
      Fixed.rate("0.42804"), "CSS D843-1 (Décret 2015-1710 du 21/12/2015, art. 2; carried on to 2026-12-31)");

  /** Share of the foyer's activity income added to the montant forfaitaire (CSS D843-3). */
  public static final Timeline<Long> ACTIVITY_INCOME_SHARE = Timeline.<Long>named("pa.part_revenus_activite")
      .period(FROM, "2025-03-31", Fixed.rate("0.61"), "CSS D843-3 (Décret n° 2018-836 du 03/10/2018, art. 2; in force since 2018-08-01)")
      .period("2025-04-01", UNTIL, Fixed.rate("0.5985"),
          "CSS D843-3 as amended by Décret n° 2025-292 du 29/03/2025 (carried on to 2026-12-31)")
      .build();

  /** Bonification: activity income from which it starts, in hours of SMIC (CSS D843-2): 59. */
  public static final Timeline<Long> BONUS_START_HOURS = constant("pa.bonification.seuil_smic_horaire",
      Fixed.rate("59"), "CSS D843-2 (Décret 2015-1710 du 21/12/2015; carried on to 2026-12-31)");

  /** Bonification: activity income at which it reaches its maximum, in hours of SMIC (CSS D843-2). */
  public static final Timeline<Long> BONUS_FULL_HOURS = Timeline.<Long>named("pa.bonification.seuil_max_smic_horaire")
      .period(FROM, "2026-03-31", Fixed.rate("120"), "CSS D843-2 (Décret n° 2018-1197 du 21/12/2018; in force since 2018-10-01)")
      .period("2026-04-01", UNTIL, Fixed.rate("138"),
          "CSS D843-2 as amended by Décret n° 2026-222 du 30/03/2026, art. 1 (carried on to 2026-12-31)")
      .build();

  /** Bonification: maximum, as a share of the base amount (CSS D843-2). */
  public static final Timeline<Long> BONUS_MAX_RATE = Timeline.<Long>named("pa.bonification.taux_max")
      .period(FROM, "2026-03-31", Fixed.rate("0.29101"), "CSS D843-2 (Décret n° 2018-1197 du 21/12/2018; in force since 2018-10-01)")
      .period("2026-04-01", UNTIL, Fixed.rate("0.377"),
          "CSS D843-2 as amended by Décret n° 2026-222 du 30/03/2026, art. 1 (carried on to 2026-12-31)")
      .build();

  /** Forfait logement, one person: 12 % of the montant forfaitaire (CSS R844-3). */
  public static final Timeline<Long> HOUSING_RATE_1 = constant("pa.forfait_logement.une_personne",
      Fixed.rate("0.12"), "CSS R844-3 (Décret 2015-1710 du 21/12/2015; carried on to 2026-12-31)");

  /** Forfait logement, two persons: 16 % of the montant forfaitaire for two (CSS R844-3). */
  public static final Timeline<Long> HOUSING_RATE_2 = constant("pa.forfait_logement.deux_personnes",
      Fixed.rate("0.16"), "CSS R844-3 (Décret 2015-1710 du 21/12/2015; carried on to 2026-12-31)");

  /** Forfait logement, three persons or more: 16.5 % of the montant forfaitaire for three (CSS R844-3). */
  public static final Timeline<Long> HOUSING_RATE_3 = constant("pa.forfait_logement.trois_personnes",
      Fixed.rate("0.165"), "CSS R844-3 (Décret 2015-1710 du 21/12/2015; carried on to 2026-12-31)");

  /** Seuil de versement: a prime below 15 € is not paid (CSS D843-1, D846-2). */
  public static final Timeline<Long> MINIMUM_PAID = constant("pa.montant_minimum_verse",
      Fixed.euros("15"), "CSS D843-1 and D846-2 (Décret 2015-1710 du 21/12/2015, art. 2; carried on to 2026-12-31)");

  /** Minimum age (CSS L842-1): 18. */
  public static final Timeline<Integer> MINIMUM_AGE = constant("pa.age_minimum",
      18, "CSS L842-1 (Loi n° 2015-994 du 17/08/2015, art. 57; carried on to 2026-12-31)");

  /** AAH counts as activity income above this activity income, in hours of SMIC (CSS L842-8, D843-4): 29. */
  public static final Timeline<Long> AAH_ACTIVITY_HOURS = constant("pa.aah.seuil_activite_smic_horaire",
      Fixed.rate("29"), "CSS L842-8 and D843-4 (carried on to 2026-12-31)");

  /**
   * Students and apprentices: activity income floor, in hours of SMIC (CSS L842-2, 2°: 55 % of 169 hours
   * of SMIC, the threshold of CSS R512-2; 1 104.25 € published by the CAF for 2025): 92.95.
   */
  public static final Timeline<Long> LEARNER_FLOOR_HOURS = constant("pa.apprenants.plancher_smic_horaire",
      Fixed.rate("92.95"), "CSS L842-2, 2° and R512-2 (0.55 × 169 h of SMIC; carried on to 2026-12-31)");

  /** SMIC hourly gross ("salaire minimum de croissance horaire brut", Code du travail L3231-2). */
  public static final Timeline<Long> SMIC_HOURLY = Timeline.<Long>named("smic.horaire_brut")
      .period(FROM, "2021-09-30", Fixed.euros("10.25"), "Décret n° 2020-1598 du 16/12/2020")
      .period("2021-10-01", "2021-12-31", Fixed.euros("10.48"), "Arrêté du 27/09/2021 (revalorisation automatique)")
      .period("2022-01-01", "2022-04-30", Fixed.euros("10.57"), "Décret n° 2021-1741 du 22/12/2021")
      .period("2022-05-01", "2022-07-31", Fixed.euros("10.85"), "Arrêté du 19/05/2022 (revalorisation automatique)")
      .period("2022-08-01", "2022-12-31", Fixed.euros("11.07"), "Arrêté du 29/07/2022 (revalorisation automatique)")
      .period("2023-01-01", "2023-04-30", Fixed.euros("11.27"), "Décret n° 2022-1608 du 22/12/2022")
      .period("2023-05-01", "2023-12-31", Fixed.euros("11.52"), "Arrêté du 26/04/2023 (revalorisation automatique)")
      .period("2024-01-01", "2024-10-31", Fixed.euros("11.65"), "Décret n° 2023-1216 du 20/12/2023")
      .period("2024-11-01", "2025-12-31", Fixed.euros("11.88"), "Décret n° 2024-951 du 23/10/2024")
      .period("2026-01-01", "2026-05-31", Fixed.euros("12.02"), "Décret n° 2025-1228 du 17/12/2025")
      .period("2026-06-01", UNTIL, Fixed.euros("12.31"),
          "Arrêté du 22/05/2026 relatif au relèvement du SMIC (as in OpenFisca-France 176.0.7; carried on to 2026-12-31)")
      .build();

  private static final List<Timeline<?>> ALL = List.of(BASE_AMOUNT, SECOND_PERSON_RATE, FURTHER_PERSON_RATE,
      FURTHER_CHILD_RATE, LONE_PARENT_RATE, LONE_PARENT_CHILD_RATE, ACTIVITY_INCOME_SHARE, BONUS_START_HOURS,
      BONUS_FULL_HOURS, BONUS_MAX_RATE, HOUSING_RATE_1, HOUSING_RATE_2, HOUSING_RATE_3, MINIMUM_PAID, MINIMUM_AGE,
      AAH_ACTIVITY_HOURS, LEARNER_FLOOR_HOURS, SMIC_HOURLY);

  @Override
  public List<Timeline<?>> timelines() {
    return ALL;
  }

  private static <V> Timeline<V> constant(String name, V value, String source) {
    return Timeline.<V>named(name).period(FROM, UNTIL, value, source).build();
  }
}
