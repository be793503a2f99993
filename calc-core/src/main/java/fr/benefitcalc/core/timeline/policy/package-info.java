/**
 * What the timeline does with a difference found late: regularise it (indu or rappel), or freeze it
 * (droits figés) under thresholds and recovery limits.
 */
package fr.benefitcalc.core.timeline.policy;
