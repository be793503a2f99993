package fr.benefitcalc.core.timeline;

import fr.benefitcalc.core.resources.IncomeCategory;
import fr.benefitcalc.core.resources.ResourceView;

/**
 * The data a decision uses when corrected data do not feed future decisions
 * ({@code RegularisationPolicy.correctedDataFeedFutureDecisions() == false}): a value of a month
 * that an earlier decision of the timeline read keeps the amount known on the date of the first
 * such decision; every other value is as known on the date asked.
 */
final class FrozenDataView implements ResourceView {
  private final DecisionWindows windows;
  private final int[] earlierMonths;
  private final ResourceView[] earlierViews;
  private final int count;
  private final ResourceView current;

  /**
   * @param earlierMonths decision months of the earlier decisions, in order (only the first
   *     {@code count} are read)
   * @param earlierViews the data as known on each earlier decision's date
   * @param current the data as known on the date asked
   */
  FrozenDataView(DecisionWindows windows, int[] earlierMonths, ResourceView[] earlierViews, int count,
      ResourceView current) {
    this.windows = windows;
    this.earlierMonths = earlierMonths;
    this.earlierViews = earlierViews;
    this.count = count;
    this.current = current;
  }

  private ResourceView source(IncomeCategory category, int monthIndex) {
    for (int j = 0; j < count; j++) {
      if (windows.uses(category, earlierMonths[j], monthIndex)) {
        return earlierViews[j];
      }
    }
    return current;
  }

  /** The date index of the first earlier decision that read the value, or -1. */
  int firstUse(IncomeCategory category, int monthIndex) {
    for (int j = 0; j < count; j++) {
      if (windows.uses(category, earlierMonths[j], monthIndex)) {
        return j;
      }
    }
    return -1;
  }

  @Override
  public long monthly(int person, IncomeCategory category, int monthIndex) {
    return source(category, monthIndex).monthly(person, category, monthIndex);
  }

  @Override
  public long annual(int person, IncomeCategory category, int year) {
    return source(category, year * 12).annual(person, category, year);
  }

  @Override
  public boolean hasAnnual(int person, IncomeCategory category, int year) {
    return source(category, year * 12).hasAnnual(person, category, year);
  }
}
