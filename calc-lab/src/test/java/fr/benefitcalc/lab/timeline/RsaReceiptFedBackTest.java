package fr.benefitcalc.lab.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.household.Household;
import fr.benefitcalc.core.household.Housing;
import fr.benefitcalc.core.household.Person;
import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Euros;
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
import fr.benefitcalc.core.timeline.explain.Cause;
import fr.benefitcalc.core.timeline.regularisation.Regularisation;
import fr.benefitcalc.lab.catalog.Catalog;
import fr.benefitcalc.lab.catalog.StandardCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The RSA the timeline computes is fed back into the AL (CCH R822-17): "lorsque le bénéficiaire ou son conjoint
 * perçoit le revenu de solidarité active ..., il n'est tenu compte ni des revenus d'activité professionnelle, ni des
 * indemnités de chômage ..., à compter du premier jour du mois civil suivant celui au cours duquel ces conditions
 * sont réunies". Expected amounts: reference case GEN-AL-24 (shared/reference-cases/openfisca-generated-2024-2025.json:
 * a single tenant in zone 2, rent 450 €, 1 200 € of taxable salary, who received the RSA in 2024-12: AL of 2025-01
 * 301.65 €; 301 € under the law's rounding down to the euro, CCH D823-16, docs/divergences/al.md).
 */
class RsaReceiptFedBackTest {
  private static final Catalog CATALOG = StandardCatalog.create();
  private static final MonthRange SPAN = MonthRange.of(YearMonth.of(2024, 7), YearMonth.of(2025, 6));

  private static Map<Benefit, BenefitRule> rules() {
    Map<Benefit, BenefitRule> rules = new EnumMap<>(Benefit.class);
    for (Benefit b : Benefit.values()) {
      rules.put(b, CATALOG.rule(b));
    }
    return rules;
  }

  /**
   * The GEN-AL-24 household, paid 1 200 € (net and taxable) every month but July to September 2024: the RSA of the
   * quarter from 2024-10 (CASF R262-7: resources of July to September, nil) is paid; the AL decision of 2025-01 reads
   * it in 2024-12. Pay resumes in October: the RSA of the quarter from 2025-01 (October to December) is nil.
   */
  private static Household household() {
    ResourceHistory.Builder r = ResourceHistory.builder(1);
    for (YearMonth m = YearMonth.of(2022, 1); !m.isAfter(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
      boolean paid = m.isBefore(YearMonth.of(2024, 7)) || m.isAfter(YearMonth.of(2024, 9));
      String pay = paid ? "1200" : "0";
      r.value(0, IncomeCategory.SALARY_TAXABLE, m, Euros.of(pay)).value(0, IncomeCategory.SALARY_NET, m, Euros.of(pay));
    }
    return Household.builder("gen-al-24-with-a-gap")
        .person(Person.adult("demandeur", LocalDate.of(1985, 1, 1)))
        .housing(Housing.tenant(2, MonthlyAmounts.constant(Euros.of("450"))))
        .resources(r.build())
        .build();
  }

  private static RuleSet withoutReceipt(RuleSet ruleSet) {
    return ruleSet.with(ruleSet.name() + "-no-receipt", ruleSet.description(), Benefit.AL,
        ruleSet.rules(Benefit.AL).withOption(DecisionTimeline.READS_RECEIVED_OPTION, DecisionTimeline.READS_RECEIVED_NONE));
  }

  private static TimelineResult timeline(RuleSet ruleSet) {
    return DecisionTimeline.compute(Situations.of(household()), rules(), ruleSet, SPAN, DecisionTimeline.Detail.EXPLAINED);
  }

  private static long euros(String amount) {
    return Fixed.of(new BigDecimal(amount));
  }

  @Test
  void theAlFromTheMonthAfterTheRsaWasReceivedDoesNotCountThePay() {
    for (String name : new String[] {"openfisca", "law"}) {
      RuleSet ruleSet = CATALOG.ruleSet(name);
      TimelineResult fed = timeline(ruleSet);
      TimelineResult notFed = timeline(withoutReceipt(ruleSet));
      BenefitTimeline rsa = fed.of(Benefit.RSA);
      BenefitTimeline al = fed.of(Benefit.AL);
      assertThat(rsa.paid().at(YearMonth.of(2024, 12))).as(name + ": RSA of 2024-12").isPositive();
      assertThat(rsa.paid().at(YearMonth.of(2025, 3))).as(name + ": RSA of 2025-03").isZero();
      // the AL of 2025-01 reads the RSA of 2024-12: GEN-AL-24's amount (R = 0); under the law for the quarter decided
      // then, under openfisca (recomputed every month) for that month only, 2025-02 reading the nil RSA of 2025-01
      String expected = name.equals("law") ? "301" : "301.65";
      int months = name.equals("law") ? 3 : 1;
      if (!name.equals("law")) {
        assertThat(al.paid().at(YearMonth.of(2025, 2))).isEqualTo(notFed.of(Benefit.AL).paid().at(YearMonth.of(2025, 2)));
      }
      for (int month = 1; month <= months; month++) {
        assertThat(al.paid().at(YearMonth.of(2025, month))).as(name + ": AL of 2025-0" + month).isEqualTo(euros(expected));
        assertThat(al.due().at(YearMonth.of(2025, month))).isEqualTo(euros(expected));
        assertThat(notFed.of(Benefit.AL).paid().at(YearMonth.of(2025, month))).as(name + ": the pay counted when not fed")
            .isLessThan(euros(expected));
      }
      // the quarter from 2025-04 reads no RSA (2025-03): the pay counts, as without it
      for (YearMonth m : new YearMonth[] {YearMonth.of(2025, 4), YearMonth.of(2025, 6)}) {
        assertThat(al.paid().at(m)).as(name + ": AL of " + m).isEqualTo(notFed.of(Benefit.AL).paid().at(m));
      }
      // the quarter from 2024-10 reads the RSA of 2024-09: nil under the law (no declared end of activity, CASF
      // R262-13), paid under openfisca (whose neutralisation of the interrupted pay opens it from July)
      YearMonth october = YearMonth.of(2024, 10);
      if (rsa.paid().at(YearMonth.of(2024, 9)) == 0) {
        assertThat(al.paid().at(october)).as(name + ": AL of 2024-10").isEqualTo(notFed.of(Benefit.AL).paid().at(october));
      } else {
        assertThat(al.paid().at(october)).as(name + ": AL of 2024-10").isGreaterThan(notFed.of(Benefit.AL).paid().at(october));
      }
      assertThat(name.equals("law")).isEqualTo(rsa.paid().at(YearMonth.of(2024, 9)) == 0);
      // the change of the AL paid names the RSA received in the month before: in 2025-01 under the law (RSA of 2024-12);
      // under openfisca in 2025-02 (the AL of 2024-08 on read the RSA paid from 2024-07, the AL of 2025-02 the nil one)
      YearMonth changed = name.equals("law") ? YearMonth.of(2025, 1) : YearMonth.of(2025, 2);
      assertThat(al.changes()).anySatisfy(c -> {
        assertThat(c.month()).isEqualTo(changed);
        assertThat(c.attributions().stream().flatMap(a -> a.causes().stream()))
            .anyMatch(x -> x instanceof Cause.ReceivedBenefitChanged r && r.benefit() == ReceivedBenefit.RSA)
            .noneMatch(x -> x instanceof Cause.Unattributed);
      });
      for (BenefitTimeline t : fed.benefits().values()) {
        for (YearMonth m : SPAN) {
          assertThat(t.paid().at(m) + t.applied(m) + t.frozen(m)).as(name + " " + t.benefit() + " " + m).isEqualTo(t.due().at(m));
        }
      }
    }
  }

  @Test
  void aLateRsaThatStartsBeingPaidReopensTheAlNamingIt() {
    // the nil pay of September 2024 is first known as 3 000 € (the RSA of the quarter from 2024-10 is then nil) and
    // corrected to 0 on 2025-02-20: the AL decision of 2025-01 (on 2025-01-15) reads no RSA in 2024-12 and counts the
    // pay; the correction reopens the RSA, paid from 2024-10, and the AL of 2025-01 is regularised, naming the RSA of
    // 2024-12 that started being paid
    ResourceHistory.Builder r = ResourceHistory.builder(1);
    for (YearMonth m = YearMonth.of(2022, 1); !m.isAfter(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
      boolean paid = m.isBefore(YearMonth.of(2024, 7)) || m.isAfter(YearMonth.of(2024, 9));
      String pay = paid ? "1200" : "0";
      if (m.equals(YearMonth.of(2024, 9))) {
        for (IncomeCategory c : new IncomeCategory[] {IncomeCategory.SALARY_TAXABLE, IncomeCategory.SALARY_NET}) {
          r.value(0, c, m, Euros.of("3000"), LocalDate.of(2024, 10, 10)).value(0, c, m, Euros.of("0"), LocalDate.of(2025, 2, 20));
        }
        continue;
      }
      r.value(0, IncomeCategory.SALARY_TAXABLE, m, Euros.of(pay)).value(0, IncomeCategory.SALARY_NET, m, Euros.of(pay));
    }
    Household h = Household.builder("late-rsa").person(Person.adult("demandeur", LocalDate.of(1985, 1, 1)))
        .housing(Housing.tenant(2, MonthlyAmounts.constant(Euros.of("450")))).resources(r.build()).build();
    TimelineResult t = DecisionTimeline.compute(Situations.of(h), rules(), CATALOG.ruleSet("openfisca"), SPAN,
        DecisionTimeline.Detail.EXPLAINED);
    BenefitTimeline al = t.of(Benefit.AL);
    assertThat(al.due().at(YearMonth.of(2025, 1))).isEqualTo(euros("301.65"));
    assertThat(al.paid().at(YearMonth.of(2025, 1))).as("paid before the RSA was known").isLessThan(euros("301.65"));
    Regularisation january = al.regularisations().stream().filter(x -> x.month().equals(YearMonth.of(2025, 1)))
        .findFirst().orElseThrow();
    assertThat(january.amountFixed()).isEqualTo(euros("301.65") - al.paid().at(YearMonth.of(2025, 1)));
    assertThat(january.causes()).anyMatch(c -> c instanceof Cause.LinkedBenefitChanged l && l.benefit() == Benefit.RSA
        && l.month().equals(YearMonth.of(2024, 12)));
    assertThat(january.causes()).noneMatch(c -> c instanceof Cause.Unattributed);
  }
}
