package fr.benefitcalc.al.foyer;

/**
 * The multipliers "cm" of the coefficient K (CCH D832-25; arrêté du 27/09/2019 art. 30 2°).
 *
 * @param first cm of the 1° (APL foyer, first scale)
 * @param second cm of the 2° (young workers' foyers and résidences sociales conventionnés recently, AL foyer)
 */
public record KMultipliers(long first, long second) {}
