/**
 * The case format (docs/case-format.md): reading cases with errors naming the field and the value,
 * and computing them through the library's calculator.
 */
package fr.benefitcalc.lab.cases;
