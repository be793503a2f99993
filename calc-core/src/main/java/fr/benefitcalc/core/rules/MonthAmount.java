package fr.benefitcalc.core.rules;

import fr.benefitcalc.core.household.HouseholdFacts;
import fr.benefitcalc.core.resources.ResourceView;
import fr.benefitcalc.core.trace.Trace;

/**
 * A rule's amount of one month under one rule set, for household after household (the bulk path):
 * what depends only on the rule set and the month — its options, the legal parameters of the month and
 * of the months it reads — looked up once, by {@link BenefitRule#ofMonth}, instead of once per
 * household. It runs the rule's one formula: its amount is the rule's
 * {@link BenefitRule#amount(HouseholdFacts, ResourceView, int, RuleSet, Trace)} for that month and
 * rule set. Thread-safe; allocates nothing when the trace is off.
 */
@FunctionalInterface
public interface MonthAmount {
  /**
   * The amount (nano-euros, whole cents) of the household for the month and rule set this was made
   * for.
   */
  long amount(HouseholdFacts household, ResourceView resources, Trace trace);
}
