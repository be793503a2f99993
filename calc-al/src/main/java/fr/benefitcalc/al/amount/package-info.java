/**
 * The AL's amount from the aid computed to the amount paid: the high-rent taper ("dégressivité"),
 * the réduction de loyer de solidarité, the payment threshold and rounding (CCH D823-16), and the
 * form paid (APL, ALF or ALS).
 */
package fr.benefitcalc.al.amount;
