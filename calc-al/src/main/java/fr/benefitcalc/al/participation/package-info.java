/**
 * The personal participation of the household ("participation personnelle", CCH D823-17): the
 * minimum participation and the rate applied to the resources above the flat deduction.
 */
package fr.benefitcalc.al.participation;
