/**
 * The revenu de solidarité active (CASF L262-*, R262-*) and the prime d'activité (CSS L841-*,
 * D843-*): their built-in configurations ({@link fr.benefitcalc.rsapa.RsaPaRuleSets}) and options
 * ({@link fr.benefitcalc.rsapa.RsaPaOptions}).
 */
package fr.benefitcalc.rsapa;
