/**
 * The resources of the RSA and the prime d'activité over the reference quarter (CASF R262-6 and
 * following, CSS R844-1): monthly incomes and self-employed income.
 */
package fr.benefitcalc.rsapa.resources;
