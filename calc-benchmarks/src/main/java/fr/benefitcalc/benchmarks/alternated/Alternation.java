package fr.benefitcalc.benchmarks.alternated;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Four workloads run in turn, round after round, in the order A₁ B₂ B₃ A₄ (two of jar A, two of jar B, each in its
 * own class loader): the ratio of each round cancels the effect of the position in the round
 * ({@link Statistics#ratio}). The results of the four are compared first; nothing is measured when they differ.
 */
public final class Alternation {
  /** The positions in a round: A₁, B₂, B₃, A₄. */
  public static final int A1 = 0;
  /** B's first run. */
  public static final int B2 = 1;
  /** B's second run. */
  public static final int B3 = 2;
  /** A's second run. */
  public static final int A4 = 3;

  private Alternation() {}

  /** The workloads do not give the same results: a ratio of their times would compare different work. */
  public static final class DifferentResults extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DifferentResults(String message) {
      super(message);
    }
  }

  /**
   * One round: the CPU time and the bytes allocated per household of each of the four runs, and the round's ratio.
   *
   * @param round the round's number, from 1
   * @param nanos CPU nanoseconds per household, in the order A₁ B₂ B₃ A₄
   * @param bytes bytes allocated per household, same order
   */
  public record Round(int round, double[] nanos, double[] bytes) {
    /** How many times faster B is than A in this round ({@link Statistics#ratio}). */
    public double ratio() {
      return Statistics.ratio(nanos[A1], nanos[B2], nanos[B3], nanos[A4]);
    }
  }

  /**
   * Checks that the four give the same results: each one's {@link Workload#digest()} (which computes every
   * household once) and households must be equal.
   *
   * @param four the workloads in the order A₁ B₂ B₃ A₄
   * @param names how to name each in the message (e.g. the jars)
   * @return the common digest
   * @throws DifferentResults naming the digests, when any differs
   */
  public static String checkSameResults(List<Workload> four, List<String> names) {
    requireFour(four);
    String[] digests = new String[4];
    for (int i = 0; i < 4; i++) {
      digests[i] = four.get(i).digest();
    }
    for (int i = 1; i < 4; i++) {
      if (!digests[i].equals(digests[0]) || four.get(i).households() != four.get(0).households()) {
        StringBuilder m = new StringBuilder("the jars do not give the same results; not measured:");
        for (int k = 0; k < 4; k++) {
          m.append("\n  ").append(names.get(k)).append(": ").append(four.get(k).households())
              .append(" households, SHA-256 ").append(digests[k]);
        }
        throw new DifferentResults(m.toString());
      }
    }
    return digests[0];
  }

  /**
   * Checks the results ({@link #checkSameResults}), then runs {@code rounds} rounds of the four in the order
   * A₁ B₂ B₃ A₄, measuring each run with {@code meter}.
   *
   * @param eachRound told of each round as it ends (to print it)
   * @return every round, the first included (the caller drops the warm-up)
   */
  public static List<Round> measure(List<Workload> four, List<String> names, int rounds, Meter meter,
      Consumer<Round> eachRound) {
    checkSameResults(four, names);
    return run(four, rounds, meter, eachRound);
  }

  /**
   * Runs {@code rounds} rounds of the four in the order A₁ B₂ B₃ A₄, measuring each run with {@code meter}, without
   * comparing their results: call {@link #checkSameResults} first.
   *
   * @param eachRound told of each round as it ends (to print it)
   * @return every round, the first included (the caller drops the warm-up)
   */
  public static List<Round> run(List<Workload> four, int rounds, Meter meter, Consumer<Round> eachRound) {
    requireFour(four);
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1: " + rounds);
    }
    List<Round> result = new ArrayList<>();
    long sink = 0;
    for (int r = 1; r <= rounds; r++) {
      double[] nanos = new double[4];
      double[] bytes = new double[4];
      for (int i = 0; i < 4; i++) {
        Workload w = four.get(i);
        Supplier<Meter.Usage> stop = meter.start();
        sink += w.run();
        Meter.Usage used = stop.get();
        nanos[i] = (double) used.cpuNanos() / w.households();
        bytes[i] = (double) used.allocatedBytes() / w.households();
      }
      Round round = new Round(r, nanos, bytes);
      result.add(round);
      eachRound.accept(round);
    }
    if (sink == Long.MIN_VALUE) {
      System.out.println(); // keeps the results alive
    }
    return result;
  }

  private static void requireFour(List<Workload> four) {
    if (four.size() != 4) {
      throw new IllegalArgumentException("four workloads, A B B A: " + four.size());
    }
  }

  /**
   * The figures of the rounds kept.
   *
   * @param aMedian the median of A's CPU nanoseconds per household (A₁ and A₄ of every round kept)
   * @param aBest their smallest
   * @param bMedian the median of B's (B₂ and B₃)
   * @param bBest their smallest
   * @param ratioMedian the median of the rounds' ratios
   * @param ratioQ1 their first quartile
   * @param ratioQ3 their third quartile
   * @param aBytes the median of A's bytes allocated per household
   * @param bBytes the median of B's
   * @param rounds the rounds kept
   */
  public record Summary(double aMedian, double aBest, double bMedian, double bBest, double ratioMedian,
      double ratioQ1, double ratioQ3, double aBytes, double bBytes, int rounds) {
    /** The figures of {@code kept} (at least one round). */
    public static Summary of(List<Round> kept) {
      if (kept.isEmpty()) {
        throw new IllegalArgumentException("no round kept");
      }
      int n = kept.size();
      double[] a = new double[2 * n];
      double[] b = new double[2 * n];
      double[] aBytes = new double[2 * n];
      double[] bBytes = new double[2 * n];
      double[] ratios = new double[n];
      for (int k = 0; k < n; k++) {
        Round r = kept.get(k);
        a[2 * k] = r.nanos()[A1];
        a[2 * k + 1] = r.nanos()[A4];
        b[2 * k] = r.nanos()[B2];
        b[2 * k + 1] = r.nanos()[B3];
        aBytes[2 * k] = r.bytes()[A1];
        aBytes[2 * k + 1] = r.bytes()[A4];
        bBytes[2 * k] = r.bytes()[B2];
        bBytes[2 * k + 1] = r.bytes()[B3];
        ratios[k] = r.ratio();
      }
      return new Summary(Statistics.median(a), Statistics.min(a), Statistics.median(b), Statistics.min(b),
          Statistics.median(ratios), Statistics.quantile(ratios, 0.25), Statistics.quantile(ratios, 0.75),
          Statistics.median(aBytes), Statistics.median(bBytes), n);
    }
  }
}
