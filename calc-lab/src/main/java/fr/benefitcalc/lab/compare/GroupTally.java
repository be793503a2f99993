package fr.benefitcalc.lab.compare;

import fr.benefitcalc.core.money.ExactTotal;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.lab.compare.ComparisonResult.GroupDifferences;
import java.util.List;

/**
 * Winners and losers of a scenario against the baseline, counted household by household in groups
 * (mutable, one per thread or partition, then {@link #merge merged}). A household wins (loses) when the
 * net amount of all its benefits over the span rises (falls) by at least 1 €.
 */
public final class GroupTally {
  private final List<String> groups;
  private final long[] households;
  private final long[] winners;
  private final long[] losers;
  private final ExactTotal[] difference;

  /** An empty tally over the groups {@code labels}. */
  public GroupTally(String[] labels) {
    groups = List.of(labels);
    households = new long[labels.length];
    winners = new long[labels.length];
    losers = new long[labels.length];
    difference = new ExactTotal[labels.length];
    for (int g = 0; g < labels.length; g++) {
      difference[g] = new ExactTotal();
    }
  }

  /** Whether a household whose net amount changed by {@code difference} (nano-euros) wins. */
  public static boolean wins(long difference) {
    return difference >= Fixed.EURO;
  }

  /** Whether a household whose net amount changed by {@code difference} (nano-euros) loses. */
  public static boolean loses(long difference) {
    return difference <= -Fixed.EURO;
  }

  /** Adds a household of group {@code group} whose net amount changed by {@code difference}. */
  public void add(int group, long difference) {
    households[group] = Math.addExact(households[group], 1);
    this.difference[group].add(difference);
    if (wins(difference)) {
      winners[group]++;
    } else if (loses(difference)) {
      losers[group]++;
    }
  }

  /**
   * Adds the totals of group {@code group} counted elsewhere (e.g. summed by another engine from
   * {@link #wins} and {@link #loses}).
   */
  public void add(int group, long households, long winners, long losers, ExactTotal difference) {
    this.households[group] = Math.addExact(this.households[group], households);
    this.winners[group] = Math.addExact(this.winners[group], winners);
    this.losers[group] = Math.addExact(this.losers[group], losers);
    this.difference[group].add(difference);
  }

  /** Adds another tally of the same groups into this one. */
  public void merge(GroupTally o) {
    for (int g = 0; g < households.length; g++) {
      add(g, o.households[g], o.winners[g], o.losers[g], o.difference[g]);
    }
  }

  /** The tally as figures. */
  public GroupDifferences result() {
    ExactTotal[] d = new ExactTotal[difference.length];
    for (int g = 0; g < d.length; g++) {
      d[g] = difference[g].copy();
    }
    return new GroupDifferences(groups, households.clone(), winners.clone(), losers.clone(), d);
  }
}
