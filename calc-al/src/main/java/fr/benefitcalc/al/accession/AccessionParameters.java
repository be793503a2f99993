package fr.benefitcalc.al.accession;

import fr.benefitcalc.al.foyer.FoyerCharges;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.parameters.ParameterTable;
import fr.benefitcalc.core.parameters.Timeline;
import java.time.LocalDate;
import java.util.List;

/**
 * The legal parameters of the allocation de logement of an accédant à la propriété (CCH D842-6 to D842-12;
 * arrêté du 27 septembre 2019, chapter VI, art. 33 to 39). The ceilings of the mensualité are read at the
 * date of the loan's certificate (its signature, D842-8): their timeline runs over signature dates from
 * 1992-07-01; the other parameters over the months of right, 2021-01-01 to 2026-12-31.
 */
public final class AccessionParameters implements ParameterTable {
  private static final String END = "2026-12-31";
  private static final String CARRIED = " — last known value, carried on to 2026-12-31";
  private static final AccessionParameters INSTANCE = new AccessionParameters();

  private AccessionParameters() {}

  /** The table. */
  public static AccessionParameters table() {
    return INSTANCE;
  }

  private static long e(String euros) {
    return Fixed.euros(euros);
  }

  private static <V> Timeline<V> constant(String name, V value, String source) {
    return Timeline.constant(name, LocalDate.parse("2021-01-01"), LocalDate.parse(END), value, source);
  }

  private static AccessionCeilings a(String single, String couple, String one, String two, String three, String four,
      String five, String extra) {
    return new AccessionCeilings(e(single), e(couple), e(one), e(two), e(three), e(four), e(five), e(extra));
  }

  /**
   * Mensualités plafonds of the AL accession by date of the loan's certificate, zone and composition (arrêté
   * art. 33; CCH D842-6 3°, D842-8). Read at a signature date, not at the month of right.
   */
  public static final Timeline<ZonedAccessionCeilings> AL_CEILINGS = Timeline.<ZonedAccessionCeilings>named(
      "al.accession.ceilings")
      .period("1992-07-01", "1994-06-30", new ZonedAccessionCeilings(a("241.94", "291.63", "313.28", "322.12", "330.97", "339.81", "347.58", "30.18"),
          a("212.36", "260.08", "281.57", "291.48", "301.39", "311.30", "333.41", "29.12"),
          a("199.10", "241.48", "263.13", "274.10", "285.08", "296.06", "318.01", "27.75")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 1992-07-01 (francs converted at 6.55957 F/€, to the cent)")
      .period("1994-07-01", "1997-06-30", new ZonedAccessionCeilings(a("244.53", "294.84", "316.79", "325.78", "334.78", "343.77", "351.39", "30.49"),
          a("214.65", "262.97", "284.62", "294.68", "304.75", "314.81", "337.06", "29.42"),
          a("201.23", "244.07", "266.02", "277.15", "288.28", "299.41", "321.51", "28.05")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 1994-07-01 (francs converted at 6.55957 F/€, to the cent)")
      .period("1997-07-01", "1998-06-30", new ZonedAccessionCeilings(a("248.95", "300.17", "322.58", "331.73", "340.88", "350.02", "357.65", "31.10"),
          a("218.46", "267.70", "289.81", "300.02", "310.23", "320.45", "343.16", "29.88"),
          a("204.89", "248.49", "270.90", "282.18", "293.46", "304.75", "327.31", "28.51")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 1997-07-01 (francs converted at 6.55957 F/€, to the cent)")
      .period("1998-07-01", "1999-06-30", new ZonedAccessionCeilings(a("254.89", "307.34", "330.36", "339.66", "349.11", "358.41", "366.18", "31.86"),
          a("223.64", "274.10", "296.82", "307.18", "317.70", "328.07", "351.39", "30.64"),
          a("209.77", "254.44", "277.46", "288.89", "300.48", "312.06", "335.24", "29.12")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 1998-07-01 (francs converted at 6.55957 F/€, to the cent)")
      .period("1999-07-01", "2000-06-30", new ZonedAccessionCeilings(a("255.20", "307.64", "330.66", "339.96", "349.41", "358.71", "366.49", "31.86"),
          a("223.80", "274.41", "297.12", "307.49", "318.01", "328.38", "351.70", "30.64"),
          a("209.92", "254.74", "277.76", "289.20", "300.78", "312.37", "335.54", "29.12")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 1999-07-01 (francs converted at 6.55957 F/€, to the cent)")
      .period("2000-07-01", "2001-06-30", new ZonedAccessionCeilings(a("257.79", "310.69", "334.02", "343.32", "352.92", "362.37", "370.15", "32.17"),
          a("226.08", "277.15", "300.02", "310.54", "321.21", "331.73", "355.21", "30.95"),
          a("212.06", "257.33", "280.51", "292.09", "303.83", "315.42", "338.89", "29.42")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 2000-07-01 (francs converted at 6.55957 F/€, to the cent)")
      .period("2001-07-01", "2001-12-31", new ZonedAccessionCeilings(a("260.84", "314.35", "337.98", "347.43", "357.19", "366.79", "374.57", "32.62"),
          a("228.83", "280.51", "303.68", "314.20", "325.02", "335.69", "359.47", "31.25"),
          a("214.65", "260.38", "283.86", "295.60", "307.49", "319.23", "343.01", "29.73")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 2001-07-01 (francs converted at 6.55957 F/€, to the cent)")
      .period("2002-01-01", "2002-06-30", new ZonedAccessionCeilings(a("260.84", "314.35", "337.98", "347.43", "357.19", "366.79", "374.57", "32.62"),
          a("228.83", "280.51", "303.68", "314.20", "325.02", "335.69", "359.47", "31.25"),
          a("214.65", "260.38", "283.86", "295.60", "307.49", "319.23", "343.01", "29.73")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 2002-01-01")
      .period("2002-07-01", "2003-06-30", new ZonedAccessionCeilings(a("263.97", "318.12", "342.04", "351.60", "361.48", "371.19", "379.06", "33.01"),
          a("231.58", "283.88", "307.32", "317.97", "328.92", "339.72", "363.78", "31.63"),
          a("217.23", "263.50", "287.27", "299.15", "311.18", "323.06", "347.13", "30.09")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 2002-07-01")
      .period("2003-07-01", "2005-08-31", new ZonedAccessionCeilings(a("267.14", "321.94", "346.14", "355.82", "365.82", "375.64", "383.61", "33.41"),
          a("234.36", "287.29", "311.01", "321.79", "332.87", "343.80", "368.15", "32.01"),
          a("219.84", "266.66", "290.72", "302.74", "314.91", "326.94", "351.30", "30.45")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 2003-07-01")
      .period("2005-09-01", "2006-12-31", new ZonedAccessionCeilings(a("271.95", "327.73", "352.37", "362.22", "372.40", "382.40", "390.51", "34.01"),
          a("238.58", "292.46", "316.61", "327.58", "338.86", "349.99", "374.78", "32.59"),
          a("223.80", "271.46", "295.95", "308.19", "320.58", "332.82", "357.62", "31.00")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 2005-09-01")
      .period("2007-01-01", "2007-12-31", new ZonedAccessionCeilings(a("279.56", "336.91", "362.24", "372.36", "382.83", "393.11", "401.44", "34.96"),
          a("245.26", "300.65", "325.48", "336.75", "348.65", "359.79", "385.27", "33.50"),
          a("230.07", "279.06", "304.24", "316.82", "329.56", "342.14", "367.33", "31.87")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 2007-01-01")
      .period("2008-01-01", "2008-12-31", new ZonedAccessionCeilings(a("287.28", "346.21", "372.24", "382.64", "393.40", "403.96", "412.52", "35.92"),
          a("252.03", "308.95", "334.46", "346.04", "357.96", "369.72", "395.90", "34.42"),
          a("236.42", "286.76", "312.64", "325.56", "338.66", "351.58", "377.78", "32.75")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 2008-01-01")
      .period("2009-01-01", "2009-12-31", new ZonedAccessionCeilings(a("295.75", "356.42", "383.22", "393.93", "405.01", "415.88", "424.69", "36.98"),
          a("259.46", "318.06", "344.33", "356.25", "368.52", "380.63", "407.58", "35.44"),
          a("243.39", "295.22", "321.86", "335.16", "348.65", "361.95", "388.92", "33.72")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 2009-01-01")
      .period("2010-01-01", "2010-12-31", new ZonedAccessionCeilings(a("296.70", "357.56", "384.45", "395.19", "406.31", "417.21", "426.05", "37.10"),
          a("260.29", "319.08", "346.43", "357.39", "369.70", "381.85", "408.88", "35.55"),
          a("244.17", "296.16", "322.89", "336.23", "349.77", "363.11", "390.16", "33.83")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 2010-01-01")
      .period("2011-01-01", "2011-12-31", new ZonedAccessionCeilings(a("299.96", "361.49", "388.68", "399.54", "410.78", "421.80", "430.74", "37.51"),
          a("263.15", "322.59", "349.23", "361.32", "373.77", "386.05", "413.38", "35.94"),
          a("246.86", "299.42", "326.44", "339.93", "353.62", "367.10", "394.45", "34.20")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 2011-01-01")
      .period("2012-01-01", "2012-12-31", new ZonedAccessionCeilings(a("302.96", "365.10", "392.57", "403.54", "414.89", "426.02", "435.05", "37.89"),
          a("265.78", "325.82", "352.72", "364.93", "377.51", "389.91", "417.51", "36.30"),
          a("249.33", "302.41", "329.70", "343.33", "357.16", "370.77", "398.39", "34.54")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 2012-01-01")
      .period("2013-01-01", "2014-09-30", new ZonedAccessionCeilings(a("309.47", "372.95", "401.01", "412.22", "423.81", "435.18", "444.40", "38.70"),
          a("271.49", "332.83", "360.30", "372.78", "385.63", "398.29", "426.49", "37.08"),
          a("254.69", "308.91", "336.79", "350.71", "364.84", "378.74", "406.96", "35.28")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 2013-01-01")
      .period("2014-10-01", "2015-09-30", new ZonedAccessionCeilings(a("311.23", "375.08", "403.30", "414.57", "426.23", "437.66", "446.93", "38.92"),
          a("273.04", "334.73", "362.35", "374.90", "387.83", "400.56", "428.92", "37.29"),
          a("256.14", "310.67", "338.71", "352.71", "366.92", "380.90", "409.28", "35.48")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 2014-10-01")
      .period("2015-10-01", "2017-09-30", new ZonedAccessionCeilings(a("311.48", "375.38", "403.62", "414.90", "426.57", "438.01", "447.29", "38.95"),
          a("273.26", "335.00", "362.64", "375.20", "388.14", "400.88", "429.26", "37.32"),
          a("256.34", "310.92", "338.98", "352.99", "367.21", "381.20", "409.61", "35.51")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 2015-10-01")
      .period("2017-10-01", "2019-09-30", new ZonedAccessionCeilings(a("313.82", "378.20", "406.65", "418.01", "429.77", "441.30", "450.64", "39.24"),
          a("275.31", "337.51", "365.36", "378.01", "391.05", "403.89", "432.48", "37.60"),
          a("258.26", "313.25", "341.52", "355.64", "369.96", "384.06", "412.68", "35.78")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 2017-10-01")
      .period("2019-10-01", END, new ZonedAccessionCeilings(a("314.76", "379.33", "407.87", "419.27", "431.06", "442.62", "452.00", "39.36"),
          a("276.14", "338.53", "366.46", "379.15", "392.22", "405.10", "433.78", "37.71"),
          a("259.04", "314.19", "342.55", "356.70", "371.07", "385.21", "413.92", "35.88")),
          "Arrêté du 27/09/2019 art. 33, certificats datés à partir du 2019-10-01")
      .build();

  /** Forfait charges C of the AL accession: single or couple without dependant, per dependant (arrêté art. 34; CCH D842-6 4°). */
  public static final Timeline<FoyerCharges> AL_CHARGES = Timeline.<FoyerCharges>named("al.accession.charges")
      .period("2021-01-01", "2021-09-30", new FoyerCharges(e("53.99"), e("12.24")), "Arrêté du 25/09/2020 (arrêté du 27/09/2019 art. 34), in force since 2020-10-01")
      .period("2021-10-01", "2022-06-30", new FoyerCharges(e("54.22"), e("12.29")), "Arrêté du 23/09/2021 (arrêté du 27/09/2019 art. 34)")
      .period("2022-07-01", "2023-09-30", new FoyerCharges(e("56.12"), e("12.72")), "Arrêté du 16/08/2022 (arrêté du 27/09/2019 art. 34): +3.5 % from 2022-07-01")
      .period("2023-10-01", "2024-09-30", new FoyerCharges(e("58.08"), e("13.17")), "Arrêté du 22/09/2023, art. 1 (arrêté du 27/09/2019 art. 34)")
      .period("2024-10-01", "2025-09-30", new FoyerCharges(e("59.97"), e("13.60")), "Arrêté du 27/09/2024, art. 1 (arrêté du 27/09/2019 art. 34)")
      .period("2025-10-01", END, new FoyerCharges(e("60.59"), e("13.74")), "Arrêté du 05/09/2025 (arrêté du 27/09/2019 art. 34), from 2025-10-01" + CARRIED)
      .build();

  /** Forfait charges C of co-owners: single, couple, per dependant (arrêté art. 37 2°; CCH D842-10). */
  public static final Timeline<CoOwnerCharges> CO_OWNER_CHARGES = Timeline.<CoOwnerCharges>named("al.accession.coOwnerCharges")
      .period("2021-01-01", "2021-09-30", new CoOwnerCharges(e("26.99"), e("53.99"), e("12.24")), "Arrêté du 25/09/2020 (arrêté du 27/09/2019 art. 37 2°), in force since 2020-10-01")
      .period("2021-10-01", "2022-06-30", new CoOwnerCharges(e("27.10"), e("54.22"), e("12.29")), "Arrêté du 23/09/2021 (arrêté du 27/09/2019 art. 37 2°)")
      .period("2022-07-01", "2023-09-30", new CoOwnerCharges(e("28.05"), e("56.12"), e("12.72")), "Arrêté du 16/08/2022 (arrêté du 27/09/2019 art. 37 2°): from 2022-07-01")
      .period("2023-10-01", "2024-09-30", new CoOwnerCharges(e("29.03"), e("58.08"), e("13.17")), "Arrêté du 22/09/2023 (arrêté du 27/09/2019 art. 37 2°)")
      .period("2024-10-01", "2025-09-30", new CoOwnerCharges(e("29.98"), e("59.97"), e("13.60")), "Arrêté du 27/09/2024 (arrêté du 27/09/2019 art. 37 2°)")
      .period("2025-10-01", END, new CoOwnerCharges(e("30.29"), e("60.59"), e("13.74")), "Arrêté du 05/09/2025 (arrêté du 27/09/2019 art. 37 2°), from 2025-10-01" + CARRIED)
      .build();

  /** Coefficient applied to the ceilings of co-owners: 75 % (arrêté art. 37 1°; CCH D842-10). */
  public static final Timeline<Long> CO_OWNER_CEILING_RATE = constant("al.accession.coOwnerCeilingRate",
      Fixed.rate("0.75"), "Arrêté du 27/09/2019 art. 37 1°");

  /** Minoration forfaitaire: 5 € (arrêté art. 35; CCH D842-6). */
  public static final Timeline<Long> FLAT_REDUCTION = constant("al.accession.flatReduction", e("5"),
      "Arrêté du 27/09/2019 art. 35");

  /** Seuil de versement: 10 €, before the CRDS (arrêté art. 36; CCH D842-6). */
  public static final Timeline<Long> PAYMENT_THRESHOLD = constant("al.accession.paymentThreshold", e("10"),
      "Arrêté du 27/09/2019 art. 36");

  /** Dépense nette minimale: 15 € (arrêté art. 38 1°; CCH D842-11 al. 2). */
  public static final Timeline<Long> MINIMUM_NET_EXPENSE = constant("al.accession.minimumNetExpense", e("15"),
      "Arrêté du 27/09/2019 art. 38 1°");

  /** Coefficient of the resources giving the dépense nette minimale for loans signed from 1999-07-01: 0.0234 (arrêté art. 38 2°; D842-11 al. 3). */
  public static final Timeline<Long> MINIMUM_NET_EXPENSE_RATE = constant("al.accession.minimumNetExpenseRate",
      Fixed.rate("0.0234"), "Arrêté du 27/09/2019 art. 38 2°");

  /** Coefficient of the mensualité giving the resource floor: 16.25 (arrêté art. 39 1°; CCH D842-12 1°). */
  public static final Timeline<Long> RESOURCE_FLOOR_COEFFICIENT = constant("al.accession.resourceFloorCoefficient",
      Fixed.rate("16.25"), "Arrêté du 27/09/2019 art. 39 1°");

  /** Flat resource floor for works loans: 3 900 € (arrêté art. 39 2°; CCH D842-12 2°). */
  public static final Timeline<Long> RESOURCE_FLOOR_FLAT = constant("al.accession.resourceFloorFlat", e("3900"),
      "Arrêté du 27/09/2019 art. 39 2°");

  private static final List<Timeline<?>> ALL = List.of(AL_CEILINGS, AL_CHARGES, CO_OWNER_CHARGES, CO_OWNER_CEILING_RATE, FLAT_REDUCTION,
      PAYMENT_THRESHOLD, MINIMUM_NET_EXPENSE, MINIMUM_NET_EXPENSE_RATE, RESOURCE_FLOOR_COEFFICIENT, RESOURCE_FLOOR_FLAT);

  @Override
  public List<Timeline<?>> timelines() {
    return ALL;
  }
}
