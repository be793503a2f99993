package fr.benefitcalc.al.accession;

import fr.benefitcalc.al.AlOptions;
import fr.benefitcalc.al.amount.BenefitLabel;
import fr.benefitcalc.al.amount.PaidAmount;
import fr.benefitcalc.al.foyer.FoyerCharges;
import fr.benefitcalc.al.foyer.FoyerParameters;
import fr.benefitcalc.al.foyer.KMultipliers;
import fr.benefitcalc.al.foyer.MinimumRentScale;
import fr.benefitcalc.al.foyer.PartsScale;
import fr.benefitcalc.al.parameters.MonthParameters;
import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.household.Loan;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.AmountAndLabel;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.trace.Trace;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The housing benefit of an accédant à la propriété, for a month of right M.
 *
 * <p>Which aid: a PAP, a prêt conventionné or a location-accession contract opens the APL (R832-5, R832-7),
 * any other loan the AL (R842-5). The accession aids closed to new loans: no AL for a loan signed after
 * 2017-12-31 (CCH L841-2 as amended by loi n° 2017-1837 art. 126), no APL either (L831-2), except for a loan
 * signed until 2019-12-31 for an existing ("ancien") dwelling in a commune without strong housing imbalance,
 * which the case format takes as zone 3.
 *
 * <p>APL accession (CCH D832-10 to D832-18; arrêté du 27/09/2019 art. 17 to 26):
 * <pre>
 * K  = 0.95 − R / (cm × N), rounded down to two decimals, at most 0.95           D832-11
 * L  = min(mensualité, plafond at the loan's signature date)                     D832-10 3°, D832-14; art. 17, 18
 * L0 = art. 23 scale (D832-15 1°), or the first scale of D832-26 for works on a dwelling already owned (2°)
 * Af = K × (L + C − L0); − 5 €; − abatement for the dépense nette minimale (D832-17, on resources raised to
 *      16.25 × the mensualité, D832-18); CRDS (net rounded down to the euro); threshold 10 €   D832-10
 * </pre>
 *
 * <p>AL accession (CCH D842-6 to D842-12; arrêté du 27/09/2019 art. 33 to 39):
 * <pre>
 * R  = max(R, floor) rounded up to 100 €        floor 16.25 × mensualité (1° and 3° of R842-5) or 3 900 € (2°) D842-12
 * K  = 0.90 − R / (cm × N), rounded down to two decimals, at most 0.90             D842-6 2°, D832-25 2°
 * L  = min(mensualité, plafond at the loan's certificate date)                       D842-6 3°, D842-8
 * Af = K × (L + C − L0); − 5 €; − abatement for the dépense nette minimale (D842-11); CRDS; threshold 10 €
 * </pre>
 */
public final class AccessionBenefit {
  private static final long K_MAX = Fixed.rate("0.90");
  private static final long K_MAX_APL = Fixed.rate("0.95");
  private static final long K_STEP = Fixed.rate("0.01");
  // the dates as epoch days (LocalDate.toEpochDay), compared with the loan's (HouseholdFacts.loanSignedDay)
  private static final long ACCESSION_CLOSED = LocalDate.of(2017, 12, 31).toEpochDay();
  private static final long APL_EXCEPTION_END = LocalDate.of(2019, 12, 31).toEpochDay();
  private static final long FIRST_CEILINGS = LocalDate.of(1992, 7, 1).toEpochDay();
  private static final long FLOOR_FROM = LocalDate.of(1992, 10, 1).toEpochDay();
  private static final long FLOOR_FIRST_PERIOD_END = LocalDate.of(1994, 9, 30).toEpochDay();
  private static final long NET_EXPENSE_RATE_FROM = LocalDate.of(1999, 7, 1).toEpochDay();
  private static final long NET_EXPENSE_WITH_CHARGES_AFTER = LocalDate.of(1999, 6, 30).toEpochDay();
  private static final long NET_EXPENSE_RATE_CHANGE = AplAccessionParameters.NET_EXPENSE_RATE_CHANGE.toEpochDay();
  private static final String D842_6 = "CCH D842-6";
  private static final String D832_10 = "CCH D832-10";

  private AccessionBenefit() {}

  /** Whether the loan has the accession aid closed to it (signed after 2017-12-31, the APL exception aside). */
  public static boolean closed(HouseholdFacts household) {
    long signed = household.loanSignedDay();
    if (signed <= ACCESSION_CLOSED) {
      return false;
    }
    boolean aplException = household.loanKind().apl() && signed <= APL_EXCEPTION_END && household.zone() == 3
        && existingDwelling(household.loanPurpose());
    return !aplException;
  }

  /**
   * Whether the dwelling is "ancien" for L831-2: it existed as a dwelling before the loan (bought existing,
   * with or without works, or improved by its owner); not a new dwelling nor one enlarged or converted from
   * premises not meant for housing.
   */
  static boolean existingDwelling(Loan.Purpose purpose) {
    return purpose == Loan.Purpose.EXISTING || purpose == Loan.Purpose.EXISTING_IMPROVED
        || purpose == Loan.Purpose.IMPROVEMENT;
  }

  /**
   * The amount paid (net of CRDS) and its label ({@link AmountAndLabel}).
   *
   * @param household the accédant's household: its loan's terms and repayment, its zone
   * @param r the household's resources R before the accession floor, rounded up to the hundred euros
   */
  public static long evaluate(HouseholdFacts household, long r, boolean couple, int n, int m, BenefitRules rules,
      MonthParameters p, AlOptions o, Trace trace) {
    Loan.Kind kind = household.loanKind();
    Loan.Purpose purpose = household.loanPurpose();
    long signed = household.loanSignedDay();
    if (trace.enabled()) { // the description is built only for a recording trace: nothing allocated on the bulk path
      trace.fact("pret", kind.key() + ", signé le " + LocalDate.ofEpochDay(signed) + ", " + purpose.key(),
          "prêt d'accession", kind.apl() ? "CCH R832-5, R832-7" : "CCH R842-5");
    }
    if (closed(household)) {
      trace.fact("aide", "aucune", "prêt signé après le 31/12/2017: aide à l'accession fermée", "CCH L831-2, L841-2");
      return AmountAndLabel.of(0, 0);
    }
    if (kind.apl() && !o.aplAccessionAsAl()) {
      return apl(household, kind, purpose, signed, r, couple, n, m, rules, p, o, trace);
    }
    if (signed < FIRST_CEILINGS) {
      throw new InvalidInputException("housing.loan.signed", LocalDate.ofEpochDay(signed),
          "is before 1992-07-01, the first date of the AL accession ceilings (arrêté du 27/09/2019 art. 33)");
    }
    long payment = household.loanPayment(m);
    trace.amount("mensualite", payment, "mensualité déclarée (charges de prêt)", "CCH D842-7");

    // D842-12: resource floor
    boolean worksOnly = purpose == Loan.Purpose.IMPROVEMENT;
    long floor = 0;
    if (o.accessionFloorOnWholeBase()) {
      // OpenFisca: 16.25 × the mensualité for every loan, whatever its purpose, date or the household's situation
      floor = Fixed.mul(payment, rules.parameter(AccessionParameters.RESOURCE_FLOOR_COEFFICIENT).atMonth(m));
    } else if (!household.loanResourceFloorExempt()) {
      if (!worksOnly && signed >= FLOOR_FROM) {
        floor = Fixed.mul(payment, rules.parameter(AccessionParameters.RESOURCE_FLOOR_COEFFICIENT).atMonth(m));
      } else if (worksOnly && signed > FLOOR_FIRST_PERIOD_END) {
        floor = rules.parameter(AccessionParameters.RESOURCE_FLOOR_FLAT).atMonth(m);
      } else if (worksOnly && signed >= FLOOR_FROM) {
        floor = Fixed.mul(payment, rules.parameter(AccessionParameters.RESOURCE_FLOOR_COEFFICIENT).atMonth(m));
      }
    }
    if (floor > 0 && r < floor) {
      r = o.accessionFloorOnWholeBase() ? floor : Fixed.upToHundredEuros(floor);
      trace.amount("R_plancher", r, "ressources portées au plancher, arrondies à la centaine supérieure", "CCH D842-12");
    }

    long parts = PartsScale.parts(true, couple, n);
    KMultipliers cm = rules.parameter(FoyerParameters.K_CM).atMonth(m);
    // an APL loan here (OpenFisca's reading, al.accession.aplFormula = al): the APL's K of D832-11 on the AL's parts
    long k = kind.apl()
        ? coefficient(K_MAX_APL, r, rules.parameter(AplAccessionParameters.K_CM).atMonth(m), parts, o)
        : coefficient(K_MAX, r, cm.second(), parts, o);
    trace.rate("N", parts, "nombre de parts", "CCH D832-25 2° d)");
    trace.rate("K", k, "coefficient de prise en charge, arrondi à deux décimales par défaut", "CCH D842-6 2°, D832-25 2°");

    long ceiling;
    int zone = household.zone();
    if (o.accessionCeilingsOfTheMonth()) {
      ceiling = ceiling(rules, Months.firstEpochDay(m), zone, couple, n);
    } else {
      ceiling = ceiling(rules, signed, zone, couple, n);
      if (household.loanFirstOccupant()) {
        ceiling = Math.max(ceiling, ceiling(rules, entryDay(household), zone, couple, n));
      }
    }
    long c;
    if (household.loanCoOwners() && !o.accessionCeilingsOfTheMonth()) {
      ceiling = Fixed.mul(ceiling, rules.parameter(AccessionParameters.CO_OWNER_CEILING_RATE).atMonth(m));
      c = rules.parameter(AccessionParameters.CO_OWNER_CHARGES).atMonth(m).of(couple, n);
    } else {
      FoyerCharges charges = rules.parameter(AccessionParameters.AL_CHARGES).atMonth(m);
      c = charges.base() + Fixed.times(charges.perDependant(), n);
    }
    long l = Math.min(payment, ceiling);
    MinimumRentScale scale = rules.parameter(FoyerParameters.E0_SECOND).atMonth(m);
    long l0 = scale.monthly(r, parts);
    trace.amount("L_plaf", ceiling, "mensualité plafond à la date du certificat", "CCH D842-8; arrêté du 27/09/2019 art. 33, 37");
    trace.amount("L", l, "mensualité éligible", "CCH D842-6 3°");
    trace.amount("C", c, "montant forfaitaire au titre des charges", "CCH D842-6 4°; arrêté du 27/09/2019 art. 34, 37");
    trace.amount("L0", l0, "mensualité minimale", "CCH D842-6 5°, D832-26 al. 2");

    long a0 = Fixed.mul(k, Math.max(0, l + c - l0));
    trace.amount("Af", a0, "aide K × (L + C − L0)", D842_6);
    boolean thresholdFirst = o.thresholdBeforeTaper();
    long threshold = thresholdFirst ? PaidAmount.threshold(p, false)
        : rules.parameter(AccessionParameters.PAYMENT_THRESHOLD).atMonth(m);
    if (thresholdFirst && a0 < threshold) {
      a0 = 0;
    }
    long a1 = Math.max(0, a0 - rules.parameter(AccessionParameters.FLAT_REDUCTION).atMonth(m));
    trace.amount("A_minoree", a1, "aide après minoration forfaitaire", "arrêté du 27/09/2019 art. 35");
    long a2 = a1;
    if (!o.foyerNoMinimumNetExpense()) {
      long minimum = !worksOnly && signed >= NET_EXPENSE_RATE_FROM
          ? Fixed.mul(r, rules.parameter(AccessionParameters.MINIMUM_NET_EXPENSE_RATE).atMonth(m))
          : rules.parameter(AccessionParameters.MINIMUM_NET_EXPENSE).atMonth(m);
      a2 = afterMinimumNetExpense(a1, payment + c, minimum);
      trace.amount("DNM", minimum, "dépense nette minimale", "CCH D842-11; arrêté du 27/09/2019 art. 38");
      trace.amount("A_DNM", a2, "aide après abattement au titre de la dépense nette minimale", "CCH D842-11");
    }
    return paid(a2, thresholdFirst ? 0 : threshold, kind.apl(), n, p, o, D842_6, trace);
  }

  /** The AL's mensualité plafond in force on the epoch day {@code day}. */
  private static long ceiling(BenefitRules rules, long day, int zone, boolean couple, int n) {
    return rules.parameter(AccessionParameters.AL_CEILINGS).atEpochDay(day).zone(zone).of(couple, n);
  }

  /** The day a first occupant moved in (required with {@code firstOccupant}, as {@link Loan} checks). */
  private static long entryDay(HouseholdFacts household) {
    long day = household.loanEntryDay();
    if (day == HouseholdFacts.NO_DAY) {
      throw new java.util.NoSuchElementException("No value present"); // Optional.orElseThrow's error
    }
    return day;
  }

  /**
   * The APL accession (CCH D832-10 to D832-18; arrêté du 27/09/2019 art. 17 to 26).
   *
   * @param r the household's resources R, rounded up to the hundred euros (D832-11 2°)
   */
  private static long apl(HouseholdFacts household, Loan.Kind kind, Loan.Purpose purpose, long signed, long r,
      boolean couple, int n, int m, BenefitRules rules, MonthParameters p, AlOptions o, Trace trace) {
    if (signed < FIRST_CEILINGS) {
      throw new InvalidInputException("housing.loan.signed", LocalDate.ofEpochDay(signed),
          "is before 1992-07-01, the first date of the APL accession ceilings (arrêté du 27/09/2019 art. 17, 18)");
    }
    boolean improvement = purpose == Loan.Purpose.IMPROVEMENT;
    long payment = household.loanPayment(m);
    trace.amount("mensualite", payment, "mensualité déclarée (charges de prêt ou redevance de location-accession)",
        "CCH D832-12");
    long floorCoefficient = rules.parameter(AplAccessionParameters.RESOURCE_FLOOR_COEFFICIENT).atMonth(m);
    if (o.accessionFloorOnWholeBase() && r < Fixed.mul(payment, floorCoefficient)) {
      // OpenFisca: the floor of D832-18 on the whole resource base, with no exemption
      r = Fixed.upToHundredEuros(Fixed.mul(payment, floorCoefficient));
      trace.amount("R_plancher", r, "ressources portées au plancher (lecture OpenFisca)", "CCH D832-18");
    }

    long parts = PartsScale.parts(false, couple, n);
    long k = coefficient(K_MAX_APL, r, rules.parameter(AplAccessionParameters.K_CM).atMonth(m), parts, o);
    trace.rate("N", parts, "nombre de parts", "CCH D832-11 4°");
    trace.rate("K", k, "coefficient de prise en charge, arrondi à deux décimales par défaut, au plus 0,95",
        "CCH D832-11; arrêté du 27/09/2019 art. 22");

    int zone = household.zone();
    long ceiling = aplCeiling(rules, kind, purpose, o.accessionCeilingsOfTheMonth() ? Months.firstEpochDay(m) : signed,
        zone, couple, n);
    if (household.loanFirstOccupant() && !o.accessionCeilingsOfTheMonth()) {
      ceiling = Math.max(ceiling, aplCeiling(rules, kind, purpose, entryDay(household), zone, couple, n));
    }
    long c;
    if (household.loanCoOwners() && !o.accessionCeilingsOfTheMonth()) {
      ceiling = Fixed.mul(ceiling, rules.parameter(AplAccessionParameters.CO_OWNER_CEILING_RATE).atMonth(m));
      c = rules.parameter(AplAccessionParameters.CO_OWNER_CHARGES).atMonth(m).of(couple, n);
    } else {
      FoyerCharges charges = rules.parameter(AplAccessionParameters.CHARGES).atMonth(m);
      c = charges.base() + Fixed.times(charges.perDependant(), n);
    }
    long l = Math.min(payment, ceiling);
    // D832-15: 1° the art. 23 scale; 2° works on a dwelling already owned: the first paragraph of D832-26
    long l0 = improvement ? rules.parameter(FoyerParameters.E0_FIRST).atMonth(m).monthly(r, parts)
        : rules.parameter(AplAccessionParameters.L0_SCALE).atMonth(m).monthly(r, parts);
    trace.amount("L_plaf", ceiling, "mensualité plafond à la date de signature du prêt",
        "CCH D832-10 3°, D832-14, D832-16; arrêté du 27/09/2019 art. 17, 18, 24");
    trace.amount("L", l, "mensualité éligible", "CCH D832-10 3°");
    trace.amount("C", c, "montant forfaitaire au titre des charges", "CCH D832-10 4°; arrêté du 27/09/2019 art. 19, 24");
    trace.amount("L0", l0, "mensualité minimale", improvement ? "CCH D832-15 2°, D832-26 al. 1"
        : "CCH D832-15 1°; arrêté du 27/09/2019 art. 23");

    long a0 = Fixed.mul(k, Math.max(0, l + c - l0));
    trace.amount("Af", a0, "aide K × (L + C − L0)", D832_10);
    boolean thresholdFirst = o.thresholdBeforeTaper();
    long threshold = thresholdFirst ? PaidAmount.threshold(p, true)
        : rules.parameter(AplAccessionParameters.PAYMENT_THRESHOLD).atMonth(m);
    if (thresholdFirst && a0 < threshold) {
      a0 = 0;
    }
    long a1 = Math.max(0, a0 - rules.parameter(AplAccessionParameters.FLAT_REDUCTION).atMonth(m));
    trace.amount("A_minoree", a1, "aide après minoration forfaitaire", "arrêté du 27/09/2019 art. 20");
    long a2 = a1;
    if (!o.foyerNoMinimumNetExpense()) {
      // D832-17 last paragraph: the resources of D832-18 (at least 16.25 × the mensualité), rounded up
      long rd = r;
      if (!household.loanResourceFloorExempt() && !o.accessionFloorOnWholeBase()) {
        long floor = Fixed.mul(payment, floorCoefficient);
        if (rd < floor) {
          rd = Fixed.upToHundredEuros(floor);
          trace.amount("R_plancher", rd, "ressources réputées égales à 16,25 fois la mensualité, arrondies à la "
              + "centaine supérieure (dépense nette minimale)", "CCH D832-18, D832-17; arrêté du 27/09/2019 art. 26");
        }
      }
      MinimumNetExpenseRates rates = rules.parameter(AplAccessionParameters.MINIMUM_NET_EXPENSE_RATES).atMonth(m);
      long rate = improvement ? rates.improvedByOwner()
          : signed < NET_EXPENSE_RATE_CHANGE ? rates.before() : rates.since();
      long minimum = Fixed.mul(rd, rate);
      // D832-17: the mensualité plus C for contracts signed after 1999-06-30, the mensualité alone before
      long expense = signed > NET_EXPENSE_WITH_CHARGES_AFTER ? payment + c : payment;
      a2 = afterMinimumNetExpense(a1, expense, minimum);
      trace.amount("DNM", minimum, "dépense nette minimale", "CCH D832-17; arrêté du 27/09/2019 art. 25");
      trace.amount("A_DNM", a2, "aide après abattement au titre de la dépense nette minimale", "CCH D832-17");
    }
    return paid(a2, thresholdFirst ? 0 : threshold, true, n, p, o, D832_10, trace);
  }

  /**
   * The mensualité plafond of the APL on the epoch day {@code day}: art. 17 for a prêt aidé par l'État, art. 18 for a prêt
   * conventionné and (reading) a location-accession contract, whose vendor's loan (PSLA) is a prêt conventionné;
   * column a) for a new dwelling, b) otherwise; the all-zones ceiling of art. 18 1° for works on a dwelling
   * already owned financed by a loan signed until 1994-11-27.
   */
  private static long aplCeiling(BenefitRules rules, Loan.Kind kind, Loan.Purpose purpose, long day, int zone,
      boolean couple, int n) {
    AplCeilingTable table = rules.parameter(kind == Loan.Kind.PAP ? AplAccessionParameters.PAP_CEILINGS
        : AplAccessionParameters.CONVENTIONNE_CEILINGS).atEpochDay(day);
    return table.of(zone, purpose == Loan.Purpose.NEW, purpose == Loan.Purpose.IMPROVEMENT).of(couple, n);
  }

  /** K = kMax − R / (cm × N), rounded down to two decimals and at most kMax (unless the option says otherwise), ≥ 0. */
  private static long coefficient(long kMax, long r, long cm, long parts, AlOptions o) {
    long k = kMax - Fixed.ratio(r, Fixed.mul(cm, parts));
    if (!o.foyerKUnrounded()) {
      k = Math.min(Fixed.roundTo(k, K_STEP, RoundingMode.FLOOR), kMax);
    }
    return Math.max(0, k);
  }

  /** The aid {@code a1} less the abatement bringing the net expense ({@code expense} − aid) up to {@code minimum}. */
  private static long afterMinimumNetExpense(long a1, long expense, long minimum) {
    long netExpense = expense - a1;
    return netExpense < minimum ? Math.max(0, a1 - (minimum - netExpense)) : a1;
  }

  /** The amount paid, net of CRDS (rounded down to the euro by default), 0 under the threshold; with its label. */
  private static long paid(long a2, long threshold, boolean apl, int n, MonthParameters p, AlOptions o, String article,
      Trace trace) {
    long paid;
    if (o.finalRoundingEuroDown()) {
      long crds = PaidAmount.crds(p, a2);
      long rounded = a2 > 0 ? PaidAmount.roundedDownNetPlusCrds(a2, crds) : 0;
      trace.amount("CRDS", crds, "montant représentatif des contributions sociales", article);
      trace.amount("A_arrondie", rounded, "aide nette de CRDS arrondie à l'euro inférieur, majorée de la CRDS", article);
      paid = rounded >= threshold ? Math.max(0, Fixed.toCent(rounded - crds)) : 0;
    } else {
      paid = a2 >= threshold ? PaidAmount.netToCent(p, a2) : 0;
    }
    if (paid == 0 && a2 > 0) {
      trace.fact("seuil", "non atteint", "montant inférieur au seuil de versement", article);
    }
    int label = paid > 0 ? BenefitLabel.code(apl, n) : 0;
    trace.amount("montant", paid, "aide versée, nette de CRDS", article);
    return AmountAndLabel.of(paid, label);
  }
}
