/**
 * The prime d'activité (CSS L842-*, D843-*): the flat amount, the activity incomes, the individual
 * bonuses and the monthly prime.
 */
package fr.benefitcalc.rsapa.pa;
