package fr.benefitcalc.lab.timeline;

import fr.benefitcalc.core.household.InvalidInputException;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.core.rules.BenefitRule;
import fr.benefitcalc.lab.catalog.Catalog;

/** What computes the amounts of a timeline file: the benefits' rules, or the demo toy rule. */
public enum Calculator {
  /** The rules of the catalog (calc-al, calc-rsa-pa). */
  LAW("law"),
  /** {@link DemoHousingRule}: a toy AL that keeps the worked examples computable by hand (AL only). */
  DEMO("demo");

  private final String key;

  Calculator(String key) {
    this.key = key;
  }

  /** The name used in files ({@code "law"}, {@code "demo"}). */
  public String key() {
    return key;
  }

  /** The calculator named {@code key} in field {@code path}. */
  static Calculator ofKey(String path, String key) {
    for (Calculator c : values()) {
      if (c.key.equals(key)) {
        return c;
      }
    }
    throw new InvalidInputException(path, key, "is not a calculator (\"law\" or \"demo\")");
  }

  /** The rule computing {@code benefit}; {@code path} names the field that asked for it. */
  BenefitRule rule(Benefit benefit, Catalog catalog, String path) {
    if (this == LAW) {
      return catalog.rule(benefit);
    }
    if (benefit != Benefit.AL) {
      throw new InvalidInputException(path, benefit, "is not computed by the demo calculator (AL only)");
    }
    return new DemoHousingRule();
  }

  /** Whether its AL reads the dwelling (the demo rule does not). */
  boolean needsHousing() {
    return this == LAW;
  }
}
