package fr.benefitcalc.core.household;

import fr.benefitcalc.core.resources.MonthlyAmounts;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The loan of an accédant à la propriété ("prêt", CCH D832-12, D842-7).
 *
 * @param payment the monthly repayment ("mensualité": interest, principal and insurance), this household's share
 * @param signed the date the loan (or location-accession) contract was signed
 * @param kind the kind of loan, which decides APL or AL (CCH R832-5, R832-7)
 * @param purpose what the loan financed (CCH D832-15, R842-5)
 * @param firstOccupant the household is the dwelling's first occupant (CCH D832-14, D842-9)
 * @param entryDate the date it moved in, when it is the first occupant
 * @param coOwners the household is one of several co-owners jointly holding the loan (CCH D832-16, D842-10)
 * @param resourceFloorExempt the accession resource floor does not apply (CCH R822-11, R822-13 to R822-17)
 */
public record Loan(MonthlyAmounts payment, LocalDate signed, Kind kind, Purpose purpose, boolean firstOccupant,
    Optional<LocalDate> entryDate, boolean coOwners, boolean resourceFloorExempt) {
  public Loan {
    Objects.requireNonNull(payment, "housing.loan.payment");
    if (payment.hasNegative()) {
      throw new InvalidInputException("housing.loan.payment", payment, "is negative");
    }
    if (signed == null) {
      throw new InvalidInputException("housing.loan.signed", null, "is required");
    }
    Objects.requireNonNull(kind, "housing.loan.kind");
    Objects.requireNonNull(purpose, "housing.loan.purpose");
    Objects.requireNonNull(entryDate, "housing.loan.entryDate");
    if (firstOccupant && entryDate.isEmpty()) {
      throw new InvalidInputException("housing.loan.entryDate", "absent", "is required when firstOccupant is true");
    }
  }

  /** The kind of loan (CCH R832-5, R832-7). */
  public enum Kind {
    /** Prêt aidé par l'État pour l'accession (D331-32): APL. */
    PAP("pap"),
    /** Prêt conventionné, prêt d'accession sociale included (D331-63, D331-64): APL. */
    CONVENTIONNE("conventionne"),
    /** Location-accession contract whose vendor holds a PSLA or D331-76-1 loan: APL. */
    LOCATION_ACCESSION("location-accession"),
    /** Any other loan: AL. */
    OTHER("other");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The case-format key. */
    public String key() {
      return key;
    }

    /** Whether the loan opens the APL rather than the AL. */
    public boolean apl() {
      return this != OTHER;
    }

    /** The kind of a case-format key, or an error naming the field. */
    public static Kind ofKey(String field, String key) {
      for (Kind k : values()) {
        if (k.key.equals(key)) {
          return k;
        }
      }
      throw new InvalidInputException(field, key, "is not a loan kind (pap, conventionne, location-accession, other)");
    }
  }

  /** What the loan financed. */
  public enum Purpose {
    /** A new dwelling built or bought. */
    NEW("new"),
    /** An existing dwelling bought without works. */
    EXISTING("existing"),
    /** An existing dwelling bought and improved (D832-15 1°). */
    EXISTING_IMPROVED("existing-improved"),
    /** Works on a dwelling already owned (D832-15 2°, R842-5 2°). */
    IMPROVEMENT("improvement"),
    /** Enlarging the dwelling or turning premises into a dwelling (R842-5 3°). */
    EXTENSION("extension");

    private final String key;

    Purpose(String key) {
      this.key = key;
    }

    /** The case-format key. */
    public String key() {
      return key;
    }

    /** The purpose of a case-format key, or an error naming the field. */
    public static Purpose ofKey(String field, String key) {
      for (Purpose p : values()) {
        if (p.key.equals(key)) {
          return p;
        }
      }
      throw new InvalidInputException(field, key, "is not a loan purpose (new, existing, existing-improved, improvement, extension)");
    }
  }
}
