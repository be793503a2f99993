package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.time.MonthRange;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The decision timeline of one household under one rule set: per benefit, a {@link BenefitTimeline}.
 *
 * @param householdId the household's identifier
 * @param ruleSet the rule set's name
 * @param span the months of right computed
 * @param benefits the timeline of each benefit computed
 */
public record TimelineResult(String householdId, String ruleSet, MonthRange span, Map<Benefit, BenefitTimeline> benefits) {
  public TimelineResult {
    Objects.requireNonNull(householdId, "householdId");
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(span, "span");
    benefits = Map.copyOf(new EnumMap<>(benefits));
  }

  /** The timeline of {@code benefit}; one not computed is an error naming it. */
  public BenefitTimeline of(Benefit benefit) {
    BenefitTimeline t = benefits.get(benefit);
    if (t == null) {
      throw new IllegalArgumentException("benefit " + benefit + " was not computed (computed: " + benefits.keySet() + ")");
    }
    return t;
  }
}
