/**
 * The reform comparison: every scenario on the same households and data, with the metrics of each
 * benefit.
 */
package fr.benefitcalc.lab.compare;
