package fr.benefitcalc.core.parameters;

import java.util.List;

/**
 * A set of legal parameters a module provides, listed so that tests can check each timeline
 * (no gap, no overlap, the coverage announced) and documentation can print their sources.
 */
public interface ParameterTable {
  /** Every timeline of the table. */
  List<Timeline<?>> timelines();

  /** The timelines of several tables, in order (e.g. what one rule reads). */
  static List<Timeline<?>> timelinesOf(ParameterTable... tables) {
    List<Timeline<?>> all = new java.util.ArrayList<>();
    for (ParameterTable t : tables) {
      all.addAll(t.timelines());
    }
    return List.copyOf(all);
  }
}
