package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.core.timeline.regularisation.Regularisation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The AL as the agency knew it on a date, for the RSA and prime d'activité that read it as forfait
 * logement (CASF R262-9, CSS R844-3): for each month of the span, the amount paid plus every
 * regularisation decided on or before that date (applied or frozen, since the forfait follows the
 * AL right as recomputed, not the cash). Once every regularisation is in, it is the AL due.
 */
final class LinkedLedger {
  private final Benefit benefit;
  private final ReceivedBenefit asReceived;
  private final int first;
  private final long[] paid;
  private final long[] due;
  /** Changes by date, each a list of (month index, change). */
  private final TreeMap<LocalDate, List<long[]>> changes = new TreeMap<>();
  /** Households already built for {@link #cachedFor}, by the number of change dates they include. */
  private final Map<Integer, Household> cache = new HashMap<>();
  private Household cachedFor;
  private Household cachedDue;

  LinkedLedger(BenefitTimeline timeline, ReceivedBenefit asReceived) {
    this.benefit = timeline.benefit();
    this.asReceived = asReceived;
    this.first = timeline.paid().span().firstIndex();
    this.paid = timeline.paid().toArray();
    this.due = timeline.due().toArray();
    TreeMap<LocalDate, TreeMap<Integer, Long>> byDate = new TreeMap<>();
    for (Regularisation r : timeline.regularisations()) {
      byDate.computeIfAbsent(r.decidedOn(), d -> new TreeMap<>())
          .merge(Months.index(r.month()), r.amountFixed(), Long::sum);
    }
    byDate.forEach((date, months) -> {
      List<long[]> list = new ArrayList<>();
      months.forEach((m, c) -> {
        if (c != 0) {
          list.add(new long[] {m, c});
        }
      });
      if (!list.isEmpty()) {
        changes.put(date, list);
      }
    });
  }

  /** The household with the linked benefit as known on {@code date} over the span (given values elsewhere). */
  Household knownOn(Household household, LocalDate date) {
    NavigableMap<LocalDate, List<long[]>> known = changes.headMap(date, true);
    int state = known.size(); // the households differ only by how many change dates are known
    if (household != cachedFor) {
      cachedFor = household;
      cache.clear();
      cachedDue = null;
    }
    Household h = cache.get(state);
    if (h == null) {
      long[] values = paid.clone();
      for (List<long[]> list : known.values()) {
        for (long[] c : list) {
          values[(int) c[0] - first] += c[1];
        }
      }
      h = with(household, values);
      cache.put(state, h);
    }
    return h;
  }

  /** Whether the linked benefit of some month changed after {@code date}. */
  boolean changesAfter(LocalDate date) {
    return changes.higherKey(date) != null;
  }

  /** The household with the linked benefit due (final). */
  Household due(Household household) {
    if (household != cachedFor) {
      cachedFor = household;
      cache.clear();
      cachedDue = null;
    }
    if (cachedDue == null) {
      cachedDue = with(household, due);
    }
    return cachedDue;
  }

  private Household with(Household household, long[] values) {
    MonthlyAmounts given = household.benefitsReceived().getOrDefault(asReceived, MonthlyAmounts.none());
    return household.withReceived(asReceived, MonthlyAmounts.overlay(given, first, values));
  }

  /** Dates after {@code after} on which the linked benefit of a month in {@code firstMonth..lastMonth} changed. */
  List<LocalDate> changeDates(LocalDate after, int firstMonth, int lastMonth) {
    List<LocalDate> out = new ArrayList<>();
    changes.tailMap(after, false).forEach((date, list) -> {
      for (long[] c : list) {
        if (c[0] >= firstMonth && c[0] <= lastMonth) {
          out.add(date);
          return;
        }
      }
    });
    return out;
  }

  /** The changes in {@code (after, until]} for months in {@code firstMonth..lastMonth}, as causes. */
  List<Cause> causes(LocalDate after, LocalDate until, int firstMonth, int lastMonth) {
    List<Cause> out = new ArrayList<>();
    if (until.isAfter(after)) {
      changes.subMap(after, false, until, true).forEach((date, list) -> {
        for (long[] c : list) {
          if (c[0] >= firstMonth && c[0] <= lastMonth) {
            out.add(new Cause.LinkedBenefitChanged(benefit, Months.of((int) c[0]), date, c[1]));
          }
        }
      });
    }
    return out;
  }

  /** The last date the linked benefit changed for any month, after {@code after}, if any. */
  LocalDate lastChangeAfter(LocalDate after, LocalDate orElse) {
    LocalDate last = changes.isEmpty() ? null : changes.lastKey();
    return last != null && last.isAfter(after) && last.isAfter(orElse) ? last : orElse;
  }
}
