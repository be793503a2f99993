/**
 * The command line {@code benefit-calc}: {@code evaluate}, {@code rulesets}, {@code timeline},
 * {@code compare}.
 */
package fr.benefitcalc.lab.cli;
