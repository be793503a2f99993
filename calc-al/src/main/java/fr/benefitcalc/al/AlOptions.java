package fr.benefitcalc.al;

import fr.benefitcalc.core.rules.BenefitRules;
import java.util.List;
import java.util.Map;

/**
 * The switches of the housing-benefit rules, read from {@link BenefitRules#options()}. Each switch
 * chooses between the reading of the legal text (the default) and OpenFisca-France's reading, where
 * the two differ; {@link AlRuleSets#openfiscaCompatible(BenefitRules)} sets them all to OpenFisca's.
 * The divergences are listed in {@code docs/divergences/al.md}.
 *
 * @param finalRoundingEuroDown {@value #FINAL_ROUNDING}: {@code euro-down} (default; CCH D823-16: the
 *     amount net of CRDS rounded down to the euro, as the Catala formalisation and the agency's
 *     notifications pay it) or {@code cent} (OpenFisca: net of CRDS to the cent)
 * @param roundRentRatio {@value #RENT_RATIO_ROUNDING}: {@code legal} (default; arrêté du 27/09/2019
 *     art. 14: RL to 0.01 %, TL to 0.001 %) or {@code none} (OpenFisca)
 * @param thresholdBeforeTaper {@value #PAYMENT_THRESHOLD}: {@code after-rls} (default; CCH D823-16 last
 *     paragraph: on the last result) or {@code before-taper} (OpenFisca)
 * @param doubleActivityOnMonth {@value #DOUBLE_ACTIVITY}: {@code reference-period} (default; CCH R822-7)
 *     or {@code month} (OpenFisca: taxable salary of M alone)
 * @param rlsForEveryConventionne {@value #RLS_SCOPE}: {@code social-tenant} (default; CCH L442-2-1: social
 *     landlords' tenants) or {@code conventionne} (OpenFisca: every dwelling under an APL agreement)
 * @param pensionDeductionUncapped {@value #PENSION_DEDUCTION}: {@code capped} (default; CGI art. 158 5 a
 *     through CCH R822-4) or {@code uncapped} (OpenFisca)
 * @param unemploymentAbatementFromSecondMonth {@value #UNEMPLOYMENT_ABATEMENT_START}: {@code second-month}
 *     (default; CCH R822-14 al. 2: from the first day of the second month after the change) or
 *     {@code after-m-2} (OpenFisca: unemployed since before the first day of M-2)
 * @param taperExemptDisabledMember {@value #TAPER_EXEMPTION}: {@code aah} (default; CCH D823-16: the
 *     applicant or spouse receives the AAH) or {@code disabled-member} (OpenFisca: a member is disabled)
 * @param foyerKUnrounded {@value #FOYER_K_ROUNDING}: {@code down-2} (default; CCH D832-25 1° a) and 2° a): K
 *     « arrondi à deux décimales par défaut », also for the AL foyer, D842-15 2°) or {@code none} (OpenFisca)
 * @param foyerNoRedevanceCap {@value #FOYER_REDEVANCE_CAP}: {@code applied} (default; CCH D842-15: the AL
 *     foyer « est rapporté au montant de cette redevance ») or {@code absent} (OpenFisca)
 * @param foyerNoMinimumNetExpense {@value #FOYER_MINIMUM_NET_EXPENSE}: {@code applied} (default; CCH D832-27,
 *     D842-17: abatement up to the dépense nette minimale) or {@code absent} (OpenFisca)
 * @param accessionCeilingsOfTheMonth {@value #ACCESSION_CEILING_DATE}: {@code signature} (default; CCH D832-14,
 *     D842-8: the ceilings in force when the loan was signed, the more favourable at entry for a first occupant,
 *     75 % for co-owners) or {@code month} (OpenFisca: the ceilings in force in the month of right, for all)
 * @param accessionFloorOnWholeBase {@value #ACCESSION_RESOURCE_FLOOR}: {@code law} (default; D832-18 only inside
 *     the dépense nette minimale of D832-17; D842-12 by loan purpose and date, 3 900 € for works, with the
 *     exemptions of R822-11, R822-13 to R822-17) or {@code whole-base} (OpenFisca: 16.25 × the mensualité on the
 *     whole resource base of every loan, no exemption)
 * @param aplAccessionAsAl {@value #APL_ACCESSION_FORMULA}: {@code apl} (default; CCH D832-10 to D832-18) or
 *     {@code al} (OpenFisca: an APL loan computed with the AL accession formula, D842-6)
 */
public record AlOptions(boolean finalRoundingEuroDown, boolean roundRentRatio, boolean thresholdBeforeTaper,
    boolean doubleActivityOnMonth, boolean rlsForEveryConventionne, boolean pensionDeductionUncapped,
    boolean unemploymentAbatementFromSecondMonth, boolean taperExemptDisabledMember, boolean foyerKUnrounded,
    boolean foyerNoRedevanceCap, boolean foyerNoMinimumNetExpense, boolean accessionCeilingsOfTheMonth,
    boolean accessionFloorOnWholeBase, boolean aplAccessionAsAl) {

  /** Option name: final rounding. */
  public static final String FINAL_ROUNDING = "al.finalRounding";
  /** Option name: rounding of RL and TL. */
  public static final String RENT_RATIO_ROUNDING = "al.rentRatioRounding";
  /** Option name: place of the payment threshold. */
  public static final String PAYMENT_THRESHOLD = "al.paymentThreshold";
  /** Option name: condition of the double-activity abatement. */
  public static final String DOUBLE_ACTIVITY = "al.doubleActivity";
  /** Option name: dwellings whose tenants get the RLS. */
  public static final String RLS_SCOPE = "al.rlsScope";
  /** Option name: ceiling of the pensions deduction. */
  public static final String PENSION_DEDUCTION = "al.pensionDeduction";
  /** Option name: start of the 30 % abatement of unemployed people. */
  public static final String UNEMPLOYMENT_ABATEMENT_START = "al.unemploymentAbatementStart";
  /** Option name: who escapes the high-rent taper. */
  public static final String TAPER_EXEMPTION = "al.taperExemption";

  /** Option name: rounding of the coefficient K of the foyer formulas. */
  public static final String FOYER_K_ROUNDING = "al.foyer.kRounding";
  /** Option name: the AL foyer capped at the redevance. */
  public static final String FOYER_REDEVANCE_CAP = "al.foyer.redevanceCap";
  /** Option name: the abatement for the dépense nette minimale of the foyer formulas. */
  public static final String FOYER_MINIMUM_NET_EXPENSE = "al.foyer.minimumNetExpense";

  /** Option name: date of the accession ceilings. */
  public static final String ACCESSION_CEILING_DATE = "al.accession.ceilingDate";
  /** Option name: where the accession resource floor applies. */
  public static final String ACCESSION_RESOURCE_FLOOR = "al.accession.resourceFloor";
  /** Option name: the formula of an APL accession loan. */
  public static final String APL_ACCESSION_FORMULA = "al.accession.aplFormula";

  /** Every option with its legal value first and OpenFisca's second. */
  static final String[][] CHOICES = {
      {FINAL_ROUNDING, "euro-down", "cent"},
      {RENT_RATIO_ROUNDING, "legal", "none"},
      {PAYMENT_THRESHOLD, "after-rls", "before-taper"},
      {DOUBLE_ACTIVITY, "reference-period", "month"},
      {RLS_SCOPE, "social-tenant", "conventionne"},
      {PENSION_DEDUCTION, "capped", "uncapped"},
      {UNEMPLOYMENT_ABATEMENT_START, "second-month", "after-m-2"},
      {TAPER_EXEMPTION, "aah", "disabled-member"},
      {FOYER_K_ROUNDING, "down-2", "none"},
      {FOYER_REDEVANCE_CAP, "applied", "absent"},
      {FOYER_MINIMUM_NET_EXPENSE, "applied", "absent"},
      {ACCESSION_CEILING_DATE, "signature", "month"},
      {ACCESSION_RESOURCE_FLOOR, "law", "whole-base"},
      {APL_ACCESSION_FORMULA, "apl", "al"},
  };

  /** The name of every option of the AL rules. */
  public static final List<String> NAMES = List.of(FINAL_ROUNDING, RENT_RATIO_ROUNDING, PAYMENT_THRESHOLD,
      DOUBLE_ACTIVITY, RLS_SCOPE, PENSION_DEDUCTION, UNEMPLOYMENT_ABATEMENT_START, TAPER_EXEMPTION, FOYER_K_ROUNDING,
      FOYER_REDEVANCE_CAP, FOYER_MINIMUM_NET_EXPENSE, ACCESSION_CEILING_DATE, ACCESSION_RESOURCE_FLOOR,
      APL_ACCESSION_FORMULA);

  /**
   * Why {@code value} is refused for the option {@code name} (e.g. {@code "is neither cent nor
   * euro-down"}), or an empty string when it is accepted.
   */
  public static String refusal(String name, String value) {
    try {
      of(BenefitRules.of(fr.benefitcalc.core.time.ReferencePeriod.rolling(-1, -1),
          fr.benefitcalc.core.time.RecalculationSchedule.monthly()).withOption(name, value));
      return "";
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      int q = m.indexOf("' is ");
      return q < 0 ? m : m.substring(q + 2);
    }
  }

  /** The options of a rule set; an unknown value of a known option is an error naming both. */
  public static AlOptions of(BenefitRules rules) {
    Map<String, String> o = rules.options();
    return new AlOptions(
        !choose(o, FINAL_ROUNDING, "euro-down", "cent"),
        !choose(o, RENT_RATIO_ROUNDING, "legal", "none"),
        choose(o, PAYMENT_THRESHOLD, "after-rls", "before-taper"),
        choose(o, DOUBLE_ACTIVITY, "reference-period", "month"),
        choose(o, RLS_SCOPE, "social-tenant", "conventionne"),
        choose(o, PENSION_DEDUCTION, "capped", "uncapped"),
        !choose(o, UNEMPLOYMENT_ABATEMENT_START, "second-month", "after-m-2"),
        choose(o, TAPER_EXEMPTION, "aah", "disabled-member"),
        choose(o, FOYER_K_ROUNDING, "down-2", "none"),
        choose(o, FOYER_REDEVANCE_CAP, "applied", "absent"),
        choose(o, FOYER_MINIMUM_NET_EXPENSE, "applied", "absent"),
        choose(o, ACCESSION_CEILING_DATE, "signature", "month"),
        choose(o, ACCESSION_RESOURCE_FLOOR, "law", "whole-base"),
        choose(o, APL_ACCESSION_FORMULA, "apl", "al"));
  }

  /** False for {@code defaultValue} (or absent), true for {@code otherValue}. */
  private static boolean choose(Map<String, String> options, String name, String defaultValue, String otherValue) {
    String v = options.get(name);
    if (v == null || v.equals(defaultValue)) {
      return false;
    }
    if (v.equals(otherValue)) {
      return true;
    }
    throw new IllegalArgumentException("option " + name + ": '" + v + "' is neither " + defaultValue + " nor " + otherValue);
  }
}
