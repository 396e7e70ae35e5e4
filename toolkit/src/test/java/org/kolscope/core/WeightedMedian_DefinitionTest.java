package org.kolscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quickselect against the definition computed the plain way (sort the pairs by value, add
 * the weights in that order, stop at half). Weights are small integers, so every partial sum is
 * exact and the two must agree exactly, ties and zero weights included.
 */
class WeightedMedian_DefinitionTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 50, 1000, 10_001})
  void randomValuesWithTiesAndZeroWeights_matchSortAndAccumulate(int m) {
    Random r = new Random(m);
    for (int trial = 0; trial < 200; trial++) {
      double[] v = new double[m];
      double[] w = new double[m];
      double total = 0;
      for (int i = 0; i < m; i++) {
        v[i] = r.nextInt(Math.max(2, m / 3)) * 0.5; // many ties
        w[i] = r.nextInt(4); // zeros included
        total += w[i];
      }
      double want = bySorting(v, w, total);
      assertThat(WeightedMedian.lower(v.clone(), w.clone(), m, total)).as("trial %d", trial)
          .isEqualTo(want);
    }
  }

  @Test
  void textbookCases() {
    // values 1..4, weights 1,1,1,1: W/2 = 2 reached at 2 (the lower median)
    assertThat(WeightedMedian.lower(new double[] {4, 2, 3, 1}, new double[] {1, 1, 1, 1}, 4, 4))
        .isEqualTo(2);
    // a heavy value wins
    assertThat(WeightedMedian.lower(new double[] {1, 2, 3}, new double[] {1, 10, 1}, 3, 12))
        .isEqualTo(2);
    // all weight zero: the smallest value
    assertThat(WeightedMedian.lower(new double[] {5, 3, 9}, new double[] {0, 0, 0}, 3, 0))
        .isEqualTo(3);
    // only the first m values count
    assertThat(WeightedMedian.lower(new double[] {7, 8, -100}, new double[] {1, 1, 50}, 2, 2))
        .isEqualTo(7);
  }

  @Test
  void noValues_rejected() {
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> WeightedMedian.lower(new double[0], new double[0], 0, 0)).getMessage()).contains("0");
  }

  private static double bySorting(double[] v, double[] w, double total) {
    Integer[] order = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
    double acc = 0;
    for (int i : order) {
      acc += w[i];
      if (acc >= total / 2) {
        return v[i];
      }
    }
    return v[order[v.length - 1]];
  }
}
