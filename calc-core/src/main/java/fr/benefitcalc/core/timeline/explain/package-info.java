/**
 * Why an amount paid changed: the causes (a late value, a correction, a revaluation, a change of
 * situation) attributed to each change.
 */
package fr.benefitcalc.core.timeline.explain;
