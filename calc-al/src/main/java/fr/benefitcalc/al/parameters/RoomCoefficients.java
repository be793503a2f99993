package fr.benefitcalc.al.parameters;

/**
 * Coefficients of the rent ceiling for colocation (arrêté du 27/09/2019 art. 16 1°) and rooms (art. 8).
 *
 * @param colocation colocation (0.75)
 * @param room a room ("chambre", 0.90 of the single-person ceiling)
 * @param roomElderlyOrDisabled a room of an elderly or disabled adult lodged for a fee by a private person (0.75)
 */
public record RoomCoefficients(long colocation, long room, long roomElderlyOrDisabled) {}
