package fr.benefitcalc.benchmarks.alternated;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ratios of speed between two jars measured in one run (docs/benchmarks.md, "Against another jar"): each jar
 * loaded twice in its own class loaders, the same workload built in the order A₁ B₂ B₃ A₄, its results compared
 * (nothing is measured when they differ), then the four run in that order round after round; the CPU time and the
 * bytes allocated per household of each run, the ratio √((A₁ × A₄) / (B₂ × B₃)) of each round, and over the rounds
 * kept (the first ones dropped as warm-up) the medians and the ratio's quartiles.
 *
 * <pre>
 * java -Xmx4g -cp calc-benchmarks/target/benchmarks.jar fr.benefitcalc.benchmarks.alternated.AlternatedJars \
 *     WORKLOAD A.jar B.jar [--rounds N] [--drop N]
 * </pre>
 *
 * WORKLOAD: {@code timeline} ({@code TimelineBenchmark}'s 2 000 households), {@code compare}
 * ({@code CompareBenchmark}: 500 households under the six default scenarios), {@code bulk-AL}, {@code bulk-RSA},
 * {@code bulk-PA} ({@code BulkRecalculationBenchmark.households100k}). A and B are {@code benchmarks.jar} files (of
 * two commits, or the same file); the harness's own jar only provides the harness.
 */
public final class AlternatedJars {
  private AlternatedJars() {}

  /**
   * The command line above; exits 2 on a usage error, 3 when the jars' results differ, 4 when a jar lacks a class
   * or member the workload drives.
   */
  public static void main(String[] args) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("AlternatedJars: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    PrintStream out = System.out;
    out.printf(Locale.ROOT, "workload %s, rounds of four runs in the order A B B A, %d rounds, the first %d dropped%n",
        o.workload, o.rounds, o.drop);
    out.println("A = " + o.a);
    out.println("B = " + o.b);
    List<Workload> four = new ArrayList<>();
    List<String> names = List.of("A1 " + o.a, "B2 " + o.b, "B3 " + o.b, "A4 " + o.a);
    int status = 0;
    try {
      String[] jars = {"A1", "B2", "B3", "A4"};
      Path[] paths = {o.a, o.b, o.b, o.a};
      for (int i = 0; i < 4; i++) {
        long start = System.nanoTime();
        four.add(JarLoader.of(paths[i], jars[i]).workload(o.probe, o.argument));
        out.printf(Locale.ROOT, "%s built in %.1f s%n", jars[i], (System.nanoTime() - start) / 1e9);
      }
      String digest = Alternation.checkSameResults(four, names);
      out.printf(Locale.ROOT, "%d households per run; the four give the same results, SHA-256 %s%n",
          four.get(0).households(), digest);
      out.printf(Locale.ROOT, "%5s %12s %12s %12s %12s %8s %12s %12s%n", "round", "A1 ns/hh", "B2 ns/hh",
          "B3 ns/hh", "A4 ns/hh", "ratio", "A B/hh", "B B/hh");
      List<Alternation.Round> rounds = Alternation.run(four, o.rounds, Meter.threads(), r -> {
        out.printf(Locale.ROOT, "%5d %12.0f %12.0f %12.0f %12.0f %8.3f %12.3f %12.3f%s%n", r.round(),
            r.nanos()[Alternation.A1], r.nanos()[Alternation.B2], r.nanos()[Alternation.B3],
            r.nanos()[Alternation.A4], r.ratio(), (r.bytes()[Alternation.A1] + r.bytes()[Alternation.A4]) / 2,
            (r.bytes()[Alternation.B2] + r.bytes()[Alternation.B3]) / 2, r.round() <= o.drop ? "  (dropped)" : "");
        out.flush();
      });
      print(out, Alternation.Summary.of(rounds.subList(o.drop, rounds.size())));
    } catch (Alternation.DifferentResults e) {
      System.err.println("AlternatedJars: " + e.getMessage());
      status = 3;
    } catch (LinkageError e) {
      System.err.println("AlternatedJars: a jar lacks what the workload " + o.workload + " needs (docs/benchmarks.md,"
          + " \"Against another jar\"): " + e);
      status = 4;
    } finally {
      for (Workload w : four) {
        w.close();
      }
    }
    System.exit(status);
  }

  private static void print(PrintStream out, Alternation.Summary s) {
    out.printf(Locale.ROOT, "rounds kept: %d%n", s.rounds());
    out.printf(Locale.ROOT, "CPU per household: A median %.0f ns (best %.0f), B median %.0f ns (best %.0f)%n",
        s.aMedian(), s.aBest(), s.bMedian(), s.bBest());
    out.printf(Locale.ROOT, "households per second per core (1 / median): A %.0f, B %.0f%n", 1e9 / s.aMedian(),
        1e9 / s.bMedian());
    out.printf(Locale.ROOT, "ratio (above 1: B faster): median x%.3f, quartiles x%.3f-x%.3f%n", s.ratioMedian(),
        s.ratioQ1(), s.ratioQ3());
    out.printf(Locale.ROOT, "allocated per household: A median %.3f B, B median %.3f B%n", s.aBytes(), s.bBytes());
  }

  private static final String USAGE = "usage: AlternatedJars timeline|compare|bulk-AL|bulk-RSA|bulk-PA A.jar B.jar"
      + " [--rounds N (default 12)] [--drop N (default a third of the rounds)]";

  /** The command line, checked. */
  record Options(String workload, String probe, String argument, Path a, Path b, int rounds, int drop) {
    static Options parse(String[] args) {
      List<String> positional = new ArrayList<>();
      int rounds = 12;
      Integer drop = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--rounds" -> rounds = number(args, ++i, "--rounds");
          case "--drop" -> drop = number(args, ++i, "--drop");
          default -> {
            if (args[i].startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + args[i]);
            }
            positional.add(args[i]);
          }
        }
      }
      if (positional.size() != 3) {
        throw new IllegalArgumentException("a workload and two jars expected, got " + positional);
      }
      String workload = positional.get(0);
      String probe;
      String argument = "";
      switch (workload) {
        case "timeline" -> probe = "TimelineProbe";
        case "compare" -> probe = "CompareProbe";
        case "bulk-AL", "bulk-RSA", "bulk-PA" -> {
          probe = "BulkProbe";
          argument = workload.substring("bulk-".length());
        }
        default -> throw new IllegalArgumentException("unknown workload " + workload);
      }
      if (rounds < 2) {
        throw new IllegalArgumentException("--rounds must be at least 2: " + rounds);
      }
      int dropped = drop == null ? rounds / 3 : drop;
      if (dropped < 0 || dropped >= rounds) {
        throw new IllegalArgumentException("--drop must be within 0.." + (rounds - 1) + ": " + dropped);
      }
      return new Options(workload, probe, argument, Path.of(positional.get(1)), Path.of(positional.get(2)), rounds,
          dropped);
    }

    private static int number(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a number");
      }
      try {
        return Integer.parseInt(args[i]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " needs a number: " + args[i]);
      }
    }
  }
}
