package fr.benefitcalc.al.parameters;

/**
 * Coefficients applied to the rent ceiling to give the taper ("plafond de dégressivité") and cut-off
 * ("plafond de suppression") rents of CCH D823-16 (arrêté du 27/09/2019 art. 10).
 *
 * @param taper coefficient of the first ceiling
 * @param cutOff coefficient of the second ceiling
 */
public record TaperCoefficients(long taper, long cutOff) {}
