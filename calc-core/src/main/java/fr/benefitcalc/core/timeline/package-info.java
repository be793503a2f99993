/**
 * The decision timeline: how the agency decides a benefit over months when data arrive late and get
 * corrected (decisions, payments, indus and rappels, droits figés), with money conserved to the
 * cent.
 */
package fr.benefitcalc.core.timeline;
