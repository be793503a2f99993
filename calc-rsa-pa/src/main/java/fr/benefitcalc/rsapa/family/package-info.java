/**
 * The foyer of the RSA and the prime d'activité: dependent children, the composition scale, the
 * lone-parent increase and the family benefits counted as resources.
 */
package fr.benefitcalc.rsapa.family;
