package fr.benefitcalc.core.household;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A logement-foyer ("logement-foyer", CCH L633-1) and its resident's category.
 *
 * @param type the kind of foyer of CCH R832-20 (1° elderly or disabled, 2° résidence sociale, 3° foyer de
 *     travailleurs under a convention signed before 1995), or {@link Type#OTHER} (never APL)
 * @param youngWorkers the foyer is a foyer de jeunes travailleurs (FJT)
 * @param conventionDate the date of its APL convention, when it has one
 * @param alCategory the resident's category of CCH D842-16, which fixes the AL foyer's équivalence de loyer
 */
public record Foyer(Type type, boolean youngWorkers, Optional<LocalDate> conventionDate, AlCategory alCategory) {
  public Foyer {
    Objects.requireNonNull(type, "housing.foyer.type");
    Objects.requireNonNull(conventionDate, "housing.foyer.conventionDate");
    Objects.requireNonNull(alCategory, "housing.foyer.alCategory");
  }

  /** The kind of logement-foyer of CCH R832-20. */
  public enum Type {
    /** 1° foyer mainly for elderly or disabled people. */
    ELDERLY_DISABLED("elderly-disabled"),
    /** 2° résidence sociale (pensions de famille and foyers turned into résidences sociales included). */
    SOCIAL_RESIDENCE("social-residence"),
    /** 3° foyer de jeunes travailleurs or de travailleurs migrants under an L353-2 convention signed before 1995. */
    WORKERS_PRE_1995("workers-pre-1995"),
    /** Any other foyer, CROUS residences included (never APL). */
    OTHER("other");

    private final String key;

    Type(String key) {
      this.key = key;
    }

    /** The case-format key. */
    public String key() {
      return key;
    }

    /** The type of a case-format key, or an error naming the field. */
    public static Type ofKey(String field, String key) {
      for (Type t : values()) {
        if (t.key.equals(key)) {
          return t;
        }
      }
      throw new InvalidInputException(field, key, "is not a foyer type (elderly-disabled, social-residence, workers-pre-1995, other)");
    }
  }

  /** The resident's category of CCH D842-16 ("catégorie de personnes"). */
  public enum AlCategory {
    /** 1° student in a CROUS room. */
    STUDENT_ROOM("student-room"),
    /** 2° student in a rehabilitated CROUS room. */
    STUDENT_ROOM_REHABILITATED("student-room-rehabilitated"),
    /** 3° person of the taux-plein age (or unfit for work), ASPA holder aged 65 or more, or disabled person. */
    ELDERLY_OR_DISABLED("elderly-or-disabled"),
    /** 4° anyone else. */
    OTHER("other");

    private final String key;

    AlCategory(String key) {
      this.key = key;
    }

    /** The case-format key. */
    public String key() {
      return key;
    }

    /** The category of a case-format key, or an error naming the field. */
    public static AlCategory ofKey(String field, String key) {
      for (AlCategory c : values()) {
        if (c.key.equals(key)) {
          return c;
        }
      }
      throw new InvalidInputException(field, key,
          "is not an AL foyer category (student-room, student-room-rehabilitated, elderly-or-disabled, other)");
    }
  }
}
