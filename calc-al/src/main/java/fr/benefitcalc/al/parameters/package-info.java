/**
 * The AL's legal parameters (arrêté du 27 septembre 2019 and its revaluations), each a dated {@code
 * Timeline} with its source, and their values for one month.
 */
package fr.benefitcalc.al.parameters;
