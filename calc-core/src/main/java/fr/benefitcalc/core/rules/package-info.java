/**
 * Rules and rule sets: the benefit rule interface, a rule set ("jeu de règles") giving per benefit
 * its reference periods, schedule, parameter overrides, options and regularisation policy, and a
 * result.
 */
package fr.benefitcalc.core.rules;
