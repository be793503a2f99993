package fr.benefitcalc.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.parameters.Timeline;
import fr.benefitcalc.core.rules.Benefit;
import fr.benefitcalc.rsapa.rsa.RsaParameters;
import org.junit.jupiter.api.Test;

class ParameterCatalogTest {
  @Test
  void everyBenefitListsTheParametersItsRulesRead() {
    assertThat(ParameterCatalog.timeline(Benefit.AL, "al.amount.flatReduction")).isPresent();
    assertThat(ParameterCatalog.timeline(Benefit.RSA, "al.amount.flatReduction")).isEmpty();
    assertThat(ParameterCatalog.timeline(Benefit.RSA, "pf.bmaf")).isPresent();
    // the prime d'activité's dependent-children test reads the RSA's parameters (family.DependentChildren)
    assertThat(ParameterCatalog.timeline(Benefit.PA, RsaParameters.CHILD_AGE_LIMIT.name())).isPresent();
  }

  /** A Fixed amount or rate is at least 1e-6 (0.000001 €): the whole numbers (ages) are the only smaller Longs. */
  @Test
  void theWholeNumberLongsAreExactlyTheUnscaledOnes() {
    for (Benefit b : Benefit.values()) {
      for (Timeline<?> t : ParameterCatalog.timelines(b)) {
        if (!(t.steps().get(0).value() instanceof Long)) {
          continue;
        }
        boolean small = t.steps().stream().allMatch(s -> Math.abs((Long) s.value()) < Fixed.ONE / 1_000_000);
        boolean zero = t.steps().stream().allMatch(s -> (Long) s.value() == 0);
        if (!zero) {
          assertThat(ParameterCatalog.kind(t)).as(t.name())
              .isEqualTo(small ? ParameterCatalog.Kind.WHOLE_NUMBER : ParameterCatalog.Kind.AMOUNT_OR_RATE);
        }
      }
    }
    assertThat(ParameterCatalog.WHOLE_LONGS).allSatisfy(n -> assertThat(ParameterCatalog.timeline(Benefit.AL, n)).isPresent());
  }
}
