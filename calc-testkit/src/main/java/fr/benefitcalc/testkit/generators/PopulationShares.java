package fr.benefitcalc.testkit.generators;

import java.util.random.RandomGenerator;

/**
 * The shares that shape a generated population, all in one place: household composition, adults'
 * income profiles, occupancy status, APL zone, and the level of low-wage pay. Each group of weights
 * is relative (they need not add up to 1).
 *
 * <p>{@link #calibrated()} follows published figures on CAF recipients of AL, RSA and prime
 * d'activité (sources in {@code docs/population.md}); {@link #uniform()} spreads evenly, for tests
 * that want every case often.
 *
 * <pre>{@code
 * HouseholdGenerator realistic = HouseholdGenerator.defaults().withShares(PopulationShares.calibrated());
 * }</pre>
 *
 * @param composition weights of: single without child, lone parent, couple without child, couple with children
 * @param childrenCount weights of 1, 2, 3, 4 children when there are children
 * @param profiles weights of the adults' profiles: no income, stable worker, irregular worker,
 *     unemployed, pensioner, student
 * @param statuses weights of: private tenant, furnished tenant, social tenant, owner, lodged free, resident of a
 *     logement-foyer, accédant à la propriété
 * @param zones weights of APL zones 1, 2, 3
 * @param fullTimeNetPay full-time net monthly pay at the minimum wage, in euros (SMIC net)
 * @param sharedShare share of childless tenants in colocation
 * @param experimentShare share of households in departments experimenting M-4..M-2 for RSA / PA
 * @param partnerSameProfile share of couples whose second adult has the first adult's profile (0..1); the other
 *     couples draw it from {@code profiles} like the first: 0 draws the two adults independently
 */
public record PopulationShares(double[] composition, double[] childrenCount, double[] profiles, double[] statuses,
    double[] zones, long fullTimeNetPay, double sharedShare, double experimentShare, double partnerSameProfile) {

  /**
   * Share of the APL among the accédants receiving a housing benefit: 165 000 APL accession of 558 000 accédants
   * (APL 165 000, ALF 323 000, ALS 70 000; yearly average 2010, SESP-CCL, in the programme de qualité et
   * d'efficience « famille » annexed to the PLFSS, indicator 10). Assumption: that share still holds.
   */
  public static final double APL_SHARE_OF_ACCEDANTS = 0.30;

  /**
   * Share of couples whose second adult has the first adult's income profile (the others draw it independently).
   * Assumption, fitted (docs/population.md, "Couples"): partners resemble each other on the labour market (INSEE,
   * Biausque and Govillot, « Les couples sur le marché du travail », Emploi et salaires 2012: couples of two
   * unemployed partners are 2.3 times as frequent as if couples formed at random; three couples in four aged 30-54
   * are two people in work), and a couple of a working-age adult and a student or a pensioner is rare among low
   * incomes; no published joint distribution of the partners' profiles among CAF recipients was found.
   */
  public static final double PARTNER_SAME_PROFILE = 0.5;

  public PopulationShares {
    composition = check("composition", composition, 4);
    childrenCount = check("childrenCount", childrenCount, 4);
    profiles = check("profiles", profiles, 6);
    statuses = check("statuses", statuses, 7);
    zones = check("zones", zones, 3);
    if (fullTimeNetPay <= 0) {
      throw new IllegalArgumentException("fullTimeNetPay " + fullTimeNetPay + " must be positive");
    }
    if (!(partnerSameProfile >= 0 && partnerSameProfile <= 1)) {
      throw new IllegalArgumentException("partnerSameProfile " + partnerSameProfile + " is not in 0..1");
    }
  }

  /** The same shares, the two adults of a couple drawn independently ({@code partnerSameProfile} 0). */
  public PopulationShares(double[] composition, double[] childrenCount, double[] profiles, double[] statuses,
      double[] zones, long fullTimeNetPay, double sharedShare, double experimentShare) {
    this(composition, childrenCount, profiles, statuses, zones, fullTimeNetPay, sharedShare, experimentShare, 0);
  }

  /** The same shares with {@code share} of couples whose two adults have the same profile. */
  public PopulationShares withPartnerSameProfile(double share) {
    return new PopulationShares(composition, childrenCount, profiles, statuses, zones, fullTimeNetPay, sharedShare,
        experimentShare, share);
  }

  /**
   * Calibrated on public figures (see {@code docs/population.md}): half of AL recipients live alone,
   * lone parents are about a fifth of PA recipients, 83 % of AL recipients rent, most in zones 2-3; among the
   * 6.1 million AL households of 2012, 470 000 lived in a logement-foyer (7.7 %) and 487 000 were accédants
   * (8.0 %) (CNAF, L'e-ssentiel on the housing costs of AL recipients, 2012, as summarised by the Banque des
   * territoires; the 2008 CNAF study gives 7.5 % and 9.5 %). Assumption: the 2012 shares still hold, although
   * the accession aid has been closed to new loans since 2018 and its share shrinks.
   */
  public static PopulationShares calibrated() {
    return new PopulationShares(
        new double[] {0.60, 0.19, 0.05, 0.16},
        new double[] {0.42, 0.34, 0.16, 0.08},
        new double[] {0.08, 0.35, 0.21, 0.06, 0.13, 0.17},
        new double[] {0.355, 0.068, 0.338, 0.042, 0.042, 0.077, 0.080},
        new double[] {0.22, 0.40, 0.38},
        1_400, 0.05, 0.10, PARTNER_SAME_PROFILE);
  }

  /** Even weights everywhere, for tests that want every branch of the rules often. */
  public static PopulationShares uniform() {
    return new PopulationShares(new double[] {1, 1, 1, 1}, new double[] {1, 1, 1, 1}, new double[] {1, 1, 1, 1, 1, 1},
        new double[] {1, 1, 1, 1, 1, 1, 1}, new double[] {1, 1, 1}, 1_400, 0.10, 0.10);
  }

  /** The index drawn from {@code weights}. */
  static int pick(RandomGenerator rng, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = rng.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static double[] check(String name, double[] w, int n) {
    if (w == null || w.length != n) {
      throw new IllegalArgumentException(name + " needs " + n + " weights");
    }
    double total = 0;
    for (double x : w) {
      if (x < 0) {
        throw new IllegalArgumentException(name + " has a negative weight " + x);
      }
      total += x;
    }
    if (total <= 0) {
      throw new IllegalArgumentException(name + " weights add up to 0");
    }
    return w.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PopulationShares p && java.util.Arrays.equals(composition, p.composition)
        && java.util.Arrays.equals(childrenCount, p.childrenCount) && java.util.Arrays.equals(profiles, p.profiles)
        && java.util.Arrays.equals(statuses, p.statuses) && java.util.Arrays.equals(zones, p.zones)
        && fullTimeNetPay == p.fullTimeNetPay && sharedShare == p.sharedShare && experimentShare == p.experimentShare
        && partnerSameProfile == p.partnerSameProfile;
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(composition) * 31 + java.util.Arrays.hashCode(profiles) + Long.hashCode(fullTimeNetPay);
  }

  @Override
  public String toString() {
    return "PopulationShares[composition=" + java.util.Arrays.toString(composition) + ", profiles="
        + java.util.Arrays.toString(profiles) + ", statuses=" + java.util.Arrays.toString(statuses) + ", zones="
        + java.util.Arrays.toString(zones) + "]";
  }
}
