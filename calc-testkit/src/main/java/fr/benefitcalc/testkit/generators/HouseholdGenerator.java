package fr.benefitcalc.testkit.generators;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.HousingStatus;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.household.Role;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Generates households with monthly resources over a span of months, deterministic for a given
 * random generator state: composition, ages, statuses, dwelling, incomes by category with the
 * month-to-month variability of low-wage work, and late data / corrections per a
 * {@link CorrectionModel}. Framework-neutral: driven by a {@link RandomGenerator}
 * (e.g. {@code new SplittableRandom(seed)}); see {@code fr.benefitcalc.testkit.quicktheories} for
 * QuickTheories.
 *
 * <p>A {@code complexity} from 0 to 100 scales the household: 0 is a single adult without income
 * in an unfurnished dwelling; 100 is anything the settings allow. Shrinking a failing example
 * towards complexity 0 gives the smallest household that still breaks a property.
 *
 * <p>Immutable: every {@code with…} method returns a new generator.
 *
 * <pre>{@code
 * HouseholdGenerator tenants = HouseholdGenerator.defaults()
 *     .withMonths(YearMonth.of(2022, 1), YearMonth.of(2025, 12)).withTenantsOnly()
 *     .withCorrections(CorrectionModel.typical());
 * Household h = tenants.next(new SplittableRandom(42), 100, "seed-42");   // the same household for seed 42, always
 * }</pre>
 */
public final class HouseholdGenerator {
  private final YearMonth firstMonth;
  private final YearMonth lastMonth;
  private final int maxChildren;
  private final boolean stableIncomes;
  private final boolean tenantsOnly;
  private final PopulationShares shares;
  private final CorrectionModel corrections;

  private HouseholdGenerator(YearMonth firstMonth, YearMonth lastMonth, int maxChildren, boolean stableIncomes,
      boolean tenantsOnly, PopulationShares shares, CorrectionModel corrections) {
    if (lastMonth.isBefore(firstMonth)) {
      throw new IllegalArgumentException("months " + firstMonth + ".." + lastMonth + " end before they start");
    }
    if (maxChildren < 0) {
      throw new IllegalArgumentException("maxChildren " + maxChildren + " is negative");
    }
    this.firstMonth = firstMonth;
    this.lastMonth = lastMonth;
    this.maxChildren = maxChildren;
    this.stableIncomes = stableIncomes;
    this.tenantsOnly = tenantsOnly;
    this.shares = shares;
    this.corrections = corrections;
  }

  /**
   * Households with resources from 2022-01 to 2025-12, up to 4 children, every composition, profile,
   * status and zone equally likely ({@link PopulationShares#uniform()}), no late data.
   */
  public static HouseholdGenerator defaults() {
    return new HouseholdGenerator(YearMonth.of(2022, 1), YearMonth.of(2025, 12), 4, false, false,
        PopulationShares.uniform(), CorrectionModel.none());
  }

  /**
   * A realistic population of CAF recipients ({@link PopulationShares#calibrated()}) with the
   * report's order of late data ({@link CorrectionModel#typical()}), over {@code first..last}.
   */
  public static HouseholdGenerator calibrated(YearMonth first, YearMonth last) {
    return new HouseholdGenerator(first, last, 4, false, false, PopulationShares.calibrated(), CorrectionModel.typical());
  }

  /** Resources over {@code first..last} (the months a rule may read, e.g. M-24..M). */
  public HouseholdGenerator withMonths(YearMonth first, YearMonth last) {
    return new HouseholdGenerator(first, last, maxChildren, stableIncomes, tenantsOnly, shares, corrections);
  }

  /** At most {@code n} children. */
  public HouseholdGenerator withMaxChildren(int n) {
    return new HouseholdGenerator(firstMonth, lastMonth, n, stableIncomes, tenantsOnly, shares, corrections);
  }

  /** Every income the same in every month (for comparing reference periods). */
  public HouseholdGenerator withStableIncomes() {
    return new HouseholdGenerator(firstMonth, lastMonth, maxChildren, true, tenantsOnly, shares, corrections);
  }

  /** Only tenants (private, furnished or social), for the housing benefit. */
  public HouseholdGenerator withTenantsOnly() {
    return new HouseholdGenerator(firstMonth, lastMonth, maxChildren, stableIncomes, true, shares, corrections);
  }

  /** Only dwellings of these statuses (keeping their relative shares). */
  public HouseholdGenerator withStatuses(HousingStatus... statuses) {
    double[] w = new double[STATUS_ORDER.length];
    for (HousingStatus st : statuses) {
      for (int i = 0; i < STATUS_ORDER.length; i++) {
        if (STATUS_ORDER[i] == st) {
          w[i] = shares.statuses()[i] > 0 ? shares.statuses()[i] : 1;
        }
      }
    }
    return withShares(new PopulationShares(shares.composition(), shares.childrenCount(), shares.profiles(), w, shares.zones(),
        shares.fullTimeNetPay(), shares.sharedShare(), shares.experimentShare()));
  }

  /** Other population shares. */
  public HouseholdGenerator withShares(PopulationShares newShares) {
    return new HouseholdGenerator(firstMonth, lastMonth, maxChildren, stableIncomes, tenantsOnly, newShares, corrections);
  }

  /** Late data and corrections per {@code model}. */
  public HouseholdGenerator withCorrections(CorrectionModel model) {
    return new HouseholdGenerator(firstMonth, lastMonth, maxChildren, stableIncomes, tenantsOnly, shares, model);
  }

  /** The first month with resources. */
  public YearMonth firstMonth() {
    return firstMonth;
  }

  /** The last month with resources. */
  public YearMonth lastMonth() {
    return lastMonth;
  }

  /** A household of full complexity. */
  public Household next(RandomGenerator rng) {
    return next(rng, 100);
  }

  /** A household of the given complexity (0..100), named {@code gen-<n>}. */
  public Household next(RandomGenerator rng, int complexity) {
    return next(rng, complexity, "gen-" + Long.toHexString(rng.nextLong() & 0xffffffL));
  }

  /** A household of the given complexity (0..100) with the id {@code id}. */
  public Household next(RandomGenerator rng, int complexity, String id) {
    int c = Math.max(0, Math.min(100, complexity));
    double scale = c / 100.0;
    // ages are those at the first month with resources, so that every member has that age or more throughout
    LocalDate ref = firstMonth.atDay(1);
    int composition = c == 0 ? 0 : PopulationShares.pick(rng, shares.composition());
    boolean couple = composition >= 2;
    int children = 0;
    if ((composition == 1 || composition == 3) && maxChildren > 0) {
      children = Math.min(maxChildren, Math.max(1, (int) Math.round((1 + PopulationShares.pick(rng, shares.childrenCount())) * scale)));
    }
    List<Person> persons = new ArrayList<>();
    List<Profile> profiles = new ArrayList<>();
    for (int a = 0; a < (couple ? 2 : 1); a++) {
      Profile p = c == 0 ? Profile.NONE : Profile.values()[PopulationShares.pick(rng, shares.profiles())];
      profiles.add(p);
      int age = p == Profile.PENSIONER ? 62 + rng.nextInt(25) : p == Profile.STUDENT ? 18 + rng.nextInt(10) : 20 + rng.nextInt(45);
      LocalDate birth = ref.minusYears(age).minusDays(rng.nextInt(365));
      Optional<LocalDate> unemployed = p == Profile.UNEMPLOYED
          ? Optional.of(ref.minusMonths(1 + rng.nextInt(30)).withDayOfMonth(1 + rng.nextInt(28))) : Optional.empty();
      persons.add(new Person("a" + (a + 1), Role.ADULT, birth, p == Profile.STUDENT, p == Profile.STUDENT && rng.nextBoolean(),
          false, p == Profile.PENSIONER, unemployed, false));
    }
    for (int k = 0; k < children; k++) {
      LocalDate birth = ref.minusYears(rng.nextInt(18)).minusDays(1 + rng.nextInt(365));
      persons.add(new Person("c" + (k + 1), Role.CHILD, birth, false, false, false, false, Optional.empty(), false));
      profiles.add(Profile.NONE);
    }
    ResourceHistory.Builder resources = ResourceHistory.builder(persons.size());
    for (int i = 0; i < persons.size(); i++) {
      incomes(rng, resources, i, profiles.get(i), scale);
    }
    Household.Builder h = Household.builder(id);
    persons.forEach(h::person);
    h.housing(housing(rng, c, couple ? 2 : 1, children));
    if (children > 0 && c > 0 && rng.nextDouble() < 0.5) {
      h.received(ReceivedBenefit.AF, MonthlyAmounts.constantNanoEuros(children >= 2 ? Fixed.euros("151.80") : 0));
    }
    h.received(ReceivedBenefit.RSA, MonthlyAmounts.none());
    h.recentIsolation(!couple && children > 0 && rng.nextDouble() < 0.2 * scale);
    h.rsaPaExperiment(c > 0 && rng.nextDouble() < shares.experimentShare());
    return h.resources(resources.build()).build();
  }

  private Housing housing(RandomGenerator rng, int c, int adults, int children) {
    double[] weights = shares.statuses().clone();
    if (tenantsOnly) {
      weights[3] = 0;
      weights[4] = 0;
    }
    HousingStatus status = c == 0 ? HousingStatus.TENANT : STATUS_ORDER[PopulationShares.pick(rng, weights)];
    int zone = 1 + PopulationShares.pick(rng, shares.zones());
    if (!status.isTenant()) {
      return new Housing(status, MonthlyAmounts.none(), zone, false, false, false);
    }
    long rent = Fixed.euros("250") + Fixed.toCent(Fixed.times(Fixed.CENT, rng.nextLong(60_000 + 20_000L * (adults + children))));
    boolean shared = c > 0 && children == 0 && rng.nextDouble() < shares.sharedShare();
    boolean room = c > 0 && status == HousingStatus.TENANT_FURNISHED && rng.nextDouble() < 0.3;
    return new Housing(status, MonthlyAmounts.constantNanoEuros(rent), zone, status == HousingStatus.SOCIAL_TENANT, shared, room);
  }

  private void incomes(RandomGenerator rng, ResourceHistory.Builder b, int person, Profile profile, double scale) {
    if (profile == Profile.NONE) {
      return;
    }
    // full-time equivalent share of the minimum wage: 30 % to 130 %
    long fte = Fixed.rate("0.30") + Fixed.of(java.math.BigDecimal.valueOf(rng.nextInt(1001), 3));
    long level = Fixed.toCent(Fixed.mul(Fixed.times(Fixed.ONE, shares.fullTimeNetPay()), fte));
    if (scale < 1) {
      level = Fixed.toCent(Fixed.mul(level, Fixed.of(java.math.BigDecimal.valueOf(Math.max(5, Math.round(scale * 100)), 2))));
    }
    switch (profile) {
      case STABLE_WORKER -> monthly(rng, b, person, level, 1.0, 0, IncomeCategory.SALARY_NET, IncomeCategory.SALARY_TAXABLE, "1.03");
      case IRREGULAR_WORKER -> monthly(rng, b, person, level, 0.65, 15, IncomeCategory.SALARY_NET, IncomeCategory.SALARY_TAXABLE, "1.03");
      case STUDENT -> monthly(rng, b, person, level / 3 / Fixed.CENT * Fixed.CENT, 0.5, 10, IncomeCategory.SALARY_NET, IncomeCategory.SALARY_TAXABLE, "1.03");
      case UNEMPLOYED -> monthly(rng, b, person, level * 57 / 100 / Fixed.CENT * Fixed.CENT, 1.0, 0, IncomeCategory.UNEMPLOYMENT_NET, IncomeCategory.UNEMPLOYMENT_TAXABLE, "1.00");
      case PENSIONER -> monthly(rng, b, person, level, 1.0, 0, IncomeCategory.PENSION_NET, IncomeCategory.PENSION_TAXABLE, "1.07");
      default -> { }
    }
  }

  /**
   * Net and taxable amounts of one income over the months: paid in a month with probability
   * {@code presence}, varying by up to {@code jitterPercent}; taxable = net × {@code taxableRatio}
   * (an approximation of the CSG/CRDS not deductible, for test data only).
   */
  private void monthly(RandomGenerator rng, ResourceHistory.Builder b, int person, long level, double presence,
      int jitterPercent, IncomeCategory net, IncomeCategory taxable, String taxableRatio) {
    long ratio = Fixed.rate(taxableRatio);
    if (stableIncomes || (presence >= 1.0 && jitterPercent == 0 && corrections.isNone())) {
      b.constantNanoEuros(person, net, level);
      b.constantNanoEuros(person, taxable, Fixed.toCent(Fixed.mul(level, ratio)));
      return;
    }
    for (YearMonth m = firstMonth; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
      long amount = 0;
      if (rng.nextDouble() < presence) {
        long jitter = jitterPercent == 0 ? 0 : rng.nextInt(2 * jitterPercent + 1) - jitterPercent;
        amount = Fixed.toCent(level + Fixed.mulDiv(level, jitter, 100, java.math.RoundingMode.HALF_UP));
      }
      record(rng, b, person, net, taxable, ratio, m, amount);
    }
  }

  /**
   * Records the net and taxable amounts of a month as they become known: first on the
   * {@code firstKnownLagDays}-th day after the month, then — for a share of them — corrected together
   * (the same payslip corrected), or first known only late.
   */
  private void record(RandomGenerator rng, ResourceHistory.Builder b, int person, IncomeCategory net,
      IncomeCategory taxable, long ratio, YearMonth m, long amount) {
    long taxableAmount = Fixed.toCent(Fixed.mul(amount, ratio));
    if (corrections.isNone()) {
      b.valueNanoEuros(person, net, m, amount);
      b.valueNanoEuros(person, taxable, m, taxableAmount);
      return;
    }
    LocalDate first = m.plusMonths(1).atDay(1).plusDays(corrections.firstKnownLagDays());
    LocalDate later = m.plusMonths(corrections.minDelayMonths()
        + rng.nextInt(corrections.maxDelayMonths() - corrections.minDelayMonths() + 1)).plusMonths(1).atDay(1)
        .plusDays(corrections.firstKnownLagDays() + 5);
    double u = rng.nextDouble();
    if (u < corrections.lateShare()) {
      b.valueNanoEuros(person, net, m, amount, later);
      b.valueNanoEuros(person, taxable, m, taxableAmount, later);
      return;
    }
    b.valueNanoEuros(person, net, m, amount, first);
    b.valueNanoEuros(person, taxable, m, taxableAmount, first);
    if (u < corrections.lateShare() + corrections.correctedShare() && amount != 0) {
      int pct = corrections.maxRelativeChangePercent() == 0 ? 0
          : rng.nextInt(2 * corrections.maxRelativeChangePercent() + 1) - corrections.maxRelativeChangePercent();
      long corrected = Math.max(0, Fixed.toCent(amount + Fixed.mulDiv(amount, pct, 100, java.math.RoundingMode.HALF_UP)));
      if (corrected != amount) {
        b.valueNanoEuros(person, net, m, corrected, later);
        b.valueNanoEuros(person, taxable, m, Fixed.toCent(Fixed.mul(corrected, ratio)), later);
      }
    }
  }

  private static final HousingStatus[] STATUS_ORDER = {HousingStatus.TENANT, HousingStatus.TENANT_FURNISHED,
      HousingStatus.SOCIAL_TENANT, HousingStatus.OWNER, HousingStatus.LODGED_FREE};

  /** Income profiles of an adult, in the order of {@link PopulationShares#profiles()}. */
  enum Profile {
    NONE, STABLE_WORKER, IRREGULAR_WORKER, UNEMPLOYED, PENSIONER, STUDENT
  }
}
