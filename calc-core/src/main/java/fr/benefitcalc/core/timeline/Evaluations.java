package fr.benefitcalc.core.timeline;

import java.util.Arrays;

/**
 * The amounts a rule gave for one household's situations, by decision month, parameter month and
 * the day the data were known on ({@link Integer#MAX_VALUE}: final): kept on the household's
 * {@link Situations} for the timelines of other rule sets that evaluate the rule on the same inputs
 * (e.g. the AL of the scenarios of a comparison that change only its regularisation policy: the
 * same decisions on the same data, paid or regularised differently). Open addressing on primitive
 * keys; not thread-safe (guarded by the {@link Situations} that holds it).
 */
final class Evaluations {
  /** No key: a month index is far below 2^23, so no key reaches the sign bit. */
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] keys = empty(64);
  private long[] amounts = new long[64];
  private int size;
  private long found;

  /** The key of an evaluation (months are indices, the day an epoch day). */
  static long key(int month, int parameterMonth, int day) {
    return ((long) month << 40) ^ ((long) (parameterMonth - month) << 32) ^ (day & 0xffffffffL);
  }

  /** Whether an amount is kept for {@code key}; it is then {@link #found()}. */
  boolean find(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); keys[i] != EMPTY; i = (i + 1) & mask) {
      if (keys[i] == key) {
        found = amounts[i];
        return true;
      }
    }
    return false;
  }

  /** The amount of the last key {@link #find found}. */
  long found() {
    return found;
  }

  /** Keeps the amount of {@code key}. */
  void put(long key, long amount) {
    if (2 * (size + 1) > keys.length) {
      long[] k = keys;
      long[] a = amounts;
      keys = empty(2 * k.length);
      amounts = new long[2 * k.length];
      size = 0;
      for (int i = 0; i < k.length; i++) {
        if (k[i] != EMPTY) {
          insert(k[i], a[i]);
        }
      }
    }
    insert(key, amount);
  }

  private void insert(long key, long amount) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == EMPTY) {
      size++;
    }
    keys[i] = key;
    amounts[i] = amount;
  }

  private static long[] empty(int n) {
    long[] k = new long[n];
    Arrays.fill(k, EMPTY);
    return k;
  }

  private static int slot(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }
}
