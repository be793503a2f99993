/**
 * The light entry point of benefit-calc: the built-in rule sets ({@link fr.benefitcalc.api.BuiltInRuleSets},
 * {@code law} and the reforms studied) and the one-call calculator
 * ({@link fr.benefitcalc.api.BenefitCalculator}) of the aides au logement, the RSA and the prime
 * d'activité for a household and a month, with the cascade between them, returning Joda-Money amounts,
 * labels and, when asked, the steps of each calculation with their articles. It depends only on the
 * rules (calc-core, calc-al, calc-rsa-pa) and Joda-Money.
 */
package fr.benefitcalc.api;
