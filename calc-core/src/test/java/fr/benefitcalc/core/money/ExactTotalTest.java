package fr.benefitcalc.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExactTotalTest {
  @Test
  void aTotalBeyondSixtyFourBitsOfNanoEurosStaysExact() {
    // issue #14, failure 1: 1.5 million households' RSA over 24 months passes 9.22 bn €, where a long of
    // nano-euros wraps; 10^8 households × 120 months × 700 € must be exact
    ExactTotal t = new ExactTotal();
    long monthly = Fixed.euros("700.37");
    long n = 100_000_000L * 120;
    // add in blocks to keep the test short: 12 000 000 000 additions would take too long
    ExactTotal block = new ExactTotal();
    for (int i = 0; i < 1_000_000; i++) {
      block.add(monthly);
    }
    for (long i = 0; i < n / 1_000_000; i++) {
      t.add(block);
    }
    assertThat(t.nanos()).isEqualTo(BigInteger.valueOf(monthly).multiply(BigInteger.valueOf(n)));
    assertThat(t.euros().toPlainString()).isEqualTo("8404440000000.000000000");
    assertThatThrownBy(t::toLongExact).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void agreesWithBigIntegerOnRandomSignedAmounts() {
    SplittableRandom r = new SplittableRandom(7);
    ExactTotal t = new ExactTotal();
    ExactTotal abs = new ExactTotal();
    BigInteger expected = BigInteger.ZERO;
    BigInteger expectedAbs = BigInteger.ZERO;
    for (int i = 0; i < 100_000; i++) {
      long v = i % 1000 == 0 ? (r.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE) : r.nextLong();
      t.add(v);
      abs.addAbs(v);
      expected = expected.add(BigInteger.valueOf(v));
      expectedAbs = expectedAbs.add(BigInteger.valueOf(v).abs());
    }
    assertThat(t.nanos()).isEqualTo(expected);
    assertThat(abs.nanos()).isEqualTo(expectedAbs);
    assertThat(t.signum()).isEqualTo(expected.signum());
  }

  @Test
  void mergingATotalIntoItselfDoublesIt() {
    ExactTotal t = ExactTotal.of(-5);
    t.add(t);
    assertThat(t.toLongExact()).isEqualTo(-10);
    assertThat(ExactTotal.of(Long.MIN_VALUE).nanos()).isEqualTo(BigInteger.valueOf(Long.MIN_VALUE));
  }

  @Test
  void beyondOneHundredAndTwentyEightBitsIsAnErrorNotAWrap() {
    ExactTotal t = ExactTotal.of(Long.MAX_VALUE);
    for (int i = 0; i < 64; i++) {
      t.add(t); // 2^127 − 2^64, just below 2^127
    }
    ExactTotal twice = t.copy();
    assertThatThrownBy(() -> twice.add(t)).isInstanceOf(ArithmeticException.class);
  }
}
