package fr.benefitcalc.al;

import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.time.RecalculationSchedule;
import fr.benefitcalc.core.time.ReferencePeriod;
import java.util.Map;
import java.util.Optional;

/**
 * Rule sets of the housing benefit: the law in force since 2021 and the alternatives studied. They
 * differ only by configuration (reference periods, recalculation schedule, options); the rule code
 * ({@link HousingBenefit}) is the same.
 */
public final class AlRuleSets {
  private AlRuleSets() {}

  /**
   * The law since January 2021 (CCH R822-3, décret n° 2019-1574): salaries, unemployment benefits and
   * pensions over M-13..M-2 (resources declared through the DSN), alimony over the calendar year N-1
   * (R822-3 2°), self-employed profits over N-2 (R822-5), reassessed every three months (R822-3,
   * R823-6), modelled as calendar quarters.
   */
  public static BenefitRules law() {
    return new BenefitRules(ReferencePeriod.rolling(-13, -2),
        Map.of(IncomeCategory.ALIMONY_RECEIVED, ReferencePeriod.calendarYear(-1),
            IncomeCategory.SELF_EMPLOYED_ANNUAL, ReferencePeriod.calendarYear(-2)),
        Optional.empty(), RecalculationSchedule.quarterly(), Map.of(), Map.of());
  }

  /** The regime before 2021: every resource over the calendar year N-2, rights set each January. */
  public static BenefitRules formerN2Yearly() {
    return law().withAllPeriods(ReferencePeriod.calendarYear(-2)).withSchedule(RecalculationSchedule.yearly(1));
  }

  /**
   * Every resource over the calendar year N-1 (self-employed profits too), the right recomputed once
   * a year in {@code updateMonth}.
   */
  public static BenefitRules n1Yearly(int updateMonth) {
    return law().withAllPeriods(ReferencePeriod.calendarYear(-1)).withSchedule(RecalculationSchedule.yearly(updateMonth));
  }

  /**
   * "Douze mois glissants actualisés semestriellement": the law's windows (M-13..M-2 for salaries,
   * unemployment benefits and pensions, so that the data are known when the right is computed; N-1
   * alimony, N-2 self-employed profits) recomputed every six months, in January and July.
   */
  public static BenefitRules rolling12HalfYearly() {
    return law().withSchedule(RecalculationSchedule.halfYearly());
  }

  /**
   * {@code rules} with every option set to OpenFisca-France's reading (see {@link AlOptions}), and a
   * monthly recalculation as OpenFisca does.
   */
  public static BenefitRules openfiscaCompatible(BenefitRules rules) {
    BenefitRules r = rules.withSchedule(RecalculationSchedule.monthly());
    for (String[] choice : AlOptions.CHOICES) {
      r = r.withOption(choice[0], choice[2]);
    }
    return r;
  }
}
