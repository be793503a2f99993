package fr.benefitcalc.benchmarks.alternated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatisticsTest {
  private static final double EPS = 1e-12;

  @Test
  void quantilesInterpolateBetweenTheNearestRanks() {
    // R's quantile(c(7, 1, 3, 15), type = 7): 0% 1, 25% 2.5, 50% 5, 75% 9, 100% 15
    double[] v = {7, 1, 3, 15};
    assertEquals(1, Statistics.quantile(v, 0), EPS);
    assertEquals(2.5, Statistics.quantile(v, 0.25), EPS);
    assertEquals(5, Statistics.median(v), EPS);
    assertEquals(9, Statistics.quantile(v, 0.75), EPS);
    assertEquals(15, Statistics.quantile(v, 1), EPS);
    assertEquals(1, Statistics.min(v), EPS);
  }

  @Test
  void anOddCountHasItsMiddleValueAsMedian() {
    double[] v = {1.09, 1.2, 0.97, 1.11, 1.05};
    assertEquals(1.09, Statistics.median(v), EPS);
    // sorted 0.97 1.05 1.09 1.11 1.2: ranks 1 and 3 exactly
    assertEquals(1.05, Statistics.quantile(v, 0.25), EPS);
    assertEquals(1.11, Statistics.quantile(v, 0.75), EPS);
    assertEquals(7.0, Statistics.median(new double[] {7}), EPS);
  }

  @Test
  void theValuesAreNotReordered() {
    double[] v = {3, 1, 2};
    Statistics.median(v);
    assertEquals(3, v[0]);
    assertEquals(1, v[1]);
  }

  @Test
  void theRatioIsTheGeometricMeanOfThePairsAroundTheMiddle() {
    // A takes 400 then 100, B 100 and 100: (400 x 100) / (100 x 100) = 4, square root 2
    assertEquals(2, Statistics.ratio(400, 100, 100, 100), EPS);
    // a drift that makes each run of a round 10 % slower than the one before cancels: A = B gives 1 ...
    assertEquals(1, Statistics.ratio(200, 200 * 1.1, 200 * 1.21, 200 * 1.331), EPS);
    // ... and B 1.5 times as fast gives 1.5 under the same drift
    assertEquals(1.5, Statistics.ratio(200, 200 / 1.5 * 1.1, 200 / 1.5 * 1.21, 200 * 1.331), EPS);
    // B twice as fast at every position
    assertEquals(2, Statistics.ratio(300, 150, 160, 320), EPS);
    // B slower: below 1
    assertEquals(0.5, Statistics.ratio(100, 200, 200, 100), EPS);
  }

  @Test
  void refusesWhatHasNoAnswer() {
    assertThrows(IllegalArgumentException.class, () -> Statistics.median(new double[0]));
    assertThrows(IllegalArgumentException.class, () -> Statistics.quantile(new double[] {1}, 1.5));
    assertThrows(IllegalArgumentException.class, () -> Statistics.ratio(1, 0, 1, 1));
  }
}
