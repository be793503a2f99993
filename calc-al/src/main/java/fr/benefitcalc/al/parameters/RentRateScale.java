package fr.benefitcalc.al.parameters;

/**
 * TL, the rate by rent ratio of arrêté du 27/09/2019 art. 14 2°: 0 % below {@code threshold1},
 * {@code rate2} between the thresholds, {@code rate3} above {@code threshold2}.
 *
 * @param threshold1 first threshold of RL (0.45)
 * @param threshold2 second threshold of RL (0.75)
 * @param rate2 rate of the middle band (0.45 %)
 * @param rate3 rate of the top band (0.68 %)
 */
public record RentRateScale(long threshold1, long threshold2, long rate2, long rate3) {}
