package fr.benefitcalc.al.resources;

import fr.benefitcalc.al.household.Dependants;
import fr.benefitcalc.al.parameters.MonthParameters;
import fr.benefitcalc.al.parameters.StudentFlatResources;
import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.rules.ReferenceWindows;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.trace.Trace;

/**
 * The household's resources "R" (CCH R822-2 to R822-20, D823-17 4°): the adults' resources, plus each
 * child's resources above 1.25 times the single ASPA ceiling (R822-6), less the double-activity
 * abatement (R822-7); for a student applicant under 28, the flat amount instead (R822-20: "les
 * ressources ... sont réputées égales à un montant forfaitaire"); rounded up to the next 100 €.
 */
public final class HouseholdResources {
  private static final String ARTICLE = "CCH R822-2 to R822-20, D823-17";

  private HouseholdResources() {}

  /** R for month {@code monthIndex}, rounded up to the hundred euros; a student tenant's flat amount. */
  public static long annual(HouseholdFacts household, ResourceView view, int monthIndex, ReferenceWindows windows,
      MonthParameters p, boolean fromSecondMonth, boolean capPensionDeduction, boolean doubleActivityOnMonth,
      Trace trace) {
    return annual(household, view, monthIndex, windows, p, p.studentFlat(), fromSecondMonth, capPensionDeduction,
        doubleActivityOnMonth, trace);
  }

  /**
   * R for month {@code monthIndex}, rounded up to the hundred euros, with {@code studentFlat} the flat amount of a
   * student applicant (the tenants' or, in a logement-foyer, the foyer residents' of arrêté du 27/09/2019 art. 6).
   */
  public static long annual(HouseholdFacts household, ResourceView view, int monthIndex, ReferenceWindows windows,
      MonthParameters p, StudentFlatResources studentFlat, boolean fromSecondMonth, boolean capPensionDeduction,
      boolean doubleActivityOnMonth, Trace trace) {
    if (household.hasAlResourceBase()) {
      long given = Fixed.upToHundredEuros(household.alResourceBaseFixed());
      trace.amount("R", given, "ressources du ménage (données)", ARTICLE);
      return given;
    }
    int applicant = household.applicantIndex();
    if (household.student(applicant) && household.ageAt(applicant, monthIndex) < p.studentAgeLimit()) {
      boolean scholarship = household.scholarship(applicant);
      long flat = Math.max(0, studentFlat.amount() - (scholarship ? studentFlat.scholarshipReduction() : 0));
      long r = Fixed.upToHundredEuros(flat);
      trace.fact("student", scholarship ? "boursier" : "non boursier",
          "demandeur étudiant de moins de 28 ans: ressources forfaitaires", "CCH R822-20; arrêté du 27/09/2019 art. 6");
      trace.amount("R", r, "ressources du ménage (forfait étudiant)", "CCH R822-20, D823-17 4°");
      return r;
    }
    boolean neutralised = AbatementConditions.neutralised(household, view, monthIndex);
    if (neutralised) {
      trace.fact("neutralisation", AbatementConditions.rsaReceivedLastMonth(household, monthIndex)
          ? "RSA perçu en M-1" : "chômage non indemnisé depuis plus de deux mois",
          "revenus d'activité et indemnités de chômage non pris en compte", "CCH R822-15, R822-17");
    }
    long adults = 0;
    long children = 0;
    int earners = 0;
    int couple = 0;
    for (int i = 0; i < household.personCount(); i++) {
      boolean adult = household.isAdult(i);
      boolean activityAbatement = adult && AbatementConditions.activityAbatement(household, view, i, monthIndex, fromSecondMonth);
      boolean unemploymentAbatement = adult && AbatementConditions.unemploymentAbatement(household, view, i, monthIndex);
      long salaries = PersonResources.salaries(view, windows, i);
      long selfEmployed = PersonResources.selfEmployed(view, windows, i);
      long base = PersonResources.annual(view, windows, i, salaries, selfEmployed, p, activityAbatement,
          unemploymentAbatement, adult && neutralised, capPensionDeduction);
      if (trace.enabled()) {
        String id = household.household().persons().get(i).id();
        trace.amount("R." + id, base, "ressources de " + id
            + (activityAbatement ? " (abattement 30 % sur les revenus d'activité)" : "")
            + (unemploymentAbatement ? " (abattement 30 % sur les indemnités de chômage)" : ""),
            "CCH R822-4, R822-13, R822-14");
      }
      if (adult) {
        adults += base;
        couple++;
        if (professionalIncomeAboveBmaf(view, i, monthIndex, p, doubleActivityOnMonth, salaries + selfEmployed)) {
          earners++;
        }
      } else {
        children += Math.max(0, base - p.childAllowance());
      }
    }
    long raw = Math.max(0, adults) + children;
    if (couple == 2 && earners == 2 && !neutralised) {
      raw -= p.doubleActivityAllowance();
      trace.amount("abattement_biactivite", p.doubleActivityAllowance(), "abattement forfaitaire pour double activité",
          "CCH R822-7; arrêté du 27/09/2019 art. 3");
    }
    raw = Math.max(0, raw);
    long r = Fixed.upToHundredEuros(Fixed.toCent(raw));
    trace.amount("R_brut", raw, "ressources avant arrondi", ARTICLE);
    trace.amount("R", r, "ressources du ménage, arrondies à la centaine d'euros supérieure", "CCH D823-17 4°");
    return r;
  }

  /**
   * R822-7: "chacun des deux revenus professionnels ... au moins égal à douze fois la base mensuelle de
   * calcul des allocations familiales": the salaries of the reference period plus the self-employed
   * profits; or (OpenFisca-France) the taxable salary of M alone plus the profits of N.
   */
  static boolean professionalIncomeAboveBmaf(ResourceView view, int person, int monthIndex, MonthParameters p,
      boolean onMonth, long salariesAndProfitsOfThePeriod) {
    long income;
    if (onMonth) {
      income = view.current(person, fr.benefitcalc.core.resources.IncomeCategory.SALARY_TAXABLE, monthIndex)
          + view.annual(person, fr.benefitcalc.core.resources.IncomeCategory.SELF_EMPLOYED_ANNUAL, Months.year(monthIndex));
    } else {
      income = salariesAndProfitsOfThePeriod; // PersonResources.salaries + selfEmployed, read once for both uses
    }
    return income > 0 && income >= Fixed.times(p.bmaf(), 12);
  }
}
