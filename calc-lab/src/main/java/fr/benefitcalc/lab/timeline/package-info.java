/**
 * The timeline file (docs/timeline-format.md): one household's situations and late data, its rule
 * set, and the decisions replayed.
 */
package fr.benefitcalc.lab.timeline;
