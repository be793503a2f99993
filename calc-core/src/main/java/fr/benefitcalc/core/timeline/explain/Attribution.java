package fr.benefitcalc.core.timeline.explain;

import fr.benefitcalc.core.money.Fixed;
import java.util.List;

/**
 * Part of a change of amount and the causes that, together, account for it. Several causes in one
 * attribution means the timeline could not separate them (e.g. a window move and a parameter
 * revaluation in the same month): it says so instead of splitting the amount by guess.
 *
 * @param causes the causes, at least one
 * @param amount the part of the change they account for (nano-euros, signed)
 */
public record Attribution(List<Cause> causes, long amount) {
  public Attribution {
    causes = List.copyOf(causes);
    if (causes.isEmpty()) {
      throw new IllegalArgumentException("an attribution needs at least one cause");
    }
  }

  /** Whether the part is shared by several causes the timeline could not separate. */
  public boolean joint() {
    return causes.size() > 1;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(amount >= 0 ? "+" : "").append(Fixed.format(amount)).append(": ");
    for (int i = 0; i < causes.size(); i++) {
      b.append(i == 0 ? "" : " + ").append(causes.get(i).describe());
    }
    return b.toString();
  }
}
