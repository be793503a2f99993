package fr.benefitcalc.api;

import fr.benefitcalc.al.parameters.AlParameters;
import fr.benefitcalc.core.parameters.Timeline;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.rsapa.family.FamilyParameters;
import fr.benefitcalc.rsapa.pa.PaParameters;
import fr.benefitcalc.rsapa.rsa.RsaParameters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The legal parameters each benefit's rules read through {@code BenefitRules.parameter}, by timeline
 * name: what a rule set may override for that benefit (a reform given as data: "the RSA base amount
 * at 700 € from April 2025"). AL: {@link AlParameters}; RSA: {@link RsaParameters} and
 * {@link FamilyParameters}; prime d'activité: {@link PaParameters}, {@link FamilyParameters} and the
 * {@link RsaParameters} of the dependent-children test it shares with the RSA.
 */
public final class ParameterCatalog {
  /** How the value of a scalar parameter is written in a file. */
  public enum Kind {
    /** An amount in euros or a rate (1.0 = 100 %): a {@code Long} of {@code Fixed} nano units. */
    AMOUNT_OR_RATE,
    /** A whole number (an age, a count): a {@code Long} or an {@code Integer}, not scaled. */
    WHOLE_NUMBER,
    /** A scale or a table (a record): not given in a file. */
    TABLE
  }

  /**
   * The {@code Timeline<Long>} whose values are whole numbers rather than {@code Fixed} amounts
   * (checked against the tables by ParameterCatalogTest).
   */
  static final Set<String> WHOLE_LONGS = Set.of(AlParameters.STUDENT_AGE_LIMIT.name(), AlParameters.CHILD_AGE_LIMIT.name());

  private static final Map<Benefit, Map<String, Timeline<?>>> BY_BENEFIT = new EnumMap<>(Benefit.class);

  static {
    BY_BENEFIT.put(Benefit.AL, index(AlParameters.table().timelines()));
    BY_BENEFIT.put(Benefit.RSA, index(new RsaParameters().timelines(), new FamilyParameters().timelines()));
    BY_BENEFIT.put(Benefit.PA, index(new PaParameters().timelines(), new FamilyParameters().timelines(),
        new RsaParameters().timelines()));
  }

  private ParameterCatalog() {}

  @SafeVarargs
  private static Map<String, Timeline<?>> index(List<Timeline<?>>... tables) {
    Map<String, Timeline<?>> m = new LinkedHashMap<>();
    for (List<Timeline<?>> t : tables) {
      for (Timeline<?> timeline : t) {
        m.put(timeline.name(), timeline);
      }
    }
    return Collections.unmodifiableMap(m);
  }

  /** The legal timeline named {@code name} among those {@code benefit}'s rules read. */
  public static Optional<Timeline<?>> timeline(Benefit benefit, String name) {
    return Optional.ofNullable(BY_BENEFIT.get(benefit).get(name));
  }

  /** Every parameter {@code benefit}'s rules read, in the order of their tables. */
  public static List<Timeline<?>> timelines(Benefit benefit) {
    return new ArrayList<>(BY_BENEFIT.get(benefit).values());
  }

  /** How the values of {@code timeline} are written. */
  public static Kind kind(Timeline<?> timeline) {
    Object v = timeline.steps().get(0).value();
    if (v instanceof Integer) {
      return Kind.WHOLE_NUMBER;
    }
    if (v instanceof Long) {
      return WHOLE_LONGS.contains(timeline.name()) ? Kind.WHOLE_NUMBER : Kind.AMOUNT_OR_RATE;
    }
    return Kind.TABLE;
  }
}
