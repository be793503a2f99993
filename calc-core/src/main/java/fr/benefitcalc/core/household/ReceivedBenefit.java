package fr.benefitcalc.core.household;

/** A benefit the household receives, given as input ("prestation perçue"). */
public enum ReceivedBenefit {
  /** Aide au logement (APL, ALF or ALS). */
  AL,
  /** Revenu de solidarité active. */
  RSA,
  /** Allocations familiales. */
  AF,
  /** Allocations familiales, base part (without the age increases). */
  AF_BASE,
  /** Complément familial, non majoré. */
  CF,
  /** Allocation de soutien familial. */
  ASF,
  /** PAJE: allocation de base plus PreParE. */
  PAJE,
  /** Allocation aux adultes handicapés. */
  AAH;

  /** The benefit of a case-format key, or an error naming the field. */
  public static ReceivedBenefit ofKey(String field, String key) {
    try {
      return valueOf(key);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, key, "is not a received benefit (AL, RSA, AF, AF_BASE, CF, ASF, PAJE, AAH)");
    }
  }
}
