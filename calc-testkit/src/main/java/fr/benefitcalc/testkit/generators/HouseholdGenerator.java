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
  private final LabourDynamics dynamics;
  private final RentModel rents;
  private final double recentIsolationShare;
  private final DeclarationErrors declarations;
  private final FamilyBenefits families;
  /**
   * The month from which the ages of the initial children are drawn (backwards, up to 18 years), or null: the first
   * month with resources. With the calibrated family benefits, the timeline cases set it to the first month of
   * right, so that the population has its children under 3 (a generator whose ages were those at the first month
   * of resources, 25 months before the span, had none under 2 in the span).
   */
  private final YearMonth childrenBornBy;
  /**
   * The days a value of month {@code firstMonth + k - 1} is first known ({@code firstKnown[k]}) and the days a
   * correction made {@code j} months after month {@code firstMonth + k - 1 - j} is known ({@code laterKnown[k]}), per
   * {@link #corrections}: computed once, read for every value drawn.
   */
  private final LocalDate[] firstKnown;
  private final LocalDate[] laterKnown;

  private HouseholdGenerator(YearMonth firstMonth, YearMonth lastMonth, int maxChildren, boolean stableIncomes,
      boolean tenantsOnly, PopulationShares shares, CorrectionModel corrections) {
    this(firstMonth, lastMonth, maxChildren, stableIncomes, tenantsOnly, shares, corrections, LabourDynamics.none(),
        RentModel.legacy(), 0.2);
  }

  private HouseholdGenerator(YearMonth firstMonth, YearMonth lastMonth, int maxChildren, boolean stableIncomes,
      boolean tenantsOnly, PopulationShares shares, CorrectionModel corrections, LabourDynamics dynamics, RentModel rents,
      double recentIsolationShare) {
    this(firstMonth, lastMonth, maxChildren, stableIncomes, tenantsOnly, shares, corrections, dynamics, rents,
        recentIsolationShare, DeclarationErrors.none());
  }

  private HouseholdGenerator(YearMonth firstMonth, YearMonth lastMonth, int maxChildren, boolean stableIncomes,
      boolean tenantsOnly, PopulationShares shares, CorrectionModel corrections, LabourDynamics dynamics, RentModel rents,
      double recentIsolationShare, DeclarationErrors declarations) {
    this(firstMonth, lastMonth, maxChildren, stableIncomes, tenantsOnly, shares, corrections, dynamics, rents,
        recentIsolationShare, declarations, FamilyBenefits.legacy());
  }

  private HouseholdGenerator(YearMonth firstMonth, YearMonth lastMonth, int maxChildren, boolean stableIncomes,
      boolean tenantsOnly, PopulationShares shares, CorrectionModel corrections, LabourDynamics dynamics, RentModel rents,
      double recentIsolationShare, DeclarationErrors declarations, FamilyBenefits families) {
    this(firstMonth, lastMonth, maxChildren, stableIncomes, tenantsOnly, shares, corrections, dynamics, rents,
        recentIsolationShare, declarations, families, null);
  }

  private HouseholdGenerator(YearMonth firstMonth, YearMonth lastMonth, int maxChildren, boolean stableIncomes,
      boolean tenantsOnly, PopulationShares shares, CorrectionModel corrections, LabourDynamics dynamics, RentModel rents,
      double recentIsolationShare, DeclarationErrors declarations, FamilyBenefits families, YearMonth childrenBornBy) {
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
    this.dynamics = dynamics;
    this.rents = rents;
    this.recentIsolationShare = recentIsolationShare;
    this.declarations = declarations;
    this.families = families;
    this.childrenBornBy = childrenBornBy;
    int months = (lastMonth.getYear() - firstMonth.getYear()) * 12 + lastMonth.getMonthValue() - firstMonth.getMonthValue()
        + corrections.maxDelayMonths() + 2;
    this.firstKnown = new LocalDate[months];
    this.laterKnown = new LocalDate[months];
    for (int k = 0; k < months; k++) {
      LocalDate start = firstMonth.plusMonths(k).atDay(1);
      firstKnown[k] = start.plusDays(corrections.firstKnownLagDays());
      laterKnown[k] = start.plusDays(corrections.firstKnownLagDays() + 5);
    }
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
   * report's order of late data ({@link CorrectionModel#typical()}), employment as contract spells
   * ({@link LabourDynamics#calibrated()}), rents placed against the ceilings of their zone and
   * composition ({@link RentModel#calibrated()}), over {@code first..last}. No household carries the
   * undated "recent isolation" flag: the lone-parent increase comes only from what the rules date
   * themselves (a child under 3, a pregnancy).
   */
  public static HouseholdGenerator calibrated(YearMonth first, YearMonth last) {
    return new HouseholdGenerator(first, last, 4, false, false, PopulationShares.calibrated(), CorrectionModel.typical(),
        LabourDynamics.calibrated(), RentModel.calibrated(), 0.0, DeclarationErrors.calibrated(), FamilyBenefits.calibrated());
  }

  /** Resources over {@code first..last} (the months a rule may read, e.g. M-24..M). */
  public HouseholdGenerator withMonths(YearMonth first, YearMonth last) {
    return new HouseholdGenerator(first, last, maxChildren, stableIncomes, tenantsOnly, shares, corrections, dynamics, rents, recentIsolationShare, declarations, families, childrenBornBy);
  }

  /** At most {@code n} children. */
  public HouseholdGenerator withMaxChildren(int n) {
    return new HouseholdGenerator(firstMonth, lastMonth, n, stableIncomes, tenantsOnly, shares, corrections, dynamics, rents, recentIsolationShare, declarations, families, childrenBornBy);
  }

  /** Every income the same in every month (for comparing reference periods). */
  public HouseholdGenerator withStableIncomes() {
    return new HouseholdGenerator(firstMonth, lastMonth, maxChildren, true, tenantsOnly, shares, corrections, dynamics, rents, recentIsolationShare, declarations, families, childrenBornBy);
  }

  /** Only tenants (private, furnished or social), for the housing benefit. */
  public HouseholdGenerator withTenantsOnly() {
    return new HouseholdGenerator(firstMonth, lastMonth, maxChildren, stableIncomes, true, shares, corrections, dynamics, rents, recentIsolationShare, declarations, families, childrenBornBy);
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
        shares.fullTimeNetPay(), shares.sharedShare(), shares.experimentShare(), shares.partnerSameProfile()));
  }

  /** Other population shares. */
  public HouseholdGenerator withShares(PopulationShares newShares) {
    return new HouseholdGenerator(firstMonth, lastMonth, maxChildren, stableIncomes, tenantsOnly, newShares, corrections, dynamics, rents, recentIsolationShare, declarations, families, childrenBornBy);
  }

  /** Employment dynamics per {@code model}. */
  public HouseholdGenerator withDynamics(LabourDynamics model) {
    return new HouseholdGenerator(firstMonth, lastMonth, maxChildren, stableIncomes, tenantsOnly, shares, corrections,
        model, rents, recentIsolationShare, declarations, families, childrenBornBy);
  }

  /** Misstated declared resources per {@code model}. */
  public HouseholdGenerator withDeclarationErrors(DeclarationErrors model) {
    return new HouseholdGenerator(firstMonth, lastMonth, maxChildren, stableIncomes, tenantsOnly, shares, corrections,
        dynamics, rents, recentIsolationShare, model, families, childrenBornBy);
  }

  /** Family benefits received per {@code model}. */
  public HouseholdGenerator withFamilyBenefits(FamilyBenefits model) {
    return new HouseholdGenerator(firstMonth, lastMonth, maxChildren, stableIncomes, tenantsOnly, shares, corrections,
        dynamics, rents, recentIsolationShare, declarations, model, childrenBornBy);
  }

  /** Rents per {@code model}. */
  public HouseholdGenerator withRents(RentModel model) {
    return new HouseholdGenerator(firstMonth, lastMonth, maxChildren, stableIncomes, tenantsOnly, shares, corrections,
        dynamics, model, recentIsolationShare, declarations, families, childrenBornBy);
  }

  /** Late data and corrections per {@code model}. */
  public HouseholdGenerator withCorrections(CorrectionModel model) {
    return new HouseholdGenerator(firstMonth, lastMonth, maxChildren, stableIncomes, tenantsOnly, shares, model, dynamics, rents, recentIsolationShare, declarations, families, childrenBornBy);
  }

  /**
   * The initial children born by the month before {@code month} at the latest (their ages drawn backwards from it),
   * when the calibrated family benefits are drawn; otherwise unchanged. A child born after the first month with
   * resources is in the household from the start and counts from its birth (CCH and CASF rules read the birth date).
   */
  HouseholdGenerator withChildrenBornBy(YearMonth month) {
    return new HouseholdGenerator(firstMonth, lastMonth, maxChildren, stableIncomes, tenantsOnly, shares, corrections,
        dynamics, rents, recentIsolationShare, declarations, families, families.shortcut() ? null : month);
  }

  /** Whether the households receive the calibrated family benefits (hence the PAJE of a child born later). */
  boolean drawsPaje() {
    return !families.shortcut();
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
      if (a == 1 && shares.partnerSameProfile() > 0 && rng.nextDouble() < shares.partnerSameProfile()) {
        p = profiles.get(0); // partners resemble each other (PopulationShares.PARTNER_SAME_PROFILE)
      }
      profiles.add(p);
      int age = p == Profile.PENSIONER ? 62 + rng.nextInt(25) : p == Profile.STUDENT ? 18 + rng.nextInt(10) : 20 + rng.nextInt(45);
      LocalDate birth = ref.minusYears(age).minusDays(rng.nextInt(365));
      Optional<LocalDate> unemployed = p == Profile.UNEMPLOYED
          ? Optional.of(ref.minusMonths(1 + rng.nextInt(30)).withDayOfMonth(1 + rng.nextInt(28))) : Optional.empty();
      persons.add(new Person("a" + (a + 1), Role.ADULT, birth, p == Profile.STUDENT, p == Profile.STUDENT && rng.nextBoolean(),
          false, p == Profile.PENSIONER, unemployed, false));
    }
    for (int k = 0; k < children; k++) {
      LocalDate birth = (childrenBornBy == null || families.shortcut() ? ref : childrenBornBy.atDay(1)).minusYears(rng.nextInt(18))
          .minusDays(1 + rng.nextInt(365));
      persons.add(new Person("c" + (k + 1), Role.CHILD, birth, false, false, false, false, Optional.empty(), false));
      profiles.add(Profile.NONE);
    }
    ResourceHistory.Builder resources = ResourceHistory.builder(persons.size());
    for (int i = 0; i < persons.size(); i++) {
      if (c > 0 && i < (couple ? 2 : 1) && !dynamics.isNone() && !stableIncomes && profiles.get(i).moves()) {
        spells(rng, resources, i, profiles.get(i), level(rng, scale), misstatement(rng, i < (couple ? 2 : 1)));
      } else {
        incomes(rng, resources, i, profiles.get(i), scale, misstatement(rng, i < (couple ? 2 : 1)));
      }
    }
    Household.Builder h = Household.builder(id);
    persons.forEach(h::person);
    h.housing(housing(rng, c, couple ? 2 : 1, children));
    if (families.shortcut()) {
      if (children > 0 && c > 0 && rng.nextDouble() < 0.5) {
        h.received(ReceivedBenefit.AF, MonthlyAmounts.constantNanoEuros(children >= 2 ? Fixed.euros("151.80") : 0));
      }
    } else if (children > 0 && c > 0) {
      int n = children;
      if (n >= 2) {
        MonthlyAmounts af = FamilyBenefits.byMonth(firstMonth, lastMonth, m -> FamilyBenefits.af(n, m));
        h.received(ReceivedBenefit.AF, af);
        h.received(ReceivedBenefit.AF_BASE, af);
      }
      if (n >= 3) {
        h.received(ReceivedBenefit.CF, FamilyBenefits.byMonth(firstMonth, lastMonth, m -> FamilyBenefits.cf(n, m)));
      }
      List<LocalDate> births = persons.stream().filter(x -> x.role() == Role.CHILD).map(Person::birthDate).toList();
      if (births.stream().anyMatch(b -> YearMonth.from(b).plusYears(3).isAfter(firstMonth))) {
        h.received(ReceivedBenefit.PAJE, FamilyBenefits.byMonth(firstMonth, lastMonth, m -> FamilyBenefits.paje(births, m)));
      }
      if (!couple && rng.nextDouble() < families.asfShare()) {
        h.received(ReceivedBenefit.ASF, FamilyBenefits.byMonth(firstMonth, lastMonth, m -> FamilyBenefits.asf(n, m)));
      }
    }
    h.received(ReceivedBenefit.RSA, MonthlyAmounts.none());
    h.recentIsolation(!couple && children > 0 && rng.nextDouble() < recentIsolationShare * scale);
    h.rsaPaExperiment(c > 0 && rng.nextDouble() < shares.experimentShare());
    return h.resources(resources.build()).build();
  }

  private Housing housing(RandomGenerator rng, int c, int adults, int children) {
    double[] weights = shares.statuses().clone();
    if (tenantsOnly) {
      weights[3] = 0;
      weights[4] = 0;
      weights[5] = 0;
      weights[6] = 0;
    }
    HousingStatus status = c == 0 ? HousingStatus.TENANT : STATUS_ORDER[PopulationShares.pick(rng, weights)];
    int zone = 1 + PopulationShares.pick(rng, shares.zones());
    if (status == HousingStatus.FOYER) {
      return foyer(rng, zone);
    }
    if (status == HousingStatus.HOME_BUYER) {
      return homeBuyer(rng, zone, adults + children);
    }
    if (!status.isTenant()) {
      return new Housing(status, MonthlyAmounts.none(), zone, false, false, false);
    }
    long rent;
    if (rents.isLegacy()) {
      rent = Fixed.euros("250") + Fixed.toCent(Fixed.times(Fixed.CENT, rng.nextLong(60_000 + 20_000L * (adults + children))));
    } else {
      double[] range = status == HousingStatus.SOCIAL_TENANT ? rents.socialRange() : rents.privateRange()[zone - 1];
      double factor = range[0] + (range[1] - range[0]) * rng.nextDouble();
      rent = Fixed.times(Fixed.CENT, Math.round(rents.reference(zone, adults, children) * factor));
    }
    boolean shared = c > 0 && children == 0 && rng.nextDouble() < shares.sharedShare();
    boolean room = c > 0 && status == HousingStatus.TENANT_FURNISHED && rng.nextDouble() < 0.3;
    return new Housing(status, MonthlyAmounts.constantNanoEuros(rent), zone, status == HousingStatus.SOCIAL_TENANT, shared, room);
  }

  /** A person's misstatement of his declared resources ({@link DeclarationErrors}): none when rate is 0. */
  private record Misstatement(int percent, boolean never) {
    static final Misstatement NONE = new Misstatement(0, false);
  }

  private Misstatement misstatement(RandomGenerator rng, boolean adult) {
    if (!adult || declarations.isNone() || corrections.isNone() || rng.nextDouble() >= declarations.personShare()) {
      return Misstatement.NONE;
    }
    int size = declarations.minSizePercent() + rng.nextInt(declarations.maxSizePercent() - declarations.minSizePercent() + 1);
    int signed = rng.nextDouble() < declarations.understatedShare() ? -size : size;
    return new Misstatement(signed, rng.nextDouble() < declarations.neverDetectedShare());
  }

  /**
   * A logement-foyer: équivalence de loyer et de charges 200 to 700 €, a kind of foyer of R832-20 drawn evenly,
   * conventionné one time in two (assumption: no published split was found), with a convention date drawn over
   * 1980-2020 where it selects the scale, and the resident's AL category drawn evenly (assumption).
   */
  private static Housing foyer(RandomGenerator rng, int zone) {
    long rent = Fixed.euros("200") + Fixed.times(Fixed.CENT, rng.nextLong(50_000));
    fr.benefitcalc.core.household.Foyer.Type[] types = fr.benefitcalc.core.household.Foyer.Type.values();
    fr.benefitcalc.core.household.Foyer.Type type = types[rng.nextInt(types.length)];
    boolean youngWorkers = rng.nextDouble() < 0.25;
    boolean conventionne = type != fr.benefitcalc.core.household.Foyer.Type.OTHER && rng.nextDouble() < 0.5;
    java.util.Optional<java.time.LocalDate> conventionDate = conventionne
        ? java.util.Optional.of(java.time.LocalDate.of(1980 + rng.nextInt(41), 1 + rng.nextInt(12), 1))
        : java.util.Optional.empty();
    fr.benefitcalc.core.household.Foyer.AlCategory[] categories = fr.benefitcalc.core.household.Foyer.AlCategory.values();
    return Housing.foyer(zone, MonthlyAmounts.constantNanoEuros(rent), conventionne,
        new fr.benefitcalc.core.household.Foyer(type, youngWorkers, conventionDate, categories[rng.nextInt(categories.length)]));
  }

  /**
   * An accédant repaying a loan signed 1995-2017, 300 to 1 300 € a month, for one of the purposes drawn evenly
   * (assumptions); the loan opens the APL with the probability {@link PopulationShares#APL_SHARE_OF_ACCEDANTS}
   * (a prêt conventionné, or one time in ten a location-accession contract: assumption), otherwise the AL.
   */
  private static Housing homeBuyer(RandomGenerator rng, int zone, int persons) {
    long payment = Fixed.euros("300") + Fixed.times(Fixed.CENT, rng.nextLong(70_000 + 10_000L * persons));
    java.time.LocalDate signed = java.time.LocalDate.of(1995 + rng.nextInt(23), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
    fr.benefitcalc.core.household.Loan.Purpose[] purposes = fr.benefitcalc.core.household.Loan.Purpose.values();
    fr.benefitcalc.core.household.Loan.Purpose purpose = purposes[rng.nextInt(purposes.length)];
    fr.benefitcalc.core.household.Loan.Kind kind = fr.benefitcalc.core.household.Loan.Kind.OTHER;
    if (rng.nextDouble() < PopulationShares.APL_SHARE_OF_ACCEDANTS) {
      kind = rng.nextInt(10) == 0 ? fr.benefitcalc.core.household.Loan.Kind.LOCATION_ACCESSION
          : fr.benefitcalc.core.household.Loan.Kind.CONVENTIONNE;
    }
    return Housing.homeBuyer(zone, new fr.benefitcalc.core.household.Loan(MonthlyAmounts.constantNanoEuros(payment), signed,
        kind, purpose, false, java.util.Optional.empty(), false, false));
  }

  private void incomes(RandomGenerator rng, ResourceHistory.Builder b, int person, Profile profile, double scale,
      Misstatement ms) {
    if (profile == Profile.NONE) {
      return;
    }
    long level = level(rng, scale);
    switch (profile) {
      case STABLE_WORKER -> monthly(rng, b, person, level, 1.0, 0, IncomeCategory.SALARY_NET, IncomeCategory.SALARY_TAXABLE, "1.03", ms);
      case IRREGULAR_WORKER -> monthly(rng, b, person, level, 0.65, 15, IncomeCategory.SALARY_NET, IncomeCategory.SALARY_TAXABLE, "1.03", ms);
      case STUDENT -> monthly(rng, b, person, level / 3 / Fixed.CENT * Fixed.CENT, 0.5, 10, IncomeCategory.SALARY_NET, IncomeCategory.SALARY_TAXABLE, "1.03", ms);
      case UNEMPLOYED -> monthly(rng, b, person, level * 57 / 100 / Fixed.CENT * Fixed.CENT, 1.0, 0, IncomeCategory.UNEMPLOYMENT_NET, IncomeCategory.UNEMPLOYMENT_TAXABLE, "1.00", ms);
      case PENSIONER -> monthly(rng, b, person, level, 1.0, 0, IncomeCategory.PENSION_NET, IncomeCategory.PENSION_TAXABLE, "1.07", ms);
      default -> { }
    }
  }

  /**
   * A full-time equivalent share of the minimum wage, from {@link LabourDynamics#lowestPayPercent()}
   * (30 % without dynamics) to 100 points above, scaled down with the complexity.
   */
  private long level(RandomGenerator rng, double scale) {
    long fte = Fixed.of(java.math.BigDecimal.valueOf(dynamics.lowestPayPercent(), 2))
        + Fixed.of(java.math.BigDecimal.valueOf(rng.nextInt(10 * dynamics.payRangePoints() + 1), 3));
    long level = Fixed.toCent(Fixed.mul(Fixed.times(Fixed.ONE, shares.fullTimeNetPay()), fte));
    if (scale < 1) {
      level = Fixed.toCent(Fixed.mul(level, Fixed.of(java.math.BigDecimal.valueOf(Math.max(5, Math.round(scale * 100)), 2))));
    }
    return level;
  }

  /**
   * An adult's path through work, unemployment benefit and no income ({@link LabourDynamics}): each
   * month the pay of the contract (varying by up to 15 % for a short contract) or the unemployment
   * benefit, then the transition drawn for the next month. A contract that ends without a benefit is
   * declared (a dated end of activity in its last month).
   */
  private void spells(RandomGenerator rng, ResourceHistory.Builder b, int person, Profile profile, long level,
      Misstatement ms) {
    final int work = 0;
    final int benefit = 1;
    final int none = 2;
    LabourDynamics d = dynamics;
    boolean stable = profile == Profile.STABLE_WORKER;
    boolean everWorked = profile == Profile.STABLE_WORKER || profile == Profile.IRREGULAR_WORKER;
    int state = switch (profile) {
      case STABLE_WORKER -> work;
      case IRREGULAR_WORKER -> rng.nextDouble() < d.contractStart() / (d.contractStart() + d.contractEnd()) ? work
          : rng.nextDouble() < d.benefitAfterEnd() ? benefit : none;
      case UNEMPLOYED -> benefit;
      default -> none;
    };
    long ratio = Fixed.rate("1.03");
    long benefitRatio = Fixed.rate("1.00");
    long benefitAmount = Fixed.toCent(Fixed.mulDiv(level, d.benefitRatePercent(), 100, java.math.RoundingMode.HALF_UP));
    for (YearMonth m = firstMonth; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
      long pay = 0;
      if (state == work) {
        long jitter = stable ? 0 : rng.nextInt(31) - 15;
        pay = Fixed.toCent(level + Fixed.mulDiv(level, jitter, 100, java.math.RoundingMode.HALF_UP));
      }
      record(rng, b, person, IncomeCategory.SALARY_NET, IncomeCategory.SALARY_TAXABLE, ratio, m, pay, ms);
      record(rng, b, person, IncomeCategory.UNEMPLOYMENT_NET, IncomeCategory.UNEMPLOYMENT_TAXABLE, benefitRatio, m,
          state == benefit ? benefitAmount : 0, ms);
      if (state == work) {
        if (rng.nextDouble() < (stable ? d.stableEnd() : d.contractEnd())) {
          stable = false;
          if (rng.nextDouble() < d.benefitAfterEnd()) {
            state = benefit;
          } else {
            state = none;
            LocalDate declared = m.plusMonths(1).atDay(1).plusDays(rng.nextInt(d.declarationDelayMaxDays() + 1));
            if (corrections.isNone()) {
              b.valueNanoEuros(person, IncomeCategory.ACTIVITY_END_DECLARED, m, Fixed.ONE);
            } else {
              b.valueNanoEuros(person, IncomeCategory.ACTIVITY_END_DECLARED, m, Fixed.ONE, declared);
            }
          }
        }
      } else {
        double start = everWorked ? d.contractStart()
            : profile == Profile.UNEMPLOYED ? d.unemployedStart() : d.inactiveStart();
        if (rng.nextDouble() < start) {
          state = work;
          everWorked = true;
          benefitAmount = Fixed.toCent(Fixed.mulDiv(level, d.benefitRatePercent(), 100, java.math.RoundingMode.HALF_UP));
        }
      }
    }
  }

  /**
   * Net and taxable amounts of one income over the months: paid in a month with probability
   * {@code presence}, varying by up to {@code jitterPercent}; taxable = net × {@code taxableRatio}
   * (an approximation of the CSG/CRDS not deductible, for test data only).
   */
  private void monthly(RandomGenerator rng, ResourceHistory.Builder b, int person, long level, double presence,
      int jitterPercent, IncomeCategory net, IncomeCategory taxable, String taxableRatio, Misstatement ms) {
    long ratio = Fixed.rate(taxableRatio);
    if (stableIncomes || (presence >= 1.0 && jitterPercent == 0 && corrections.isNone() && ms.percent() == 0)) {
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
      record(rng, b, person, net, taxable, ratio, m, amount, ms);
    }
  }

  /**
   * Records the net and taxable amounts of a month as they become known: first on the
   * {@code firstKnownLagDays}-th day after the month, then — for a share of them — corrected together
   * (the same payslip corrected), or first known only late.
   */
  private void record(RandomGenerator rng, ResourceHistory.Builder b, int person, IncomeCategory net,
      IncomeCategory taxable, long ratio, YearMonth m, long amount, Misstatement ms) {
    long taxableAmount = Fixed.toCent(Fixed.mul(amount, ratio));
    if (net != IncomeCategory.SALARY_NET && !declarations.replacementIncomes()) {
      ms = Misstatement.NONE; // a replacement income is declared right (DeclarationErrors.replacementIncomes)
    }
    if (corrections.isNone()) {
      b.valueNanoEuros(person, net, m, amount);
      b.valueNanoEuros(person, taxable, m, taxableAmount);
      return;
    }
    // the first day known: the firstKnownLagDays-th day of the next month; a correction's: 5 days later in the month
    // minDelayMonths..maxDelayMonths after that
    int k = (m.getYear() - firstMonth.getYear()) * 12 + m.getMonthValue() - firstMonth.getMonthValue() + 1;
    int delay = corrections.minDelayMonths() + rng.nextInt(corrections.maxDelayMonths() - corrections.minDelayMonths() + 1);
    LocalDate first = firstKnown[k];
    LocalDate later = laterKnown[k + delay];
    // payroll corrections ("flottantes", [152]) concern pay declared by employers (DSN); with employment
    // dynamics, benefits paid by France Travail or pension funds are taken as exact when first known
    double u = !dynamics.isNone() && net != IncomeCategory.SALARY_NET ? 1.0 : rng.nextDouble();
    long truth = amount;
    if (u < corrections.lateShare()) {
      known(b, person, net, taxable, ratio, m, misstated(amount, ms), later);
    } else {
      known(b, person, net, taxable, ratio, m, misstated(amount, ms), first);
      if (u < corrections.lateShare() + corrections.correctedShare() && amount != 0) {
        int pct = corrections.maxRelativeChangePercent() == 0 ? 0
            : rng.nextInt(2 * corrections.maxRelativeChangePercent() + 1) - corrections.maxRelativeChangePercent();
        truth = Math.max(0, Fixed.toCent(amount + Fixed.mulDiv(amount, pct, 100, java.math.RoundingMode.HALF_UP)));
        if (truth != amount) {
          known(b, person, net, taxable, ratio, m, misstated(truth, ms), later);
        }
      }
    }
    if (ms.percent() != 0 && truth != 0) {
      // the true amount, found by a cross-check (or never within the prescription)
      LocalDate found = ms.never() ? m.plusMonths(DeclarationErrors.NEVER_MONTHS).atDay(15)
          : LocalDate.of(m.getYear() + 1, declarations.crossCheckMonth(), 15);
      known(b, person, net, taxable, ratio, m, truth, found);
    }
  }

  private static long misstated(long amount, Misstatement ms) {
    return ms.percent() == 0 ? amount
        : Math.max(0, Fixed.toCent(amount + Fixed.mulDiv(amount, ms.percent(), 100, java.math.RoundingMode.HALF_UP)));
  }

  private static void known(ResourceHistory.Builder b, int person, IncomeCategory net, IncomeCategory taxable, long ratio,
      YearMonth m, long amount, LocalDate on) {
    b.valueNanoEuros(person, net, m, amount, on);
    b.valueNanoEuros(person, taxable, m, Fixed.toCent(Fixed.mul(amount, ratio)), on);
  }

  private static final HousingStatus[] STATUS_ORDER = {HousingStatus.TENANT, HousingStatus.TENANT_FURNISHED,
      HousingStatus.SOCIAL_TENANT, HousingStatus.OWNER, HousingStatus.LODGED_FREE, HousingStatus.FOYER,
      HousingStatus.HOME_BUYER};

  /** Income profiles of an adult, in the order of {@link PopulationShares#profiles()}. */
  enum Profile {
    NONE, STABLE_WORKER, IRREGULAR_WORKER, UNEMPLOYED, PENSIONER, STUDENT;

    /** Whether the adult moves between work and unemployment under {@link LabourDynamics}. */
    boolean moves() {
      return this == NONE || this == STABLE_WORKER || this == IRREGULAR_WORKER || this == UNEMPLOYED;
    }
  }
}
