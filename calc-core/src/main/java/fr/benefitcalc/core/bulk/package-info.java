/**
 * The bulk path: a columnar population and the recalculation of a benefit for every household of it
 * without allocating per household; primitive amounts in nano-euros.
 */
package fr.benefitcalc.core.bulk;
