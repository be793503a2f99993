package fr.benefitcalc.core.timeline.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * What the agency does when late or corrected data change a decision already paid: regularise
 * (recover the indu, pay the rappel) or leave the effects frozen ("droits figés", "effets figés").
 * Configured per benefit in a rule set ({@code BenefitRules.withPolicy}).
 *
 * <p>The report of the IGAS-IGF on the COG 2018-2022 (§2 of docs/domain.md) asks for "effets figés,
 * avec fixation d'un seuil" ([164]) and "un seuil au-delà duquel les indus ou rappels ne sont pas
 * régularisés (droits figés)" ([167]) but leaves the device open. The choices below are the
 * library's reading, each a switch:
 * <ul>
 *   <li><b>scope</b>: a threshold is tested on one <em>regularisation event</em>: one reopened
 *       decision, on the date one correction became known, summed over the months of that decision
 *       inside the span computed. Events are tested one by one (no cumulation);
 *   <li><b>above the ceiling</b>: not regularised at all (the literal reading of [167]), no cap;
 *   <li><b>below the de-minimis amount</b>: not regularised either (the usual "small indus not
 *       recovered" convention, [184]);
 *   <li>indus and rappels have separate limits ({@link #indus()}, {@link #rappels()});
 *   <li>corrected data feed future decisions by default ({@link #correctedDataFeedFutureDecisions()});
 *   <li>an indu is recovered only within the {@link RecoveryLimit}, month by month, counted from the
 *       month's payment date;
 *   <li>a decision whose regularisation is frozen keeps its frozen amount for its months not yet
 *       paid ({@link #frozenDecisionPaysCorrectedAmount()} false, the default), or pays the corrected
 *       amount from then on.
 * </ul>
 * Every regularisation not applied is kept, frozen, with its amount and its {@link Outcome}.
 *
 * @param regularise false: nothing is ever regularised ("never regularise")
 * @param indus limits on indus (overpayments to recover)
 * @param rappels limits on rappels (back-payments)
 * @param correctedDataFeedFutureDecisions true (default): a decision uses every value known on its
 *     date. False: a value of a month that an earlier decision of the timeline already used keeps,
 *     for every later decision, the amount known when it was first used; the gap to what is due is
 *     recorded as frozen ({@link Outcome#FROZEN_DATA})
 * @param recoveryLimit the time limit on recovering indus
 * @param frozenDecisionPaysCorrectedAmount false (default, droits figés): when the regularisation of a
 *     reopened decision is frozen, the decision keeps its frozen amount for its months not yet paid, and
 *     the gap is recorded for each as {@link Outcome#FROZEN_AMOUNT_KEPT}; true: those months are paid
 *     the corrected amount (only the months already paid stay frozen)
 */
public record RegularisationPolicy(boolean regularise, Limits indus, Limits rappels,
    boolean correctedDataFeedFutureDecisions, RecoveryLimit recoveryLimit, boolean frozenDecisionPaysCorrectedAmount) {

  private static final RegularisationPolicy ALWAYS =
      new RegularisationPolicy(true, Limits.none(), Limits.none(), true, RecoveryLimit.none());

  public RegularisationPolicy {
    Objects.requireNonNull(indus, "indus");
    Objects.requireNonNull(rappels, "rappels");
    Objects.requireNonNull(recoveryLimit, "recoveryLimit");
  }

  /** A policy where a frozen decision keeps its frozen amount (droits figés, the default). */
  public RegularisationPolicy(boolean regularise, Limits indus, Limits rappels, boolean correctedDataFeedFutureDecisions,
      RecoveryLimit recoveryLimit) {
    this(regularise, indus, rappels, correctedDataFeedFutureDecisions, recoveryLimit, false);
  }

  /** The default: every indu and rappel is regularised, corrected data feed future decisions, no time limit. */
  public static RegularisationPolicy alwaysRegularise() {
    return ALWAYS;
  }

  /** Nothing is ever regularised: every reopened decision's difference is frozen. */
  public static RegularisationPolicy neverRegularise() {
    return new RegularisationPolicy(false, Limits.none(), Limits.none(), true, RecoveryLimit.none());
  }

  /** A copy where indus and rappels above {@code threshold} are not regularised ([167]). */
  public RegularisationPolicy withCeiling(Threshold threshold) {
    return withIndus(indus.withCeiling(threshold)).withRappels(rappels.withCeiling(threshold));
  }

  /** A copy where indus and rappels below {@code threshold} are not regularised. */
  public RegularisationPolicy withDeMinimis(Threshold threshold) {
    return withIndus(indus.withDeMinimis(threshold)).withRappels(rappels.withDeMinimis(threshold));
  }

  /** A copy with other limits on indus. */
  public RegularisationPolicy withIndus(Limits limits) {
    return new RegularisationPolicy(regularise, limits, rappels, correctedDataFeedFutureDecisions, recoveryLimit,
        frozenDecisionPaysCorrectedAmount);
  }

  /** A copy with other limits on rappels. */
  public RegularisationPolicy withRappels(Limits limits) {
    return new RegularisationPolicy(regularise, indus, limits, correctedDataFeedFutureDecisions, recoveryLimit,
        frozenDecisionPaysCorrectedAmount);
  }

  /** A copy where corrected data do (true) or do not (false) feed decisions taken after their first use. */
  public RegularisationPolicy withCorrectedDataFeedingFutureDecisions(boolean feed) {
    return new RegularisationPolicy(regularise, indus, rappels, feed, recoveryLimit, frozenDecisionPaysCorrectedAmount);
  }

  /** A copy with a time limit on recovering indus, e.g. {@link RecoveryLimit#legal()}. */
  public RegularisationPolicy withRecoveryLimit(RecoveryLimit limit) {
    return new RegularisationPolicy(regularise, indus, rappels, correctedDataFeedFutureDecisions, limit,
        frozenDecisionPaysCorrectedAmount);
  }

  /**
   * A copy where a decision whose regularisation is frozen pays the corrected amount for its months
   * not yet paid (true), or keeps its frozen amount for them (false, droits figés: the default).
   */
  public RegularisationPolicy withFrozenDecisionPayingCorrectedAmount(boolean payCorrected) {
    return new RegularisationPolicy(regularise, indus, rappels, correctedDataFeedFutureDecisions, recoveryLimit,
        payCorrected);
  }

  /**
   * The outcome of one regularisation event before the recovery limit: {@code total} is its signed
   * amount (nano-euros; negative for an indu) over the months of the decision reopened, and
   * {@code monthlyRight} the base of thresholds in months of right.
   */
  public Outcome decide(long total, long monthlyRight) {
    if (!regularise) {
      return Outcome.FROZEN_NEVER;
    }
    Limits limits = total < 0 ? indus : rappels;
    long size = Math.abs(total);
    if (limits.deMinimis().isPresent() && size < limits.deMinimis().get().limit(monthlyRight)) {
      return Outcome.FROZEN_DE_MINIMIS;
    }
    if (limits.ceiling().isPresent() && size > limits.ceiling().get().limit(monthlyRight)) {
      return Outcome.FROZEN_ABOVE_THRESHOLD;
    }
    return Outcome.APPLIED;
  }

  /**
   * Limits on one direction (indus or rappels).
   *
   * @param deMinimis regularisations strictly below it are not applied
   * @param ceiling regularisations strictly above it are not applied (droits figés)
   */
  public record Limits(Optional<Threshold> deMinimis, Optional<Threshold> ceiling) {
    private static final Limits NONE = new Limits(Optional.empty(), Optional.empty());

    public Limits {
      deMinimis = deMinimis == null ? Optional.empty() : deMinimis;
      ceiling = ceiling == null ? Optional.empty() : ceiling;
    }

    /** No limit. */
    public static Limits none() {
      return NONE;
    }

    /** Only a ceiling. */
    public static Limits ceiling(Threshold threshold) {
      return new Limits(Optional.empty(), Optional.of(threshold));
    }

    /** Only a de-minimis amount. */
    public static Limits deMinimis(Threshold threshold) {
      return new Limits(Optional.of(threshold), Optional.empty());
    }

    /** A copy with a ceiling. */
    public Limits withCeiling(Threshold threshold) {
      return new Limits(deMinimis, Optional.of(threshold));
    }

    /** A copy with a de-minimis amount. */
    public Limits withDeMinimis(Threshold threshold) {
      return new Limits(Optional.of(threshold), ceiling);
    }
  }
}
