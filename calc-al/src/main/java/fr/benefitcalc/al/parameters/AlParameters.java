package fr.benefitcalc.al.parameters;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.parameters.ParameterTable;
import fr.benefitcalc.core.parameters.Timeline;
import java.util.List;

/**
 * Every legal parameter of the tenant housing benefit (APL / ALF / ALS), 2021-01-01 to 2026-12-31,
 * each value with its validity and its source. The last known value carries on to 2026-12-31 and
 * its source says so. Parameters read at another instant than the month computed (the income-year
 * tax deductions read for N-1, the ASPA ceiling read on 31 December N-2) cover the earlier dates they
 * are read at.
 *
 * <p>Unless stated, "arrêté" is the arrêté du 27 septembre 2019 relatif au calcul des aides
 * personnelles au logement, in the version set by the dated amending arrêté named.
 */
public final class AlParameters implements ParameterTable {
  private static final String END = "2026-12-31";
  private static final String CARRIED = " — last known value, carried on to 2026-12-31";

  private AlParameters() {}

  private static final AlParameters INSTANCE = new AlParameters();

  /** The table. */
  public static AlParameters table() {
    return INSTANCE;
  }

  private static long e(String euros) {
    return Fixed.euros(euros);
  }

  private static long r(String rate) {
    return Fixed.rate(rate);
  }

  private static ZoneScale zs(String single, String couple, String one, String extra) {
    return new ZoneScale(e(single), e(couple), e(one), e(extra));
  }

  private static <T> Zoned<T> zoned(T z1, T z2, T z3) {
    return new Zoned<>(z1, z2, z3);
  }

  private static CompositionScale amounts(String... v) {
    return new CompositionScale(e(v[0]), e(v[1]), e(v[2]), e(v[3]), e(v[4]), e(v[5]), e(v[6]), e(v[7]), e(v[8]));
  }

  private static CompositionScale rates(String... v) {
    return new CompositionScale(r(v[0]), r(v[1]), r(v[2]), r(v[3]), r(v[4]), r(v[5]), r(v[6]), r(v[7]), r(v[8]));
  }

  private static <V> Timeline<V> constant(String name, V value, String source) {
    return Timeline.constant(name, java.time.LocalDate.parse("2021-01-01"), java.time.LocalDate.parse(END), value, source);
  }

  // ---------------------------------------------------------------- rent (CCH D823-16 2°)

  /** Plafonds de loyer by zone and composition (arrêté art. 7). */
  public static final Timeline<Zoned<ZoneScale>> RENT_CEILINGS = Timeline.<Zoned<ZoneScale>>named("al.rent.ceilings")
      .period("2021-01-01", "2021-09-30", zoned(zs("296.82", "357.99", "404.60", "58.70"),
          zs("258.69", "316.64", "356.30", "51.86"), zs("242.46", "293.92", "329.56", "47.23")),
          "Arrêté du 25/09/2020 (arrêté du 27/09/2019 art. 7), in force since 2020-10-01")
      .period("2021-10-01", "2022-06-30", zoned(zs("298.07", "359.49", "406.30", "58.95"),
          zs("259.78", "317.97", "357.80", "52.08"), zs("243.48", "295.15", "330.94", "47.43")),
          "Arrêté du 23/09/2021 (arrêté du 27/09/2019 art. 7)")
      .period("2022-07-01", "2023-09-30", zoned(zs("308.50", "372.07", "420.52", "61.01"),
          zs("268.87", "329.10", "370.32", "53.90"), zs("252.00", "305.48", "342.52", "49.09")),
          "Arrêté du 16/08/2022 (arrêté du 27/09/2019 art. 7): +3.5 % from 2022-07-01, loi n° 2022-1158 du 16/08/2022 art. 9")
      .period("2023-10-01", "2024-09-30", zoned(zs("319.30", "385.09", "435.24", "63.15"),
          zs("278.28", "340.62", "383.28", "55.79"), zs("260.82", "316.17", "354.51", "50.81")),
          "Arrêté du 22/09/2023, art. 1 (JORFTEXT000048107807)")
      .period("2024-10-01", "2025-09-30", zoned(zs("329.71", "397.64", "449.43", "65.21"),
          zs("287.35", "351.72", "395.77", "57.61"), zs("269.32", "326.48", "366.07", "52.47")),
          "Arrêté du 27/09/2024, art. 1 (JORFARTI000050278404)")
      .period("2025-10-01", END, zoned(zs("333.14", "401.78", "454.10", "65.89"),
          zs("290.34", "355.38", "399.89", "58.21"), zs("272.12", "329.88", "369.88", "53.01")),
          "Arrêté du 05/09/2025 (JORFTEXT000052212770), from 2025-10-01" + CARRIED)
      .build();

  /** Coefficients of the ceiling for colocation (art. 16 1°) and rooms (art. 8). */
  public static final Timeline<RoomCoefficients> ROOM_COEFFICIENTS = constant("al.rent.roomCoefficients",
      new RoomCoefficients(r("0.75"), r("0.90"), r("0.75")),
      "Arrêté du 27/09/2019 art. 8 (chambre 90 %, 75 % for elderly or disabled adults) and art. 16 1° (colocation 75 %)");

  /** Forfait charges (art. 9, art. 16 2°). */
  public static final Timeline<ChargesScale> CHARGES = Timeline.<ChargesScale>named("al.charges")
      .period("2021-01-01", "2021-09-30", new ChargesScale(e("53.99"), e("12.24"), e("26.99"), e("53.99"), e("12.24")),
          "Arrêté du 25/09/2020 (arrêté du 27/09/2019 art. 9 and 16), in force since 2020-10-01")
      .period("2021-10-01", "2022-06-30", new ChargesScale(e("54.22"), e("12.29"), e("27.10"), e("54.22"), e("12.29")),
          "Arrêté du 23/09/2021 (arrêté du 27/09/2019 art. 9 and 16)")
      .period("2022-07-01", "2023-09-30", new ChargesScale(e("56.12"), e("12.72"), e("28.05"), e("56.12"), e("12.72")),
          "Arrêté du 16/08/2022 (arrêté du 27/09/2019 art. 9 and 16), from 2022-07-01")
      .period("2023-10-01", "2024-09-30", new ChargesScale(e("58.08"), e("13.17"), e("29.03"), e("58.08"), e("13.17")),
          "Arrêté du 22/09/2023, art. 1")
      .period("2024-10-01", "2025-09-30", new ChargesScale(e("59.97"), e("13.60"), e("29.98"), e("59.97"), e("13.60")),
          "Arrêté du 27/09/2024, art. 1 3° and 6° b)")
      .period("2025-10-01", END, new ChargesScale(e("60.59"), e("13.74"), e("30.29"), e("60.59"), e("13.74")),
          "Arrêté du 05/09/2025" + CARRIED)
      .build();

  // ---------------------------------------------------------------- participation (CCH D823-17)

  /** P0 (art. 13). */
  public static final Timeline<MinimumParticipationScale> MINIMUM_PARTICIPATION =
      Timeline.<MinimumParticipationScale>named("al.participation.p0")
      .period("2021-01-01", "2021-09-30", new MinimumParticipationScale(r("0.085"), e("35.24")),
          "Arrêté du 25/09/2020 (arrêté du 27/09/2019 art. 13), in force since 2020-10-01")
      .period("2021-10-01", "2022-06-30", new MinimumParticipationScale(r("0.085"), e("35.39")),
          "Arrêté du 23/09/2021 (arrêté du 27/09/2019 art. 13)")
      .period("2022-07-01", "2023-09-30", new MinimumParticipationScale(r("0.085"), e("36.63")),
          "Arrêté du 16/08/2022 (arrêté du 27/09/2019 art. 13), from 2022-07-01")
      .period("2023-10-01", "2024-09-30", new MinimumParticipationScale(r("0.085"), e("37.91")),
          "Arrêté du 22/09/2023, art. 1")
      .period("2024-10-01", "2025-09-30", new MinimumParticipationScale(r("0.085"), e("39.15")),
          "Arrêté du 27/09/2024, art. 1")
      .period("2025-10-01", END, new MinimumParticipationScale(r("0.085"), e("39.56")),
          "Arrêté du 05/09/2025" + CARRIED)
      .build();

  /** R0, abattement forfaitaire on annual resources, revalued each 1 January (art. 15; CCH D823-17 5°). */
  public static final Timeline<CompositionScale> R0 = Timeline.<CompositionScale>named("al.participation.r0")
      .period("2021-01-01", "2021-12-31", amounts("4588", "6572", "7839", "8015", "8322", "8631", "8938", "9246", "305"),
          "Arrêté du 03/01/2020 pour l'année 2020, art. 1 (arrêté du 27/09/2019 art. 15); not revalued for 2021 "
          + "(the arrêté du 31/12/2020 for 2021 leaves art. 15 unchanged)")
      .period("2022-01-01", "2022-06-30", amounts("4683", "6709", "8002", "8182", "8495", "8811", "9124", "9439", "311"),
          "Arrêté du 20/12/2021 pour l'année 2022, art. 1 (JORFARTI000044572819)")
      .period("2022-07-01", "2022-12-31", amounts("4870", "6977", "8322", "8509", "8834", "9163", "9488", "9816", "323"),
          "Arrêté du 29/07/2022 (NOR TREL2220748A), art. 15 as amended, due from 2022-07-01 (its art. 3)")
      .period("2023-01-01", "2023-12-31", amounts("4949", "7090", "8456", "8646", "8977", "9311", "9642", "9975", "328"),
          "Arrêté du 26/12/2022 pour l'année 2023, art. 1 (JORFTEXT000046829580)")
      .period("2024-01-01", "2024-12-31", amounts("5186", "7430", "8862", "9061", "9408", "9758", "10105", "10454", "343"),
          "Arrêté du 15/12/2023 pour l'année 2024, art. 1 (JORFTEXT000048621292)")
      .period("2025-01-01", END, amounts("5235", "7501", "8947", "9148", "9498", "9851", "10202", "10554", "346"),
          "Arrêté du 30/12/2024 pour l'année 2025, art. 1 (JORFARTI000050873296); not revalued for 2026 "
          + "(arrêté du 28/12/2025, JORFTEXT000053202812)" + CARRIED)
      .build();

  /** TF, rate by family size (art. 14 1°), unchanged since 2007-07-01. */
  public static final Timeline<CompositionScale> FAMILY_RATE = constant("al.participation.tf",
      rates("0.0283", "0.0315", "0.0270", "0.0238", "0.0201", "0.0185", "0.0179", "0.0173", "-0.0006"),
      "Arrêté du 27/09/2019 art. 14 1° (values unchanged since the arrêté du 10/07/2007)");

  /** TL, rate by rent ratio (art. 14 2°). */
  public static final Timeline<RentRateScale> RENT_RATE = constant("al.participation.tl",
      new RentRateScale(r("0.45"), r("0.75"), r("0.0045"), r("0.0068")),
      "Arrêté du 27/09/2019 art. 14 2° (unchanged since the arrêté du 10/07/2007)");

  /** Loyers de référence LR of art. 14: the zone II ceilings (same values as art. 7 zone II). */
  public static final Timeline<ZoneScale> REFERENCE_RENT = Timeline.<ZoneScale>named("al.participation.referenceRent")
      .period("2021-01-01", "2021-09-30", zs("258.69", "316.64", "356.30", "51.86"),
          "Arrêté du 25/09/2020 (arrêté du 27/09/2019 art. 14), in force since 2020-10-01")
      .period("2021-10-01", "2022-06-30", zs("259.78", "317.97", "357.80", "52.08"),
          "Arrêté du 23/09/2021 (arrêté du 27/09/2019 art. 14)")
      .period("2022-07-01", "2023-09-30", zs("268.87", "329.10", "370.32", "53.90"),
          "Arrêté du 16/08/2022 (arrêté du 27/09/2019 art. 14), from 2022-07-01")
      .period("2023-10-01", "2024-09-30", zs("278.28", "340.62", "383.28", "55.79"), "Arrêté du 22/09/2023, art. 1")
      .period("2024-10-01", "2025-09-30", zs("287.35", "351.72", "395.77", "57.61"), "Arrêté du 27/09/2024, art. 1")
      .period("2025-10-01", END, zs("290.34", "355.38", "399.89", "58.21"), "Arrêté du 05/09/2025" + CARRIED)
      .build();

  // ---------------------------------------------------------------- amount (CCH D823-16)

  /** Taper and cut-off coefficients by zone (art. 10), in force since 2016-07-01. */
  public static final Timeline<Zoned<TaperCoefficients>> TAPER = constant("al.amount.taper",
      zoned(new TaperCoefficients(r("3.4"), r("4")), new TaperCoefficients(r("2.5"), r("3.1")),
          new TaperCoefficients(r("2.5"), r("3.1"))),
      "Arrêté du 27/09/2019 art. 10 (coefficients in force since 2016-07-01)");

  /** Minoration forfaitaire (art. 11), since 2017-10-01. */
  public static final Timeline<Long> FLAT_REDUCTION = constant("al.amount.flatReduction", e("5"),
      "Arrêté du 27/09/2019 art. 11 (5 € since 2017-10-01)");

  /** Seuils de versement (art. 12). */
  public static final Timeline<PaymentThresholds> PAYMENT_THRESHOLDS = constant("al.amount.paymentThresholds",
      new PaymentThresholds(e("10"), e("0")), "Arrêté du 27/09/2019 art. 12 (10 € AL, 0 € APL, before CRDS)");

  /** CRDS rate on housing benefits. */
  public static final Timeline<Long> CRDS_RATE = constant("al.amount.crdsRate", r("0.005"),
      "Ordonnance n° 96-50 du 24/01/1996, art. 14 II and 19 (CRDS 0.5 % on housing benefits)");

  /** Fraction of the RLS taken off the APL (CCH L832-3, D823-16). */
  public static final Timeline<Long> RLS_FRACTION = constant("al.rls.fraction", r("0.98"),
      "CCH D823-16 (98 % of the réduction de loyer de solidarité), L832-3");

  /** RLS monthly amounts by zone and composition (arrêté du 27/02/2018 as revalued). */
  public static final Timeline<Zoned<ZoneScale>> RLS_AMOUNTS = Timeline.<Zoned<ZoneScale>>named("al.rls.amounts")
      .period("2021-01-01", "2021-09-30", zoned(zs("46.47", "56.05", "63.33", "9.18"),
          zs("40.51", "49.57", "55.77", "8.12"), zs("37.96", "46.01", "51.59", "7.39")), "Arrêté du 17/12/2020, art. 1")
      .period("2021-10-01", "2021-12-31", zoned(zs("52.24", "63.29", "71.33", "10.05"),
          zs("46.21", "56.26", "62.29", "9.04"), zs("43.20", "52.24", "58.27", "8.04")), "Arrêté du 17/09/2021, art. 1")
      .period("2022-01-01", "2022-09-30", zoned(zs("50.95", "61.53", "69.48", "10.00"),
          zs("44.60", "54.49", "61.04", "8.88"), zs("41.76", "50.59", "56.64", "8.03")), "Arrêté du 20/12/2021, art. 1")
      .period("2022-10-01", "2022-12-31", zoned(zs("48.77", "58.90", "66.51", "9.57"),
          zs("42.70", "52.16", "58.43", "8.50"), zs("39.98", "48.43", "54.22", "7.69")), "Arrêté du 27/09/2022, art. 1")
      .period("2023-01-01", "2023-09-30", zoned(zs("52.16", "63.00", "71.14", "10.24"),
          zs("45.66", "55.79", "62.50", "9.09"), zs("42.76", "51.80", "57.99", "8.22")), "Arrêté du 30/12/2022, art. 1")
      .period("2023-10-01", "2023-12-31", zoned(zs("54.51", "66.05", "74.43", "10.48"),
          zs("48.22", "58.71", "65.00", "9.44"), zs("45.08", "54.51", "60.80", "8.39")), "Arrêté du 21/09/2023, art. 1")
      .period("2024-01-01", "2025-05-31", zoned(zs("55.20", "66.73", "75.31", "10.78"),
          zs("48.45", "59.15", "66.06", "9.60"), zs("45.36", "54.92", "61.42", "8.65")),
          "Arrêté du 29/12/2023, art. 1 (JORFTEXT000048729702)")
      .period("2025-06-01", "2026-05-31", zoned(zs("39.69", "47.98", "54.14", "7.75"),
          zs("34.83", "42.53", "47.49", "6.90"), zs("32.61", "39.48", "44.16", "6.22")),
          "Arrêté du 21/05/2025, art. 1 (JORFTEXT000051657925)")
      .period("2026-06-01", END, zoned(zs("35.99", "43.51", "49.09", "7.03"),
          zs("31.58", "38.56", "43.06", "6.26"), zs("29.57", "35.80", "40.04", "5.64")),
          "Arrêté du 22/05/2026 (JORFTEXT000054132213)" + CARRIED)
      .build();

  /** RLS monthly resource ceilings by zone and composition. */
  public static final Timeline<Zoned<CompositionScale>> RLS_CEILINGS = Timeline.<Zoned<CompositionScale>>named("al.rls.ceilings")
      .period("2021-01-01", "2023-12-31", zoned(
          amounts("915", "1102", "1403", "1669", "2043", "2357", "2624", "2905", "283"),
          amounts("854", "1042", "1329", "1583", "1943", "2243", "2497", "2764", "266"),
          amounts("828", "1008", "1289", "1536", "1877", "2169", "2411", "2671", "247")),
          "Arrêté du 27/12/2018, art. 1 (JORFTEXT000037880880), values as recorded by OpenFisca-France up to 2023-12-31")
      .period("2024-01-01", "2025-12-31", zoned(
          amounts("959", "1155", "1470", "1749", "2141", "2470", "2750", "3045", "297"),
          amounts("895", "1092", "1393", "1659", "2036", "2351", "2617", "2897", "279"),
          amounts("868", "1056", "1351", "1610", "1967", "2273", "2527", "2799", "259")),
          "Arrêté du 29/12/2023, art. 1 (JORFTEXT000048729702)")
      .period("2026-01-01", END, zoned(
          amounts("970", "1168", "1486", "1768", "2165", "2497", "2781", "3079", "300"),
          amounts("905", "1104", "1408", "1677", "2059", "2377", "2646", "2929", "282"),
          amounts("878", "1068", "1366", "1628", "1989", "2298", "2555", "2830", "262")),
          "Arrêté du 23/12/2025 (JORFTEXT000053175260)" + CARRIED)
      .build();

  // ---------------------------------------------------------------- resources (CCH R822-2 to R822-22)

  /** Students' flat resources, tenants (art. 6; CCH R822-20, D822-21). */
  public static final Timeline<StudentFlatResources> STUDENT_FLAT = Timeline.<StudentFlatResources>named("al.resources.studentFlat")
      .period("2021-01-01", "2021-12-31", new StudentFlatResources(e("7700"), e("1500")),
          "Arrêté du 31/12/2020 pour l'année 2021 (arrêté du 27/09/2019 art. 6): 7 700 €, boursier 6 200 €")
      .period("2022-01-01", "2022-06-30", new StudentFlatResources(e("7800"), e("1500")),
          "Arrêté du 20/12/2021, art. 1 (arrêté du 27/09/2019 art. 6): 7 800 €, boursier 6 300 €")
      .period("2022-07-01", "2023-12-31", new StudentFlatResources(e("8100"), e("1600")),
          "Arrêté du 29/07/2022, art. 1 1° a), due from 2022-07-01 (its art. 3): 8 100 €, boursier 6 500 €")
      .period("2024-01-01", "2024-12-31", new StudentFlatResources(e("8400"), e("1700")),
          "Arrêté du 15/12/2023 pour l'année 2024, art. 1: 8 400 €, boursier 6 700 €")
      .period("2025-01-01", END, new StudentFlatResources(e("8600"), e("1700")),
          "Arrêté du 30/12/2024 pour l'année 2025, art. 1: 8 600 €, boursier 6 900 €; not revalued for 2026 "
          + "(arrêté du 28/12/2025)" + CARRIED)
      .build();

  /** Age below which a student gets the flat resources (CCH R822-20: age limit of higher-education grants). */
  public static final Timeline<Long> STUDENT_AGE_LIMIT = constant("al.resources.studentAgeLimit", 28L,
      "CCH R822-20 (age conditions of the bourses d'enseignement supérieur sur critères sociaux: under 28)");

  /** Abattement forfaitaire for double activity (CCH R822-7; arrêté art. 3). */
  public static final Timeline<Long> DOUBLE_ACTIVITY_ALLOWANCE = constant("al.resources.doubleActivity", e("95"),
      "Arrêté du 27/09/2019 art. 3 (95 €), CCH R822-7");

  /** Rate of the abatements of CCH R822-13, R822-14 and R822-16. */
  public static final Timeline<Long> ABATEMENT_RATE = constant("al.resources.abatementRate", r("0.30"),
      "CCH R822-13 and R822-14 (abattement de 30 %)");

  /** The 10 % deduction on salaries and unemployment benefits, by income year (dated 1 January of the year). */
  public static final Timeline<TaxAbatement> SALARY_DEDUCTION = Timeline.<TaxAbatement>named("al.resources.salaryDeduction")
      .period("2020-01-01", "2020-12-31", new TaxAbatement(r("0.10"), e("442"), e("12652")), "CGI art. 83 3°, incomes 2020 (LF 2021)")
      .period("2021-01-01", "2021-12-31", new TaxAbatement(r("0.10"), e("448"), e("12829")), "CGI art. 83 3°, incomes 2021")
      .period("2022-01-01", "2022-12-31", new TaxAbatement(r("0.10"), e("472"), e("13522")),
          "CGI art. 83 3°, incomes 2022 (décret n° 2023-422 du 31/05/2023)")
      .period("2023-01-01", "2023-12-31", new TaxAbatement(r("0.10"), e("495"), e("14171")),
          "CGI art. 83 3°, incomes 2023 (décret n° 2024-496 du 30/05/2024)")
      .period("2024-01-01", "2024-12-31", new TaxAbatement(r("0.10"), e("504"), e("14426")), "CGI art. 83 3°, incomes 2024")
      .period("2025-01-01", END, new TaxAbatement(r("0.10"), e("509"), e("14555")),
          "CGI art. 83 3°, incomes 2025" + CARRIED)
      .build();

  /** The 10 % deduction on pensions, by income year (dated 1 January of the year). */
  public static final Timeline<TaxAbatement> PENSION_DEDUCTION = Timeline.<TaxAbatement>named("al.resources.pensionDeduction")
      .period("2021-01-01", "2021-12-31", new TaxAbatement(r("0.10"), e("400"), e("3912")), "CGI art. 158 5 a, incomes 2021")
      .period("2022-01-01", "2022-12-31", new TaxAbatement(r("0.10"), e("422"), e("4123")),
          "CGI art. 158 5 a, incomes 2022 (décret n° 2023-422)")
      .period("2023-01-01", "2023-12-31", new TaxAbatement(r("0.10"), e("442"), e("4321")),
          "CGI art. 158 5 a, incomes 2023 (décret n° 2024-496)")
      .period("2024-01-01", "2024-12-31", new TaxAbatement(r("0.10"), e("450"), e("4399")), "CGI art. 158 5 a, incomes 2024")
      .period("2025-01-01", END, new TaxAbatement(r("0.10"), e("454"), e("4439")), "CGI art. 158 5 a, incomes 2025" + CARRIED)
      .build();

  /**
   * Plafond ASPA for a single person (CSS L815-9, D815-1), of which 1.25 times is left out of the
   * resources of each child living in the home (CCH R822-6); read on 31 December N-2.
   */
  public static final Timeline<Long> ASPA_CEILING_SINGLE = Timeline.<Long>named("al.resources.aspaCeilingSingle")
      .period("2019-01-01", "2019-12-31", e("10418.40"), "CSS D815-1, décret 2018-227 du 30/04/2018")
      .period("2020-01-01", "2020-12-31", e("10838.40"), "CSS D815-1, décret 2018-227 du 30/04/2018")
      .period("2021-01-01", "2021-12-31", e("10881.75"), "Circulaire CNAV 2021/1 du 11/01/2021")
      .period("2022-01-01", "2022-06-30", e("11001.44"), "Circulaire CNAV 2022/3 du 11/01/2022")
      .period("2022-07-01", "2022-12-31", e("11441.50"), "Loi n° 2022-1158 du 16/08/2022, art. 9 (+4 % from 2022-07-01)")
      .period("2023-01-01", "2023-12-31", e("11533.02"), "Circulaire CNAV 2023/3 du 09/01/2023")
      .period("2024-01-01", "2024-12-31", e("12144.27"), "Circulaire CNAV 2023-34 du 29/12/2023")
      .period("2025-01-01", "2025-12-31", e("12411.44"), "Circulaire CNAV 2024-39 du 23/12/2024")
      .period("2026-01-01", END, e("12523.14"), "Circulaire CNAV 2025-29 du 22/12/2025" + CARRIED)
      .build();

  /** Coefficient of the ASPA ceiling left out of a child's resources (CCH R822-6). */
  public static final Timeline<Long> CHILD_ALLOWANCE_COEFFICIENT = constant("al.resources.childAllowanceCoefficient",
      r("1.25"), "CCH R822-6 (plafond de l'article L. 815-9 du CSS multiplié par 1,25)");

  /** Base mensuelle des allocations familiales, for the double-activity condition (CCH R822-7). */
  public static final Timeline<Long> BMAF = Timeline.<Long>named("al.resources.bmaf")
      .period("2021-01-01", "2021-03-31", e("414.40"), "Circulaire DSS/SD2B/2020/33 du 18/02/2020, in force since 2020-04-01")
      .period("2021-04-01", "2022-03-31", e("414.81"), "Circulaire DSS/2B/2021/65 du 19/03/2021")
      .period("2022-04-01", "2022-06-30", e("422.28"), "Circulaire DSS/2B/2022/82 du 28/03/2022")
      .period("2022-07-01", "2023-03-31", e("439.17"), "Loi n° 2022-1158 du 16/08/2022, art. 9 (+4 % from 2022-07-01)")
      .period("2023-04-01", "2024-03-31", e("445.93"), "Instruction DSS/2B/2023/41 du 24/03/2023")
      .period("2024-04-01", "2025-03-31", e("466.44"), "Instruction DSS/2B/2024/43 du 20/03/2024")
      .period("2025-04-01", "2026-03-31", e("474.37"), "Instruction DSS/2A/2C/2025/32 du 07/03/2025")
      .period("2026-04-01", END, e("478.16"), "Instruction DSS/2A/2026/36 du 26/03/2026" + CARRIED)
      .build();

  // ---------------------------------------------------------------- dependants (CCH R823-4; CSS R512-2)

  /** A child is a dependant up to the month before this age (CSS L512-3, R512-2: 21 for housing benefits). */
  public static final Timeline<Long> CHILD_AGE_LIMIT = constant("al.dependants.childAgeLimit", 21L,
      "CCH R823-4 1° and CSS R512-2 (enfants à charge jusqu'à 21 ans pour les aides au logement)");

  /** Share of 169 hours at the gross hourly SMIC above which a child's pay makes him autonomous (CSS R512-2). */
  public static final Timeline<Long> CHILD_AUTONOMY_RATE = constant("al.dependants.autonomyRate", r("0.55"),
      "CSS R512-2 (rémunération supérieure à 55 % du SMIC × 169 heures)");

  /** Hourly gross SMIC. */
  public static final Timeline<Long> SMIC_HOURLY = Timeline.<Long>named("al.dependants.smicHourly")
      .period("2021-01-01", "2021-09-30", e("10.25"), "Décret 2020-1598 du 16/12/2020")
      .period("2021-10-01", "2021-12-31", e("10.48"), "Arrêté du 27/09/2021")
      .period("2022-01-01", "2022-04-30", e("10.57"), "Décret 2021-1741 du 22/12/2021")
      .period("2022-05-01", "2022-07-31", e("10.85"), "Arrêté du 19/05/2022")
      .period("2022-08-01", "2022-12-31", e("11.07"), "Arrêté du 29/07/2022")
      .period("2023-01-01", "2023-04-30", e("11.27"), "Décret 2022-1608 du 22/12/2022")
      .period("2023-05-01", "2023-12-31", e("11.52"), "Arrêté du 26/04/2023")
      .period("2024-01-01", "2024-10-31", e("11.65"), "Décret du 20/12/2023")
      .period("2024-11-01", "2025-12-31", e("11.88"), "Décret n° 2024-951 du 23/10/2024")
      .period("2026-01-01", "2026-05-31", e("12.02"), "Décret n° 2025-1228 du 17/12/2025")
      .period("2026-06-01", END, e("12.31"), "Arrêté du 22/05/2026" + CARRIED)
      .build();

  private static final List<Timeline<?>> ALL = List.of(RENT_CEILINGS, ROOM_COEFFICIENTS, CHARGES,
      MINIMUM_PARTICIPATION, R0, FAMILY_RATE, RENT_RATE, REFERENCE_RENT, TAPER, FLAT_REDUCTION,
      PAYMENT_THRESHOLDS, CRDS_RATE, RLS_FRACTION, RLS_AMOUNTS, RLS_CEILINGS, STUDENT_FLAT, STUDENT_AGE_LIMIT,
      DOUBLE_ACTIVITY_ALLOWANCE, ABATEMENT_RATE, SALARY_DEDUCTION, PENSION_DEDUCTION, ASPA_CEILING_SINGLE,
      CHILD_ALLOWANCE_COEFFICIENT, BMAF, CHILD_AGE_LIMIT, CHILD_AUTONOMY_RATE, SMIC_HOURLY);

  @Override
  public List<Timeline<?>> timelines() {
    return ALL;
  }
}
