package org.kolscope.stats.groups;

import java.util.Arrays;
import java.util.List;
import org.kolscope.core.Sorted;

/**
 * Mid-ranks of the pooled sample of several groups and the tie term {@code Σ(t³ − t)} over the
 * tie groups — shared by Kruskal-Wallis and Dunn.
 *
 * <p>Only each group's rank sum is needed, so no rank array is built: the pooled values are
 * sorted once (a primitive sort), and a value v whose equals occupy the 0-based sorted positions
 * lo … hi − 1 has the mid-rank (lo + 1 + hi) / 2. Each group's values are sorted too and looked
 * up in ascending order, each search galloping on from the previous one. This gives
 * exactly the average ranks of Commons Math's {@code NaturalRanking} (ties averaged), which boxes
 * every value and was most of a timing analysis of 1M notes (PooledRanks_NaturalRankingTest
 * compares the two).
 *
 * @param rankSums sum of the pooled ranks of each group
 * @param sizes size of each group
 * @param n total number of values
 * @param tieSum {@code Σ (t³ − t)} over the tie groups of the pooled sample
 */
record PooledRanks(double[] rankSums, int[] sizes, int n, double tieSum) {

  static PooledRanks of(List<double[]> groups) {
    int n = groups.stream().mapToInt(g -> g.length).sum();
    double[] sorted = new double[n];
    int[] sizes = new int[groups.size()];
    int at = 0;
    for (int g = 0; g < groups.size(); g++) {
      double[] x = groups.get(g);
      for (int i = 0; i < x.length; i++) {
        if (Double.isNaN(x[i])) {
          throw new IllegalArgumentException(
              "cannot rank NaN: group " + (g + 1) + " has it at position " + i);
        }
      }
      System.arraycopy(x, 0, sorted, at, x.length);
      sizes[g] = x.length;
      at += x.length;
    }
    Arrays.sort(sorted);
    double[] sums = new double[groups.size()];
    for (int g = 0; g < sizes.length; g++) {
      // the group's values in ascending order: each search starts where the last one ended
      double[] x = groups.get(g).clone();
      Arrays.sort(x);
      double sum = 0;
      int lo = 0;
      int hi = 0;
      for (int i = 0; i < x.length; i++) {
        if (i == 0 || x[i] != x[i - 1]) {
          lo = Sorted.countBelowFrom(sorted, x[i], hi);
          hi = Sorted.countAtOrBelow(sorted, x[i], lo);
        }
        sum += (lo + 1 + hi) * 0.5;
      }
      sums[g] = sum;
    }
    return new PooledRanks(sums, sizes, n, tieSumSorted(sorted));
  }

  /** {@code Σ (t³ − t)} over runs of equal values. */
  static double tieSum(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return tieSumSorted(s);
  }

  /** {@code Σ (t³ − t)} over runs of equal values of a sorted array. */
  private static double tieSumSorted(double[] s) {
    double sum = 0;
    int i = 0;
    while (i < s.length) {
      int j = i;
      while (j + 1 < s.length && s[j + 1] == s[i]) {
        j++;
      }
      double t = j - i + 1;
      sum += t * t * t - t;
      i = j + 1;
    }
    return sum;
  }

  /** Whether the two samples pooled have a tied value. */
  static boolean hasTies(double[] x, double[] y) {
    double[] pooled = new double[x.length + y.length];
    System.arraycopy(x, 0, pooled, 0, x.length);
    System.arraycopy(y, 0, pooled, x.length, y.length);
    return tieSum(pooled) > 0;
  }

  /** Mean rank of group {@code g}. */
  double meanRank(int g) {
    return rankSums[g] / sizes[g];
  }

  /** The tie-correction factor {@code C = 1 − Σ(t³ − t) / (N³ − N)}. */
  double tieCorrection() {
    double nn = n;
    return 1 - tieSum / (nn * nn * nn - nn);
  }
}
