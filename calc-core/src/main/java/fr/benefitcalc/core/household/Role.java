package fr.benefitcalc.core.household;

/** A person's role in the household: adult ("allocataire" or "conjoint") or child ("enfant"). */
public enum Role {
  /** The applicant or the partner. */
  ADULT,
  /** A child of the household (a possible "personne à charge"). */
  CHILD
}
