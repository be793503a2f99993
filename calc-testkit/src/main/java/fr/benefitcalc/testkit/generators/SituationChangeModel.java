package fr.benefitcalc.testkit.generators;

/**
 * How often a generated household's situation changes over the months of a {@link TimelineCase}:
 * a birth (a child joins the household from the month after), a separation (a couple's second adult
 * leaves, with his or her incomes), a move (a tenant's rent and APL zone change). Each is a yearly
 * probability per household; at most one change of each kind is drawn over a span.
 *
 * <p>These shares shape test data, they are not a calibration of the CAF population (that is the
 * lab's population model, docs/population.md): {@link #frequent()} is an <b>assumption</b> chosen
 * so that most households of a two-year test see a change.
 *
 * <pre>{@code
 * TimelineCaseGenerator g = TimelineCaseGenerator.of(HouseholdGenerator.defaults(), span)
 *     .withSituationChanges(new SituationChangeModel(0.10, 0.05, 0.20));
 * }</pre>
 *
 * @param birthsPerYear yearly probability that a child is born (0..1)
 * @param separationsPerYear yearly probability that a couple separates (0..1; couples only)
 * @param movesPerYear yearly probability that a tenant household moves (0..1; tenants only)
 */
public record SituationChangeModel(double birthsPerYear, double separationsPerYear, double movesPerYear) {
  public SituationChangeModel {
    check("birthsPerYear", birthsPerYear);
    check("separationsPerYear", separationsPerYear);
    check("movesPerYear", movesPerYear);
  }

  private static void check(String name, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(name + " " + p + " is not in 0..1");
    }
  }

  /** No change: one situation throughout. */
  public static SituationChangeModel none() {
    return new SituationChangeModel(0, 0, 0);
  }

  /**
   * The lab's population ({@code docs/population.md}, "Situation changes"): a birth in 4 % of households a
   * year (assumption: about 680 000 births a year in France for some 30 million households, 2.3 %, and the
   * recipients are younger than average), a separation for 3 % of couples a year (assumption: divorces alone
   * end about 1 % of marriages a year; PACS and cohabiting couples separate more often), a move for 13.5 % of
   * tenant households a year (the even mix of the private sector's 18.5 % and the social sector's 8.5 % of
   * households moving each year, INSEE Enquêtes Logement 2009-2013 as summarised by the Caisse des dépôts,
   * Éclairages n° 9, 2016; INSEE: 10.7 % of all households moved in 2020).
   */
  public static SituationChangeModel calibrated() {
    return new SituationChangeModel(0.04, 0.03, 0.135);
  }

  /**
   * Assumption, for tests: 40 % a year for each kind of change, so that over 24 months about two
   * households in three see at least one.
   */
  public static SituationChangeModel frequent() {
    return new SituationChangeModel(0.4, 0.4, 0.4);
  }

  /** The probability of at least one such change over {@code months} months at the yearly {@code perYear}. */
  static double overMonths(double perYear, int months) {
    return 1 - Math.pow(1 - perYear, months / 12.0);
  }
}
