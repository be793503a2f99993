package fr.benefitcalc.al.parameters;

/**
 * P0 of arrêté du 27/09/2019 art. 13: the greater of {@code rate} × (L + C) and {@code floor}.
 *
 * @param rate 8.5 %
 * @param floor the minimum amount
 */
public record MinimumParticipationScale(long rate, long floor) {}
