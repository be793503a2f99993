package fr.benefitcalc.lab.compare;

import fr.benefitcalc.core.money.ExactTotal;
import fr.benefitcalc.core.money.Fixed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who gains and who loses under a scenario against the baseline: the net amount of all its benefits a household
 * received over the run (paid plus regularisations applied) minus the baseline's. A household wins (loses) when it
 * rises (falls) by at least {@link GroupTally#wins 1 € over the run}, and is unchanged otherwise (the tolerance);
 * the households excluded from the totals are not counted. Gains are shown per year of the run (× 12 / months).
 *
 * @param scenarioId the scenario
 * @param households households compared
 * @param winners households gaining at least 1 € over the run
 * @param losers households losing at least 1 € over the run
 * @param histogram households per bin of {@link #BINS} (gain per year of the run); empty when the households'
 *     amounts were not kept (a distributed run)
 * @param deciles per income decile; empty when the households' amounts or profiles were not kept
 */
public record WinnersAndLosers(String scenarioId, long households, long winners, long losers, List<Long> histogram,
    List<Decile> deciles) {
  /** The inner edges of the histogram's bins, in euros per year of the run (a loss is negative). */
  public static final long[] EDGES_EUROS = {-1000, -500, -200, -100, -50, -10, 10, 50, 100, 200, 500, 1000};
  /** The histogram's bins: losses by size, "unchanged" (within the tolerance), gains by size. */
  public static final List<String> BINS = bins();

  public WinnersAndLosers {
    histogram = List.copyOf(histogram);
    deciles = List.copyOf(deciles);
  }

  private static List<String> bins() {
    List<String> b = new ArrayList<>();
    b.add("< " + EDGES_EUROS[0]);
    for (int k = 0; k + 1 < EDGES_EUROS.length; k++) {
      if (EDGES_EUROS[k] == -10) {
        b.add("-10 .. loss");
        b.add("unchanged");
        b.add("gain .. 10");
      } else {
        b.add(EDGES_EUROS[k] + " .. " + EDGES_EUROS[k + 1]);
      }
    }
    b.add(">= " + EDGES_EUROS[EDGES_EUROS.length - 1]);
    return List.copyOf(b);
  }

  /** Households neither winning nor losing. */
  public long unchanged() {
    return households - winners - losers;
  }

  /** Share of the households compared that win (0..1). */
  public double winnerShare() {
    return households == 0 ? 0 : (double) winners / households;
  }

  /** Share of the households compared that lose (0..1). */
  public double loserShare() {
    return households == 0 ? 0 : (double) losers / households;
  }

  /** Share of the households compared that are unchanged (0..1). */
  public double unchangedShare() {
    return households == 0 ? 0 : (double) unchanged() / households;
  }

  /**
   * One income decile.
   *
   * @param decile 1..10
   * @param minIncome the lowest monthly income per consumption unit of the decile (euros)
   * @param maxIncome the highest
   * @param households households in the decile
   * @param winners households gaining
   * @param losers households losing
   * @param meanGain mean gain per household and year of the run (euros, half-up to the cent)
   */
  public record Decile(int decile, BigDecimal minIncome, BigDecimal maxIncome, long households, long winners,
      long losers, BigDecimal meanGain) {}

  /** Spans up to this many months keep every edge × months within a {@code long} (edges up to 1 000 € in nano-euros). */
  private static final int MONTHS_IN_LONG = 1_000_000;

  /** The index in {@link #BINS} of a household whose net amount changed by {@code difference} nano-euros over {@code months}. */
  public static int binOf(long difference, int months) {
    if (GroupTally.wins(difference) || GroupTally.loses(difference)) {
      // per year: difference × 12 / months, compared with the edges exactly (difference × 12 >= edge × months), in
      // long arithmetic when no product can overflow, else in BigDecimal
      int k = 0;
      if (difference >= -(Long.MAX_VALUE / 12) && difference <= Long.MAX_VALUE / 12 && months > 0 && months <= MONTHS_IN_LONG) {
        long perYear12 = difference * 12;
        while (k < EDGES_EUROS.length && perYear12 >= EDGES_EUROS[k] * Fixed.EURO * months) {
          k++;
        }
      } else {
        BigDecimal perYear12 = BigDecimal.valueOf(difference).multiply(BigDecimal.valueOf(12));
        while (k < EDGES_EUROS.length
            && perYear12.compareTo(BigDecimal.valueOf(EDGES_EUROS[k] * Fixed.EURO).multiply(BigDecimal.valueOf(months))) >= 0) {
          k++;
        }
      }
      // k edges at or below the yearly change: a loss falls in bins 0..6 ("-10 .. loss"), a gain in 8 ("gain ..
      // 10")..14, past the bin "unchanged" (7)
      return GroupTally.loses(difference) ? k : k + 2;
    }
    return 7;
  }

  /**
   * Winners and losers of every scenario but the baseline. The overall counts come from the tallies by type; the
   * histogram and deciles from the households' amounts and profiles when kept; a distributed run gives them all
   * aggregated ({@link ComparisonResult#winnersAndLosers()}).
   */
  public static List<WinnersAndLosers> of(ComparisonResult result) {
    if (!result.winnersAndLosers().isEmpty()) {
      return result.winnersAndLosers(); // aggregated by a distributed engine
    }
    List<WinnersAndLosers> out = new ArrayList<>();
    int n = result.householdIds().size();
    int months = result.span().length();
    boolean amounts = n > 0 && n == result.households();
    int[] decileOf = amounts && result.profiles().size() == n ? decilesOf(result) : null;
    for (ScenarioOutcome o : result.scenarios().subList(1, result.scenarios().size())) {
      ComparisonResult.GroupDifferences g = o.byType();
      long households = Arrays.stream(g.households()).sum();
      long winners = Arrays.stream(g.winners()).sum();
      long losers = Arrays.stream(g.losers()).sum();
      List<Long> histogram = new ArrayList<>();
      List<Decile> deciles = new ArrayList<>();
      if (amounts) {
        long[] h = new long[BINS.size()];
        long[] dn = new long[10];
        long[] dw = new long[10];
        long[] dl = new long[10];
        long[] dmin = new long[10];
        long[] dmax = new long[10];
        Arrays.fill(dmin, Long.MAX_VALUE);
        Arrays.fill(dmax, Long.MIN_VALUE);
        ExactTotal[] gain = new ExactTotal[10];
        for (int d = 0; d < 10; d++) {
          gain[d] = new ExactTotal();
        }
        for (int i = 0; i < n; i++) {
          if (result.exclusion(i).isPresent()) {
            continue;
          }
          long difference = Math.subtractExact(o.netTotal(i), result.baseline().netTotal(i));
          h[binOf(difference, months)]++;
          if (decileOf != null) {
            int d = decileOf[i];
            dn[d]++;
            dw[d] += GroupTally.wins(difference) ? 1 : 0;
            dl[d] += GroupTally.loses(difference) ? 1 : 0;
            gain[d].add(difference);
            long income = result.profiles().get(i).incomePerUnit();
            dmin[d] = Math.min(dmin[d], income);
            dmax[d] = Math.max(dmax[d], income);
          }
        }
        for (long c : h) {
          histogram.add(c);
        }
        if (decileOf != null) {
          for (int d = 0; d < 10; d++) {
            if (dn[d] == 0) {
              continue;
            }
            BigDecimal mean = gain[d].euros().multiply(BigDecimal.valueOf(12))
                .divide(BigDecimal.valueOf(dn[d] * months), 2, RoundingMode.HALF_UP);
            deciles.add(new Decile(d + 1, euros(dmin[d]), euros(dmax[d]), dn[d], dw[d], dl[d], mean));
          }
        }
      }
      out.add(new WinnersAndLosers(o.scenario().id(), households, winners, losers, histogram, deciles));
    }
    return out;
  }

  private static BigDecimal euros(long nanos) {
    return Fixed.toBigDecimal(nanos).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * Each household's income decile (0..9) among the households compared, by monthly income per consumption unit
   * (ties in input order): the households of rank r of n fall in decile ⌊10 r / n⌋; -1 for an excluded household.
   */
  static int[] decilesOf(ComparisonResult result) {
    int n = result.householdIds().size();
    List<Integer> counted = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (result.exclusion(i).isEmpty()) {
        counted.add(i);
      }
    }
    counted.sort(Comparator.comparingLong((Integer i) -> result.profiles().get(i).incomePerUnit())
        .thenComparingInt(i -> i));
    int[] decile = new int[n];
    Arrays.fill(decile, -1);
    for (int r = 0; r < counted.size(); r++) {
      decile[counted.get(r)] = (int) (10L * r / counted.size());
    }
    return decile;
  }

  /** The decile (1..10) of household {@code i} of {@code result}, when the profiles were kept and it is counted. */
  public static Optional<Integer> decile(int[] deciles, int i) {
    return deciles == null || deciles[i] < 0 ? Optional.empty() : Optional.of(deciles[i] + 1);
  }

  /** The deciles (0..9, -1 when excluded) of {@code result}'s households; empty when the profiles were not kept. */
  public static Optional<int[]> decilesOfHouseholds(ComparisonResult result) {
    return result.profiles().isEmpty() ? Optional.empty() : Optional.of(decilesOf(result));
  }
}
