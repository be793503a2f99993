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
 * {@link #ONE}. No method allocates unless a product overflows 64 bits, which only happens for
 * amounts far beyond any household's (it then falls back to {@link BigInteger}).
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
    return mulDiv(a, b, ONE, RoundingMode.HALF_UP);
  }

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
    return mulDiv(a, 1, n, RoundingMode.HALF_UP);
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
    // Reduce by common factors first (amounts and rates are multiples of powers of ten): exact, and
    // the product then usually fits in 64 bits without allocating.
    if (a != Long.MIN_VALUE && b != Long.MIN_VALUE && c != Long.MIN_VALUE) {
      long g1 = gcd(Math.abs(a), Math.abs(c));
      long a1 = a / g1;
      long c1 = c / g1;
      long g2 = gcd(Math.abs(b), Math.abs(c1));
      long b1 = b / g2;
      long c2 = c1 / g2;
      long hi1 = Math.multiplyHigh(a1, b1);
      long lo1 = a1 * b1;
      if ((hi1 == 0 && lo1 >= 0) || (hi1 == -1 && lo1 < 0)) {
        return divideRounded(lo1, c2, mode);
      }
    }
    BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
    return new BigDecimal(product).divide(BigDecimal.valueOf(c), 0, mode).longValueExact();
  }

  private static long gcd(long x, long y) {
    while (y != 0) {
      long t = x % y;
      x = y;
      y = t;
    }
    return x == 0 ? 1 : x;
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
