package fr.benefitcalc.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Exact fixed-point arithmetic on {@code long} amounts held with nine decimal places ("nano-euros").
 *
 * <p>The rules compute in this unit so that intermediate values the law does not round (a personal
 * participation, an unrounded flat amount such as 646.52 × 1.28412) stay exact to 10<sup>-9</sup> €,
 * while every legal rounding is an explicit, named call ({@link #toCent}, {@link #toEuroDown},
 * {@link #upToHundredEuros}). Rates (percentages, coefficients, ratios) use the same scale: 1.0 is
 * {@link #ONE}. No method allocates: a product that overflows 64 bits (an amount above about 9.22 €
 * times a rate of 1.0) is divided on 128 bits; only a result that does not fit a {@code long} falls
 * back to {@link BigInteger} (and fails).
 *
 * <p>Example: {@code Fixed.mul(Fixed.euros("646.52"), Fixed.rate("1.28412"))} is 830.2092... €
 * exactly; {@code Fixed.toCent(...)} gives 830.21 €.
 */
public final class Fixed {
  /** 1 € (or the rate 1.0) in this unit. */
  public static final long ONE = 1_000_000_000L;
  /** 1 cent in this unit. */
  public static final long CENT = 10_000_000L;
  /** 1 € in this unit. */
  public static final long EURO = ONE;
  /** 0, for readability at call sites. */
  public static final long ZERO = 0L;

  private Fixed() {}

  /** An amount given as whole cents. */
  public static long cents(long cents) {
    return Math.multiplyExact(cents, CENT);
  }

  /** An amount parsed from a decimal string such as {@code "59.97"}; exact, or an error. */
  public static long euros(String decimal) {
    return of(new BigDecimal(decimal));
  }

  /** A rate parsed from a decimal string such as {@code "0.0283"}; exact, or an error. */
  public static long rate(String decimal) {
    return of(new BigDecimal(decimal));
  }

  /** A decimal value converted exactly; more than nine decimal places is an error. */
  public static long of(BigDecimal value) {
    try {
      return value.movePointRight(9).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("value " + value.toPlainString()
          + " has more than 9 decimal places or is too large", e);
    }
  }

  /** Back to a {@link BigDecimal} (for display and the public API). */
  public static BigDecimal toBigDecimal(long value) {
    return BigDecimal.valueOf(value, 9).stripTrailingZeros();
  }

  /** Whole cents of a value that is already a whole number of cents; otherwise an error. */
  public static long toWholeCents(long value) {
    if (value % CENT != 0) {
      throw new IllegalArgumentException("value " + toBigDecimal(value).toPlainString() + " is not a whole number of cents");
    }
    return value / CENT;
  }

  /** {@code a × b}, both in this unit (an amount times a rate), rounded half-up to 10<sup>-9</sup>. */
  public static long mul(long a, long b) {
    long ua = Math.abs(a);
    long ub = Math.abs(b);
    long small = Math.min(ua, ub);
    long large = Math.max(ua, ub);
    if (small >= 0 && small < SPLIT_FACTOR_BOUND && large < SPLIT_AMOUNT_BOUND) { // (abs of MIN_VALUE is negative)
      // the usual product of an amount and a rate: large = h × 10^9 + l, so a × b / 10^9 is
      // h × small + l × small / 10^9 exactly, every term fitting 63 bits (no 128-bit division; the
      // divisions by the constant 10^9 compile to multiplications)
      long h = large / ONE;
      long lowProduct = (large - h * ONE) * small;
      long lowQuotient = lowProduct / ONE;
      long q = h * small + lowQuotient;
      if (2 * (lowProduct - lowQuotient * ONE) >= ONE) { // half-up: halves away from zero
        q++;
      }
      return (a ^ b) < 0 ? -q : q;
    }
    return mulDiv(a, b, ONE, RoundingMode.HALF_UP);
  }

  /** {@link #mul}'s split path: the smaller factor below 2^33 (about 8.59 in this unit)... */
  private static final long SPLIT_FACTOR_BOUND = 1L << 33;
  /** ... and the larger below 2^59 (about 5.7 × 10^8 €): (large / 10^9) × small and (large mod 10^9) × small fit 63 bits. */
  private static final long SPLIT_AMOUNT_BOUND = 1L << 59;

  /** {@code a × n} for a whole number {@code n}. */
  public static long times(long a, long n) {
    return Math.multiplyExact(a, n);
  }

  /** {@code a / b} as a rate in this unit, rounded half-up to 10<sup>-9</sup>. */
  public static long ratio(long a, long b) {
    return mulDiv(a, ONE, b, RoundingMode.HALF_UP);
  }

  /** {@code a / n} for a whole number {@code n}, rounded half-up to 10<sup>-9</sup>. */
  public static long divide(long a, long n) {
    if (n == 0) {
      throw new ArithmeticException("division by zero");
    }
    return divideRounded(a, n, RoundingMode.HALF_UP); // mulDiv(a, 1, n, HALF_UP) without its 128-bit product
  }

  /** {@code a × b / c} computed exactly, then rounded once with {@code mode}. */
  public static long mulDiv(long a, long b, long c, RoundingMode mode) {
    if (c == 0) {
      throw new ArithmeticException("division by zero");
    }
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
      return divideRounded(lo, c, mode);
    }
    if (a != Long.MIN_VALUE && b != Long.MIN_VALUE && c != Long.MIN_VALUE) {
      // |a × b| on 128 bits divided by |c|, without allocation (an amount in nano-euros times a rate
      // overflows 64 bits from about 9.22 €, so this is the usual path of a product)
      long ua = Math.abs(a);
      long ub = Math.abs(b);
      long uc = Math.abs(c);
      long phi = Math.multiplyHigh(ua, ub);
      long plo = ua * ub;
      if (Long.compareUnsigned(phi, uc) < 0) {
        long q;
        long r;
        double estimate = (double) ua * (double) ub / (double) uc;
        if (estimate < 0x1p50) {
          // a quotient below 2^50 (1.1 million euros in nano-euros) is estimated in floating point to
          // within a unit or two, then made exact against the 128-bit product: no hardware division
          q = (long) estimate;
          long qh = Math.multiplyHigh(q, uc);
          long ql = q * uc;
          long rl = plo - ql;
          long rh = phi - qh - (Long.compareUnsigned(plo, ql) < 0 ? 1 : 0);
          while (rh < 0) { // estimate too high: remainder negative
            q--;
            long before = rl;
            rl += uc;
            rh += Long.compareUnsigned(rl, before) < 0 ? 1 : 0;
          }
          while (rh != 0 || Long.compareUnsigned(rl, uc) >= 0) { // estimate too low
            q++;
            long before = rl;
            rl -= uc;
            rh -= Long.compareUnsigned(before, uc) < 0 ? 1 : 0;
          }
          r = rl;
        } else {
          q = divideUnsigned128(phi, plo, uc);
          r = plo - q * uc;
        }
        if (q >= 0) {
          boolean negative = (a < 0) ^ (b < 0) ^ (c < 0);
          if (r != 0 && awayFromZero(mode, negative, r, uc - r, q)) {
            if (q == Long.MAX_VALUE) {
              return bigMulDiv(a, b, c, mode);
            }
            q++;
          }
          return negative ? -q : q;
        }
      }
    }
    return bigMulDiv(a, b, c, mode);
  }

  private static long bigMulDiv(long a, long b, long c, RoundingMode mode) {
    BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
    return new BigDecimal(product).divide(BigDecimal.valueOf(c), 0, mode).longValueExact();
  }

  /**
   * Whether a quotient whose magnitude is truncated to {@code q} with a non-zero remainder {@code r}
   * (and {@code rest = divisor − r}) rounds away from zero under {@code mode}.
   */
  private static boolean awayFromZero(RoundingMode mode, boolean negative, long r, long rest, long q) {
    switch (mode) {
      case DOWN: return false;
      case UP: return true;
      case FLOOR: return negative;
      case CEILING: return !negative;
      case HALF_UP: return r >= rest;
      case HALF_DOWN: return r > rest;
      case HALF_EVEN: return r > rest || (r == rest && (q & 1) != 0);
      default: throw new ArithmeticException("rounding necessary");
    }
  }

  /**
   * {@code (hi × 2^64 + lo) / v} on unsigned values, for {@code hi < v} (the quotient fits 64 bits):
   * the long division of "Hacker's Delight" (2nd ed., fig. 9-3), in 32-bit digits.
   */
  static long divideUnsigned128(long hi, long lo, long v) {
    final long base = 1L << 32;
    int s = Long.numberOfLeadingZeros(v);
    v <<= s;
    long vn1 = v >>> 32;
    long vn0 = v & 0xFFFF_FFFFL;
    long un32 = s == 0 ? hi : (hi << s) | (lo >>> (64 - s));
    long un10 = lo << s;
    long un1 = un10 >>> 32;
    long un0 = un10 & 0xFFFF_FFFFL;
    long q1 = Long.divideUnsigned(un32, vn1);
    long rhat = un32 - q1 * vn1;
    while (Long.compareUnsigned(q1, base) >= 0 || Long.compareUnsigned(q1 * vn0, rhat * base + un1) > 0) {
      q1--;
      rhat += vn1;
      if (Long.compareUnsigned(rhat, base) >= 0) {
        break;
      }
    }
    long un21 = un32 * base + un1 - q1 * v;
    long q0 = Long.divideUnsigned(un21, vn1);
    rhat = un21 - q0 * vn1;
    while (Long.compareUnsigned(q0, base) >= 0 || Long.compareUnsigned(q0 * vn0, rhat * base + un0) > 0) {
      q0--;
      rhat += vn1;
      if (Long.compareUnsigned(rhat, base) >= 0) {
        break;
      }
    }
    return q1 * base + q0;
  }

  /** {@code n / d} rounded with {@code mode}, without allocation. */
  static long divideRounded(long n, long d, RoundingMode mode) {
    long q = n / d;
    long r = n % d;
    if (r == 0) {
      return q;
    }
    long signum = ((n ^ d) >> 63) | 1; // sign of the exact quotient
    long absR = Math.abs(r);
    long rest = Math.abs(d) - absR; // compare absR with half of |d| without overflow
    boolean awayFromZero;
    switch (mode) {
      case DOWN: awayFromZero = false; break;
      case UP: awayFromZero = true; break;
      case FLOOR: awayFromZero = signum < 0; break;
      case CEILING: awayFromZero = signum > 0; break;
      case HALF_UP: awayFromZero = absR >= rest; break;
      case HALF_DOWN: awayFromZero = absR > rest; break;
      case HALF_EVEN: awayFromZero = absR > rest || (absR == rest && (q & 1) != 0); break;
      default: throw new ArithmeticException("rounding necessary");
    }
    return awayFromZero ? q + signum : q;
  }

  /** Rounds to the nearest multiple of {@code step} (in this unit) with {@code mode}. */
  public static long roundTo(long value, long step, RoundingMode mode) {
    return Math.multiplyExact(divideRounded(value, step, mode), step);
  }

  /** "Arrondi au centime le plus proche": to the nearest cent, halves away from zero. */
  public static long toCent(long value) {
    return roundTo(value, CENT, RoundingMode.HALF_UP);
  }

  /** "Arrondi à l'euro le plus proche": to the nearest euro, halves away from zero. */
  public static long toEuro(long value) {
    return roundTo(value, EURO, RoundingMode.HALF_UP);
  }

  /** "Arrondi à l'euro inférieur": down to the whole euro. */
  public static long toEuroDown(long value) {
    return roundTo(value, EURO, RoundingMode.FLOOR);
  }

  /** "Arrondi à la centaine d'euros supérieure": up to the next multiple of 100 €. */
  public static long upToHundredEuros(long value) {
    return roundTo(value, 100 * EURO, RoundingMode.CEILING);
  }

  /** Plain-text rendering with the decimals that matter, e.g. {@code "59.44"}, {@code "0.0283"}. */
  public static String format(long value) {
    BigDecimal d = toBigDecimal(value);
    return d.scale() < 2 && d.scale() >= 0 ? d.setScale(2).toPlainString()
        : d.scale() < 0 ? d.setScale(2).toPlainString() : d.toPlainString();
  }
}
