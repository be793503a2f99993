package fr.benefitcalc.core.trace;

import fr.benefitcalc.core.money.Fixed;
import fr.benefitcalc.core.time.MonthRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A {@link Trace} that keeps every step in order. Not thread-safe: one per computation. */
public final class RecordingTrace implements Trace {
  private final List<TraceStep> steps = new ArrayList<>();

  RecordingTrace() {}

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public void amount(String name, long value, String meaning, String article) {
    steps.add(new TraceStep(name, TraceStep.Kind.AMOUNT, Fixed.format(value), meaning, article));
  }

  @Override
  public void rate(String name, long value, String meaning, String article) {
    steps.add(new TraceStep(name, TraceStep.Kind.RATE, Fixed.toBigDecimal(value).toPlainString(), meaning, article));
  }

  @Override
  public void count(String name, long value, String meaning, String article) {
    steps.add(new TraceStep(name, TraceStep.Kind.COUNT, Long.toString(value), meaning, article));
  }

  @Override
  public void fact(String name, String value, String meaning, String article) {
    steps.add(new TraceStep(name, TraceStep.Kind.FACT, value, meaning, article));
  }

  @Override
  public void window(String name, MonthRange months, String meaning, String article) {
    steps.add(new TraceStep(name, TraceStep.Kind.WINDOW, months.toString(), meaning, article));
  }

  /** The steps recorded, in order. */
  public List<TraceStep> steps() {
    return Collections.unmodifiableList(steps);
  }

  /** The last step named {@code name}, if any. */
  public Optional<TraceStep> step(String name) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).name().equals(name)) {
        return Optional.of(steps.get(i));
      }
    }
    return Optional.empty();
  }

  /** One line per step: {@code name = value  (meaning; article)}. */
  public String render() {
    StringBuilder b = new StringBuilder();
    for (TraceStep s : steps) {
      b.append(s).append('\n');
    }
    return b.toString();
  }
}
