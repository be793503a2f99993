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

  /** How many households. */
  public int size() {
    return households.size();
  }
}
