/**
 * Reusable properties of benefits (monotony, bounds, determinism) and the reform-regression helper,
 * each returning the violation as a message naming the household.
 */
package fr.benefitcalc.testkit.properties;
