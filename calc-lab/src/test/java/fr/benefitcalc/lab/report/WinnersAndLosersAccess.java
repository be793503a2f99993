package fr.benefitcalc.lab.report;

/** Test access to the histogram's binning. */
final class WinnersAndLosersAccess {
  private WinnersAndLosersAccess() {}

  static int bin(long difference, int months) {
    return fr.benefitcalc.lab.compare.WinnersAndLosers.binOf(difference, months);
  }
}
