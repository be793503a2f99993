/**
 * A regularisation: an overpayment ("indu") or a back-payment ("rappel") with its months, amount
 * and causes.
 */
package fr.benefitcalc.core.timeline.regularisation;
