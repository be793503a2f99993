package fr.benefitcalc.lab.population;

import fr.benefitcalc.core.household.Household;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The households a comparison runs on, with their resources (and the dates each value became known)
 * over {@code firstMonth..lastMonth}.
 *
 * @param description where the households come from (generator and seed, or file)
 * @param households the households, in a fixed order (those of a {@link SyntheticPopulation} are drawn
 *     on demand, each time they are read)
 * @param firstMonth the first month with resources
 * @param lastMonth the last month with resources
 */
public record Population(String description, List<Household> households, YearMonth firstMonth, YearMonth lastMonth) {
  public Population {
    Objects.requireNonNull(description, "description");
    households = households instanceof SyntheticPopulation.Drawn ? households : List.copyOf(households);
    Objects.requireNonNull(firstMonth, "firstMonth");
    Objects.requireNonNull(lastMonth, "lastMonth");
  }

  /**
   * Household {@code i}'s situations over the months: the dated births, separations and moves of a synthetic
   * population drawn for a comparison ({@link SyntheticPopulation#forComparison}), else its one situation.
   */
  public fr.benefitcalc.core.timeline.Situations situations(int i) {
    return households instanceof SyntheticPopulation.Drawn d ? d.situations(i)
        : fr.benefitcalc.core.timeline.Situations.of(households.get(i));
  }

  /**
   * The months of {@code span} in which household {@code i} is in the agency's files: the whole span, or from the
   * month it entered, or until the month before it left (the entries and exits of a synthetic population drawn for a
   * comparison, {@link SyntheticPopulation#forComparison}); the whole span for a population file.
   */
  public fr.benefitcalc.core.time.MonthRange presence(int i, fr.benefitcalc.core.time.MonthRange span) {
    return households instanceof SyntheticPopulation.Drawn d ? d.presence(i, span) : span;
  }

  /** How many households. */
  public int size() {
    return households.size();
  }
}
