package org.kolscope.stats.groups;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Mid-ranks of the pooled sample of several groups and the tie term {@code Σ(t³ − t)} over the
 * tie groups — shared by Kruskal-Wallis and Dunn. Ranking uses Commons Math's {@link
 * NaturalRanking} with average ranks for ties.
 *
 * @param rankSums sum of the pooled ranks of each group
 * @param sizes size of each group
 * @param n total number of values
 * @param tieSum {@code Σ (t³ − t)} over the tie groups of the pooled sample
 */
record PooledRanks(double[] rankSums, int[] sizes, int n, double tieSum) {

  static PooledRanks of(List<double[]> groups) {
    int n = groups.stream().mapToInt(g -> g.length).sum();
    double[] pooled = new double[n];
    int[] sizes = new int[groups.size()];
    int at = 0;
    for (int g = 0; g < groups.size(); g++) {
      double[] x = groups.get(g);
      System.arraycopy(x, 0, pooled, at, x.length);
      sizes[g] = x.length;
      at += x.length;
    }
    double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(pooled);
    double[] sums = new double[groups.size()];
    at = 0;
    for (int g = 0; g < sizes.length; g++) {
      for (int i = 0; i < sizes[g]; i++) {
        sums[g] += ranks[at++];
      }
    }
    return new PooledRanks(sums, sizes, n, tieSum(pooled));
  }

  /** {@code Σ (t³ − t)} over runs of equal values. */
  static double tieSum(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
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
