/**
 * The comparison's outputs: the summary table, the HTML report with its charts, the households CSV.
 */
package fr.benefitcalc.lab.report;
