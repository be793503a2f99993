/**
 * The household ("foyer"): its members, its dwelling, the benefits it receives, and the error
 * raised for input the rules cannot use.
 */
package fr.benefitcalc.core.household;
