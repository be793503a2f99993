/**
 * The names the command line knows: the library's built-in rule sets and the comparison's
 * scenarios.
 */
package fr.benefitcalc.lab.catalog;
