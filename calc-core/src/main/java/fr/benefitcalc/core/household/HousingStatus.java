package fr.benefitcalc.core.household;

/** Occupancy status ("statut d'occupation du logement"). */
public enum HousingStatus {
  /** Locataire d'un logement vide (unfurnished, private landlord). */
  TENANT("tenant"),
  /** Locataire d'un logement meublé. */
  TENANT_FURNISHED("tenant-furnished"),
  /** Locataire d'un logement social (HLM), conventionné by default. */
  SOCIAL_TENANT("social-tenant"),
  /** Propriétaire sans emprunt. */
  OWNER("owner"),
  /** Logé gratuitement. */
  LODGED_FREE("lodged-free"),
  /**
   * Résident d'un logement-foyer (foyer for elderly or disabled people, résidence sociale, foyer de jeunes
   * travailleurs or de travailleurs migrants, CROUS room) paying a monthly redevance (CCH D832-24, D842-15).
   */
  FOYER("foyer"),
  /** Accédant à la propriété: repays a loan taken for the dwelling (CCH D832-10, D842-6). */
  HOME_BUYER("home-buyer");

  private final String key;

  HousingStatus(String key) {
    this.key = key;
  }

  /** The case-format key. */
  public String key() {
    return key;
  }

  /** Whether the household pays a rent (the tenant formula of the AL applies). */
  public boolean isTenant() {
    return this == TENANT || this == TENANT_FURNISHED || this == SOCIAL_TENANT;
  }

  /** The status of a case-format key, or an error naming the field. */
  public static HousingStatus ofKey(String field, String key) {
    for (HousingStatus s : values()) {
      if (s.key.equals(key)) {
        return s;
      }
    }
    throw new InvalidInputException(field, key, "is not a housing status (tenant, tenant-furnished, social-tenant, owner, lodged-free, foyer, "
        + "home-buyer)");
  }
}
