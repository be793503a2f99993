package fr.benefitcalc.al.parameters;

/**
 * Seuils de versement of arrêté du 27/09/2019 art. 12, before CRDS.
 *
 * @param allocation ALF and ALS (10 €)
 * @param apl APL (0 €)
 */
public record PaymentThresholds(long allocation, long apl) {}
