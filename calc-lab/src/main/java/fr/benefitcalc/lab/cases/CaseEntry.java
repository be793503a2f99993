package fr.benefitcalc.lab.cases;

import java.util.Optional;

/**
 * A case as read from a file: either a valid {@link BenefitCase} or the error that made it unreadable,
 * with whatever identified it. A file never loses a case: every entry is answered.
 *
 * @param index the position of the case in the file
 * @param id the case's id as written (or {@code cases[index]} when absent)
 * @param month the month as written, if any
 * @param value the case, when valid
 * @param error why the case is invalid, when it is
 */
public record CaseEntry(int index, String id, Optional<String> month, Optional<BenefitCase> value, Optional<String> error) {

  static CaseEntry valid(int index, BenefitCase c) {
    return new CaseEntry(index, c.id(), Optional.of(c.month().toString()), Optional.of(c), Optional.empty());
  }

  static CaseEntry invalid(int index, String id, Optional<String> month, String error) {
    return new CaseEntry(index, id, month, Optional.empty(), Optional.of(error));
  }
}
