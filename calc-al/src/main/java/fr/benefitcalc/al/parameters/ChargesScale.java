package fr.benefitcalc.al.parameters;

/**
 * Forfait charges of arrêté du 27/09/2019 art. 9 (general case) and art. 16 2° (colocation).
 *
 * @param base single person or couple without dependant
 * @param perDependant per dependant
 * @param sharedSingle colocation, single beneficiary
 * @param sharedCouple colocation, couple without dependant
 * @param sharedPerDependant colocation, per dependant
 */
public record ChargesScale(long base, long perDependant, long sharedSingle, long sharedCouple, long sharedPerDependant) {}
