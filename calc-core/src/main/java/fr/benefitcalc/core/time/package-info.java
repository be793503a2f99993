/**
 * Months, ranges of months, reference periods ("périodes de référence") and recalculation
 * schedules.
 */
package fr.benefitcalc.core.time;
