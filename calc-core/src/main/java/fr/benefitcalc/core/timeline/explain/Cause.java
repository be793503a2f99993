package fr.benefitcalc.core.timeline.explain;

import fr.benefitcalc.core.household.ReceivedBenefit;
import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.time.MonthRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A "fait générateur": an event that changed an amount. The decision timeline attaches causes to
 * every change of the amount paid from one month to the next and to every regularisation, so that
 * an agent can answer "why did it change?" (report, agent quote box §3.2.2 and [159]).
 */
public sealed interface Cause {

  /** One line in words, e.g. {@code salaryTaxable of person p1 for 2024-03 corrected on 2024-08-10: 300.00 -> 540.00}. */
  String describe();

  /**
   * A scheduled recalculation: the reference window moved with the month of right.
   *
   * @param decisionMonth the month of the new decision
   * @param previous the window of the previous decision
   * @param current the window of the new decision
   */
  record WindowMoved(YearMonth decisionMonth, MonthRange previous, MonthRange current) implements Cause {
    public WindowMoved {
      Objects.requireNonNull(decisionMonth, "decisionMonth");
      Objects.requireNonNull(previous, "previous");
      Objects.requireNonNull(current, "current");
    }

    @Override
    public String describe() {
      return "scheduled recalculation in " + decisionMonth + ": reference window " + previous + " -> " + current;
    }
  }

  /**
   * A resource value that arrived late or was corrected.
   *
   * @param person the person's index in the household
   * @param personId the person's identifier
   * @param category the income category
   * @param month the month the value belongs to (January for annual categories)
   * @param previous the amount known before (nano-euros)
   * @param amount the new amount (nano-euros)
   * @param knownOn the date it became known
   */
  record DataRevision(int person, String personId, IncomeCategory category, YearMonth month, long previous,
      long amount, LocalDate knownOn) implements Cause {
    public DataRevision {
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(knownOn, "knownOn");
    }

    @Override
    public String describe() {
      return category.key() + " of person " + personId + " for " + (category.isAnnual() ? month.getYear() : month)
          + " known on " + knownOn + ": " + Fixed.format(previous) + " -> " + Fixed.format(amount);
    }
  }

  /**
   * A legal parameter took a new value ("revalorisation").
   *
   * @param parameter the parameter's name
   * @param from the first day of its new value
   * @param source the legal text of the new value
   */
  record ParameterRevaluation(String parameter, LocalDate from, String source) implements Cause {
    public ParameterRevaluation {
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(source, "source");
    }

    @Override
    public String describe() {
      return "parameter " + parameter + " revalued from " + from + " (" + source + ")";
    }
  }

  /**
   * The rent changed between the months of two decisions.
   *
   * @param previous the rent before (nano-euros)
   * @param amount the rent after (nano-euros)
   */
  record RentChanged(long previous, long amount) implements Cause {
    @Override
    public String describe() {
      return "rent " + Fixed.format(previous) + " -> " + Fixed.format(amount);
    }
  }

  /**
   * The household's composition or dwelling changed (a new situation given from a month).
   *
   * @param from the month the new situation applies
   * @param what what changed, in words
   */
  record SituationChanged(YearMonth from, String what) implements Cause {
    public SituationChanged {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(what, "what");
    }

    @Override
    public String describe() {
      return "situation from " + from + ": " + what;
    }
  }

  /**
   * The agency learnt, on a date after a decision, the household's situation of a month that decision
   * reads — a change declared late or found by a control, a wrong situation entered, or its correction:
   * the decision is reopened that day, as with a late income ("fait générateur" known late; the
   * obligation to declare every change: CASF R262-37 for the RSA, the same text for the prime d'activité
   * and the AL's declarations; recovery within two years, CSS L553-1).
   *
   * @param from the first month of the situation learnt
   * @param knownOn the day the agency learnt it (or entered or corrected it)
   * @param origin how it became known
   * @param what the change in words
   */
  record SituationKnown(YearMonth from, LocalDate knownOn, Origin origin, String what) implements Cause {
    /** How a situation became known to the agency. */
    public enum Origin {
      /** Declared by the household (in the month or late). */
      DECLARED,
      /** Found by a control (a visit, a cross-check of files) or corrected on one. */
      CONTROL,
      /** An agent's input error on a decision ("erreur de traitement"), or its correction. */
      PROCESSING
    }

    public SituationKnown {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(knownOn, "knownOn");
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(what, "what");
    }

    @Override
    public String describe() {
      return "situation from " + from + " known on " + knownOn + " (" + origin.name().toLowerCase(java.util.Locale.ROOT)
          + "): " + what;
    }
  }

  /**
   * A benefit received (given as input, used as a resource) changed between the months of two decisions.
   *
   * @param benefit the benefit received
   * @param previous the amount before (nano-euros)
   * @param amount the amount after (nano-euros)
   */
  record ReceivedBenefitChanged(ReceivedBenefit benefit, long previous, long amount) implements Cause {
    public ReceivedBenefitChanged {
      Objects.requireNonNull(benefit, "benefit");
    }

    @Override
    public String describe() {
      return "benefit received " + benefit + " " + Fixed.format(previous) + " -> " + Fixed.format(amount);
    }
  }

  /**
   * Cascade: another benefit this one reads (the AL, as forfait logement of the RSA and prime
   * d'activité) was recomputed for a month (report [151]).
   *
   * @param benefit the benefit recomputed
   * @param month its month of right
   * @param decidedOn the date it was recomputed (the change paid directly or regularised)
   * @param change the change of its monthly amount (nano-euros)
   */
  record LinkedBenefitChanged(Benefit benefit, YearMonth month, LocalDate decidedOn, long change) implements Cause {
    public LinkedBenefitChanged {
      Objects.requireNonNull(benefit, "benefit");
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(decidedOn, "decidedOn");
    }

    @Override
    public String describe() {
      return benefit + " of " + month + " recomputed on " + decidedOn + " (" + (change >= 0 ? "+" : "")
          + Fixed.format(change) + ")";
    }
  }

  /**
   * A change the timeline cannot attribute to an identified event (e.g. data outside the reference
   * windows the rule set declares, or an age reached): said rather than guessed.
   *
   * @param note what is known
   */
  record Unattributed(String note) implements Cause {
    public Unattributed {
      Objects.requireNonNull(note, "note");
    }

    @Override
    public String describe() {
      return "not attributed: " + note;
    }
  }
}
