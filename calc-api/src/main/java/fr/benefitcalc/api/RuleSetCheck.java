package fr.benefitcalc.api;

import fr.benefitcalc.al.AlOptions;
import fr.benefitcalc.core.errors.BenefitCalcException;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.IncomeConcept;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRules;
import fr.benefitcalc.core.rules.RuleSet;
import fr.benefitcalc.core.time.Months;
import fr.benefitcalc.core.time.ReferencePeriod;
import fr.benefitcalc.core.timeline.DecisionTimeline;
import fr.benefitcalc.rsapa.RsaPaOptions;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks a rule set as the files are checked: every option is one the benefit's rules read, with a
 * value they accept; every parameter override replaces a legal parameter the benefit's rules read;
 * no reference period reaches after the month computed (the decision timeline relies on a rule never
 * reading a later month). An error names the rule set, the benefit, the field and the value.
 */
public final class RuleSetCheck {
  /** Options every benefit accepts (read by the core: the decision timeline and the income concept). */
  private static final List<String> CORE_OPTIONS = List.of(DecisionTimeline.DECISION_DAY_OPTION,
      DecisionTimeline.PAYMENT_DAY_OPTION, DecisionTimeline.REVALUATION_OPTION, DecisionTimeline.VERIFY_READS_OPTION,
      DecisionTimeline.READS_RECEIVED_OPTION, IncomeConcept.OPTION);

  private RuleSetCheck() {}

  /**
   * {@code ruleSet} if it is valid.
   *
   * @throws BenefitCalcException naming the first field refused, e.g.
   *     {@code rules.my-reform.AL.options.al.rlsScope: 'everyone' is neither social-tenant nor conventionne}
   */
  public static RuleSet check(RuleSet ruleSet) {
    for (Map.Entry<Benefit, BenefitRules> e : ruleSet.benefits().entrySet()) {
      check(ruleSet.name(), e.getKey(), e.getValue());
    }
    return ruleSet;
  }

  private static void check(String name, Benefit benefit, BenefitRules rules) {
    String path = "rules." + name + "." + benefit;
    for (Map.Entry<String, String> o : rules.options().entrySet()) {
      checkOption(path + ".options." + o.getKey(), benefit, o.getKey(), o.getValue());
    }
    for (String parameter : rules.overrides().keySet()) {
      if (ParameterCatalog.timeline(benefit, parameter).isEmpty()) {
        TreeSet<String> known = new TreeSet<>();
        ParameterCatalog.timelines(benefit).forEach(t -> known.add(t.name()));
        throw new BenefitCalcException(null, path + ".parameters", parameter, "is not a parameter of the " + benefit
            + " rules (known: " + String.join(", ", known) + ")", null);
      }
    }
  }

  private static void checkOption(String field, Benefit benefit, String option, String value) {
    switch (option) {
      case DecisionTimeline.DECISION_DAY_OPTION, DecisionTimeline.PAYMENT_DAY_OPTION -> {
        int day = value.matches("\\d{1,2}") ? Integer.parseInt(value) : 0;
        if (day < 1 || day > 28) {
          throw new BenefitCalcException(null, field, value, "is not a whole number from 1 to 28", null);
        }
      }
      case DecisionTimeline.REVALUATION_OPTION -> {
        if (!DecisionTimeline.REVALUATION_ON_DATE.equals(value) && !DecisionTimeline.REVALUATION_NEXT_DECISION.equals(value)) {
          throw new BenefitCalcException(null, field, value, "is neither " + DecisionTimeline.REVALUATION_ON_DATE + " nor "
              + DecisionTimeline.REVALUATION_NEXT_DECISION, null);
        }
      }
      case DecisionTimeline.VERIFY_READS_OPTION -> {
        if (!"true".equals(value) && !"false".equals(value)) {
          throw new BenefitCalcException(null, field, value, "is neither true nor false", null);
        }
      }
      case DecisionTimeline.READS_RECEIVED_OPTION -> {
        try {
          DecisionTimeline.readsReceived(benefit, value);
        } catch (IllegalArgumentException e) {
          throw new BenefitCalcException(null, field, value, e.getMessage(), null);
        }
      }
      case IncomeConcept.OPTION -> {
        if (!IncomeConcept.TAXABLE.key().equals(value) && !IncomeConcept.NET.key().equals(value)) {
          throw new BenefitCalcException(null, field, value, "is neither taxable nor net", null);
        }
      }
      default -> {
        List<String> known = benefit == Benefit.AL ? AlOptions.NAMES : RsaPaOptions.NAMES;
        if (!known.contains(option)) {
          TreeSet<String> all = new TreeSet<>(known);
          all.addAll(CORE_OPTIONS);
          throw new BenefitCalcException(null, field, option, "is not an option of the " + benefit + " rules (known: "
              + String.join(", ", all) + ")", null);
        }
        String refused = benefit == Benefit.AL ? AlOptions.refusal(option, value) : RsaPaOptions.refusal(option, value);
        if (!refused.isEmpty()) {
          throw new BenefitCalcException(null, field, value, refused, null);
        }
      }
    }
  }

  /**
   * Checks that no reference period of {@code benefit}'s rules reaches after {@code month} (rolling
   * and calendar-year periods are refused when built, see {@link ReferencePeriod}; a fixed range of
   * months is checked here, against the month computed).
   *
   * @throws BenefitCalcException naming the period's field and label
   */
  public static void checkPeriodsAt(RuleSet ruleSet, Benefit benefit, YearMonth month) {
    BenefitRules rules = ruleSet.rules(benefit);
    String path = "rules." + ruleSet.name() + "." + benefit;
    checkPeriodAt(path + ".period", rules.defaultPeriod(), month);
    for (Map.Entry<IncomeCategory, ReferencePeriod> p : rules.periods().entrySet()) {
      checkPeriodAt(path + ".periods." + p.getKey().key(), p.getValue(), month);
    }
    if (rules.experiment().isPresent()) {
      checkPeriodAt(path + ".experiment.period", rules.experiment().get().period(), month);
    }
  }

  private static void checkPeriodAt(String field, ReferencePeriod period, YearMonth month) {
    int m = Months.index(month);
    if (period.lastIndex(m) > m) {
      throw new BenefitCalcException(null, field, period.label(), "reaches after the month computed (" + month
          + "): a rule never reads a month after the month it computes", null);
    }
  }
}
