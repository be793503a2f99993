package fr.benefitcalc.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class FixedTest {

  @Test
  void roundsToTheCentHalfUp() {
    assertThat(Fixed.toCent(Fixed.euros("59.445"))).isEqualTo(Fixed.euros("59.45"));
    assertThat(Fixed.toCent(Fixed.euros("59.4449"))).isEqualTo(Fixed.euros("59.44"));
    assertThat(Fixed.toCent(Fixed.euros("-1.005"))).isEqualTo(Fixed.euros("-1.01"));
  }

  @Test
  void roundsUpToTheNextHundredEuros() {
    // CCH R822-3 / reference-rules.md §1.12: 12 960 € -> 13 000 €; 11 250 -> 11 300
    assertThat(Fixed.upToHundredEuros(Fixed.euros("12960"))).isEqualTo(Fixed.euros("13000"));
    assertThat(Fixed.upToHundredEuros(Fixed.euros("11250"))).isEqualTo(Fixed.euros("11300"));
    assertThat(Fixed.upToHundredEuros(Fixed.euros("13000"))).isEqualTo(Fixed.euros("13000"));
    assertThat(Fixed.upToHundredEuros(Fixed.euros("0.01"))).isEqualTo(Fixed.euros("100"));
    assertThat(Fixed.upToHundredEuros(0)).isZero();
  }

  @Test
  void roundsDownToTheEuro() {
    assertThat(Fixed.toEuroDown(Fixed.euros("59.99"))).isEqualTo(Fixed.euros("59"));
    assertThat(Fixed.toEuro(Fixed.euros("59.50"))).isEqualTo(Fixed.euros("60"));
  }

  @Test
  void productsAreExact() {
    // reference-rules.md §2.4: 646.52 × 1.28412 = 830.2092... -> 830.21 to the cent (830.21 in the table)
    long mf = Fixed.mul(Fixed.euros("646.52"), Fixed.rate("1.28412"));
    assertThat(mf).isEqualTo(Fixed.euros("830.2092624"));
    assertThat(Fixed.toCent(mf)).isEqualTo(Fixed.euros("830.21"));
    // §1.7: Tp = 3.135 % of 7 765 = 243.43275
    assertThat(Fixed.mul(Fixed.rate("0.03135"), Fixed.euros("7765"))).isEqualTo(Fixed.euros("243.43275"));
  }

  @Test
  void tooManyDecimalsIsAnError() {
    assertThatThrownBy(() -> Fixed.euros("1.0000000001")).hasMessageContaining("1.0000000001");
  }

  @Test
  void mulDivAgreesWithBigDecimalIncludingOverflow() {
    RoundingMode[] modes = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING,
        RoundingMode.DOWN, RoundingMode.UP, RoundingMode.HALF_DOWN};
    qt().forAll(longs().between(-4_000_000_000_000_000L, 4_000_000_000_000_000L),
            longs().between(-3_000_000_000L, 3_000_000_000L), longs().between(1, 5_000_000_000L))
        .checkAssert((a, b, c) -> {
          for (RoundingMode mode : modes) {
            assertAgreesWithBigDecimal(a, b, c, mode);
          }
        });
  }

  @Test
  void mulDivOn128BitsAgreesWithBigDecimalOverTheWholeRange() {
    RoundingMode[] modes = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING,
        RoundingMode.DOWN, RoundingMode.UP, RoundingMode.HALF_DOWN};
    java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
    for (int i = 0; i < 200_000; i++) {
      // magnitudes of every size, so that the product spans 64 to 126 bits and the divisor 1 to 63 bits
      long a = rng.nextLong() >> rng.nextInt(63);
      long b = rng.nextLong() >> rng.nextInt(63);
      long c = rng.nextLong() >> rng.nextInt(63);
      if (c == 0) {
        continue;
      }
      RoundingMode mode = modes[i % modes.length];
      assertAgreesWithBigDecimal(a, b, c, mode);
    }
  }

  @Test
  void productsOfHouseholdAmountsAndRatesAgreeWithBigDecimal() {
    // amounts up to 100 000 € times rates up to 3, by ONE or by another amount: the estimated path
    RoundingMode[] modes = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING,
        RoundingMode.DOWN, RoundingMode.UP, RoundingMode.HALF_DOWN};
    java.util.SplittableRandom rng = new java.util.SplittableRandom(8);
    for (int i = 0; i < 200_000; i++) {
      long a = rng.nextLong(-100_000 * Fixed.ONE, 100_000 * Fixed.ONE);
      long b = i % 3 == 0 ? rng.nextLong(-3 * Fixed.ONE, 3 * Fixed.ONE) : rng.nextLong(1, 100_000 * Fixed.ONE);
      long c = i % 2 == 0 ? Fixed.ONE : rng.nextLong(1, 100_000 * Fixed.ONE);
      if (i % 7 == 0) {
        a = a / Fixed.CENT * Fixed.CENT; // whole cents, so that exact quotients and halves occur
        b = b / 5_000_000 * 5_000_000;
      }
      RoundingMode mode = modes[i % modes.length];
      assertAgreesWithBigDecimal(a, b, c, mode);
    }
  }

  @Test
  void mulAgreesWithBigDecimalOnAndAroundItsSplitPath() {
    // the split path (smaller factor below 2^33, larger below 2^59), its bounds, and beyond them
    java.util.SplittableRandom rng = new java.util.SplittableRandom(9);
    long[] edges = {0, 1, -1, (1L << 33) - 1, 1L << 33, -(1L << 33) + 1, -(1L << 33), (1L << 59) - 1, 1L << 59,
        -(1L << 59) + 1, -(1L << 59), Fixed.ONE / 2, -Fixed.ONE / 2, Fixed.ONE, Long.MAX_VALUE, Long.MIN_VALUE,
        Long.MIN_VALUE + 1};
    for (long a : edges) {
      for (long b : edges) {
        assertMulAgreesWithBigDecimal(a, b);
        assertMulAgreesWithBigDecimal(a + 1, b - 1);
      }
    }
    for (int i = 0; i < 300_000; i++) {
      long a = rng.nextLong() >> rng.nextInt(63);
      long b = rng.nextLong() >> rng.nextInt(63);
      if (i % 5 == 0) {
        b = b / 5_000_000 * 5_000_000; // ties at the last digit occur
      }
      assertMulAgreesWithBigDecimal(a, b);
    }
  }

  /** {@code Fixed.mul(a, b)} is {@code a × b / 10^9} rounded half-up (away from zero), or an error when it overflows. */
  private static void assertMulAgreesWithBigDecimal(long a, long b) {
    java.math.BigInteger expected = new java.math.BigDecimal(java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(b)))
        .divide(java.math.BigDecimal.valueOf(Fixed.ONE), 0, RoundingMode.HALF_UP).toBigInteger();
    if (expected.bitLength() < 64) {
      assertThat(Fixed.mul(a, b)).as("%d*%d", a, b).isEqualTo(expected.longValueExact());
    } else {
      assertThatThrownBy(() -> Fixed.mul(a, b)).isInstanceOf(ArithmeticException.class);
    }
  }

  @Test
  void aHalfOnTheLongDivisionPathRoundsAsAsked() {
    // 20 € × 0.5 / 0.4 = 25 € exactly; 10.000000001 € × 0.5 (= 5.0000000005 €) rounds at the 1e-9 € digit
    assertThat(Fixed.mulDiv(Fixed.euros("20"), Fixed.rate("0.5"), Fixed.rate("0.4"), RoundingMode.HALF_UP))
        .isEqualTo(Fixed.euros("25"));
    assertThat(Fixed.mul(Fixed.euros("10.000000001"), Fixed.rate("0.5"))).isEqualTo(Fixed.euros("5.000000001"));
    assertThat(Fixed.mulDiv(Fixed.euros("10.000000001"), Fixed.rate("0.5"), Fixed.ONE, RoundingMode.HALF_EVEN))
        .isEqualTo(Fixed.euros("5"));
    assertThat(Fixed.mulDiv(Fixed.euros("-10.000000001"), Fixed.rate("0.5"), Fixed.ONE, RoundingMode.HALF_UP))
        .isEqualTo(Fixed.euros("-5.000000001"));
  }

  @Test
  void divideIsTheQuotientRoundedHalfUp() { // a / n exact, rounded half away from zero (as mulDiv(a, 1, n, HALF_UP))
    java.util.SplittableRandom rng = new java.util.SplittableRandom(16);
    for (int i = 0; i < 100_000; i++) {
      long a = rng.nextInt(4) == 0 ? rng.nextLong() : rng.nextLong(-Fixed.euros("100000"), Fixed.euros("100000"));
      long n = rng.nextBoolean() ? rng.nextLong(1, 13) : rng.nextLong(-1_000_000, 1_000_000);
      if (n == 0) {
        continue;
      }
      long expected = new BigDecimal(a).divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP).longValueExact();
      assertThat(Fixed.divide(a, n)).as("%d / %d", a, n).isEqualTo(expected);
    }
    assertThat(Fixed.divide(Fixed.euros("100"), 3)).isEqualTo(Fixed.euros("33.333333333"));
    assertThat(Fixed.divide(-5, 2)).isEqualTo(-3);
    assertThatThrownBy(() -> Fixed.divide(1, 0)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void moneyRoundTrip() {
    assertThat(Euros.toFixed(Euros.of("59.44"))).isEqualTo(Fixed.euros("59.44"));
    assertThat(Euros.ofFixed(Fixed.euros("59.44"))).isEqualTo(Euros.of("59.44"));
    assertThatThrownBy(() -> Euros.ofFixed(Fixed.euros("59.445"))).hasMessageContaining("59.445");
  }

  /** {@code Fixed.mulDiv(a, b, c, mode)} is the exact quotient rounded with {@code mode}, or an error when it overflows. */
  private static void assertAgreesWithBigDecimal(long a, long b, long c, RoundingMode mode) {
    java.math.BigInteger expected = new BigDecimal(java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(b)))
        .divide(BigDecimal.valueOf(c), 0, mode).toBigInteger();
    if (expected.bitLength() < 64) {
      assertThat(Fixed.mulDiv(a, b, c, mode)).as("%d*%d/%d %s", a, b, c, mode).isEqualTo(expected.longValueExact());
    } else {
      assertThatThrownBy(() -> Fixed.mulDiv(a, b, c, mode)).isInstanceOf(ArithmeticException.class);
    }
  }
}
