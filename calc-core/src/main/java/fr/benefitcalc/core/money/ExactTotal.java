package fr.benefitcalc.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A running total of {@link Fixed} amounts (nano-euros) on 128 bits: exact, allocation-free to add to,
 * and out of reach of overflow at any population size (2<sup>127</sup> nano-euros is about 1.7 × 10<sup>29</sup>
 * €, while 10<sup>8</sup> households × 10 years × 10 M€ a month is 1.2 × 10<sup>17</sup> €). A 64-bit total of
 * nano-euros, in contrast, wraps at 9.22 bn € — the RSA of 1.4 million households over two years. Should the
 * 128 bits ever be exceeded, {@link #add} throws an {@link ArithmeticException}: an overflow is an error,
 * never a wrap.
 *
 * <p>Mutable, for accumulation by one thread; totals of several threads are combined with {@link #add(ExactTotal)}
 * (integer addition: the order does not change the result).
 *
 * <pre>{@code
 * ExactTotal paid = new ExactTotal();
 * for (long amount : amounts) paid.add(amount);
 * BigDecimal euros = paid.euros();      // exact
 * }</pre>
 */
public final class ExactTotal {
  private long hi;
  private long lo;

  /** A total of zero. */
  public ExactTotal() {}

  /** A total starting at {@code value} nano-euros. */
  public static ExactTotal of(long value) {
    ExactTotal t = new ExactTotal();
    t.add(value);
    return t;
  }

  /**
   * A total of {@code nanos} nano-euros (e.g. summed exactly by another engine).
   *
   * @throws ArithmeticException when it does not fit 128 bits
   */
  public static ExactTotal of(BigInteger nanos) {
    if (nanos.bitLength() > 127) {
      throw new ArithmeticException("total " + nanos + " nano-euros does not fit 128 bits");
    }
    ExactTotal t = new ExactTotal();
    t.hi = nanos.shiftRight(64).longValueExact();
    t.lo = nanos.longValue();
    return t;
  }

  /** Adds {@code value} (nano-euros). */
  public void add(long value) {
    add128(value >> 63, value);
  }

  /** Adds another total. */
  public void add(ExactTotal other) {
    long h = other.hi;
    long l = other.lo;
    add128(h, l);
  }

  /** Adds {@code |value|} (nano-euros); {@code Long.MIN_VALUE} too is added exactly. */
  public void addAbs(long value) {
    if (value == Long.MIN_VALUE) {
      add128(0, Long.MIN_VALUE); // 2^63 as an unsigned low word
    } else {
      add(Math.abs(value));
    }
  }

  private void add128(long h, long l) {
    long sum = lo + l;
    long carry = Long.compareUnsigned(sum, lo) < 0 ? 1 : 0;
    hi = Math.addExact(Math.addExact(hi, h), carry);
    lo = sum;
  }

  /** The total in nano-euros. */
  public BigInteger nanos() {
    return BigInteger.valueOf(hi).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(lo)));
  }

  /** The total in euros, exact (scale 9). */
  public BigDecimal euros() {
    return new BigDecimal(nanos(), 9);
  }

  /** The total in nano-euros when it fits a {@code long}; otherwise an {@link ArithmeticException}. */
  public long toLongExact() {
    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
      return lo;
    }
    throw new ArithmeticException("total " + euros().toPlainString() + " € does not fit 64 bits of nano-euros");
  }

  /** Whether the total is zero. */
  public boolean isZero() {
    return hi == 0 && lo == 0;
  }

  /** The sign: −1, 0 or 1. */
  public int signum() {
    return hi < 0 ? -1 : isZero() ? 0 : 1;
  }

  /** A copy. */
  public ExactTotal copy() {
    ExactTotal t = new ExactTotal();
    t.hi = hi;
    t.lo = lo;
    return t;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExactTotal t && t.hi == hi && t.lo == lo;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(hi) * 31 + Long.hashCode(lo);
  }

  @Override
  public String toString() {
    return euros().toPlainString() + " €";
  }
}
