package fr.benefitcalc.al.accession;

import fr.benefitcalc.al.foyer.FoyerCharges;
import fr.benefitcalc.al.foyer.MinimumRentScale;
import fr.benefitcalc.al.parameters.Zoned;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.parameters.ParameterTable;
import fr.benefitcalc.core.parameters.Timeline;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The legal parameters of the aide personnalisée au logement of an accédant à la propriété (CCH D832-10 to
 * D832-18; arrêté du 27 septembre 2019, chapter IV, art. 17 to 26). The ceilings of the mensualité are read at
 * the date of the loan's certificate (its signature, D832-14): their timelines run over signature dates from
 * 1992-07-01; the other parameters over the months of right, 2021-01-01 to 2026-12-31. The ceilings of
 * contracts signed before 2002 are in francs in the arrêté: converted here at 6.55957 F/€, rounded to the cent.
 */
public final class AplAccessionParameters implements ParameterTable {
  private static final String END = "2026-12-31";
  private static final String CARRIED = " — last known value, carried on to 2026-12-31";
  private static final BigDecimal FRANCS_PER_EURO = new BigDecimal("6.55957");
  private static final AplAccessionParameters INSTANCE = new AplAccessionParameters();

  /** Loans signed from this date have the coefficient 2° b) of the dépense nette minimale (arrêté art. 25). */
  public static final LocalDate NET_EXPENSE_RATE_CHANGE = LocalDate.of(1998, 10, 1);

  private AplAccessionParameters() {}

  /** The table. */
  public static AplAccessionParameters table() {
    return INSTANCE;
  }

  private static long e(String euros) {
    return Fixed.euros(euros);
  }

  private static <V> Timeline<V> constant(String name, V value, String source) {
    return Timeline.constant(name, LocalDate.parse("2021-01-01"), LocalDate.parse(END), value, source);
  }

  /** Four amounts "single couple one extra" in francs (or euros), as the arrêté tabulates them. */
  private static AplAccessionCeilings four(String amounts, boolean inFrancs) {
    String[] a = amounts.split(" ");
    long[] v = new long[4];
    for (int i = 0; i < 4; i++) {
      v[i] = inFrancs ? Fixed.of(new BigDecimal(a[i]).divide(FRANCS_PER_EURO, 2, RoundingMode.HALF_UP)) : e(a[i]);
    }
    return new AplAccessionCeilings(v[0], v[1], v[2], v[3]);
  }

  private static AplCeilingTable table(boolean inFrancs, String built1, String other1, String built2, String other2,
      String built3, String other3) {
    return new AplCeilingTable(
        new Zoned<>(four(built1, inFrancs), four(built2, inFrancs), four(built3, inFrancs)),
        new Zoned<>(four(other1, inFrancs), four(other2, inFrancs), four(other3, inFrancs)), Optional.empty());
  }

  private static AplCeilingTable francs(String b1, String o1, String b2, String o2, String b3, String o3) {
    return table(true, b1, o1, b2, o2, b3, o3);
  }

  /** The table with the all-zones ceilings of dwellings improved by their owner-occupier (art. 18 1°, in francs). */
  private static AplCeilingTable withImprovement(AplCeilingTable t, String francs) {
    return new AplCeilingTable(t.built(), t.other(), Optional.of(four(francs, true)));
  }

  private static AplCeilingTable euros(String b1, String o1, String b2, String o2, String b3, String o3) {
    return table(false, b1, o1, b2, o2, b3, o3);
  }

  /**
   * Mensualités plafonds of the prêts aidés par l'État (R832-5 1°, D331-32), by date of signature of the loan
   * (arrêté art. 17: 1° signed after 1992-06-30, 2° after 1994-11-27), zone and operation. Read at a signature date.
   */
  public static final Timeline<AplCeilingTable> PAP_CEILINGS = Timeline.<AplCeilingTable>named("apl.accession.ceilings.pap")
      .period("1992-07-01", "1994-11-27", francs(
          "2085 2515 2945 430", "1678 2025 2372 347",
          "1860 2239 2618 379", "1496 1801 2106 305",
          "1736 2082 2428 346", "1397 1676 1955 279"),
          "Arrêté du 27/09/2019 art. 17 1° a) and b), loans signed after 1992-06-30, in francs converted at 6.55957 F/€ to the cent")
      .period("1994-11-28", END, francs(
          "1840 2220 2600 380", "1481 1787 2093 306",
          "1642 1977 2312 335", "1320 1589 1858 269",
          "1532 1837 2142 305", "1233 1479 1725 246"),
          "Arrêté du 27/09/2019 art. 17 2° a) and b), loans signed after 1994-11-27, in francs converted at 6.55957 F/€ to the cent")
      .build();

  /**
   * Mensualités plafonds of the prêts conventionnés (R832-5 2°, D331-63, D331-64), by date of signature of the
   * loan, zone and operation (arrêté art. 18 2°; tables corrected by the arrêtés du 29/07/2022 and 26/12/2022
   * without change of value), with those of 18 1° for dwellings improved by their owner-occupier with a loan
   * signed after 1992-06-30, which the administration reads as closing on 1994-11-27 (DGALN/DHUP, as recorded by
   * the Catala formalisation, and its example of 14/07/2022). Read at a signature date.
   */
  public static final Timeline<AplCeilingTable> CONVENTIONNE_CEILINGS = Timeline.<AplCeilingTable>named(
      "apl.accession.ceilings.conventionne")
      .period("1992-07-01", "1994-11-27", withImprovement(francs(
          "2085 2515 2945 430", "1678 2025 2372 347",
          "1860 2239 2618 379", "1496 1801 2106 305",
          "1736 2082 2428 346", "1397 1676 1955 279"), "869 971 1073 102"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 1992-07-01 to 1994-11-27, and 18 1° (dwellings improved by their owner-occupier, all zones), in francs converted at 6.55957 F/€ to the cent")
      .period("1994-11-28", "2000-06-30", francs(
          "1981 2390 2799 409", "1595 1925 2255 330",
          "1768 2128 2488 360", "1422 1712 2002 290",
          "1650 1979 2308 329", "1328 1593 1858 265"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 1994-11-28 to 2000-06-30, in francs converted at 6.55957 F/€ to the cent")
      .period("2000-07-01", "2001-06-30", francs(
          "2001 2414 2827 413", "1611 1944 2277 333",
          "1786 2150 2514 364", "1436 1729 2022 293",
          "1667 1999 2331 332", "1341 1609 1877 268"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 2000-07-01 to 2001-06-30, in francs converted at 6.55957 F/€ to the cent")
      .period("2001-07-01", "2001-12-31", francs(
          "2025 2443 2861 418", "1630 1967 2304 337",
          "1807 2175 2543 368", "1453 1750 2047 297",
          "1687 2023 2359 336", "1357 1628 1899 271"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 2001-07-01 to 2001-12-31, in francs converted at 6.55957 F/€ to the cent")
      .period("2002-01-01", "2002-06-30", euros(
          "308.71 372.43 436.15 63.72", "248.49 299.87 351.25 51.38",
          "275.48 331.58 387.68 56.10", "221.51 266.79 312.07 45.28",
          "257.18 308.40 359.62 51.22", "206.87 248.18 289.49 41.31"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 2002-01-01 to 2002-06-30")
      .period("2002-07-01", "2003-06-30", euros(
          "312.41 376.89 441.37 64.48", "251.47 303.47 355.47 52.00",
          "278.79 335.56 392.33 56.77", "224.17 269.99 315.81 45.82",
          "260.27 312.10 363.93 51.83", "209.35 251.16 292.97 41.81"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 2002-07-01 to 2003-06-30")
      .period("2003-07-01", "2005-08-31", euros(
          "316.16 381.41 446.66 65.25", "254.49 307.11 359.73 52.62",
          "282.14 339.59 397.04 57.45", "226.86 273.23 319.60 46.37",
          "263.39 315.84 368.29 52.45", "211.86 254.17 296.48 42.31"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 2003-07-01 to 2005-08-31")
      .period("2005-09-01", "2006-12-31", euros(
          "321.85 388.27 454.69 66.42", "259.07 312.64 366.21 53.57",
          "287.22 345.70 404.18 58.48", "230.94 278.14 325.34 47.20",
          "268.13 321.52 374.91 53.39", "215.67 258.74 301.81 43.07"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 2005-09-01 to 2006-12-31")
      .period("2007-01-01", "2007-12-31", euros(
          "330.86 399.14 467.42 68.28", "266.32 321.39 376.46 55.07",
          "295.26 355.38 415.50 60.12", "237.41 285.93 334.45 48.52",
          "275.64 330.52 385.41 54.88", "221.71 265.98 310.26 44.28"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 2007-01-01 to 2007-12-31")
      .period("2008-01-01", "2008-12-31", euros(
          "339.99 410.16 480.32 70.16", "273.67 330.26 386.85 56.59",
          "303.41 365.19 426.97 61.78", "243.96 293.82 343.68 49.86",
          "283.25 339.64 396.05 56.39", "227.83 273.32 318.82 45.50"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 2008-01-01 to 2008-12-31")
      .period("2009-01-01", "2009-12-31", euros(
          "350.02 422.26 494.49 72.23", "281.74 340.00 398.26 58.26",
          "312.36 375.96 439.57 63.60", "251.16 302.49 353.82 51.33",
          "291.61 349.66 407.73 58.05", "234.55 281.38 328.23 46.84"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 2009-01-01 to 2009-12-31")
      .period("2010-01-01", "2010-12-31", euros(
          "351.14 423.61 496.07 72.46", "282.64 341.09 399.53 58.45",
          "313.36 377.16 440.98 63.80", "251.96 303.46 354.95 51.49",
          "292.54 350.78 409.03 58.24", "235.30 282.28 329.28 46.99"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 2010-01-01 to 2010-12-31")
      .period("2011-01-01", "2011-12-31", euros(
          "355.00 428.27 501.53 73.26", "285.75 344.84 403.92 59.09",
          "316.81 381.31 445.83 64.50", "254.73 306.80 358.85 52.06",
          "295.76 354.64 413.53 58.88", "237.89 285.39 332.90 47.51"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 2011-01-01 to 2011-12-31")
      .period("2012-01-01", "2012-12-31", euros(
          "358.55 432.55 506.55 73.99", "288.61 348.29 407.96 59.68",
          "319.98 385.12 450.29 65.15", "257.28 309.87 362.44 52.58",
          "298.72 358.19 417.67 59.47", "240.27 288.24 336.23 47.99"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 2012-01-01 to 2012-12-31")
      .period("2013-01-01", "2014-09-30", euros(
          "366.26 441.85 517.44 75.58", "294.82 355.78 416.73 60.96",
          "326.86 393.40 459.97 66.55", "262.81 316.53 370.23 53.71",
          "305.14 365.89 426.65 60.75", "245.44 294.44 343.46 49.02"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 2013-01-01 to 2014-09-30")
      .period("2014-10-01", "2015-09-30", euros(
          "368.35 444.37 520.39 76.01", "296.50 357.81 419.11 61.31",
          "328.72 395.64 462.59 66.93", "264.31 318.33 372.34 54.02",
          "306.88 367.98 429.08 61.10", "246.84 296.12 345.42 49.30"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 2014-10-01 to 2015-09-30")
      .period("2015-10-01", "2017-09-30", euros(
          "368.64 444.73 520.81 76.07", "296.74 358.10 419.45 61.36",
          "328.98 395.96 462.96 66.98", "264.52 318.58 372.64 54.06",
          "307.13 368.27 429.42 61.15", "247.04 296.36 345.74 49.34"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 2015-10-01 to 2017-09-30")
      .period("2017-10-01", "2019-09-30", euros(
          "371.40 448.07 524.72 76.64", "298.97 360.79 422.60 61.82",
          "331.45 398.93 466.43 67.48", "266.50 320.97 375.43 54.47",
          "309.43 371.03 432.64 61.61", "248.89 298.58 348.29 49.71"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 2017-10-01 to 2019-09-30")
      .period("2019-10-01", END, euros(
          "372.52 449.41 526.29 76.87", "299.86 361.87 423.86 62.01",
          "332.44 400.13 467.83 67.68", "267.30 321.93 376.56 54.63",
          "310.36 372.15 433.94 61.79", "249.64 299.48 349.34 49.86"),
          "Arrêté du 27/09/2019 art. 18 2°, contracts signed 2019-10-01 to 2026-12-31")
      .build();

  /** Forfait charges C: single or couple without dependant, per dependant (arrêté art. 19; CCH D832-10 4°). */
  public static final Timeline<FoyerCharges> CHARGES = Timeline.<FoyerCharges>named("apl.accession.charges")
      .period("2021-01-01", "2021-09-30", new FoyerCharges(e("53.99"), e("12.24")), "Arrêté du 25/09/2020 (arrêté du 27/09/2019 art. 19), in force since 2020-10-01")
      .period("2021-10-01", "2022-06-30", new FoyerCharges(e("54.22"), e("12.29")), "Arrêté du 23/09/2021 (arrêté du 27/09/2019 art. 19)")
      .period("2022-07-01", "2023-09-30", new FoyerCharges(e("56.12"), e("12.72")), "Arrêté du 16/08/2022 (arrêté du 27/09/2019 art. 19): from 2022-07-01")
      .period("2023-10-01", "2024-09-30", new FoyerCharges(e("58.08"), e("13.17")), "Arrêté du 22/09/2023 (arrêté du 27/09/2019 art. 19)")
      .period("2024-10-01", "2025-09-30", new FoyerCharges(e("59.97"), e("13.60")), "Arrêté du 27/09/2024 (arrêté du 27/09/2019 art. 19)")
      .period("2025-10-01", END, new FoyerCharges(e("60.59"), e("13.74")), "Arrêté du 05/09/2025 (arrêté du 27/09/2019 art. 19), from 2025-10-01" + CARRIED)
      .build();

  /** Forfait charges C of co-owners: single, couple, per dependant (arrêté art. 24 2°; CCH D832-16 2°). */
  public static final Timeline<CoOwnerCharges> CO_OWNER_CHARGES = Timeline.<CoOwnerCharges>named("apl.accession.coOwnerCharges")
      .period("2021-01-01", "2021-09-30", new CoOwnerCharges(e("26.99"), e("53.99"), e("12.24")), "Arrêté du 25/09/2020 (arrêté du 27/09/2019 art. 24 2°), in force since 2020-10-01")
      .period("2021-10-01", "2022-06-30", new CoOwnerCharges(e("27.10"), e("54.22"), e("12.29")), "Arrêté du 23/09/2021 (arrêté du 27/09/2019 art. 24 2°)")
      .period("2022-07-01", "2023-09-30", new CoOwnerCharges(e("28.05"), e("56.12"), e("12.72")), "Arrêté du 16/08/2022 (arrêté du 27/09/2019 art. 24 2°): from 2022-07-01")
      .period("2023-10-01", "2024-09-30", new CoOwnerCharges(e("29.03"), e("58.08"), e("13.17")), "Arrêté du 22/09/2023 (arrêté du 27/09/2019 art. 24 2°)")
      .period("2024-10-01", "2025-09-30", new CoOwnerCharges(e("29.98"), e("59.97"), e("13.60")), "Arrêté du 27/09/2024 (arrêté du 27/09/2019 art. 24 2°)")
      .period("2025-10-01", END, new CoOwnerCharges(e("30.29"), e("60.59"), e("13.74")), "Arrêté du 05/09/2025 (arrêté du 27/09/2019 art. 24 2°), from 2025-10-01" + CARRIED)
      .build();

  /** Co-owners' ceilings: 75 % of those of art. 17 and 18 (arrêté art. 24 1°; CCH D832-16). */
  public static final Timeline<Long> CO_OWNER_CEILING_RATE = constant("apl.accession.coOwnerCeilingRate",
      Fixed.rate("0.75"), "Arrêté du 27/09/2019 art. 24 1°");

  /** Minoration forfaitaire: 5 € (arrêté art. 20; CCH D832-10). */
  public static final Timeline<Long> FLAT_REDUCTION = constant("apl.accession.flatReduction", e("5"),
      "Arrêté du 27/09/2019 art. 20");

  /** Seuil de versement: 10 €, before the CRDS (arrêté art. 21; CCH D832-10, last paragraph). */
  public static final Timeline<Long> PAYMENT_THRESHOLD = constant("apl.accession.paymentThreshold", e("10"),
      "Arrêté du 27/09/2019 art. 21");

  /** Coefficient multiplicateur cm of K: 22 111.33 € (arrêté art. 22; CCH D832-11 3°). */
  public static final Timeline<Long> K_CM = constant("apl.accession.k.cm", e("22111.33"), "Arrêté du 27/09/2019 art. 22");

  /**
   * The scale of the mensualité minimale L0 of D832-15 1°: 20.80 % of the resources up to 5 600.85 € × N,
   * 41.60 % above, divided by twelve (arrêté art. 23, contracts signed after 1992-06-30).
   */
  public static final Timeline<MinimumRentScale> L0_SCALE = constant("apl.accession.l0",
      new MinimumRentScale(new long[] {0, e("5600.85")}, new long[] {Fixed.rate("0.208"), Fixed.rate("0.416")}, 0, false),
      "Arrêté du 27/09/2019 art. 23");

  /** Coefficients of the dépense nette minimale: 0.0172, 0.0226, 0.0234 (arrêté art. 25; CCH D832-17). */
  public static final Timeline<MinimumNetExpenseRates> MINIMUM_NET_EXPENSE_RATES = constant(
      "apl.accession.minimumNetExpenseRates",
      new MinimumNetExpenseRates(Fixed.rate("0.0172"), Fixed.rate("0.0226"), Fixed.rate("0.0234")),
      "Arrêté du 27/09/2019 art. 25");

  /** Coefficient of the mensualités giving the resource floor: 16.25 (arrêté art. 26; CCH D832-18). */
  public static final Timeline<Long> RESOURCE_FLOOR_COEFFICIENT = constant("apl.accession.resourceFloorCoefficient",
      Fixed.rate("16.25"), "Arrêté du 27/09/2019 art. 26");

  private static final List<Timeline<?>> ALL = List.of(PAP_CEILINGS, CONVENTIONNE_CEILINGS, CHARGES,
      CO_OWNER_CHARGES, CO_OWNER_CEILING_RATE, FLAT_REDUCTION, PAYMENT_THRESHOLD, K_CM, L0_SCALE,
      MINIMUM_NET_EXPENSE_RATES, RESOURCE_FLOOR_COEFFICIENT);

  @Override
  public List<Timeline<?>> timelines() {
    return ALL;
  }
}
