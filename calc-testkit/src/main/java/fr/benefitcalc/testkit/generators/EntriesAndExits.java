package fr.benefitcalc.testkit.generators;

import fr.benefitcalc.core.time.MonthRange;
import java.time.YearMonth;
import java.util.random.RandomGenerator;

/**
 * Households entering and leaving the agency's files over the months of right: a household that enters (a move
 * into the area, a first home, a new claim) is in the files from its entry month on; one that leaves (a move out
 * of the area, a death, a household merged into another or that stops claiming) is in them until the month before
 * its exit. Outside those months it is neither paid nor due anything: its decision timeline covers only its
 * months in the files ({@link #presence}), while the regularisations of those months still follow (an indu is
 * recovered, a rappel paid, from a former allocataire too). Each is a yearly probability per household; at most
 * one entry and one exit per household, an exit after the entry.
 *
 * <p>The draws come from their own random stream ({@link #presence(long, MonthRange)}), so that the households
 * themselves (composition, incomes, errors, situation changes) are the same with and without entries and exits.
 *
 * @param entriesPerYear yearly probability that a household enters the files during the span (0..1)
 * @param deathsPerYear yearly probability that a household leaves the files by a death (0..1)
 * @param departuresPerYear yearly probability that a household leaves the files otherwise: moves out of the area,
 *     merges into another household, stops claiming (0..1)
 */
public record EntriesAndExits(double entriesPerYear, double deathsPerYear, double departuresPerYear) {
  public EntriesAndExits {
    for (double p : new double[] {entriesPerYear, deathsPerYear, departuresPerYear}) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("yearly probability " + p + " is not in 0..1");
      }
    }
    if (deathsPerYear + departuresPerYear > 1) {
      throw new IllegalArgumentException("deaths and departures, " + (deathsPerYear + departuresPerYear)
          + " a year, exceed 1");
    }
  }

  /** Every household in the files over the whole span. */
  public static EntriesAndExits none() {
    return new EntriesAndExits(0, 0, 0);
  }

  /**
   * The lab's population ({@code docs/population.md}, "Entries and exits"):
   * <ul>
   *   <li>deaths: 0.9 % of households a year (INSEE: 639 000 deaths in 2023 for 68 million inhabitants, 9.4 per
   *       1 000; assumption: one death ends the household's file, as it does for a person alone, the half of AL
   *       recipients; in a couple the survivor's file continues, which the rate does not tell apart);</li>
   *   <li>departures: 10 % a year (assumption: the private sector's tenants move once in five years, 18.5 % a year,
   *       the social sector's 8.5 %, INSEE Enquêtes Logement via the Caisse des dépôts, Éclairages n° 9, 2016; about
   *       half of the moves are assumed to leave the agency's files — another département's CAF, a move in with a
   *       partner or with parents —; and households that stop claiming);</li>
   *   <li>entries: 11 % a year (assumption: as many households enter as leave, so that the stock of recipients stays
   *       level over the run, as the national counts did in 2023-2024: DREES, RSA 1.85 then 1.84 million, PA about
   *       4.6 million).</li>
   * </ul>
   */
  public static EntriesAndExits calibrated() {
    return new EntriesAndExits(0.109, 0.009, 0.10);
  }

  /** Whether every household stays in the files over the whole span. */
  public boolean isNone() {
    return entriesPerYear == 0 && deathsPerYear == 0 && departuresPerYear == 0;
  }

  /**
   * The months of {@code span} in which the household of random stream {@code stream} is in the files: the whole
   * span, or from its entry month, or until the month before its exit. An entry or exit falls in a month after the
   * span's first, drawn evenly; an exit drawn before or at the entry is moved after it, and dropped when the entry
   * is in the span's last month.
   */
  public MonthRange presence(long stream, MonthRange span) {
    if (isNone() || span.length() < 2) {
      return span;
    }
    RandomGenerator rng = new java.util.SplittableRandom(stream ^ 0x9E3779B97F4A7C15L);
    int months = span.length();
    // the draws in a fixed order, each drawn whatever the others gave
    double entry = rng.nextDouble();
    int entryOffset = 1 + rng.nextInt(months - 1);
    double exit = rng.nextDouble();
    int exitOffset = 1 + rng.nextInt(months - 1);
    int first = entry < SituationChangeModel.overMonths(entriesPerYear, months) ? entryOffset : 0;
    int end = months; // exclusive
    if (exit < SituationChangeModel.overMonths(deathsPerYear + departuresPerYear, months)) {
      if (exitOffset <= first) {
        exitOffset = first + 1 + (exitOffset - 1) * (months - first - 1) / Math.max(1, months - 1);
      }
      if (exitOffset > first && exitOffset < months) {
        end = exitOffset;
      }
    }
    YearMonth from = span.first().plusMonths(first);
    return MonthRange.of(from, span.first().plusMonths(end - 1));
  }
}
