package fr.benefitcalc.core.trace;

import fr.benefitcalc.core.time.MonthRange;

/**
 * Where a rule writes how it computed an amount ("explication du calcul"): each intermediate value
 * with its name, its legal reference and the months of data used.
 *
 * <p>{@link #off()} ignores everything and costs nothing: callers pass constant strings and
 * primitive values, and guard anything that would allocate with {@link #enabled()}.
 */
public interface Trace {

  /** Whether steps are recorded; when false, callers skip building anything for the trace. */
  boolean enabled();

  /** An amount (nano-euros), e.g. {@code amount("L", l, "loyer retenu", "CCH D823-16")}. */
  void amount(String name, long value, String meaning, String article);

  /** A rate or ratio (nano units: 1.0 is 10^9), e.g. TF or RL. */
  void rate(String name, long value, String meaning, String article);

  /** A count or other whole number, e.g. the number of dependants. */
  void count(String name, long value, String meaning, String article);

  /** A fact or decision stated in words, e.g. the label or an eligibility condition. */
  void fact(String name, String value, String meaning, String article);

  /** The months of data a value was computed from. */
  void window(String name, MonthRange months, String meaning, String article);

  /** The trace that records nothing. */
  static Trace off() {
    return Off.INSTANCE;
  }

  /** A new trace that records every step. */
  static RecordingTrace recording() {
    return new RecordingTrace();
  }

  /** The no-op trace. */
  enum Off implements Trace {
    INSTANCE;

    @Override
    public boolean enabled() {
      return false;
    }

    @Override
    public void amount(String name, long value, String meaning, String article) {}

    @Override
    public void rate(String name, long value, String meaning, String article) {}

    @Override
    public void count(String name, long value, String meaning, String article) {}

    @Override
    public void fact(String name, String value, String meaning, String article) {}

    @Override
    public void window(String name, MonthRange months, String meaning, String article) {}
  }
}
