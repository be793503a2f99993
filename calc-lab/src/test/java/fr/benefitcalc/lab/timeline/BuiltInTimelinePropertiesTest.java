package fr.benefitcalc.lab.timeline;

import fr.benefitcalc.core.money.Euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import fr.benefitcalc.core.resources.ResourceHistory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.MonthRange;
import fr.benefitcalc.core.timeline.BenefitTimeline;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.core.timeline.Situations;
import fr.benefitcalc.core.timeline.TimelineResult;
import fr.benefitcalc.core.timeline.explain.Attribution;
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.core.timeline.explain.PaymentChange;
import fr.benefitcalc.core.timeline.policy.Outcome;
import fr.benefitcalc.core.timeline.regularisation.Regularisation;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import fr.benefitcalc.testkit.generators.HouseholdGenerator;
import fr.benefitcalc.testkit.generators.SituationChangeModel;
import fr.benefitcalc.testkit.generators.SituationErrors;
import fr.benefitcalc.testkit.generators.TimelineCase;
import fr.benefitcalc.testkit.generators.TimelineCaseGenerator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The decision timeline's invariants with the built-in rules (AL, RSA and prime d'activité together),
 * on testkit-generated households of the calibrated population with its corrections and late data
 * (issue #11): conservation, no regularisation of a month paid after its decision was reopened,
 * nothing unattributed (every month a rule reads is declared), span invariance; and constant incomes
 * give the same AL every month under N-1 yearly, 12 rolling months half-yearly and the law.
 */
class BuiltInTimelinePropertiesTest {
  private static final Catalog CATALOG = StandardCatalog.create();
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2023, 1), YearMonth.of(2025, 12));
  private static final List<String> RULE_SETS = List.of("law", "al-n1-yearly", "al-rolling12-half-yearly", "openfisca");
  private static final int HOUSEHOLDS = 120;

  private static Map<Benefit, BenefitRule> rules() {
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    for (Benefit b : Benefit.values()) {
      rules.put(b, CATALOG.rule(b));
    }
    return rules;
  }

  private static Household[] households() {
    HouseholdGenerator g = HouseholdGenerator.calibrated(YearMonth.of(2020, 11), YearMonth.of(2025, 12));
    SplittableRandom rng = new SplittableRandom(11L);
    Household[] out = new Household[HOUSEHOLDS];
    for (int i = 0; i < HOUSEHOLDS; i++) {
      out[i] = g.next(rng, 100, "h" + i);
    }
    return out;
  }

  /**
   * {@code ruleSet} where the amount due is recomputed whenever an earlier month changed, whatever the
   * rules declare reading ({@link DecisionTimeline#VERIFY_READS_OPTION}): an undeclared read shows as an
   * unattributed regularisation.
   */
  private static RuleSet verifying(RuleSet ruleSet) {
    RuleSet out = ruleSet;
    for (Benefit b : Benefit.values()) {
      if (out.defines(b)) {
        out = out.with(out.name(), out.description(), b,
            out.rules(b).withOption(DecisionTimeline.VERIFY_READS_OPTION, "true"));
      }
    }
    return out;
  }

  private static LocalDate paidOn(YearMonth m) {
    return m.plusMonths(1).atDay(5);
  }

  @Test
  void everyMonthConservesNothingIsUnattributedAndNoMonthPaidAfterAReopeningIsRegularised() {
    // the RSA's neutralisation (CASF R262-13) reads the month of right M: a nil income of M known late is a
    // genuine reopening, named by its revision, not an unattributed rappel
    Map<Benefit, BenefitRule> rules = rules();
    int regularisations = 0;
    for (String name : RULE_SETS) {
      RuleSet ruleSet = verifying(CATALOG.ruleSet(name));
      for (Household h : households()) {
        TimelineResult r = DecisionTimeline.compute(Situations.of(h), rules, ruleSet, SPAN,
            DecisionTimeline.Detail.EXPLAINED);
        for (BenefitTimeline t : r.benefits().values()) {
          for (PaymentChange c : t.changes()) {
            assertThat(c.attributions().stream().mapToLong(Attribution::amount).sum()).isEqualTo(c.change());
            assertThat(c.attributions()).as("%s %s %s", name, h.id(), c)
                .allSatisfy(a -> assertThat(a.causes()).noneMatch(x -> x instanceof Cause.Unattributed));
          }
          for (YearMonth m : SPAN) {
            assertThat(t.paid().at(m) + t.applied(m) + t.frozen(m)).as("%s %s %s %s", name, h.id(), t.benefit(), m)
                .isEqualTo(t.due().at(m));
          }
          for (Regularisation reg : t.regularisations()) {
            regularisations++;
            assertThat(reg.causes()).as("%s %s %s", name, h.id(), reg).noneMatch(c -> c instanceof Cause.Unattributed);
            if (reg.outcome() != Outcome.FROZEN_DATA) {
              assertThat(reg.decidedOn()).as("%s %s %s", name, h.id(), reg).isAfterOrEqualTo(paidOn(reg.month()));
            }
          }
        }
      }
    }
    assertThat(regularisations).as("the generated corrections give regularisations to check").isGreaterThan(100);
  }

  @Test
  void situationsLearntLateOrHeldWrongConserveMoneyAndAreAlwaysAttributed() {
    // births, separations, moves and couples formed learnt late or by a control, rents declared wrong and agents'
    // input errors: the decisions read the situation as known on their date, the due the true one
    Map<Benefit, BenefitRule> rules = rules();
    TimelineCaseGenerator g = TimelineCaseGenerator.of(HouseholdGenerator.calibrated(YearMonth.of(2021, 1),
        YearMonth.of(2025, 12)), SPAN).withSituationChanges(SituationChangeModel.frequent())
        .withSituationErrors(SituationErrors.frequent());
    SplittableRandom rng = new SplittableRandom(12L);
    int situational = 0;
    int processing = 0;
    for (int i = 0; i < 60; i++) {
      TimelineCase c = g.next(rng, 100, "s" + i);
      for (String name : List.of("law", "openfisca")) {
        RuleSet ruleSet = verifying(CATALOG.ruleSet(name));
        TimelineResult r = DecisionTimeline.compute(c.situations(), rules, ruleSet, SPAN, DecisionTimeline.Detail.EXPLAINED);
        for (BenefitTimeline t : r.benefits().values()) {
          for (PaymentChange ch : t.changes()) {
            assertThat(ch.attributions().stream().mapToLong(Attribution::amount).sum()).isEqualTo(ch.change());
            assertThat(ch.attributions()).as("%s %s %s", name, c.id(), ch)
                .allSatisfy(a -> assertThat(a.causes()).noneMatch(x -> x instanceof Cause.Unattributed));
          }
          for (YearMonth m : SPAN) {
            assertThat(t.paid().at(m) + t.applied(m) + t.frozen(m)).as("%s %s %s %s", name, c.id(), t.benefit(), m)
                .isEqualTo(t.due().at(m));
          }
          for (Regularisation reg : t.regularisations()) {
            assertThat(reg.causes()).as("%s %s %s", name, c.id(), reg).noneMatch(x -> x instanceof Cause.Unattributed);
            for (Cause x : reg.causes()) {
              if (x instanceof Cause.SituationKnown k) {
                if (k.origin() == Cause.SituationKnown.Origin.PROCESSING) {
                  processing++;
                } else {
                  situational++;
                }
              }
            }
          }
        }
      }
    }
    assertThat(situational).as("regularisations of situations learnt late").isGreaterThan(50);
    assertThat(processing).as("regularisations of input errors corrected").isGreaterThan(10);
  }

  @Test
  void relyingOnTheDeclaredReadsChangesNoAmount() {
    // the built-in rules declare every read: taking a decision's last computation as its due when nothing
    // declared changed after it gives what recomputing it from the final data gives; and the RSA and PA declare what
    // they read of the AL (its months, up to the forfait's maximum): reopening them only when that changes gives
    // what reopening them on every AL change of their windows gives (timeline.verify-reads turns both off)
    Map<Benefit, BenefitRule> rules = rules();
    for (String name : RULE_SETS) {
      for (Household h : households()) {
        TimelineResult trusted = DecisionTimeline.compute(Situations.of(h), rules, CATALOG.ruleSet(name), SPAN,
            DecisionTimeline.Detail.AMOUNTS);
        TimelineResult verified = DecisionTimeline.compute(Situations.of(h), rules, verifying(CATALOG.ruleSet(name)),
            SPAN, DecisionTimeline.Detail.AMOUNTS);
        for (Benefit b : Benefit.values()) {
          assertThat(trusted.of(b).due()).as("%s %s %s", name, h.id(), b).isEqualTo(verified.of(b).due());
          assertThat(trusted.of(b).paid()).as("%s %s %s", name, h.id(), b).isEqualTo(verified.of(b).paid());
          assertThat(trusted.of(b).regularisations()).as("%s %s %s", name, h.id(), b)
              .isEqualTo(verified.of(b).regularisations());
        }
      }
    }
  }

  @Test
  void aMonthsAmountsDoNotDependOnWhereTheSpanStarts() {
    Map<Benefit, BenefitRule> rules = rules();
    SplittableRandom rng = new SplittableRandom(1111L);
    for (String name : List.of("law", "al-n1-yearly")) {
      RuleSet ruleSet = CATALOG.ruleSet(name);
      Household[] households = households();
      for (int i = 0; i < households.length / 2; i++) {
        Household h = households[i];
        MonthRange part = MonthRange.of(SPAN.first().plusMonths(1 + rng.nextInt(20)), SPAN.last().minusMonths(rng.nextInt(6)));
        TimelineResult whole = DecisionTimeline.compute(Situations.of(h), rules, ruleSet, SPAN, DecisionTimeline.Detail.AMOUNTS);
        TimelineResult shorter = DecisionTimeline.compute(Situations.of(h), rules, ruleSet, part, DecisionTimeline.Detail.AMOUNTS);
        for (Benefit b : Benefit.values()) {
          BenefitTimeline w = whole.of(b);
          BenefitTimeline p = shorter.of(b);
          for (YearMonth m : part) {
            assertThat(p.paid().at(m)).as("%s %s %s %s paid", name, h.id(), b, m).isEqualTo(w.paid().at(m));
            assertThat(p.due().at(m)).as("%s %s %s %s due", name, h.id(), b, m).isEqualTo(w.due().at(m));
            assertThat(p.regularisations().stream().filter(x -> x.month().equals(m)).toList())
                .as("%s %s %s %s regularisations", name, h.id(), b, m)
                .isEqualTo(w.regularisations().stream().filter(x -> x.month().equals(m)).toList());
          }
        }
      }
    }
  }

  @Test
  void constantIncomesGiveTheSameAlEveryMonthWhateverTheReferencePeriodAndSchedule() {
    // A couple with two children, tenants in zone 2 (rent 650 €), each adult earning 1 100 € taxable every month:
    // the same resources over any 12 months (N-1 or M-13..M-2); with revaluations on their date, every month's
    // AL has the same parameters under the three rule sets, so the same amount.
    Household h = Household.builder("couple-2-children")
        .person(Person.adult("a1", LocalDate.of(1985, 3, 1))).person(Person.adult("a2", LocalDate.of(1986, 6, 1)))
        .person(Person.child("c1", LocalDate.of(2014, 9, 1))).person(Person.child("c2", LocalDate.of(2017, 2, 1)))
        .housing(Housing.tenant(2, MonthlyAmounts.constant(Euros.of("650"))))
        .resources(ResourceHistory.builder(4)
            .constant(0, IncomeCategory.SALARY_TAXABLE, Euros.of("1100"))
            .constant(1, IncomeCategory.SALARY_TAXABLE, Euros.of("1100"))
            .constant(0, IncomeCategory.SALARY_NET, Euros.of("1100"))
            .constant(1, IncomeCategory.SALARY_NET, Euros.of("1100")).build())
        .build();
    Map<Benefit, BenefitRule> al = Map.of(Benefit.AL, CATALOG.rule(Benefit.AL));
    BenefitTimeline law = DecisionTimeline.compute(h, al, CATALOG.ruleSet("law"), SPAN).of(Benefit.AL);
    BenefitTimeline n1 = DecisionTimeline.compute(h, al, CATALOG.ruleSet("al-n1-yearly"), SPAN).of(Benefit.AL);
    BenefitTimeline halfYearly = DecisionTimeline.compute(h, al, CATALOG.ruleSet("al-rolling12-half-yearly"), SPAN)
        .of(Benefit.AL);
    assertThat(law.paid().total()).isPositive();
    for (YearMonth m : SPAN) {
      assertThat(n1.paid().at(m)).as("N-1 yearly %s", m).isEqualTo(law.paid().at(m));
      assertThat(halfYearly.paid().at(m)).as("rolling 12 half-yearly %s", m).isEqualTo(law.paid().at(m));
    }
    // the October revaluations apply in October under every schedule (2024-10 differs from 2024-09)
    assertThat(n1.paid().at(YearMonth.of(2024, 10))).isNotEqualTo(n1.paid().at(YearMonth.of(2024, 9)));
  }
}
