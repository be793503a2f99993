package fr.benefitcalc.core.rules;

/** A benefit the library computes ("prestation"). */
public enum Benefit {
  /** Aides personnelles au logement: APL, ALF, ALS (CCH L821-1 and following). */
  AL,
  /** Revenu de solidarité active (CASF L262-1 and following). */
  RSA,
  /** Prime d'activité (CSS L841-1 and following). */
  PA
}
