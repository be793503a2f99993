package fr.benefitcalc.testkit.generators;

/**
 * The error sources "situation" and "processing" of a {@link TimelineCase}: when the agency learns each
 * dated change of situation (declared in its month, declared late, found by a control, or never within
 * the 24-month prescription), the couples formed that the household may not declare, the rents declared
 * wrong and corrected on a control, and the agents' input errors ("erreurs de traitement") corrected
 * later. Every value is an <b>assumption</b> unless its Javadoc cites a source; the table of
 * {@code docs/population.md} ("Errors by source") gives them with their sources.
 *
 * <pre>{@code
 * TimelineCaseGenerator g = TimelineCaseGenerator.of(HouseholdGenerator.calibrated(first, last), span)
 *     .withSituationChanges(SituationChangeModel.calibrated())
 *     .withSituationErrors(SituationErrors.calibrated());
 * }</pre>
 *
 * @param favourable when the agency learns a change the household gains by declaring (a birth, a
 *     separation, a move to a dearer dwelling)
 * @param unfavourable when it learns a change the household loses by declaring (a couple formed, a move to
 *     a cheaper dwelling)
 * @param couplesFormedPerYear yearly probability that a single adult's household (alone or a lone parent)
 *     is joined by a partner with a pay (0..1)
 * @param partnerMinPayPercent the partner's monthly net pay, lowest, in percent of a full-time net minimum wage
 * @param partnerMaxPayPercent highest
 * @param rentErrorShare prevalence of rents declared wrong: share of tenant households whose declared rent
 *     differs from the true one from a month of the span on (0..1)
 * @param rentErrorMinPercent smallest gap, in percent of the true rent
 * @param rentErrorMaxPercent largest gap
 * @param rentOverstatedShare direction: share of the wrong rents that are above the true rent (0..1)
 * @param rentErrorControl when a control corrects a wrong rent (its {@code lateShare} is not used: a
 *     wrong rent is never corrected by the household)
 * @param processingPerYear prevalence of agents' input errors: yearly probability that a household's decision
 *     is taken on a value keyed wrong (a tenant's rent; for others, the applicant's declared pay of the three
 *     months before; 0..1)
 * @param processingMinPercent smallest gap, in percent of the true value
 * @param processingMaxPercent largest gap
 * @param processingOverstatedShare direction: share of the errors that key a value above the true one (0..1)
 * @param processingCorrection when the error is corrected (a quality check, the household's claim, the next
 *     declaration): {@code lateShare} corrected within {@code lateMaxMonths}, {@code controlShare} by a
 *     control, {@code neverShare} never within the prescription; the rest within the month
 * @param processingRentShare share of a tenant's input errors keyed on the rent (the others on the applicant's
 *     declared pay, as for every other household; a rent when the applicant has no pay to key), 0..1
 */
public record SituationErrors(Knowledge favourable, Knowledge unfavourable, double couplesFormedPerYear,
    int partnerMinPayPercent, int partnerMaxPayPercent, double rentErrorShare, int rentErrorMinPercent,
    int rentErrorMaxPercent, double rentOverstatedShare, Knowledge rentErrorControl, double processingPerYear,
    int processingMinPercent, int processingMaxPercent, double processingOverstatedShare,
    Knowledge processingCorrection, double processingRentShare) {

  /**
   * When the agency learns a change (or corrects an error) dated in month M: declared late (in one of the
   * {@code lateMaxMonths} months after M), found by a control ({@code controlMinMonths} to
   * {@code controlMaxMonths} months after M), or never within the prescription (dated
   * {@link DeclarationErrors#NEVER_MONTHS} months after M: every regularisation it causes is time-barred);
   * the rest is learnt in month M itself. The day of the month is drawn evenly (1-28).
   *
   * @param lateShare share declared late (0..1)
   * @param lateMaxMonths longest delay of a late declaration, in months (at least 1)
   * @param controlShare share found by a control (0..1)
   * @param controlMinMonths shortest delay of a control, in months
   * @param controlMaxMonths longest
   * @param neverShare share never learnt within the prescription (0..1)
   */
  public record Knowledge(double lateShare, int lateMaxMonths, double controlShare, int controlMinMonths,
      int controlMaxMonths, double neverShare) {
    public Knowledge {
      share("lateShare", lateShare);
      share("controlShare", controlShare);
      share("neverShare", neverShare);
      if (lateShare + controlShare + neverShare > 1 + 1e-9) {
        throw new IllegalArgumentException("shares late " + lateShare + " + control " + controlShare + " + never "
            + neverShare + " exceed 1");
      }
      if (lateMaxMonths < 1 || controlMinMonths < 1 || controlMaxMonths < controlMinMonths || controlMaxMonths > 24) {
        throw new IllegalArgumentException("delays: late up to " + lateMaxMonths + " months, control "
            + controlMinMonths + ".." + controlMaxMonths + " months are not 1 <= late, 1 <= min <= max <= 24");
      }
    }

    /** Every change learnt in its month. */
    public static Knowledge inItsMonth() {
      return new Knowledge(0, 1, 0, 1, 1, 0);
    }

    /** The same with every share × {@code factor} (capped so that they stay within 1). */
    public Knowledge scaled(double factor) {
      double total = (lateShare + controlShare + neverShare) * factor;
      double cap = total > 1 ? 1 / total : 1;
      return new Knowledge(lateShare * factor * cap, lateMaxMonths, controlShare * factor * cap, controlMinMonths,
          controlMaxMonths, neverShare * factor * cap);
    }
  }

  public SituationErrors {
    java.util.Objects.requireNonNull(favourable, "favourable");
    java.util.Objects.requireNonNull(unfavourable, "unfavourable");
    java.util.Objects.requireNonNull(rentErrorControl, "rentErrorControl");
    java.util.Objects.requireNonNull(processingCorrection, "processingCorrection");
    share("couplesFormedPerYear", couplesFormedPerYear);
    share("rentErrorShare", rentErrorShare);
    share("rentOverstatedShare", rentOverstatedShare);
    share("processingPerYear", processingPerYear);
    share("processingOverstatedShare", processingOverstatedShare);
    share("processingRentShare", processingRentShare);
    percents("partner pay", partnerMinPayPercent, partnerMaxPayPercent, 400);
    percents("rent error", rentErrorMinPercent, rentErrorMaxPercent, 100);
    percents("processing error", processingMinPercent, processingMaxPercent, 100);
  }

  private static void share(String name, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(name + " " + p + " is not in 0..1");
    }
  }

  private static void percents(String name, int min, int max, int limit) {
    if (min < 0 || max < min || max > limit) {
      throw new IllegalArgumentException(name + ": " + min + ".." + max + " % are not 0 <= min <= max <= " + limit);
    }
  }

  /** Every change learnt in its month; no couple formed, no wrong rent, no input error (the former model). */
  public static SituationErrors none() {
    return new SituationErrors(Knowledge.inItsMonth(), Knowledge.inItsMonth(), 0, 0, 0, 0, 0, 0, 0,
        Knowledge.inItsMonth(), 0, 0, 0, 0, Knowledge.inItsMonth(), 1);
  }

  /**
   * Yearly probability that an agent keys a wrong value on one of a household's decisions: fitted (issue #12) so that
   * the agents' input errors are about 17 % of the files with an error left at 9 months, as the CNAF reported the Cour
   * des comptes' re-liquidation tests of 2011 (17 % of the errors from the agents, 83 % from the declarations: the
   * CNAF's director general before the Senate's MECSS, 2012); 3 % before, an assumption that gave 1.5 % of them.
   */
  public static final double PROCESSING_PER_YEAR = 0.16;

  /**
   * The lab's population ({@code docs/population.md}, "Errors by source"). Assumptions, no published split
   * of the CAF's errors by source and delay having been found, except the order of magnitude of the agents'
   * share (CNAF, 2012: 17 % of the errors found by the Cour's re-liquidation tests of 2011 came from the
   * agents, 83 % from the declarations, half of those wrong when made, half overtaken by a later change):
   * <ul>
   *   <li>a change the household gains by declaring: 10 % declared one to three months late, 5 % found by a
   *       control 3 to 12 months after, 2 % never in time, the rest in its month;
   *   <li>a change it loses by declaring: 20 % declared one to six months late, 30 % found by a control 3 to
   *       18 months after, 30 % never in time, the rest (20 %) in its month;
   *   <li>a partner joins 5 % of single adults' households a year, paid 60 to 160 % of a net minimum wage;
   *   <li>3 % of tenants' rents are declared wrong from a month of the span, by 10 to 40 %, 80 % of them
   *       above the true rent, found by a control 3 to 18 months after in 60 % of cases, never in 40 %;
   *   <li>an agent keys a wrong value on a decision for {@link #PROCESSING_PER_YEAR} of households a year (the
   *       applicant's declared pay of the three months before, or for a tenant the rent one time in two), by 20 to
   *       60 %, either way evenly; corrected within the month in 10 % of cases, one to three months after in 20 %,
   *       by a control 3 to 18 months after in 40 %, never in time in 30 %.
   * </ul>
   * The agents' prevalence is fitted so that their errors are about 17 % of the files in error at 9 months, the CNAF's
   * figure (docs/population.md, "Calibration").
   */
  public static SituationErrors calibrated() {
    return new SituationErrors(new Knowledge(0.10, 3, 0.05, 3, 12, 0.02), new Knowledge(0.20, 6, 0.30, 3, 18, 0.30),
        0.05, 60, 160, 0.03, 10, 40, 0.8, new Knowledge(0, 1, 0.6, 3, 18, 0.4), PROCESSING_PER_YEAR, 20, 60, 0.5,
        new Knowledge(0.2, 3, 0.4, 3, 18, 0.3), 0.5);
  }

  /**
   * Assumption, for tests: most changes learnt late or by a control (a fifth never in time), a partner for
   * 40 % of single adults' households a year, a wrong rent for half the tenants and an input error for 40 % of
   * households a year, so that most households of a two-year test hold a wrong situation for a while.
   */
  public static SituationErrors frequent() {
    Knowledge often = new Knowledge(0.3, 4, 0.3, 2, 14, 0.2);
    return new SituationErrors(often, often, 0.4, 50, 150, 0.5, 10, 50, 0.5, new Knowledge(0, 1, 0.7, 2, 14, 0.3),
        0.4, 10, 80, 0.5, often, 1);
  }

  /** Whether every change is learnt in its month and no error is drawn. */
  public boolean isNone() {
    return equals(none());
  }

  /** The same with the shares of changes learnt late (late, by a control, never) × {@code factor}. */
  public SituationErrors withLateKnowledgeScaled(double factor) {
    return new SituationErrors(favourable.scaled(factor), unfavourable.scaled(factor), couplesFormedPerYear,
        partnerMinPayPercent, partnerMaxPayPercent, rentErrorShare, rentErrorMinPercent, rentErrorMaxPercent,
        rentOverstatedShare, rentErrorControl, processingPerYear, processingMinPercent, processingMaxPercent,
        processingOverstatedShare, processingCorrection, processingRentShare);
  }
}
