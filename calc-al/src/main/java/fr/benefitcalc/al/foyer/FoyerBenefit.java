package fr.benefitcalc.al.foyer;

import fr.benefitcalc.al.AlOptions;
import fr.benefitcalc.al.amount.BenefitLabel;
import fr.benefitcalc.al.amount.PaidAmount;
import fr.benefitcalc.al.parameters.MonthParameters;
import fr.benefitcalc.core.household.Foyer;
import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.rules.AmountAndLabel;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.trace.Trace;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The housing benefit of a resident of a logement-foyer, for a month of right M.
 *
 * <pre>
 * APL foyer (CCH D832-24): Af = K × (E − E0)          E = min(équivalence de loyer et de charges, plafond)
 * AL foyer  (CCH D842-15): Af = K × (L + C − L0)      L fixed by category (D842-16), C forfait charges
 * K = 0.95 − max(0, R − r × N) / (cm × N)   (D832-25 1°)   or   K = 0.90 − R / (cm × N)   (2°, and the AL)
 *     rounded down to two decimals, at most 0.95 (0.90)
 * then − 5 €, − the abatement for the dépense nette minimale (D832-27, D842-17), the AL capped at the
 * redevance, the CRDS (net rounded down to the euro, D832-24 / D842-15), the payment threshold (10 €).
 * </pre>
 *
 * APL when the foyer is conventionné and of a kind of R832-20 (1° to 3°); otherwise the AL foyer (ALF with
 * dependants, ALS without). Pure; allocates nothing when the trace is off.
 */
public final class FoyerBenefit {
  private static final long K_MAX_FIRST = Fixed.rate("0.95");
  private static final long K_MAX_SECOND = Fixed.rate("0.90");
  private static final long K_STEP = Fixed.rate("0.01");
  private static final long YOUNG_WORKERS_CONVENTION_LIMIT = LocalDate.of(1990, 9, 30).toEpochDay();
  private static final long SOCIAL_RESIDENCE_CONVENTION_LIMIT = LocalDate.of(1994, 12, 31).toEpochDay();
  private static final String D832_24 = "CCH D832-24";
  private static final String D832_25 = "CCH D832-25";
  private static final String D842_15 = "CCH D842-15";

  private FoyerBenefit() {}

  /** Whether the resident gets the APL foyer: a conventionné foyer of R832-20 1° to 3° (R832-21, R832-22). */
  public static boolean apl(HouseholdFacts household) {
    return household.conventionne() && household.foyerType() != Foyer.Type.OTHER;
  }

  /**
   * Whether the 2° of D832-25 and the second paragraph of D832-26 apply to the APL: a foyer de jeunes
   * travailleurs conventionné after 1990-09-30, or a résidence sociale conventionnée after 1994-12-31.
   */
  public static boolean secondScale(HouseholdFacts household) {
    long d = household.foyerConventionDay();
    if (d == HouseholdFacts.NO_DAY) {
      return false;
    }
    return (household.foyerYoungWorkers() && d > YOUNG_WORKERS_CONVENTION_LIMIT)
        || (household.foyerType() == Foyer.Type.SOCIAL_RESIDENCE && d > SOCIAL_RESIDENCE_CONVENTION_LIMIT);
  }

  /**
   * The amount paid (net of CRDS) and its label, {@link AmountAndLabel}.
   *
   * @param household the resident's household, its dwelling a logement-foyer (its terms and équivalence de loyer)
   * @param r the household's resources R, rounded up to the hundred euros (D832-25 1° b)
   * @param couple the couple scale applies
   * @param n the number of dependants
   */
  public static long evaluate(HouseholdFacts household, long r, boolean couple, int n, int m, BenefitRules rules,
      MonthParameters p, AlOptions o, Trace trace) {
    boolean apl = apl(household);
    boolean second = !apl || secondScale(household);
    long redevance = household.rent(m);
    trace.fact("formule", apl ? "APL foyer" : "AL foyer", apl ? "logement-foyer conventionné (R832-20 à R832-22)"
        : "logement-foyer non conventionné ou hors R832-20", apl ? D832_24 : D842_15);
    trace.fact("bareme_K", second ? "2°" : "1°", "barème du coefficient K et de E0", "CCH D832-25, D832-26");

    long parts = PartsScale.parts(second, couple, n);
    trace.rate("N", parts, "nombre de parts", D832_25);
    KMultipliers cm = rules.parameter(FoyerParameters.K_CM).atMonth(m);
    long k;
    if (second) {
      k = K_MAX_SECOND - Fixed.ratio(r, Fixed.mul(cm.second(), parts));
    } else {
      long rN = Fixed.mul(rules.parameter(FoyerParameters.K_R).atMonth(m), parts);
      // OpenFisca lets R − r × N go negative (K above 0.95); the text caps K at 0.95
      long excess = o.foyerKUnrounded() ? r - rN : Math.max(0, r - rN);
      k = K_MAX_FIRST - Fixed.ratio(excess, Fixed.mul(cm.first(), parts));
    }
    if (!o.foyerKUnrounded()) {
      k = Math.min(Fixed.roundTo(k, K_STEP, RoundingMode.FLOOR), second ? K_MAX_SECOND : K_MAX_FIRST);
    }
    // a negative K (resources beyond the scale) gives no aid
    k = Math.max(0, k);
    trace.rate("K", k, "coefficient de prise en charge, arrondi à deux décimales par défaut, au plus 0,95 (0,90)", D832_25);

    MinimumRentScale scale = rules.parameter(second ? FoyerParameters.E0_SECOND : FoyerParameters.E0_FIRST).atMonth(m);
    long minimum = scale.monthly(r, parts);
    MinimumNetExpense dnm = rules.parameter(FoyerParameters.MINIMUM_NET_EXPENSE).atMonth(m);
    long housingCost;
    long dnmMinimum;
    if (apl) {
      long ceiling = rules.parameter(FoyerParameters.APL_CEILINGS).atMonth(m).zone(household.zone()).of(couple, n);
      housingCost = Math.min(redevance, ceiling);
      dnmMinimum = second ? dnm.aplSecond() : dnm.aplFirst();
      trace.amount("E_plaf", ceiling, "équivalence de loyer et de charges plafond", "arrêté du 27/09/2019 art. 27");
      trace.amount("E", housingCost, "équivalence de loyer et de charges éligible", "CCH D832-24 3°");
      trace.amount("E0", minimum, "équivalence de loyer et de charges minimale", "CCH D832-26; arrêté du 27/09/2019 art. 31");
    } else {
      Foyer.AlCategory category = household.foyerAlCategory();
      long l = alRent(rules, category, m).of(couple);
      FoyerCharges charges = rules.parameter(FoyerParameters.AL_CHARGES).atMonth(m);
      long c = charges.base() + Fixed.times(charges.perDependant(), n);
      housingCost = l + c;
      dnmMinimum = dnm.al();
      trace.fact("categorie", category.key(), "catégorie de résident", "CCH D842-16");
      trace.amount("L", l, "équivalence de loyer", "CCH D842-16; arrêté du 27/09/2019 art. 43");
      trace.amount("C", c, "montant forfaitaire au titre des charges", "CCH D842-15 4°; arrêté du 27/09/2019 art. 40");
      trace.amount("L0", minimum, "loyer minimal", "CCH D842-15 5°, D832-26 al. 2; arrêté du 27/09/2019 art. 31");
    }
    long a0 = Fixed.mul(k, Math.max(0, housingCost - minimum));
    trace.amount("Af", a0, apl ? "aide K × (E − E0)" : "aide K × (L + C − L0)", apl ? D832_24 : D842_15);
    boolean thresholdFirst = o.thresholdBeforeTaper();
    long threshold = thresholdFirst ? PaidAmount.threshold(p, apl) : rules.parameter(FoyerParameters.PAYMENT_THRESHOLD).atMonth(m);
    if (thresholdFirst && a0 < threshold) {
      // OpenFisca: the tenants' thresholds (APL 0 €, AL 10 €) on the formula's result
      a0 = 0;
    }
    long a1 = Math.max(0, a0 - rules.parameter(FoyerParameters.FLAT_REDUCTION).atMonth(m));
    trace.amount("A_minoree", a1, "aide après minoration forfaitaire", apl ? "arrêté du 27/09/2019 art. 28"
        : "arrêté du 27/09/2019 art. 41");
    long a2 = a1;
    if (!o.foyerNoMinimumNetExpense()) {
      long netExpense = housingCost - a1;
      long abatement = netExpense < dnmMinimum ? dnmMinimum - netExpense : 0;
      a2 = Math.max(0, a1 - abatement);
      trace.amount("DNM", dnmMinimum, "dépense nette minimale", apl ? "CCH D832-27; arrêté du 27/09/2019 art. 32"
          : "CCH D842-17; arrêté du 27/09/2019 art. 44");
      trace.amount("A_DNM", a2, "aide après abattement au titre de la dépense nette minimale", apl ? "CCH D832-27" : "CCH D842-17");
    }
    if (!apl && !o.foyerNoRedevanceCap() && a2 > redevance) {
      a2 = redevance;
      trace.amount("A_redevance", a2, "aide rapportée au montant de la redevance", D842_15);
    }
    if (thresholdFirst) {
      threshold = 0;
    }
    long paid;
    if (o.finalRoundingEuroDown()) {
      long crds = PaidAmount.crds(p, a2);
      long rounded = a2 > 0 ? PaidAmount.roundedDownNetPlusCrds(a2, crds) : 0;
      trace.amount("CRDS", crds, "montant représentatif des contributions sociales", apl ? D832_24 : D842_15);
      trace.amount("A_arrondie", rounded, "aide nette de CRDS arrondie à l'euro inférieur, majorée de la CRDS",
          apl ? D832_24 : D842_15);
      paid = rounded >= threshold ? Math.max(0, Fixed.toCent(rounded - crds)) : 0;
    } else {
      paid = a2 >= threshold ? PaidAmount.netToCent(p, a2) : 0;
    }
    if (paid == 0 && a2 > 0) {
      trace.fact("seuil", "non atteint", "montant inférieur au seuil de versement", "arrêté du 27/09/2019 art. 29, 42");
    }
    int label = paid > 0 ? BenefitLabel.code(apl, n) : 0;
    trace.amount("montant", paid, "aide versée, nette de CRDS", apl ? D832_24 : D842_15);
    return AmountAndLabel.of(paid, label);
  }

  /** L of the resident's category (D842-16), single and couple. */
  private static CoupleAmounts alRent(BenefitRules rules, Foyer.AlCategory category, int m) {
    switch (category) {
      case STUDENT_ROOM: return rules.parameter(FoyerParameters.AL_RENT_STUDENT_ROOM).atMonth(m);
      case STUDENT_ROOM_REHABILITATED: return rules.parameter(FoyerParameters.AL_RENT_STUDENT_ROOM_REHABILITATED).atMonth(m);
      case ELDERLY_OR_DISABLED: return rules.parameter(FoyerParameters.AL_RENT_ELDERLY_OR_DISABLED).atMonth(m);
      default: return rules.parameter(FoyerParameters.AL_RENT_OTHER).atMonth(m);
    }
  }
}
