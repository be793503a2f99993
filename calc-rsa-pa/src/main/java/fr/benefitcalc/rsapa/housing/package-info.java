/**
 * The forfait logement (CASF R262-9, CSS R843-3): the flat housing amount counted when the foyer
 * receives an AL or is housed free.
 */
package fr.benefitcalc.rsapa.housing;
