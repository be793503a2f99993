package fr.benefitcalc.testkit.generators;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.time.MonthRange;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

  private TimelineCaseGenerator(HouseholdGenerator households, MonthRange span, SituationChangeModel changes) {
    this.households = Objects.requireNonNull(households, "households");
    this.span = Objects.requireNonNull(span, "span");
    this.changes = Objects.requireNonNull(changes, "changes");
  }

  /** Households of {@code households} (its months set to the span's needs) over {@code span}, no situation change. */
  public static TimelineCaseGenerator of(HouseholdGenerator households, MonthRange span) {
    return new TimelineCaseGenerator(households.withMonths(span.first().minusMonths(MONTHS_BEFORE), span.last()), span,
        SituationChangeModel.none());
  }

  /** Situation changes drawn per {@code model}. */
  public TimelineCaseGenerator withSituationChanges(SituationChangeModel model) {
    return new TimelineCaseGenerator(households, span, model);
  }

  /** Late data and corrections per {@code model}. */
  public TimelineCaseGenerator withCorrections(CorrectionModel model) {
    return new TimelineCaseGenerator(households.withCorrections(model), span, changes);
  }

  /** Another household generator (its months set to the span's needs). */
  public TimelineCaseGenerator withHouseholds(HouseholdGenerator generator) {
    return of(generator, span).withSituationChanges(changes);
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
    Household current = initial;
    YearMonth isolationEnds = null;
    for (YearMonth m : span) {
      Household next = current;
      if (m.equals(isolationEnds) && next.recentIsolation()) {
        next = withoutRecentIsolation(next);
      }
      if (m.equals(birth)) {
        next = withBirth(next, m, birthDay);
      }
      if (m.equals(separation) && next.couple()) {
        next = withoutSecondAdult(next);
        // the increase for isolation lasts 12 months (CASF R262-2, L262-9: twelve months within the eighteen
        // that follow the isolation); the rules date the increase of a child under 3 themselves
        isolationEnds = next.recentIsolation() ? m.plusMonths(12) : null;
      }
      if (m.equals(move) && next.housing().isPresent() && next.housing().get().status().isTenant()) {
        next = withMove(next, rentPercent, zone, m);
      }
      if (next != current) {
        situations.put(m, next);
        current = next;
      }
    }
    return new TimelineCase(span, initial, situations);
  }

  /** A month of the span after its first, or null when the change does not happen. */
  private YearMonth draw(RandomGenerator rng, double perYear) {
    double u = rng.nextDouble();
    int offset = 1 + rng.nextInt(span.length() - 1);
    return u < SituationChangeModel.overMonths(perYear, span.length()) ? span.first().plusMonths(offset) : null;
  }

  /** A child born in the month before {@code from}, counted from {@code from}. */
  private static Household withBirth(Household h, YearMonth from, int day) {
    List<Person> persons = new ArrayList<>(h.persons());
    String id = "b" + from.toString().replace("-", "");
    persons.add(Person.child(id, from.minusMonths(1).atDay(day)));
    int[] old = new int[persons.size()];
    for (int i = 0; i < old.length; i++) {
      old[i] = i < h.persons().size() ? i : -1;
    }
    return new Household(h.id(), persons, h.couple(), h.housing(), h.benefitsReceived(), h.recentIsolation(),
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
