package org.kolscope.charts;

import java.util.Arrays;
import org.apache.commons.math3.analysis.interpolation.LoessInterpolator;

/**
 * Charts-internal LOESS smoother on log-log data (Commons Math {@link LoessInterpolator}, local
 * linear fits with tricube weights and 2 robustness iterations; Cleveland, "Robust locally weighted
 * regression and smoothing scatterplots", JASA 74, 1979).
 *
 * <p>Commons Math rejects repeated x values, so points with equal x are merged into one point at
 * their mean y, weighted by their count. Above {@value #MAX_POINTS} distinct x values the x range
 * is cut into {@value #MAX_POINTS} equal-width bins and each bin becomes one weighted point at its
 * mean x and mean y, which keeps large data sets fast (the smoother is quadratic in the number of
 * points) at the cost of a curve that is exact only up to the bin width.
 */
final class LoessCurve {
  static final int MAX_POINTS = 400;

  private LoessCurve() {}

  /**
   * The smoothed curve as {x[], y[]} (ascending x), or null if there are too few distinct x values
   * (fewer than 5) or the smoother fails.
   *
   * @param bandwidth fraction of points in each local fit, in (0, 1]
   */
  static double[][] smooth(double[] x, double[] y, double bandwidth) {
    if (!(bandwidth > 0 && bandwidth <= 1)) {
      throw new IllegalArgumentException("LOESS bandwidth must be in (0, 1], got " + bandwidth);
    }
    double[][] merged = merge(x, y);
    int m = merged[0].length;
    if (m < 5) {
      return null;
    }
    double bw = Math.min(1, Math.max(bandwidth, 3.0 / m));
    for (int iters : new int[] {2, 0}) {
      try {
        double[] fitted =
            new LoessInterpolator(bw, iters).smooth(merged[0], merged[1], merged[2]);
        if (Arrays.stream(fitted).allMatch(Double::isFinite)) {
          return new double[][] {merged[0], fitted};
        }
      } catch (RuntimeException e) {
        // fall through: retry without robustness iterations, then give up
      }
    }
    return null;
  }

  /** Sorted, deduplicated (or binned) {x, mean y, weight}. */
  static double[][] merge(double[] x, double[] y) {
    int n = x.length;
    double[] xs = new double[n];
    double[] ys = new double[n];
    int[] idx = sortIndex(x);
    for (int i = 0; i < n; i++) {
      xs[i] = x[idx[i]];
      ys[i] = y[idx[i]];
    }
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || xs[i] != xs[i - 1]) {
        distinct++;
      }
    }
    double lo = n == 0 ? 0 : xs[0];
    double hi = n == 0 ? 0 : xs[n - 1];
    boolean bin = distinct > MAX_POINTS && hi > lo;
    double width = (hi - lo) / MAX_POINTS;
    double[] ox = new double[Math.min(distinct, MAX_POINTS)];
    double[] oy = new double[ox.length];
    double[] ow = new double[ox.length];
    int k = -1;
    long prevKey = Long.MIN_VALUE;
    double sx = 0;
    double sy = 0;
    int c = 0;
    for (int i = 0; i < n; i++) {
      long key =
          bin
              ? Math.min(MAX_POINTS - 1, (long) ((xs[i] - lo) / width))
              : Double.doubleToLongBits(xs[i]);
      if (key != prevKey && c > 0) {
        k++;
        ox[k] = sx / c;
        oy[k] = sy / c;
        ow[k] = c;
        sx = 0;
        sy = 0;
        c = 0;
      }
      prevKey = key;
      sx += xs[i];
      sy += ys[i];
      c++;
    }
    if (c > 0) {
      k++;
      ox[k] = sx / c;
      oy[k] = sy / c;
      ow[k] = c;
    }
    return new double[][] {
      Arrays.copyOf(ox, k + 1), Arrays.copyOf(oy, k + 1), Arrays.copyOf(ow, k + 1)
    };
  }

  private static int[] sortIndex(double[] x) {
    // sorts (x, index) pairs in place without boxing
    int[] idx = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      idx[i] = i;
    }
    double[] keys = x.clone();
    quickSort(keys, idx, 0, x.length - 1);
    return idx;
  }

  private static void quickSort(double[] k, int[] v, int lo, int hi) {
    while (lo < hi) {
      double pivot = k[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (k[i] < pivot) {
          i++;
        }
        while (k[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double tk = k[i];
          k[i] = k[j];
          k[j] = tk;
          int tv = v[i];
          v[i] = v[j];
          v[j] = tv;
          i++;
          j--;
        }
      }
      if (j - lo < hi - i) {
        quickSort(k, v, lo, j);
        lo = i;
      } else {
        quickSort(k, v, i, hi);
        hi = j;
      }
    }
  }
}
