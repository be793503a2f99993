/**
 * The rent the AL takes into account ("loyer retenu"): the actual rent capped by the zone's
 * ceiling, plus the flat-rate charges (CCH D823-16).
 */
package fr.benefitcalc.al.rent;
