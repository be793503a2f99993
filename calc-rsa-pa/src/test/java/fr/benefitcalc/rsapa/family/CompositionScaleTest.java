package fr.benefitcalc.rsapa.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.benefitcalc.core.money.Fixed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Coefficients of reference-rules.md §2.3 (CASF R262-1, CSS D843-1). */
class CompositionScaleTest {
  private static final long HALF = Fixed.rate("0.5");
  private static final long THIRTY = Fixed.rate("0.3");
  private static final long FORTY = Fixed.rate("0.4");

  @ParameterizedTest(name = "{0} adult(s) + {1} child(ren) = {2}")
  @CsvSource({"1,0,1.0", "2,0,1.5", "1,1,1.5", "2,1,1.8", "1,2,1.8", "2,2,2.1", "1,3,2.2", "2,3,2.5", "1,4,2.6",
      "2,4,2.9"})
  void coefficient(int adults, int children, String expected) {
    assertThat(CompositionScale.coefficient(adults, children, HALF, THIRTY, FORTY)).isEqualTo(Fixed.rate(expected));
  }

  @ParameterizedTest(name = "majoré with {0} child(ren) = {1}")
  @CsvSource({"0,1.28412", "1,1.71216", "2,2.14020", "3,2.56824"})
  void loneParent(int children, String expected) {
    assertThat(CompositionScale.loneParentCoefficient(children, Fixed.rate("1.28412"), Fixed.rate("0.42804")))
        .isEqualTo(Fixed.rate(expected));
  }
}
