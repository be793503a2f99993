package fr.benefitcalc.core.rules;

import java.util.Objects;
import java.util.function.Function;

/**
 * What a rule derives once from the {@link BenefitRules} it meets (its options parsed, its parameters
 * looked up per month), kept for the few rule sets in use. Keys are compared by identity, so a rule
 * set built once and reused (as a catalog does) hits the cache; entries are immutable and published
 * through a copy-on-write array, so concurrent computations may at worst build an entry twice.
 *
 * <p>It belongs to a rule instance (no global state); the oldest entry is dropped beyond
 * {@code capacity}.
 *
 * @param <E> what is derived from a rule set; must be immutable (or safely published, e.g. with
 *     final fields only)
 */
public final class RuleSetCache<E> {
  private final Function<BenefitRules, E> factory;
  private final int capacity;
  private volatile Object[] entries = new Object[0]; // key, value, key, value...

  /** A cache of at most {@code capacity} rule sets, deriving each entry with {@code factory}. */
  public RuleSetCache(Function<BenefitRules, E> factory, int capacity) {
    this.factory = Objects.requireNonNull(factory, "factory");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity " + capacity + " must be at least 1");
    }
    this.capacity = capacity;
  }

  /** The entry of {@code rules}, derived on first use. */
  @SuppressWarnings("unchecked")
  public E get(BenefitRules rules) {
    Object[] current = entries;
    for (int i = 0; i < current.length; i += 2) {
      if (current[i] == rules) {
        return (E) current[i + 1];
      }
    }
    E created = factory.apply(Objects.requireNonNull(rules, "rules"));
    synchronized (this) {
      Object[] now = entries;
      int keep = Math.min(now.length, 2 * (capacity - 1));
      Object[] next = new Object[keep + 2];
      next[0] = rules;
      next[1] = created;
      System.arraycopy(now, 0, next, 2, keep);
      entries = next;
    }
    return created;
  }
}
