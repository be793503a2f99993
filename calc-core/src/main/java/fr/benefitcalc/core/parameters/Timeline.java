package fr.benefitcalc.core.parameters;

import fr.benefitcalc.core.time.Months;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An effective-dated legal parameter: a step function of dates, each value with its dates of
 * validity and its source ("texte de référence": decree, arrêté, article).
 *
 * <pre>{@code
 * Timeline<Long> p0 = Timeline.<Long>named("al.p0.forfait")
 *     .period("2023-10-01", "2024-09-30", Fixed.euros("37.91"), "Arrêté du 22/09/2023, art. 1")
 *     .period("2024-10-01", "2025-09-30", Fixed.euros("39.15"), "Arrêté du 27/09/2024, art. 1")
 *     .period("2025-10-01", "2026-12-31", Fixed.euros("39.56"), "Arrêté du 05/09/2025")
 *     .build();
 * }</pre>
 *
 * <p>Querying a date outside the covered range is a {@link ParameterOutOfRangeException}.
 * {@link Builder#build()} refuses a timeline whose periods leave a gap or overlap.
 *
 * @param <V> the value's type (an amount, a rate, or a whole scale as a record)
 */
public final class Timeline<V> {
  private final String name;
  private final List<Step<V>> steps;
  private final long[] fromDays; // epoch day of each step's first day
  private final long[] untilDays; // epoch day of each step's last day

  private Timeline(String name, List<Step<V>> steps) {
    this.name = name;
    this.steps = List.copyOf(steps);
    this.fromDays = new long[steps.size()];
    this.untilDays = new long[steps.size()];
    for (int i = 0; i < steps.size(); i++) {
      fromDays[i] = steps.get(i).from().toEpochDay();
      untilDays[i] = steps.get(i).until().toEpochDay();
    }
  }

  /** Starts a timeline. */
  public static <V> Builder<V> named(String name) {
    return new Builder<>(name);
  }

  /** A timeline with one value over the whole range, e.g. for an override in a reform. */
  public static <V> Timeline<V> constant(String name, LocalDate from, LocalDate until, V value, String source) {
    return Timeline.<V>named(name).period(from, until, value, source).build();
  }

  /** The parameter's name, e.g. {@code al.p0.forfait}. */
  public String name() {
    return name;
  }

  /** The value in force on {@code date}. */
  public V at(LocalDate date) {
    return stepAt(date).value();
  }

  /** The value in force on the first day of {@code month}. */
  public V at(YearMonth month) {
    return at(month.atDay(1));
  }

  /**
   * The value in force on the first day of the month of index {@code monthIndex} (see
   * {@link fr.benefitcalc.core.time.Months}); the same as {@link #at(YearMonth)}, without allocating.
   */
  public V atMonth(int monthIndex) {
    return atEpochDay(Months.firstEpochDay(monthIndex));
  }

  /**
   * The value in force on the day of this epoch day ({@link LocalDate#toEpochDay()}); the same as
   * {@link #at(LocalDate)}, without a date object.
   */
  public V atEpochDay(long day) {
    for (int i = fromDays.length - 1; i >= 0; i--) {
      if (day >= fromDays[i]) {
        if (day > untilDays[i]) {
          break;
        }
        return steps.get(i).value();
      }
    }
    throw new ParameterOutOfRangeException(name, LocalDate.ofEpochDay(day), firstDay(), lastDay());
  }

  /** The step (value, dates, source) in force on {@code date}. */
  public Step<V> stepAt(LocalDate date) {
    // few steps: a linear scan from the end is fast and allocation-free
    for (int i = steps.size() - 1; i >= 0; i--) {
      Step<V> s = steps.get(i);
      if (!date.isBefore(s.from())) {
        if (date.isAfter(s.until())) {
          break;
        }
        return s;
      }
    }
    throw new ParameterOutOfRangeException(name, date, firstDay(), lastDay());
  }

  /** The first day covered. */
  public LocalDate firstDay() {
    return steps.get(0).from();
  }

  /** The last day covered. */
  public LocalDate lastDay() {
    return steps.get(steps.size() - 1).until();
  }

  /** Whether {@code date} is covered. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /** Every step, in order. */
  public List<Step<V>> steps() {
    return steps;
  }

  @Override
  public String toString() {
    return "Timeline[" + name + ", " + firstDay() + ".." + lastDay() + ", " + steps.size() + " values]";
  }

  /**
   * One value with its validity, both days included, and its source.
   *
   * @param from first day of validity
   * @param until last day of validity
   * @param value the value
   * @param source the legal text that sets it
   */
  public record Step<V>(LocalDate from, LocalDate until, V value, String source) {
    public Step {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(until, "until");
      Objects.requireNonNull(value, "value");
      if (source == null || source.isBlank()) {
        throw new IllegalArgumentException("a parameter value needs its source");
      }
      if (until.isBefore(from)) {
        throw new IllegalArgumentException("validity " + from + ".." + until + " ends before it starts");
      }
    }
  }

  /** Builds a timeline from periods given in order. */
  public static final class Builder<V> {
    private final String name;
    private final List<Step<V>> steps = new ArrayList<>();

    Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /** A value valid from {@code from} to {@code until}, both included (ISO dates). */
    public Builder<V> period(String from, String until, V value, String source) {
      return period(LocalDate.parse(from), LocalDate.parse(until), value, source);
    }

    /** A value valid from {@code from} to {@code until}, both included. */
    public Builder<V> period(LocalDate from, LocalDate until, V value, String source) {
      steps.add(new Step<>(from, until, value, source));
      return this;
    }

    /** The timeline; a gap or an overlap between consecutive periods is an error naming them. */
    public Timeline<V> build() {
      if (steps.isEmpty()) {
        throw new IllegalStateException("parameter " + name + " has no value");
      }
      for (int i = 1; i < steps.size(); i++) {
        Step<V> prev = steps.get(i - 1);
        Step<V> next = steps.get(i);
        LocalDate expected = prev.until().plusDays(1);
        if (next.from().isAfter(expected)) {
          throw new IllegalStateException("parameter " + name + ": gap between " + prev.until() + " and " + next.from());
        }
        if (next.from().isBefore(expected)) {
          throw new IllegalStateException("parameter " + name + ": overlap, " + next.from()
              + " starts before " + prev.until() + " ends");
        }
      }
      return new Timeline<>(name, steps);
    }
  }
}
