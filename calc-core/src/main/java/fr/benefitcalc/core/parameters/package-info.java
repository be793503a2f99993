/**
 * Effective-dated legal parameters: a {@link fr.benefitcalc.core.parameters.Timeline} is a step
 * function of dates, each value with its validity and its source; a date it does not cover is an
 * error.
 */
package fr.benefitcalc.core.parameters;
