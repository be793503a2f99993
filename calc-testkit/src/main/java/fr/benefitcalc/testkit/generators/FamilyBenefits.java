package fr.benefitcalc.testkit.generators;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.resources.MonthlyAmounts;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * The family benefits a generated household receives, given as input ("prestations perçues") because the RSA
 * and the prime d'activité count them as resources (CASF R262-10, R262-10-1; CSS R844-4, R844-5): the
 * allocations familiales, the complément familial and the allocation de soutien familial, month by month at
 * the base mensuelle des allocations familiales (BMAF) of the month.
 *
 * <p>{@link #calibrated()}: every family with two children or more receives the allocations familiales (a
 * universal benefit, CSS L521-1: 32 % of the BMAF for two children and 41 % for each further child, CSS D521-1;
 * the recipients are low-income households, so the full rate; the age increases are not drawn: the RSA and PA
 * count the base part only), given both as AF and as AF base; every family with three children or more the
 * complément familial (41.65 % of the BMAF, CSS D522-2; assumption: the condition that the children be 3 or
 * older and the income ceiling are met); a lone parent the allocation de soutien familial for each child with
 * probability {@link #asfShare()} (about 42 % of the BMAF per child: 195.85 € from April 2024, 199.19 € from
 * April 2025; the RSA and PA count it at 22.5 % of the BMAF per child at most); every family with a child under 3
 * the allocation de base of the PAJE at the full rate ({@link #paje}: 41.65 % of the BMAF since the décret of
 * 26 April 2018, CSS D531-3; from the month after the birth to the month before the third birthday, CSS L531-3;
 * assumption: the income ceilings of the full rate, 29 120 € a year for a one-income couple with one child in 2024,
 * are above the incomes of the population), a child born within the run included. Not drawn: the PreParE and the
 * CMG, the age increases of the AF, the AF and CF that start or end within the run (a birth, a child turning 20).
 * The amounts are before the CRDS.
 *
 * <p>{@link #legacy()} is the earlier test-data shortcut kept for the uniform generator's property tests: half
 * of the families with children receive a constant 151.80 € (two children or more), as AF only.
 *
 * @param shortcut the legacy shortcut rather than the model
 * @param asfShare share of lone parents receiving the ASF (0..1)
 */
public record FamilyBenefits(boolean shortcut, double asfShare) {
  /**
   * BMAF (CSS L551-1) by the first month it applies, as published (instructions DSS of 2022-2026; the same values
   * as the rules' table {@code fr.benefitcalc.rsapa.family.FamilyParameters.BMAF}, which the test kit cannot
   * read): these are input data of the synthetic households, not a rule.
   */
  private static final YearMonth[] BMAF_FROM = {YearMonth.of(2021, 4), YearMonth.of(2022, 4), YearMonth.of(2022, 7),
      YearMonth.of(2023, 4), YearMonth.of(2024, 4), YearMonth.of(2025, 4), YearMonth.of(2026, 4)};
  private static final String[] BMAF = {"414.81", "422.28", "439.17", "445.93", "466.44", "474.37", "478.16"};
  private static final String BMAF_BEFORE = "414.40";

  /** Share of the BMAF of the allocations familiales for two children (CSS D521-1). */
  static final String AF_TWO_CHILDREN = "0.32";
  /** Share of the BMAF of the allocations familiales for each child from the third (CSS D521-1). */
  static final String AF_FURTHER_CHILD = "0.41";
  /** Share of the BMAF of the complément familial (CSS D522-2). */
  static final String CF = "0.4165";
  /** Share of the BMAF of the allocation de base of the PAJE at the full rate (CSS D531-3, since April 2018). */
  static final String PAJE_BASE = "0.4165";
  /** Share of the BMAF of the allocation de soutien familial at the full rate, per child (about 42 %). */
  static final String ASF = "0.4199";

  /** The BMAF values and the shares above as {@link Fixed} amounts and rates, parsed once (read for every month drawn). */
  private static final long[] BMAF_FIXED = java.util.Arrays.stream(BMAF).mapToLong(Fixed::euros).toArray();
  private static final long BMAF_BEFORE_FIXED = Fixed.euros(BMAF_BEFORE);
  private static final long AF_TWO_CHILDREN_RATE = Fixed.rate(AF_TWO_CHILDREN);
  private static final long AF_FURTHER_CHILD_RATE = Fixed.rate(AF_FURTHER_CHILD);
  private static final long CF_RATE = Fixed.rate(CF);
  private static final long PAJE_BASE_RATE = Fixed.rate(PAJE_BASE);
  private static final long ASF_RATE = Fixed.rate(ASF);

  public FamilyBenefits {
    if (!(asfShare >= 0 && asfShare <= 1)) {
      throw new IllegalArgumentException("asfShare " + asfShare + " is not in 0..1");
    }
  }

  /** The earlier shortcut (half of the families, 151.80 € from two children, AF only): for the uniform generator. */
  public static FamilyBenefits legacy() {
    return new FamilyBenefits(true, 0);
  }

  /**
   * The lab's population: AF from two children, CF from three, the ASF for 40 % of lone parents (assumption: the
   * ASF is paid to 879 000 families in June 2023, about a quarter of all lone-parent families, DREES-CNAF; more
   * often to low-income ones, whose former partner pays no maintenance).
   */
  public static FamilyBenefits calibrated() {
    return new FamilyBenefits(false, 0.40);
  }

  /** The BMAF of month {@code m}, in nano-euros. */
  static long bmaf(YearMonth m) {
    long v = BMAF_BEFORE_FIXED;
    for (int i = 0; i < BMAF_FROM.length; i++) {
      if (!m.isBefore(BMAF_FROM[i])) {
        v = BMAF_FIXED[i];
      }
    }
    return v;
  }

  /** The allocations familiales of {@code children} children in month {@code m} (0 below two), nano-euros. */
  static long af(int children, YearMonth m) {
    if (children < 2) {
      return 0;
    }
    long rate = AF_TWO_CHILDREN_RATE + (children - 2) * AF_FURTHER_CHILD_RATE;
    return Fixed.toCent(Fixed.mul(bmaf(m), rate));
  }

  /** The complément familial of month {@code m} for {@code children} children (from three), nano-euros. */
  static long cf(int children, YearMonth m) {
    return children < 3 ? 0 : Fixed.toCent(Fixed.mul(bmaf(m), CF_RATE));
  }

  /** The allocation de soutien familial of month {@code m} for {@code children} children, nano-euros. */
  static long asf(int children, YearMonth m) {
    return Fixed.times(Fixed.toCent(Fixed.mul(bmaf(m), ASF_RATE)), children);
  }

  /**
   * The allocation de base of the PAJE of month {@code m} for children born on {@code births} (nano-euros): the full
   * rate when a child is under 3 in that month, from the month after the birth to the month before the third
   * birthday (CSS L531-3), one allowance whatever the number of young children (twins aside).
   */
  static long paje(java.util.List<java.time.LocalDate> births, YearMonth m) {
    for (java.time.LocalDate b : births) {
      YearMonth born = YearMonth.from(b);
      if (m.isAfter(born) && m.isBefore(born.plusYears(3))) {
        return Fixed.toCent(Fixed.mul(bmaf(m), PAJE_BASE_RATE));
      }
    }
    return 0;
  }

  /** Amounts by month over {@code first..last} (the value of {@code last} outside). */
  static MonthlyAmounts byMonth(YearMonth first, YearMonth last, java.util.function.Function<YearMonth, Long> amount) {
    Map<YearMonth, Long> values = new HashMap<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      values.put(m, amount.apply(m));
    }
    return MonthlyAmounts.ofNanoEuros(amount.apply(last), values);
  }
}
