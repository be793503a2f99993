package fr.benefitcalc.benchmarks.alternated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlternationTest {
  private static final double EPS = 1e-9;
  private static final List<String> NAMES = List.of("A1 a.jar", "B2 b.jar", "B3 b.jar", "A4 a.jar");

  /** A workload whose results are given and whose runs are counted. */
  private static final class Fake implements Workload {
    final String digest;
    final int households;
    int runs;

    Fake(String digest, int households) {
      this.digest = digest;
      this.households = households;
    }

    @Override
    public int households() {
      return households;
    }

    @Override
    public long run() {
      runs++;
      return runs;
    }

    @Override
    public String digest() {
      return digest;
    }

    @Override
    public void close() {}
  }

  /** A meter giving the usages given, in order, one per run. */
  private static Meter given(long[][] usages) {
    Deque<long[]> left = new ArrayDeque<>(List.of(usages));
    return () -> () -> {
      long[] u = left.removeFirst();
      return new Meter.Usage(u[0], u[1]);
    };
  }

  @Test
  void refusesToMeasureWhenOneJarGivesOtherResults() {
    Fake a1 = new Fake("aaaa", 100);
    Fake b2 = new Fake("bbbb", 100);
    Fake b3 = new Fake("bbbb", 100);
    Fake a4 = new Fake("aaaa", 100);
    Alternation.DifferentResults e = assertThrows(Alternation.DifferentResults.class,
        () -> Alternation.measure(List.of(a1, b2, b3, a4), NAMES, 5, given(new long[0][]), r -> {}));
    assertTrue(e.getMessage().contains("aaaa") && e.getMessage().contains("bbbb"), e.getMessage());
    assertTrue(e.getMessage().contains("b.jar"), e.getMessage());
    assertEquals(0, a1.runs + b2.runs + b3.runs + a4.runs, "nothing may run once the results differ");
  }

  @Test
  void refusesWhenOnlyTheSecondLoadOfAJarDiffers() {
    // e.g. a jar whose result depends on the order it was built in: every one of the four is compared
    List<Workload> four = List.of(new Fake("same", 10), new Fake("same", 10), new Fake("same", 10),
        new Fake("other", 10));
    assertThrows(Alternation.DifferentResults.class, () -> Alternation.checkSameResults(four, NAMES));
  }

  @Test
  void refusesWhenTheHouseholdsDiffer() {
    List<Workload> four = List.of(new Fake("same", 10), new Fake("same", 11), new Fake("same", 11),
        new Fake("same", 10));
    assertThrows(Alternation.DifferentResults.class, () -> Alternation.checkSameResults(four, NAMES));
  }

  @Test
  void measuresEachRunPerHouseholdInTheOrderABBA() {
    Fake a1 = new Fake("same", 1_000);
    Fake b2 = new Fake("same", 1_000);
    Fake b3 = new Fake("same", 1_000);
    Fake a4 = new Fake("same", 1_000);
    // {CPU ns, bytes} of each run, in the order A1 B2 B3 A4, two rounds
    long[][] usages = {
        {400_000, 8_000_000}, {100_000, 4_000_000}, {100_000, 4_000_000}, {100_000, 8_000_000},
        {300_000, 8_000_000}, {150_000, 4_000_000}, {160_000, 4_000_000}, {320_000, 8_000_000}};
    List<Alternation.Round> seen = new ArrayList<>();
    List<Alternation.Round> rounds =
        Alternation.measure(List.of(a1, b2, b3, a4), NAMES, 2, given(usages), seen::add);
    assertEquals(rounds, seen);
    assertEquals(2, a1.runs);
    assertEquals(2, a4.runs);
    assertEquals(2, rounds.size());
    Alternation.Round first = rounds.get(0);
    assertEquals(1, first.round());
    assertEquals(400, first.nanos()[Alternation.A1], EPS);
    assertEquals(100, first.nanos()[Alternation.B2], EPS);
    assertEquals(8_000, first.bytes()[Alternation.A4], EPS);
    assertEquals(4_000, first.bytes()[Alternation.B3], EPS);
    assertEquals(2, first.ratio(), EPS);
    assertEquals(2, rounds.get(1).ratio(), EPS);
  }

  @Test
  void summarisesTheRoundsKept() {
    List<Alternation.Round> rounds = List.of(
        new Alternation.Round(1, new double[] {400, 100, 100, 100}, new double[] {10, 5, 5, 10}),
        new Alternation.Round(2, new double[] {300, 150, 160, 320}, new double[] {12, 6, 6, 12}),
        new Alternation.Round(3, new double[] {100, 100, 100, 100}, new double[] {11, 7, 7, 11}));
    Alternation.Summary s = Alternation.Summary.of(rounds);
    assertEquals(3, s.rounds());
    // A: 400 100 300 320 100 100 -> sorted 100 100 100 300 320 400: median 200, best 100
    assertEquals(200, s.aMedian(), EPS);
    assertEquals(100, s.aBest(), EPS);
    // B: 100 100 150 160 100 100 -> median 100
    assertEquals(100, s.bMedian(), EPS);
    // ratios 2, 2, 1 -> median 2, quartiles 1.5 and 2
    assertEquals(2, s.ratioMedian(), EPS);
    assertEquals(1.5, s.ratioQ1(), EPS);
    assertEquals(2, s.ratioQ3(), EPS);
    // bytes: A 10 10 12 12 11 11 -> 11; B 5 5 6 6 7 7 -> 6
    assertEquals(11, s.aBytes(), EPS);
    assertEquals(6, s.bBytes(), EPS);
  }

  @Test
  void theCommandLineIsChecked() {
    AlternatedJars.Options o = AlternatedJars.Options.parse(new String[] {"bulk-RSA", "a.jar", "b.jar", "--rounds", "9"});
    assertEquals("BulkProbe", o.probe());
    assertEquals("RSA", o.argument());
    assertEquals(3, o.drop());
    assertThrows(IllegalArgumentException.class,
        () -> AlternatedJars.Options.parse(new String[] {"bulk-XX", "a.jar", "b.jar"}));
    assertThrows(IllegalArgumentException.class,
        () -> AlternatedJars.Options.parse(new String[] {"timeline", "a.jar", "b.jar", "--drop", "12"}));
    assertThrows(IllegalArgumentException.class, () -> AlternatedJars.Options.parse(new String[] {"timeline", "a.jar"}));
  }
}
