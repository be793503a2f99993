package fr.benefitcalc.al.foyer;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.parameters.ParameterTable;
import fr.benefitcalc.core.parameters.Timeline;
import java.time.LocalDate;
import java.util.List;

/**
 * The legal parameters of the housing benefit in a logement-foyer (APL foyer, CCH D832-24 to D832-27;
 * AL foyer, D842-15 to D842-17), 2021-01-01 to 2026-12-31, each value with its validity and its source.
 * "Arrêté" is the arrêté du 27 septembre 2019 (chapter V: APL foyer, art. 27 to 32; chapter VII: AL foyer,
 * art. 40 to 44) in the version of the dated amending arrêté named; the yearly revaluations are those of
 * the tenants' scales (1 October; 1 July in 2022). The last known value carries on to 2026-12-31.
 */
public final class FoyerParameters implements ParameterTable {
  private static final String END = "2026-12-31";
  private static final String CARRIED = " — last known value, carried on to 2026-12-31";
  private static final FoyerParameters INSTANCE = new FoyerParameters();

  private FoyerParameters() {}

  /** The table. */
  public static FoyerParameters table() {
    return INSTANCE;
  }

  private static long e(String euros) {
    return Fixed.euros(euros);
  }

  private static long r(String rate) {
    return Fixed.rate(rate);
  }

  private static <V> Timeline<V> constant(String name, V value, String source) {
    return Timeline.constant(name, LocalDate.parse("2021-01-01"), LocalDate.parse(END), value, source);
  }

  private static CompositionCeilings c(String single, String couple, String one, String two, String three, String four,
      String extra) {
    return new CompositionCeilings(e(single), e(couple), e(one), e(two), e(three), e(four), e(extra));
  }

  private static CoupleAmounts pair(String single, String couple) {
    return new CoupleAmounts(e(single), e(couple));
  }

  /** Équivalences de loyer et de charges locatives plafonds of the APL foyer, by zone and composition (arrêté art. 27; CCH D832-24 3°). */
  public static final Timeline<ZonedCeilings> APL_CEILINGS = Timeline.<ZonedCeilings>named("al.foyer.apl.ceilings")
      .period("2021-01-01", "2021-09-30", new ZonedCeilings(c("444.43", "521.02", "555.55", "594.54", "633.69", "683.50", "70.89"),
          c("406.43", "474.33", "505.75", "541.38", "576.87", "614.69", "64.07"),
          c("385.78", "448.69", "476.02", "507.44", "538.84", "574.16", "59.46")),
          "Arrêté du 25/09/2020 (arrêté du 27/09/2019 art. 27), in force since 2020-10-01")
      .period("2021-10-01", "2022-06-30", new ZonedCeilings(c("446.30", "523.21", "557.88", "597.04", "636.35", "686.37", "71.19"),
          c("408.14", "476.32", "507.87", "543.65", "579.29", "617.27", "64.34"),
          c("387.40", "450.57", "478.02", "509.57", "541.10", "576.57", "59.71")),
          "Arrêté du 23/09/2021 (arrêté du 27/09/2019 art. 27)")
      .period("2022-07-01", "2023-09-30", new ZonedCeilings(c("461.92", "541.52", "577.41", "617.94", "658.62", "710.39", "73.68"),
          c("422.42", "492.99", "525.65", "562.68", "599.57", "638.87", "66.59"),
          c("400.96", "466.34", "494.75", "527.40", "560.04", "596.75", "61.80")),
          "Arrêté du 16/08/2022 (arrêté du 27/09/2019 art. 27): +3.5 % from 2022-07-01")
      .period("2023-10-01", "2024-09-30", new ZonedCeilings(c("478.09", "560.47", "597.62", "639.57", "681.67", "735.25", "76.26"),
          c("437.20", "510.24", "544.05", "582.37", "620.55", "661.23", "68.92"),
          c("414.99", "482.66", "512.07", "545.86", "579.64", "617.64", "63.96")),
          "Arrêté du 22/09/2023, art. 1 (arrêté du 27/09/2019 art. 27)")
      .period("2024-10-01", "2025-09-30", new ZonedCeilings(c("493.68", "578.74", "617.10", "660.42", "703.89", "759.22", "78.75"),
          c("451.45", "526.87", "561.79", "601.36", "640.78", "682.79", "71.17"),
          c("428.52", "498.39", "528.76", "563.66", "598.54", "637.78", "66.05")),
          "Arrêté du 27/09/2024, art. 1 (arrêté du 27/09/2019 art. 27)")
      .period("2025-10-01", END, new ZonedCeilings(c("498.81", "584.76", "623.52", "667.29", "711.21", "767.12", "79.57"),
          c("456.15", "532.35", "567.63", "607.61", "647.44", "689.89", "71.91"),
          c("432.98", "503.57", "534.26", "569.52", "604.76", "644.41", "66.74")),
          "Arrêté du 05/09/2025 (arrêté du 27/09/2019 art. 27), from 2025-10-01" + CARRIED)
      .build();

  /** Équivalence de loyer L of the AL foyer, students in a CROUS room, single / couple (arrêté art. 43 1°; CCH D842-16 1°). */
  public static final Timeline<CoupleAmounts> AL_RENT_STUDENT_ROOM = Timeline.<CoupleAmounts>named("al.foyer.l.studentRoom")
      .period("2021-01-01", "2021-09-30", pair("83.79", "130.45"), "Arrêté du 25/09/2020 (arrêté du 27/09/2019 art. 43 1°), in force since 2020-10-01")
      .period("2021-10-01", "2022-06-30", pair("84.14", "131.00"), "Arrêté du 23/09/2021 (arrêté du 27/09/2019 art. 43 1°)")
      .period("2022-07-01", "2023-09-30", pair("87.08", "135.59"), "Arrêté du 16/08/2022 (arrêté du 27/09/2019 art. 43 1°): +3.5 % from 2022-07-01")
      .period("2023-10-01", "2024-09-30", pair("90.13", "140.34"), "Arrêté du 22/09/2023, art. 1 (arrêté du 27/09/2019 art. 43 1°)")
      .period("2024-10-01", "2025-09-30", pair("93.07", "144.92"), "Arrêté du 27/09/2024, art. 1 (arrêté du 27/09/2019 art. 43 1°)")
      .period("2025-10-01", END, pair("94.04", "146.43"), "Arrêté du 05/09/2025 (arrêté du 27/09/2019 art. 43 1°), from 2025-10-01" + CARRIED)
      .build();

  /** Équivalence de loyer L, students in a rehabilitated CROUS room (arrêté art. 43 2°; CCH D842-16 2°). */
  public static final Timeline<CoupleAmounts> AL_RENT_STUDENT_ROOM_REHABILITATED = Timeline.<CoupleAmounts>named("al.foyer.l.studentRoomRehabilitated")
      .period("2021-01-01", "2021-09-30", pair("169.41", "263.29"), "Arrêté du 25/09/2020 (arrêté du 27/09/2019 art. 43 2°), in force since 2020-10-01")
      .period("2021-10-01", "2022-06-30", pair("170.12", "264.40"), "Arrêté du 23/09/2021 (arrêté du 27/09/2019 art. 43 2°)")
      .period("2022-07-01", "2023-09-30", pair("176.07", "273.65"), "Arrêté du 16/08/2022 (arrêté du 27/09/2019 art. 43 2°): +3.5 % from 2022-07-01")
      .period("2023-10-01", "2024-09-30", pair("182.23", "283.23"), "Arrêté du 22/09/2023, art. 1 (arrêté du 27/09/2019 art. 43 2°)")
      .period("2024-10-01", "2025-09-30", pair("188.17", "292.46"), "Arrêté du 27/09/2024, art. 1 (arrêté du 27/09/2019 art. 43 2°)")
      .period("2025-10-01", END, pair("190.13", "295.50"), "Arrêté du 05/09/2025 (arrêté du 27/09/2019 art. 43 2°), from 2025-10-01" + CARRIED)
      .build();

  /** Équivalence de loyer L, elderly or disabled residents (arrêté art. 43 3°; CCH D842-16 3°). */
  public static final Timeline<CoupleAmounts> AL_RENT_ELDERLY_OR_DISABLED = Timeline.<CoupleAmounts>named("al.foyer.l.elderlyOrDisabled")
      .period("2021-01-01", "2021-09-30", pair("205.54", "319.39"), "Arrêté du 25/09/2020 (arrêté du 27/09/2019 art. 43 3°), in force since 2020-10-01")
      .period("2021-10-01", "2022-06-30", pair("206.40", "320.73"), "Arrêté du 23/09/2021 (arrêté du 27/09/2019 art. 43 3°)")
      .period("2022-07-01", "2023-09-30", pair("213.62", "331.96"), "Arrêté du 16/08/2022 (arrêté du 27/09/2019 art. 43 3°): +3.5 % from 2022-07-01")
      .period("2023-10-01", "2024-09-30", pair("221.10", "343.58"), "Arrêté du 22/09/2023, art. 1 (arrêté du 27/09/2019 art. 43 3°)")
      .period("2024-10-01", "2025-09-30", pair("228.31", "354.78"), "Arrêté du 27/09/2024, art. 1 (arrêté du 27/09/2019 art. 43 3°)")
      .period("2025-10-01", END, pair("230.68", "358.47"), "Arrêté du 05/09/2025 (arrêté du 27/09/2019 art. 43 3°), from 2025-10-01" + CARRIED)
      .build();

  /** Équivalence de loyer L, other residents (arrêté art. 43 4°; CCH D842-16 4°). */
  public static final Timeline<CoupleAmounts> AL_RENT_OTHER = Timeline.<CoupleAmounts>named("al.foyer.l.other")
      .period("2021-01-01", "2021-09-30", pair("169.41", "263.29"), "Arrêté du 25/09/2020 (arrêté du 27/09/2019 art. 43 4°), in force since 2020-10-01")
      .period("2021-10-01", "2022-06-30", pair("170.12", "264.40"), "Arrêté du 23/09/2021 (arrêté du 27/09/2019 art. 43 4°)")
      .period("2022-07-01", "2023-09-30", pair("176.07", "273.65"), "Arrêté du 16/08/2022 (arrêté du 27/09/2019 art. 43 4°): +3.5 % from 2022-07-01")
      .period("2023-10-01", "2024-09-30", pair("182.23", "283.23"), "Arrêté du 22/09/2023, art. 1 (arrêté du 27/09/2019 art. 43 4°)")
      .period("2024-10-01", "2025-09-30", pair("188.17", "292.46"), "Arrêté du 27/09/2024, art. 1 (arrêté du 27/09/2019 art. 43 4°)")
      .period("2025-10-01", END, pair("190.13", "295.50"), "Arrêté du 05/09/2025 (arrêté du 27/09/2019 art. 43 4°), from 2025-10-01" + CARRIED)
      .build();

  /** Forfait charges C of the AL foyer: single or couple without dependant (first), per dependant (second) (arrêté art. 40; CCH D842-15 4°). */
  public static final Timeline<FoyerCharges> AL_CHARGES = Timeline.<FoyerCharges>named("al.foyer.charges")
      .period("2021-01-01", "2021-09-30", new FoyerCharges(e("53.99"), e("12.24")), "Arrêté du 25/09/2020 (arrêté du 27/09/2019 art. 40), in force since 2020-10-01")
      .period("2021-10-01", "2022-06-30", new FoyerCharges(e("54.22"), e("12.29")), "Arrêté du 23/09/2021 (arrêté du 27/09/2019 art. 40)")
      .period("2022-07-01", "2023-09-30", new FoyerCharges(e("56.12"), e("12.72")), "Arrêté du 16/08/2022 (arrêté du 27/09/2019 art. 40): +3.5 % from 2022-07-01")
      .period("2023-10-01", "2024-09-30", new FoyerCharges(e("58.08"), e("13.17")), "Arrêté du 22/09/2023, art. 1 (arrêté du 27/09/2019 art. 40)")
      .period("2024-10-01", "2025-09-30", new FoyerCharges(e("59.97"), e("13.60")), "Arrêté du 27/09/2024, art. 1 (arrêté du 27/09/2019 art. 40)")
      .period("2025-10-01", END, new FoyerCharges(e("60.59"), e("13.74")), "Arrêté du 05/09/2025 (arrêté du 27/09/2019 art. 40), from 2025-10-01" + CARRIED)
      .build();

  /** r of the K coefficient, 1° of CCH D832-25 (arrêté art. 30 1°). */
  public static final Timeline<Long> K_R = constant("al.foyer.k.r", e("1217.26"), "Arrêté du 27/09/2019 art. 30 1°");

  /** cm of the K coefficient: 1° and 2° of CCH D832-25 (arrêté art. 30 2°). */
  public static final Timeline<KMultipliers> K_CM = constant("al.foyer.k.cm",
      new KMultipliers(e("13393.40"), e("21420.91")), "Arrêté du 27/09/2019 art. 30 2°");

  /** E0 / L0 scale of the first paragraph of CCH D832-26 (arrêté art. 31 I a) and II). */
  public static final Timeline<MinimumRentScale> E0_FIRST = constant("al.foyer.e0.first",
      new MinimumRentScale(new long[] {0, e("1948.10"), e("2678.71"), e("3896.18"), e("5357.44"), e("6331.29")},
          new long[] {r("0.04"), r("0.104"), r("0.216"), r("0.264"), r("0.32"), r("0.48")}, e("45.57"), true),
      "Arrêté du 27/09/2019 art. 31 I a) and II, corrected by the arrêté du 29/07/2022 (unchanged amounts)");

  /** E0 / L0 scale of the second paragraph of CCH D832-26 (arrêté art. 31 I b) and II). */
  public static final Timeline<MinimumRentScale> E0_SECOND = constant("al.foyer.e0.second",
      new MinimumRentScale(new long[] {0, e("1423.03"), e("2047.61"), e("2629.85"), e("4095.05")},
          new long[] {0, r("0.024"), r("0.208"), r("0.232"), r("0.328")}, e("76.32"), false),
      "Arrêté du 27/09/2019 art. 31 I b) and II, corrected by the arrêté du 29/07/2022 (unchanged amounts)");

  /** Minoration forfaitaire of the APL foyer (arrêté art. 28) and AL foyer (art. 41): 5 €. */
  public static final Timeline<Long> FLAT_REDUCTION = constant("al.foyer.flatReduction", e("5"),
      "Arrêté du 27/09/2019 art. 28 (CCH D832-24) and art. 41 (CCH D842-15)");

  /** Seuil de versement of the APL foyer (arrêté art. 29) and AL foyer (art. 42): 10 €, before the CRDS. */
  public static final Timeline<Long> PAYMENT_THRESHOLD = constant("al.foyer.paymentThreshold", e("10"),
      "Arrêté du 27/09/2019 art. 29 (CCH D832-24) and art. 42 (CCH D842-15)");

  /** Dépense nette minimale: APL 1° (26.68 €), APL 2° (15 €) (arrêté art. 32, CCH D832-27), AL (15 €, art. 44, D842-17). */
  public static final Timeline<MinimumNetExpense> MINIMUM_NET_EXPENSE = constant("al.foyer.minimumNetExpense",
      new MinimumNetExpense(e("26.68"), e("15"), e("15")), "Arrêté du 27/09/2019 art. 32 and 44");

  /**
   * Flat resources of a student under 28 living in a logement-foyer, and the reduction for a boursier (CCH
   * R822-20, D822-21; arrêté art. 6 "pour la résidence en logement-foyer").
   */
  public static final Timeline<fr.benefitcalc.al.parameters.StudentFlatResources> STUDENT_FLAT =
      Timeline.<fr.benefitcalc.al.parameters.StudentFlatResources>named("al.foyer.studentFlat")
      .period("2021-01-01", "2021-12-31", new fr.benefitcalc.al.parameters.StudentFlatResources(e("6000"), e("1100")),
          "Arrêté du 27/09/2019 art. 6 in its first version (in force until 2021-12-31): 6 000 €, boursier 4 900 €")
      .period("2022-01-01", "2022-06-30", new fr.benefitcalc.al.parameters.StudentFlatResources(e("6000"), e("1100")),
          "Arrêté du 27/09/2019 art. 6 as amended by the arrêté du 20/12/2021 (due from 2022-01-01, its art. 2): "
          + "6 000 €, boursier 4 900 € (the tenants' amounts rose to 7 800 / 6 300 €)")
      .period("2022-07-01", "2023-12-31", new fr.benefitcalc.al.parameters.StudentFlatResources(e("6200"), e("1100")),
          "Arrêté du 29/07/2022 (due from 2022-07-01, its art. 3): 6 200 €, boursier 5 100 € (OpenFisca dates it 2022-08-01)")
      .period("2024-01-01", "2024-12-31", new fr.benefitcalc.al.parameters.StudentFlatResources(e("6400"), e("1100")),
          "Arrêté du 15/12/2023 pour l'année 2024: 6 400 €, boursier 5 300 €")
      .period("2025-01-01", END, new fr.benefitcalc.al.parameters.StudentFlatResources(e("6600"), e("1200")),
          "Arrêté du 30/12/2024 pour l'année 2025 (arrêté du 27/09/2019 art. 6): 6 600 €, boursier 5 400 €" + CARRIED)
      .build();

  private static final List<Timeline<?>> ALL = List.of(APL_CEILINGS, AL_RENT_STUDENT_ROOM,
      AL_RENT_STUDENT_ROOM_REHABILITATED, AL_RENT_ELDERLY_OR_DISABLED, AL_RENT_OTHER, AL_CHARGES, K_R, K_CM, E0_FIRST,
      E0_SECOND, FLAT_REDUCTION, PAYMENT_THRESHOLD, MINIMUM_NET_EXPENSE, STUDENT_FLAT);

  @Override
  public List<Timeline<?>> timelines() {
    return ALL;
  }
}
