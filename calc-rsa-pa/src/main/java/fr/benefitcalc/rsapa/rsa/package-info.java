/**
 * The revenu de solidarité active (CASF L262-2, R262-1 and following): eligibility, the montant
 * forfaitaire, the resources and the amount.
 */
package fr.benefitcalc.rsapa.rsa;
