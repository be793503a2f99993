/**
 * The AL's resources (CCH R822-2 to R822-20): each person's incomes over the reference period, the
 * abatements and deductions, the household's annual base rounded up to the hundred euros.
 */
package fr.benefitcalc.al.resources;
