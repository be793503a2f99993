package fr.benefitcalc.core.timeline.policy;

import fr.benefitcalc.core.parameters.ParameterTable;
import fr.benefitcalc.core.parameters.Timeline;
import java.util.List;

/** The legal parameters of the decision timeline (not of any one benefit). */
public final class TimelineParameters implements ParameterTable {

  /**
   * Months after the payment during which an indu can be recovered ("prescription biennale").
   * Unchanged since before 2021.
   */
  public static final Timeline<Integer> RECOVERY_LIMIT_MONTHS = Timeline.<Integer>named("timeline.recovery-limit-months")
      .period("2021-01-01", "2031-12-31", 24,
          "CSS L553-1 al. 2 (\"se prescrit par deux ans\"), applied to AL by CCH L821-7 "
              + "(CE 29/11/2022 n° 450275); text unchanged since before 2021, carried on to 2031-12-31 (no change "
              + "announced; the regularisations of a run reach years after its last month)")
      .build();

  /** The table. */
  public static final TimelineParameters TABLE = new TimelineParameters();

  private TimelineParameters() {}

  @Override
  public List<Timeline<?>> timelines() {
    return List.of(RECOVERY_LIMIT_MONTHS);
  }
}
