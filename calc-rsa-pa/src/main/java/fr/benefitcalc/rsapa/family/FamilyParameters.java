package fr.benefitcalc.rsapa.family;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.parameters.ParameterTable;
import fr.benefitcalc.core.parameters.Timeline;
import java.util.List;

/**
 * Family-benefit parameters the RSA and the prime d'activité refer to: the base monthly amount of
 * family allowances (BMAF) and the flat amount of the allocation de soutien familial counted as a
 * resource, from 2021-01-01 to 2026-12-31.
 */
public final class FamilyParameters implements ParameterTable {
  private static final String FROM = "2021-01-01";
  private static final String UNTIL = "2026-12-31";

  /** Base mensuelle de calcul des allocations familiales (CSS L551-1), revalued each April. */
  public static final Timeline<Long> BMAF = Timeline.<Long>named("pf.bmaf")
      .period(FROM, "2021-03-31", Fixed.euros("414.40"), "Circulaire DSS/SD2B/2020/33 du 18/02/2020 (in force since 2020-04-01)")
      .period("2021-04-01", "2022-03-31", Fixed.euros("414.81"), "Circulaire DSS/2B/2021/65 du 19/03/2021")
      .period("2022-04-01", "2022-06-30", Fixed.euros("422.28"), "Circulaire DSS/2B/2022/82 du 28/03/2022")
      .period("2022-07-01", "2023-03-31", Fixed.euros("439.17"), "CSS L551-1; Loi n° 2022-1158 du 16/08/2022, art. 9")
      .period("2023-04-01", "2024-03-31", Fixed.euros("445.93"), "Instruction interministérielle DSS/2B/2023/41 du 24/03/2023")
      .period("2024-04-01", "2025-03-31", Fixed.euros("466.44"), "Instruction interministérielle DSS/2B/2024/43 du 20/03/2024")
      .period("2025-04-01", "2026-03-31", Fixed.euros("474.37"), "Instruction interministérielle DSS/2A/2C/2025/32 du 07/03/2025")
      .period("2026-04-01", UNTIL, Fixed.euros("478.16"),
          "Instruction interministérielle DSS/2A/2026/36 du 26/03/2026 (carried on to 2026-12-31)")
      .build();

  /**
   * ASF counted as a resource: at most 22.5 % of the BMAF per eligible child (CASF R262-10-1 for the
   * RSA, CSS R844-4 for the prime d'activité; Décret n° 2014-554 du 27/05/2014).
   */
  public static final Timeline<Long> ASF_FLAT_RATE = Timeline.constant("pf.asf.forfait_rsa_pa",
      java.time.LocalDate.parse(FROM), java.time.LocalDate.parse(UNTIL), Fixed.rate("0.225"),
      "CASF R262-10-1 and CSS R844-4 (Décret n° 2014-554 du 27/05/2014; carried on to 2026-12-31)");

  /** Age limit of a child for the family benefits (CSS L512-3, R512-2): under 20. */
  public static final Timeline<Integer> CHILD_AGE_LIMIT = Timeline.constant("pf.age_limite_enfant",
      java.time.LocalDate.parse(FROM), java.time.LocalDate.parse(UNTIL), 20,
      "CSS L512-3 and R512-2 (Décret 2000-71 du 28/01/2000; carried on to 2026-12-31)");

  /**
   * Increase for isolation: it lasts while the youngest child is under this age (CASF R262-2 for
   * the RSA, CSS L842-7 and D843-1 for the prime d'activité): 3.
   */
  public static final Timeline<Integer> ISOLATION_YOUNG_CHILD_AGE = Timeline.constant("isolement.age_limite_enfant",
      java.time.LocalDate.parse(FROM), java.time.LocalDate.parse(UNTIL), 3,
      "CASF R262-2 (Décret 2009-404 du 15/04/2009, art. 2); CSS L842-7 (carried on to 2026-12-31)");

  private static final List<Timeline<?>> ALL = List.of(BMAF, ASF_FLAT_RATE, CHILD_AGE_LIMIT, ISOLATION_YOUNG_CHILD_AGE);

  @Override
  public List<Timeline<?>> timelines() {
    return ALL;
  }
}
