/**
 * The explanation of a calculation: each step with its value, its meaning and its legal article;
 * free when off.
 */
package fr.benefitcalc.core.trace;
