package org.kolscope.stats.scaling;

import java.util.Arrays;

/**
 * Paired (followers, metric) values on the log10 scale, with the pairs that have no logarithm (a
 * value ≤ 0 or not finite) left out and counted. Shared by {@link PowerLaw} and {@link Loess}.
 *
 * @param followers the kept follower counts (original scale)
 * @param logFollowers log10 of the kept follower counts
 * @param logMetric log10 of the kept metric values
 * @param excluded number of pairs left out
 */
record LogPairs(double[] followers, double[] logFollowers, double[] logMetric, int excluded) {

  /**
   * Takes the pairs with both values finite and &gt; 0.
   *
   * @throws IllegalArgumentException if the lengths differ
   */
  static LogPairs of(double[] followers, double[] metric) {
    if (followers.length != metric.length) {
      throw new IllegalArgumentException(
          "need paired values: " + followers.length + " follower counts and " + metric.length
              + " metric values");
    }
    double[] f = new double[followers.length];
    double[] lx = new double[followers.length];
    double[] ly = new double[followers.length];
    int n = 0;
    for (int i = 0; i < followers.length; i++) {
      if (followers[i] > 0 && metric[i] > 0
          && Double.isFinite(followers[i]) && Double.isFinite(metric[i])) {
        f[n] = followers[i];
        lx[n] = Math.log10(followers[i]);
        ly[n] = Math.log10(metric[i]);
        n++;
      }
    }
    return new LogPairs(
        Arrays.copyOf(f, n), Arrays.copyOf(lx, n), Arrays.copyOf(ly, n), followers.length - n);
  }

  /** Number of pairs kept. */
  int size() {
    return followers.length;
  }
}
