package fr.benefitcalc.rsapa.pa;

/**
 * The amounts the prime d'activité derives from the parameters of a month ({@link PaMonthParameters}),
 * computed once per rule set and month, each by the class of its legal step, so that a household's
 * computation reads them instead of multiplying the same parameters again for each person and month.
 *
 * @param bonusStart 59 hours of SMIC, where the bonification starts ({@link IndividualBonus#start}, CSS D843-2)
 * @param bonusFull 120 hours of SMIC, where it is full ({@link IndividualBonus#full}, CSS D843-2)
 * @param bonusMaximum the maximum bonification, to the cent ({@link IndividualBonus#maximum}, CSS D843-2)
 * @param aahThreshold 29 hours of SMIC, above which the AAH counts as activity income
 *     ({@link PersonalActivityIncome#aahThreshold}, CSS L842-8, D843-4)
 * @param learnerFloor 55 % of 169 hours of SMIC, the learners' monthly floor ({@link LearnerCondition#floor},
 *     CSS L842-2 2°)
 * @param housingMaximum1 forfait logement maximum of one person ({@link PaFlatAmount#housingMaximum}, CSS R844-3)
 * @param housingMaximum2 of two persons
 * @param housingMaximum3 of three persons or more
 */
public record PaMonthAmounts(long bonusStart, long bonusFull, long bonusMaximum, long aahThreshold,
    long learnerFloor, long housingMaximum1, long housingMaximum2, long housingMaximum3) {

  /** The amounts derived from the parameters {@code p} of a month. */
  public static PaMonthAmounts of(PaMonthParameters p) {
    return new PaMonthAmounts(IndividualBonus.start(p), IndividualBonus.full(p), IndividualBonus.maximum(p),
        PersonalActivityIncome.aahThreshold(p), LearnerCondition.floor(p), PaFlatAmount.housingMaximum(p, 1),
        PaFlatAmount.housingMaximum(p, 2), PaFlatAmount.housingMaximum(p, 3));
  }

  /** The forfait logement maximum of a foyer of {@code persons} persons (capped at three, CSS R844-3). */
  public long housingMaximum(int persons) {
    return persons <= 1 ? housingMaximum1 : persons == 2 ? housingMaximum2 : housingMaximum3;
  }
}
