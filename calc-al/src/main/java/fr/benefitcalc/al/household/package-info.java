/**
 * Who counts in the AL household: the dependants ("personnes à charge", CCH L823-2, R823-*) by age
 * on the month computed.
 */
package fr.benefitcalc.al.household;
