package fr.benefitcalc.al.foyer;

/**
 * Forfait charges C of the AL foyer (CCH D842-15 4°; arrêté du 27/09/2019 art. 40).
 *
 * @param base single person or couple without dependant
 * @param perDependant per dependant
 */
public record FoyerCharges(long base, long perDependant) {}
