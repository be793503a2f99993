package fr.benefitcalc.lab.population;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.Situations;
import fr.benefitcalc.testkit.generators.TimelineCase;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * @param inFiles the months each household of a population file is in the agency's files, by household id
 *     ({@code first_month}, {@code last_month}); a household not listed is in them every month
 * @param dated the households of a population file whose situation changes or who hold an error ({@code situation}
 *     rows), with their situations, by household id (over {@code firstMonth..lastMonth}; a household's initial
 *     situation is its element of {@code households}); a household not listed keeps its one situation
 */
public record Population(String description, List<Household> households, YearMonth firstMonth, YearMonth lastMonth,
    Map<String, MonthsInFiles> inFiles, Map<String, TimelineCase> dated) {
  public Population {
    Objects.requireNonNull(description, "description");
    households = households instanceof SyntheticPopulation.Drawn ? households : List.copyOf(households);
    Objects.requireNonNull(firstMonth, "firstMonth");
    Objects.requireNonNull(lastMonth, "lastMonth");
    Map<String, MonthsInFiles> kept = new HashMap<>();
    inFiles.forEach((id, m) -> {
      if (!m.always()) {
        kept.put(id, m);
      }
    });
    inFiles = Map.copyOf(kept);
    Map<String, TimelineCase> changing = new HashMap<>();
    dated.forEach((id, c) -> {
      if (!c.changes().isEmpty() || !c.errors().isEmpty()) {
        changing.put(id, c);
      }
    });
    dated = Map.copyOf(changing);
  }

  /** A population whose households are in the files every month (or enter and leave as drawn: synthetic). */
  public Population(String description, List<Household> households, YearMonth firstMonth, YearMonth lastMonth) {
    this(description, households, firstMonth, lastMonth, Map.of(), Map.of());
  }

  /** The same population with only {@code kept} of its households (their months in the files and situations kept). */
  public Population withHouseholds(List<Household> kept) {
    return new Population(description, kept, firstMonth, lastMonth, inFiles, dated);
  }

  /** The months household {@code id} of a population file is in the files ({@link MonthsInFiles#ALWAYS} if not said). */
  public MonthsInFiles inFiles(String id) {
    return inFiles.getOrDefault(id, MonthsInFiles.ALWAYS);
  }

  /**
   * Household {@code i}'s situations over the months: the dated births, separations, moves and couples formed, each
   * as the agency learns it, and the errors it holds, of a synthetic population drawn for a comparison
   * ({@link SyntheticPopulation#forComparison}) or of a population file ({@code situation} rows), else its one
   * situation.
   */
  public Situations situations(int i) {
    if (households instanceof SyntheticPopulation.Drawn d) {
      return d.situations(i);
    }
    if (!dated.isEmpty()) {
      TimelineCase c = dated.get(households.get(i).id());
      if (c != null) {
        return c.situations();
      }
    }
    return Situations.of(households.get(i));
  }

  /**
   * Household {@code i} with its situations ({@link #situations(int)}): what {@link PopulationFile#writeCsv} writes.
   * Its span: the months of right a synthetic population was drawn for, else {@code firstMonth..lastMonth}.
   */
  public TimelineCase timelineCase(int i) {
    if (households instanceof SyntheticPopulation.Drawn d) {
      return d.timelineCase(i);
    }
    Household h = households.get(i);
    TimelineCase c = dated.get(h.id());
    return c != null ? c : TimelineCase.of(h, MonthRange.of(firstMonth, lastMonth));
  }

  /**
   * The months household {@code i} is in the agency's files: for a synthetic population drawn for a comparison, the
   * entry and exit drawn over the months of right it was drawn for ({@link SyntheticPopulation#forComparison});
   * for a population file, its {@code first_month..last_month} ({@link #inFiles(String)}).
   */
  public MonthsInFiles inFiles(int i) {
    if (households instanceof SyntheticPopulation.Drawn d) {
      return d.inFiles(i);
    }
    return inFiles(households.get(i).id());
  }

  /**
   * The months of {@code span} in which household {@code i} is in the agency's files: the whole span, or from the
   * month it entered, or until the month before it left (the entries and exits of a synthetic population drawn for a
   * comparison, {@link SyntheticPopulation#forComparison}); for a population file, the months of the span within its
   * {@code first_month..last_month} ({@link #inFiles(String)}), the whole span when it gives neither.
   *
   * @throws IllegalArgumentException when a household of a file is in the files in no month of {@code span} (compare
   *     reports it as not computed first: {@link PopulationFile#notComputable(Household, MonthsInFiles,
   *     fr.benefitcalc.core.time.MonthRange)})
   */
  public MonthRange presence(int i, MonthRange span) {
    if (households instanceof SyntheticPopulation.Drawn d) {
      return d.presence(i, span);
    }
    if (inFiles.isEmpty()) {
      return span;
    }
    String id = households.get(i).id();
    MonthsInFiles m = inFiles(id);
    return m.within(span).orElseThrow(() -> new IllegalArgumentException("household " + id + ": in the files " + m
        + ", in no month of " + span));
  }

  /** How many households. */
  public int size() {
    return households.size();
  }
}
