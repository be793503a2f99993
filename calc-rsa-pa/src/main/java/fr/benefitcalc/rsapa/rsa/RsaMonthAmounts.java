package fr.benefitcalc.rsapa.rsa;

import fr.benefitcalc.core.money.Fixed;
import java.util.Objects;

/**
 * The amounts the RSA derives from the parameters of a month ({@link RsaMonthParameters}), computed
 * once per rule set and month, each by the class of its legal step, so that a household's
 * computation reads them instead of multiplying the same parameters again: the montant forfaitaire
 * and the montant forfaitaire majoré of the usual compositions ({@link RsaFlatAmount}, CASF R262-1),
 * the forfait logement maxima ({@link RsaFlatAmount#housingMaximum}, CASF R262-9), a dependent
 * child's resource limit ({@link fr.benefitcalc.rsapa.family.DependentChildren}, CASF R262-3) and the
 * allowance of a stopped non-professional resource
 * ({@link fr.benefitcalc.rsapa.resources.QuarterlyResources}, CASF R262-13). Immutable.
 */
public final class RsaMonthAmounts {
  /** The compositions held: 0 to this number of children, beyond it the amount is computed. */
  static final int CHILDREN_HELD = 8;

  private final RsaMonthParameters parameters;
  private final long[] single = new long[CHILDREN_HELD + 1];
  private final long[] couple = new long[CHILDREN_HELD + 1];
  private final long[] loneParent = new long[CHILDREN_HELD + 1];
  private final long[] housingMaximum = new long[4];
  private final long childLimit;
  private final long childLimitOpeningIncrease;
  private final long stoppedAllowance;

  private RsaMonthAmounts(RsaMonthParameters p) {
    this.parameters = Objects.requireNonNull(p, "parameters");
    for (int children = 0; children <= CHILDREN_HELD; children++) {
      single[children] = RsaFlatAmount.standard(p, 1, children);
      couple[children] = RsaFlatAmount.standard(p, 2, children);
      loneParent[children] = RsaFlatAmount.loneParent(p, children);
    }
    for (int persons = 1; persons <= 3; persons++) {
      housingMaximum[persons] = RsaFlatAmount.housingMaximum(p, persons);
    }
    housingMaximum[0] = housingMaximum[1];
    this.childLimit = Fixed.mul(p.base(), p.childResourceLimitRate());
    this.childLimitOpeningIncrease = Fixed.mul(p.base(), p.loneParentRate() - Fixed.ONE + p.loneParentChildRate());
    this.stoppedAllowance = Fixed.mul(p.base(), p.stoppedResourceAllowance());
  }

  /** The amounts derived from the parameters {@code p} of a month. */
  public static RsaMonthAmounts of(RsaMonthParameters p) {
    return new RsaMonthAmounts(p);
  }

  /** The parameters they derive from. */
  public RsaMonthParameters parameters() {
    return parameters;
  }

  /** {@link RsaFlatAmount#standard} for {@code adults} (1 or 2) adults and {@code children} dependent children. */
  public long standard(int adults, int children) {
    if (children <= CHILDREN_HELD && (adults == 1 || adults == 2)) {
      return adults == 1 ? single[children] : couple[children];
    }
    return RsaFlatAmount.standard(parameters, adults, children);
  }

  /** {@link RsaFlatAmount#loneParent} for {@code children} dependent children. */
  public long loneParent(int children) {
    return children <= CHILDREN_HELD && children >= 0 ? loneParent[children]
        : RsaFlatAmount.loneParent(parameters, children);
  }

  /** {@link RsaFlatAmount#housingMaximum} for {@code persons} persons (the same from three persons on). */
  public long housingMaximum(int persons) {
    return housingMaximum[Math.max(0, Math.min(3, persons))];
  }

  /**
   * The resource limit of a dependent child, base × the child's limit rate; or, when the child is the
   * only one and opens the increase for recent isolation, base × (lone-parent rate − 1 + rate per child).
   */
  public long childLimit(boolean opensIncrease) {
    return opensIncrease ? childLimitOpeningIncrease : childLimit;
  }

  /** The most a stopped non-professional resource's quarter is reduced by: base × its rate (CASF R262-13). */
  public long stoppedAllowance() {
    return stoppedAllowance;
  }
}
