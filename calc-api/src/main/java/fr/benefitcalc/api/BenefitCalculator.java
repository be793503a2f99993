package fr.benefitcalc.api;

import fr.benefitcalc.al.HousingBenefit;
import fr.benefitcalc.core.errors.BenefitCalcException;
import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.parameters.ParameterOutOfRangeException;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.IncomeConcept;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitResult;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.trace.RecordingTrace;
import fr.benefitcalc.core.trace.Trace;
import fr.benefitcalc.rsapa.pa.ActivityBonus;
import fr.benefitcalc.rsapa.rsa.Rsa;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one-call calculator: every benefit asked, for a household and a month, under a rule set
 * ({@code law} unless told otherwise), with the cascade between benefits done for the caller.
 *
 * <pre>{@code
 * Calculation c = BenefitCalculator.create().compute(household, YearMonth.of(2025, 1));
 * c.amount(Benefit.AL);   // EUR 59.44
 * c.label(Benefit.AL);    // ALS
 * }</pre>
 *
 * <p>The cascade. The RSA and the prime d'activité count the AL received as a flat housing amount
 * ("forfait logement", CASF R262-9, CSS R843-3): when the household does not give the AL it receives
 * ({@link Household#benefitsReceived()}), the AL of each month they may read (M-4..M) is computed
 * here and given to them. The AL neutralises the resources of a household that received the RSA in
 * M-1 (CCH R822-17): when the household does not give the RSA it receives, the RSA of the twelve
 * months before M is computed month by month (each with the AL of its own month; a month before the
 * legal parameters counts as no RSA). A household without a dwelling gets no AL.
 *
 * <p>Checks, each an error naming the household, the field and the value
 * ({@link BenefitCalcException}): the rule set's options, parameters and periods
 * ({@link RuleSetCheck}); a person born after the month; a benefit that reads an income concept
 * (net taxable for the AL, net received for the RSA / PA, or the one the rule set's
 * {@value IncomeConcept#OPTION} option chooses) that the household does not give while it gives the
 * other one for the same income (e.g. only {@code salaryNet} for the AL): it is never taken as 0.
 *
 * <p>Immutable and thread-safe.
 */
public final class BenefitCalculator {
  /** Months before M whose AL the RSA / PA may read (the M-4..M-2 window). */
  private static final int AL_MONTHS_BACK = 4;
  /** Months before M whose RSA is computed for the AL's neutralisation when not given. */
  private static final int RSA_MONTHS_BACK = 12;
  private static final Map<Benefit, BenefitRule> RULES = rules();

  private final RuleSet ruleSet;
  private final boolean traced;

  private BenefitCalculator(RuleSet ruleSet, boolean traced) {
    this.ruleSet = RuleSetCheck.check(Objects.requireNonNull(ruleSet, "ruleSet"));
    this.traced = traced;
  }

  /** A calculator of the legislation in force ({@link BuiltInRuleSets#law()}), untraced. */
  public static BenefitCalculator create() {
    return new BenefitCalculator(BuiltInRuleSets.law(), false);
  }

  /**
   * A calculator of {@code ruleSet} (a built-in one, or one built from them with other periods,
   * schedules, options or parameters), untraced.
   *
   * @throws BenefitCalcException when the rule set has an unknown option, option value or parameter
   */
  public static BenefitCalculator of(RuleSet ruleSet) {
    return new BenefitCalculator(ruleSet, false);
  }

  /** The same calculator on the built-in rule set named {@code name} (see {@link BuiltInRuleSets}). */
  public BenefitCalculator withRuleSet(String name) {
    return new BenefitCalculator(BuiltInRuleSets.named(name), traced);
  }

  /** The same calculator on {@code other}, checked as by {@link #of(RuleSet)}. */
  public BenefitCalculator withRuleSet(RuleSet other) {
    return new BenefitCalculator(other, traced);
  }

  /** The same calculator recording every step of each amount asked, with its article. */
  public BenefitCalculator traced() {
    return new BenefitCalculator(ruleSet, true);
  }

  /** The rule set applied. */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** The built-in rule of {@code benefit}: one implementation, shared by every path. */
  public static BenefitRule rule(Benefit benefit) {
    return RULES.get(benefit);
  }

  /** Every benefit the rule set defines, for {@code household} in {@code month}. */
  public Calculation compute(Household household, YearMonth month) {
    return compute(household, month, ruleSet.benefits().keySet());
  }

  /** The benefits asked, for {@code household} in {@code month}. */
  public Calculation compute(Household household, YearMonth month, Benefit first, Benefit... more) {
    return compute(household, month, EnumSet.of(first, more));
  }

  /**
   * The benefits asked, for {@code household} in {@code month} (the month of right, taken as a month
   * of recalculation), on the household's final resources.
   *
   * @throws BenefitCalcException naming the household, the field and the value, for bad input or a
   *     month the legal parameters do not cover
   */
  public Calculation compute(Household household, YearMonth month, Set<Benefit> benefits) {
    Objects.requireNonNull(household, "household");
    Objects.requireNonNull(month, "month");
    if (benefits.isEmpty()) {
      throw new BenefitCalcException(household.id(), "benefits", "[]", "must name at least one benefit", null);
    }
    try {
      return doCompute(household, month, EnumSet.copyOf(benefits));
    } catch (RuntimeException e) {
      throw BenefitCalcException.inHousehold(household.id(), e);
    }
  }

  private Calculation doCompute(Household household, YearMonth month, EnumSet<Benefit> benefits) {
    for (Benefit b : benefits) {
      if (!ruleSet.defines(b)) {
        throw new BenefitCalcException(household.id(), "benefits", b, "is not defined by rule set " + ruleSet.name(), null);
      }
    }
    checkPersons(household, month);
    ResourceView resources = household.resources().finalView();
    boolean hasDwelling = household.housing().isPresent();
    boolean alForRsaPa = (benefits.contains(Benefit.RSA) || benefits.contains(Benefit.PA))
        && !household.receives(ReceivedBenefit.AL) && hasDwelling && ruleSet.defines(Benefit.AL);
    boolean alComputed = benefits.contains(Benefit.AL) || alForRsaPa;
    boolean rsaForAl = alComputed && !household.receives(ReceivedBenefit.RSA) && ruleSet.defines(Benefit.RSA);
    EnumSet<Benefit> read = EnumSet.copyOf(benefits);
    if (alComputed) {
      read.add(Benefit.AL);
    }
    if (rsaForAl) {
      read.add(Benefit.RSA);
    }
    for (Benefit b : read) {
      RuleSetCheck.checkPeriodsAt(ruleSet, b, month);
      checkIncomeConcepts(household, b);
    }
    Household h = household;
    if (!hasDwelling && !household.receives(ReceivedBenefit.AL)) {
      h = h.withReceived(ReceivedBenefit.AL, MonthlyAmounts.none()); // no dwelling, no AL
    }
    if (rsaForAl) {
      h = h.withReceived(ReceivedBenefit.RSA, rsaOfMonthsBefore(h, resources, month));
    }
    if (alForRsaPa) {
      h = h.withReceived(ReceivedBenefit.AL, alOfMonthsRead(h, resources, month));
    }
    Map<Benefit, Calculation.Amount> out = new EnumMap<>(Benefit.class);
    for (Benefit b : benefits) {
      Trace trace = traced ? Trace.recording() : Trace.off();
      BenefitResult r = RULES.get(b).compute(h, resources, month, ruleSet, trace);
      out.put(b, new Calculation.Amount(b, r.amount(), r.label(),
          trace instanceof RecordingTrace rt ? rt.steps() : List.of()));
    }
    return new Calculation(household.id(), month, ruleSet.name(), out);
  }

  private static void checkPersons(Household household, YearMonth month) {
    List<Person> persons = household.persons();
    for (int i = 0; i < persons.size(); i++) {
      if (persons.get(i).birthDate().isAfter(month.atEndOfMonth())) {
        throw new InvalidInputException(household.id(), "household.persons[" + i + "].birthDate", persons.get(i).birthDate(),
            "is after the month computed (" + month + "): the person is not yet born");
      }
    }
  }

  /** The pairs of categories that are one income under its two concepts: (net taxable, net received). */
  private static final IncomeCategory[][] CONCEPT_PAIRS = {
      {IncomeCategory.SALARY_TAXABLE, IncomeCategory.SALARY_NET},
      {IncomeCategory.UNEMPLOYMENT_TAXABLE, IncomeCategory.UNEMPLOYMENT_NET},
      {IncomeCategory.PENSION_TAXABLE, IncomeCategory.PENSION_NET}};

  /**
   * A benefit that reads one concept of an income the household gives only under the other concept
   * would count it as 0: refused, naming the person and the missing concept.
   */
  private void checkIncomeConcepts(Household household, Benefit benefit) {
    IncomeConcept legal = benefit == Benefit.AL ? IncomeConcept.TAXABLE : IncomeConcept.NET;
    IncomeConcept read = IncomeConcept.of(ruleSet.rules(benefit), legal);
    ResourceHistory r = household.resources();
    for (int p = 0; p < household.persons().size(); p++) {
      for (IncomeCategory[] pair : CONCEPT_PAIRS) {
        IncomeCategory wanted = read == IncomeConcept.TAXABLE ? pair[0] : pair[1];
        IncomeCategory other = read == IncomeConcept.TAXABLE ? pair[1] : pair[0];
        if (!given(r, p, wanted) && given(r, p, other)) {
          throw new InvalidInputException(household.id(), "household.persons[" + p + "].incomes." + wanted.key(), "absent",
              "is required: the " + benefit + " rules read " + (read == IncomeConcept.TAXABLE ? "net taxable" : "net received")
              + " amounts and person " + household.persons().get(p).id() + " has only " + other.key()
              + " (give both concepts; a missing one is never taken as 0)");
        }
      }
    }
  }

  private static boolean given(ResourceHistory r, int person, IncomeCategory category) {
    return r.constant(person, category) != 0 || r.firstValueMonth(person, category) != Integer.MAX_VALUE;
  }

  /** The RSA of M-12..M-1 as the household would have received it (see the class comment). */
  private MonthlyAmounts rsaOfMonthsBefore(Household household, ResourceView resources, YearMonth month) {
    Map<YearMonth, Long> rsa = new TreeMap<>();
    for (int k = RSA_MONTHS_BACK; k >= 1; k--) {
      YearMonth m = month.minusMonths(k);
      long amount;
      try {
        Household withRsa = household.withReceived(ReceivedBenefit.RSA, MonthlyAmounts.byMonthNanoEuros(rsa));
        long al = RULES.get(Benefit.AL).compute(withRsa, resources, m, ruleSet, Trace.off()).amountFixed();
        Household withAl = household.receives(ReceivedBenefit.AL) ? household
            : household.withReceived(ReceivedBenefit.AL, MonthlyAmounts.byMonthNanoEuros(Map.of(m, al)));
        amount = RULES.get(Benefit.RSA).compute(withAl, resources, m, ruleSet, Trace.off()).amountFixed();
      } catch (ParameterOutOfRangeException e) {
        amount = 0; // before the legal parameters: counted as no RSA
      }
      rsa.put(m, amount);
    }
    return MonthlyAmounts.byMonthNanoEuros(rsa);
  }

  /** The AL of M-4..M, which the RSA / PA read as the AL received. */
  private MonthlyAmounts alOfMonthsRead(Household household, ResourceView resources, YearMonth month) {
    Map<YearMonth, Long> al = new TreeMap<>();
    for (int k = AL_MONTHS_BACK; k >= 0; k--) {
      YearMonth m = month.minusMonths(k);
      al.put(m, RULES.get(Benefit.AL).compute(household, resources, m, ruleSet, Trace.off()).amountFixed());
    }
    return MonthlyAmounts.byMonthNanoEuros(al);
  }

  private static Map<Benefit, BenefitRule> rules() {
    Map<Benefit, BenefitRule> m = new EnumMap<>(Benefit.class);
    m.put(Benefit.AL, new HousingBenefit());
    m.put(Benefit.RSA, new Rsa());
    m.put(Benefit.PA, new ActivityBonus());
    return m;
  }
}
