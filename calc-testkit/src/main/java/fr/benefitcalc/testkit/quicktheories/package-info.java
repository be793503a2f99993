/**
 * QuickTheories adapters of the generators, with integrated shrinking.
 */
package fr.benefitcalc.testkit.quicktheories;
