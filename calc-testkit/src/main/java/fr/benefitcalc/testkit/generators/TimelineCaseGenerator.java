package fr.benefitcalc.testkit.generators;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.timeline.explain.Cause.SituationKnown;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * Generates {@link TimelineCase}s: a household drawn by a {@link HouseholdGenerator} (with its late
 * data and corrections, {@link CorrectionModel}) followed over a span of months, with situation
 * changes drawn per a {@link SituationChangeModel} (births, separations, moves). Deterministic for a
 * random generator state; the same {@code complexity} scale as the household generator (0: a single
 * adult without income, no late data effect, no change).
 *
 * <pre>{@code
 * MonthRange span = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 12));
 * TimelineCaseGenerator g = TimelineCaseGenerator.of(HouseholdGenerator.defaults().withTenantsOnly(), span)
 *     .withCorrections(CorrectionModel.typical())
 *     .withSituationChanges(SituationChangeModel.frequent());
 * TimelineCase c = g.next(new SplittableRandom(42), 100, "seed-42");
 * }</pre>
 *
 * <p>The households' resources cover the 25 months before the span (the AL reads M-13..M-2 and its
 * first decision may be taken up to a year before the span) to its last month: {@link #of} sets the
 * household generator's months accordingly.
 */
public final class TimelineCaseGenerator {
  /** Months of resources generated before the span. */
  static final int MONTHS_BEFORE = 25;

  private final HouseholdGenerator households;
  private final MonthRange span;
  private final SituationChangeModel changes;
  private final SituationErrors errors;

  private TimelineCaseGenerator(HouseholdGenerator households, MonthRange span, SituationChangeModel changes,
      SituationErrors errors) {
    this.households = Objects.requireNonNull(households, "households");
    this.span = Objects.requireNonNull(span, "span");
    this.changes = Objects.requireNonNull(changes, "changes");
    this.errors = Objects.requireNonNull(errors, "errors");
  }

  /** Households of {@code households} (its months set to the span's needs) over {@code span}, no situation change. */
  public static TimelineCaseGenerator of(HouseholdGenerator households, MonthRange span) {
    return new TimelineCaseGenerator(households.withMonths(span.first().minusMonths(MONTHS_BEFORE), span.last())
        .withChildrenBornBy(span.first()), span, SituationChangeModel.none(), SituationErrors.none());
  }

  /** Situation changes drawn per {@code model}. */
  public TimelineCaseGenerator withSituationChanges(SituationChangeModel model) {
    return new TimelineCaseGenerator(households, span, model, errors);
  }

  /**
   * When the agency learns each change, the couples formed, the rents declared wrong and the agents' input
   * errors per {@code model} ({@link SituationErrors#none()}: every change known on the first day of its month).
   */
  public TimelineCaseGenerator withSituationErrors(SituationErrors model) {
    return new TimelineCaseGenerator(households, span, changes, model);
  }

  /** Late data and corrections per {@code model}. */
  public TimelineCaseGenerator withCorrections(CorrectionModel model) {
    return new TimelineCaseGenerator(households.withCorrections(model), span, changes, errors);
  }

  /** Another household generator (its months set to the span's needs). */
  public TimelineCaseGenerator withHouseholds(HouseholdGenerator generator) {
    return of(generator, span).withSituationChanges(changes).withSituationErrors(errors);
  }

  /** The situation errors' model. */
  public SituationErrors situationErrors() {
    return errors;
  }

  /** The months of right. */
  public MonthRange span() {
    return span;
  }

  /** The household generator (months already set). */
  public HouseholdGenerator households() {
    return households;
  }

  /** A case of full complexity. */
  public TimelineCase next(RandomGenerator rng) {
    return next(rng, 100, "gen-" + Long.toHexString(rng.nextLong() & 0xffffffL));
  }

  /** A case of the given complexity (0..100) whose household has the identifier {@code id}. */
  public TimelineCase next(RandomGenerator rng, int complexity, String id) {
    Household initial = households.next(rng, complexity, id);
    int c = Math.max(0, Math.min(100, complexity));
    double scale = c / 100.0;
    TreeMap<YearMonth, Household> situations = new TreeMap<>();
    if (c == 0 || span.length() < 2) {
      return new TimelineCase(span, initial, situations);
    }
    // the kinds in a fixed order, each drawn once, so that the draws do not depend on what came before
    YearMonth birth = draw(rng, changes.birthsPerYear() * scale);
    YearMonth separation = draw(rng, changes.separationsPerYear() * scale);
    YearMonth move = draw(rng, changes.movesPerYear() * scale);
    int rentPercent = 70 + rng.nextInt(61);
    int zone = 1 + rng.nextInt(3);
    int birthDay = 1 + rng.nextInt(28);
    // situation errors: drawn only when there are some, after every other draw (the former cases stay the same)
    boolean late = !errors.isNone();
    YearMonth coupled = late ? draw(rng, errors.couplesFormedPerYear() * scale) : null;
    int partnerPay = late ? between(rng, errors.partnerMinPayPercent(), errors.partnerMaxPayPercent()) : 0;
    Household current = initial;
    YearMonth isolationEnds = null;
    TreeMap<YearMonth, TimelineCase.Learnt> learnt = new TreeMap<>();
    LocalDate lastKnown = LocalDate.MIN;
    for (YearMonth m : span) {
      Household next = current;
      List<String> what = new ArrayList<>();
      boolean unfavourable = false;
      boolean onlyIsolationEnd = false;
      if (m.equals(isolationEnds) && next.recentIsolation()) {
        next = withoutRecentIsolation(next);
        what.add("end of the increase for isolation");
        onlyIsolationEnd = true;
      }
      if (m.equals(birth)) {
        next = withBirth(next, m, birthDay, households);
        what.add("birth");
        onlyIsolationEnd = false;
      }
      if (m.equals(separation) && next.couple()) {
        next = withoutSecondAdult(next);
        // the increase for isolation lasts 12 months (CASF R262-2, L262-9: twelve months within the eighteen
        // that follow the isolation); the rules date the increase of a child under 3 themselves
        isolationEnds = next.recentIsolation() ? m.plusMonths(12) : null;
        what.add("separation");
        onlyIsolationEnd = false;
      }
      if (m.equals(move) && next.housing().isPresent() && next.housing().get().status().isTenant()) {
        long before = next.housing().get().rent().at(m.minusMonths(1));
        next = withMove(next, rentPercent, zone, m);
        what.add("move");
        unfavourable |= next.housing().get().rent().at(m) < before;
        onlyIsolationEnd = false;
      }
      if (m.equals(coupled) && !next.couple()) {
        next = withPartner(next, partnerPay);
        what.add("couple formed");
        unfavourable = true;
        onlyIsolationEnd = false;
      }
      if (next != current) {
        situations.put(m, next);
        current = next;
        if (late) {
          // the end of the increase is the rules' own date: the agency knows it once it knows the separation;
          // a change is learnt no earlier than the changes before it (each situation is the whole household)
          Known k = known(rng, unfavourable ? errors.unfavourable() : errors.favourable(), m);
          LocalDate known = k.day();
          SituationKnown.Origin origin = k.origin();
          if (onlyIsolationEnd) {
            known = m.atDay(1);
            origin = SituationKnown.Origin.DECLARED;
          }
          if (known.isBefore(lastKnown)) {
            known = lastKnown;
          }
          lastKnown = known;
          learnt.put(m, new TimelineCase.Learnt(known, origin, String.join(", ", what)));
        }
      }
    }
    if (!late) {
      return new TimelineCase(span, initial, situations);
    }
    List<TimelineCase.HeldError> held = new ArrayList<>();
    rentError(rng, initial, situations, scale).ifPresent(held::add);
    processingError(rng, initial, situations, scale).ifPresent(held::add);
    return new TimelineCase(span, initial, situations, learnt, held);
  }

  private static int between(RandomGenerator rng, int min, int max) {
    return min + rng.nextInt(max - min + 1);
  }

  /**
   * The day the agency learns a change of month {@code m} (or corrects an error of it) per {@code k}: three
   * draws whatever the outcome, so that the next draws do not depend on it.
   */
  private static Known known(RandomGenerator rng, SituationErrors.Knowledge k, YearMonth m) {
    double u = rng.nextDouble();
    double v = rng.nextDouble();
    int day = 1 + rng.nextInt(28);
    if (u < k.neverShare()) {
      return new Known(m.plusMonths(DeclarationErrors.NEVER_MONTHS).atDay(day), SituationKnown.Origin.CONTROL);
    }
    if (u < k.neverShare() + k.controlShare()) {
      return new Known(m.plusMonths(k.controlMinMonths() + (int) (v * (k.controlMaxMonths() - k.controlMinMonths() + 1)))
          .atDay(day), SituationKnown.Origin.CONTROL);
    }
    if (u < k.neverShare() + k.controlShare() + k.lateShare()) {
      return new Known(m.plusMonths(1 + (int) (v * k.lateMaxMonths())).atDay(day), SituationKnown.Origin.DECLARED);
    }
    return new Known(m.atDay(day), SituationKnown.Origin.DECLARED);
  }

  /** A day the agency learns something, and how. */
  private record Known(LocalDate day, SituationKnown.Origin origin) {}

  /** The situation in force in {@code m}. */
  private static Household at(Household initial, TreeMap<YearMonth, Household> situations, YearMonth m) {
    var e = situations.floorEntry(m);
    return e == null ? initial : e.getValue();
  }

  /**
   * A tenant's rent declared wrong from a month of the span (by {@code rentErrorMinPercent} to
   * {@code rentErrorMaxPercent}), corrected by a control or never in time: 4 + 3 draws.
   */
  private java.util.Optional<TimelineCase.HeldError> rentError(RandomGenerator rng, Household initial,
      TreeMap<YearMonth, Household> situations, double scale) {
    double u = rng.nextDouble();
    YearMonth from = span.first().plusMonths(rng.nextInt(span.length()));
    int percent = between(rng, errors.rentErrorMinPercent(), errors.rentErrorMaxPercent());
    boolean over = rng.nextDouble() < errors.rentOverstatedShare();
    LocalDate corrected = known(rng, errors.rentErrorControl(), from).day();
    Household truth = at(initial, situations, from);
    if (u >= errors.rentErrorShare() * scale || truth.housing().isEmpty() || !truth.housing().get().status().isTenant()) {
      return java.util.Optional.empty();
    }
    Housing h = truth.housing().get();
    long rent = h.rent().at(from);
    long wrong = Fixed.toCent(Fixed.mulDiv(rent, 100 + (over ? percent : -percent), 100, RoundingMode.HALF_UP));
    LocalDate entered = from.atDay(1);
    if (!corrected.isAfter(entered)) {
      corrected = entered.plusDays(1);
    }
    Household believed = truth.withHousing(new Housing(h.status(), MonthlyAmounts.constantNanoEuros(wrong), h.zone(),
        h.conventionne(), h.shared(), h.room()));
    return java.util.Optional.of(new TimelineCase.HeldError(from, believed, entered, corrected,
        SituationKnown.Origin.CONTROL, "rent declared " + Fixed.format(wrong) + " instead of " + Fixed.format(rent)));
  }

  /**
   * An agent's input error on the decision of a month of the span, {@code processingMinPercent} to
   * {@code processingMaxPercent} % off: the applicant's declared pay of the three months before, or for a tenant his
   * rent with the probability {@code processingRentShare} (or when there is no pay to key), held until corrected;
   * entered on the 15th (the decision day of the built-in rule sets), corrected per {@code processingCorrection}:
   * 5 + 3 draws (one more when {@code processingRentShare} is below 1).
   */
  private java.util.Optional<TimelineCase.HeldError> processingError(RandomGenerator rng, Household initial,
      TreeMap<YearMonth, Household> situations, double scale) {
    double u = rng.nextDouble();
    YearMonth from = span.first().plusMonths(rng.nextInt(span.length()));
    int percent = between(rng, errors.processingMinPercent(), errors.processingMaxPercent());
    boolean over = rng.nextDouble() < errors.processingOverstatedShare();
    LocalDate corrected = known(rng, errors.processingCorrection(), from).day();
    boolean onRent = errors.processingRentShare() >= 1 || rng.nextDouble() < errors.processingRentShare();
    if (u >= SituationChangeModel.overMonths(errors.processingPerYear() * scale, span.length())) {
      return java.util.Optional.empty();
    }
    Household truth = at(initial, situations, from);
    int person = truth.applicantIndex();
    LocalDate entered = from.atDay(15);
    if (!corrected.isAfter(entered)) {
      corrected = entered.plusDays(1 + rng.nextInt(13));
    }
    boolean tenant = truth.housing().isPresent() && truth.housing().get().status().isTenant();
    Optional<TimelineCase.HeldError> pay = tenant && onRent ? Optional.empty()
        : payKeyedWrong(truth, person, from, entered, corrected, over, percent);
    if (pay.isPresent() || !tenant) {
      return pay;
    }
    // a tenant's rent keyed wrong (or a tenant without pay to key): held until corrected (a later move replaces it)
    Housing h = truth.housing().get();
    long rent = h.rent().at(from);
    long wrong = Fixed.toCent(Fixed.mulDiv(rent, 100 + (over ? percent : -percent), 100, RoundingMode.HALF_UP));
    Household believed = truth.withHousing(new Housing(h.status(), MonthlyAmounts.constantNanoEuros(wrong), h.zone(),
        h.conventionne(), h.shared(), h.room()));
    return java.util.Optional.of(new TimelineCase.HeldError(from, believed, entered, corrected,
        SituationKnown.Origin.PROCESSING, "rent keyed " + Fixed.format(wrong) + " instead of " + Fixed.format(rent)));
  }

  /**
   * The applicant's declared pay of the three months before the decision keyed {@code percent} % off from
   * {@code entered} to {@code corrected}; empty when there is no pay to key (or only a value known that very day).
   */
  private static Optional<TimelineCase.HeldError> payKeyedWrong(Household truth, int person, YearMonth from,
      LocalDate entered, LocalDate corrected, boolean over, int percent) {
    ResourceHistory truthHistory = truth.resources();
    List<ResourceHistory.Value> keyed = new ArrayList<>(6);
    for (int back = 3; back >= 1; back--) {
      YearMonth m = from.minusMonths(back);
      for (IncomeCategory c : new IncomeCategory[] {IncomeCategory.SALARY_NET, IncomeCategory.SALARY_TAXABLE}) {
        long amount = truthHistory.amount(person, c, m, entered);
        if (amount == 0 || truthHistory.knownOn(person, c, m, entered)) {
          continue; // nothing to key wrong, or a value known that very day
        }
        long wrong = Fixed.toCent(Fixed.mulDiv(amount, 100 + (over ? percent : -percent), 100, RoundingMode.HALF_UP));
        keyed.add(new ResourceHistory.Value(person, c, m, Optional.of(entered), wrong));
      }
    }
    if (keyed.isEmpty()) {
      return java.util.Optional.empty();
    }
    // every value keyed wrong added in one copy of the history (each is of another month or category)
    ResourceHistory history = Histories.withValues(truthHistory, keyed);
    Household believed = new Household(truth.id(), truth.persons(), truth.couple(), truth.housing(),
        truth.benefitsReceived(), truth.recentIsolation(), truth.rsaPaExperiment(), truth.alResourceBase(), history);
    return java.util.Optional.of(new TimelineCase.HeldError(from, believed, entered, corrected,
        SituationKnown.Origin.PROCESSING, "pay of " + truth.persons().get(person).id() + " for " + from.minusMonths(3)
            + ".." + from.minusMonths(1) + " keyed " + (over ? "+" : "-") + percent + " %"));
  }

  /** A partner joins the household (an adult with a constant pay of {@code payPercent} % of a net minimum wage). */
  private static Household withPartner(Household h, int payPercent) {
    List<Person> persons = new ArrayList<>(h.persons());
    Person applicant = h.persons().get(h.applicantIndex());
    String id = "partner";
    persons.add(Person.adult(id, applicant.birthDate()));
    int[] old = new int[persons.size()];
    for (int i = 0; i < old.length; i++) {
      old[i] = i < h.persons().size() ? i : -1;
    }
    int partner = persons.size() - 1;
    long net = Fixed.toCent(Fixed.mulDiv(Fixed.euros("1400"), payPercent, 100, RoundingMode.HALF_UP));
    long taxable = Fixed.toCent(Fixed.mul(net, Fixed.rate("1.03")));
    ResourceHistory r = Histories.remap(h.resources(), old).plusNanoEuros(partner, IncomeCategory.SALARY_NET, net)
        .plusNanoEuros(partner, IncomeCategory.SALARY_TAXABLE, taxable);
    return new Household(h.id(), persons, true, h.housing(), h.benefitsReceived(), false, h.rsaPaExperiment(),
        h.alResourceBase(), r);
  }

  /** A month of the span after its first, or null when the change does not happen. */
  private YearMonth draw(RandomGenerator rng, double perYear) {
    double u = rng.nextDouble();
    int offset = 1 + rng.nextInt(span.length() - 1);
    return u < SituationChangeModel.overMonths(perYear, span.length()) ? span.first().plusMonths(offset) : null;
  }

  /**
   * A child born in the month before {@code from}, counted from {@code from}; with the calibrated family benefits,
   * the allocation de base of the PAJE from {@code from} ({@link FamilyBenefits#paje}).
   */
  private static Household withBirth(Household h, YearMonth from, int day, HouseholdGenerator g) {
    List<Person> persons = new ArrayList<>(h.persons());
    String id = "b" + from.toString().replace("-", "");
    java.time.LocalDate born = from.minusMonths(1).atDay(day);
    persons.add(Person.child(id, born));
    int[] old = new int[persons.size()];
    for (int i = 0; i < old.length; i++) {
      old[i] = i < h.persons().size() ? i : -1;
    }
    java.util.Map<fr.benefitcalc.core.household.ReceivedBenefit, MonthlyAmounts> received =
        new java.util.EnumMap<>(fr.benefitcalc.core.household.ReceivedBenefit.class);
    received.putAll(h.benefitsReceived());
    if (g.drawsPaje()) {
      MonthlyAmounts before = h.benefitsReceived().getOrDefault(fr.benefitcalc.core.household.ReceivedBenefit.PAJE,
          MonthlyAmounts.none());
      received.put(fr.benefitcalc.core.household.ReceivedBenefit.PAJE, FamilyBenefits.byMonth(g.firstMonth(),
          g.lastMonth(), m -> Math.max(before.at(m), FamilyBenefits.paje(List.of(born), m))));
    }
    return new Household(h.id(), persons, h.couple(), h.housing(), received, h.recentIsolation(),
        h.rsaPaExperiment(), h.alResourceBase(), Histories.remap(h.resources(), old));
  }

  /** The couple's second adult leaves with his or her incomes; with children, the applicant is newly isolated. */
  private static Household withoutSecondAdult(Household h) {
    int applicant = h.applicantIndex();
    List<Person> persons = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < h.persons().size(); i++) {
      if (i == applicant || !h.persons().get(i).isAdult()) {
        persons.add(h.persons().get(i));
        kept.add(i);
      }
    }
    boolean children = persons.stream().anyMatch(p -> !p.isAdult());
    return new Household(h.id(), persons, false, h.housing(), h.benefitsReceived(), children,
        h.rsaPaExperiment(), h.alResourceBase(), Histories.remap(h.resources(), kept.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** The household without the increase for a recent isolation (its twelve months are over). */
  private static Household withoutRecentIsolation(Household h) {
    return new Household(h.id(), h.persons(), h.couple(), h.housing(), h.benefitsReceived(), false,
        h.rsaPaExperiment(), h.alResourceBase(), h.resources());
  }

  /** Another dwelling of the same status: the rent in force in the month before, times {@code percent} %, in {@code zone}. */
  private static Household withMove(Household h, int percent, int zone, YearMonth from) {
    Housing old = h.housing().orElseThrow();
    long rent = Fixed.toCent(Fixed.mulDiv(old.rent().at(from.minusMonths(1)), percent, 100, RoundingMode.HALF_UP));
    return h.withHousing(new Housing(old.status(), MonthlyAmounts.constantNanoEuros(rent), zone, old.conventionne(), old.shared(),
        old.room()));
  }
}
