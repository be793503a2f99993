/**
 * The scenarios of the comparison: the built-in S0..S9 of the inspection report and the scenario
 * files.
 */
package fr.benefitcalc.lab.scenario;
