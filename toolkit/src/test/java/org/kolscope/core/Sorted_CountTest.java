package org.kolscope.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The galloping counts against a plain count over the whole array, from every valid start. */
class Sorted_CountTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 5, 64, 1000})
  void counts_equalALinearCount(int n) {
    Random r = new Random(n);
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = r.nextInt(Math.max(1, n / 4)) - n / 8.0; // ties, negatives, zero
    }
    Arrays.sort(a);
    double[] probes = new double[60];
    for (int i = 0; i < probes.length; i++) {
      probes[i] = n == 0 || i % 3 == 0 ? r.nextGaussian() * n : a[r.nextInt(n)];
    }
    for (double v : probes) {
      int below = 0;
      int atOrBelow = 0;
      for (double x : a) {
        below += x < v ? 1 : 0;
        atOrBelow += x <= v ? 1 : 0;
      }
      assertThat(Sorted.countBelow(a, v)).isEqualTo(below);
      for (int from = 0; from <= below; from++) {
        assertThat(Sorted.countBelowFrom(a, v, from)).as("below %s from %d", v, from).isEqualTo(below);
      }
      for (int from = 0; from <= atOrBelow; from++) {
        assertThat(Sorted.countAtOrBelow(a, v, from)).as("at or below %s from %d", v, from)
            .isEqualTo(atOrBelow);
      }
    }
  }
}
