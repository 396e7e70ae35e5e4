package org.kolscope.stats.scaling;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.analysis.interpolation.LoessInterpolator;
import org.kolscope.core.Tabular;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A LOESS curve of a metric against followers on the log10–log10 scale, for charts.
 *
 * <p>Commons Math 3.6.1 {@link LoessInterpolator} (Cleveland's robust locally weighted linear
 * regression, tricube weights) does the smoothing. It needs strictly increasing x, which real data
 * break (many accounts share a follower count), so points with the same follower count are merged
 * into one at the mean log10 metric with a weight equal to their number (passed as the
 * interpolator's per-point weights). The bandwidth is the fraction of the <i>distinct</i> follower
 * counts used for each local fit; it is raised to {@code 2 / distinct} when smaller, because the
 * interpolator needs at least two points per window. Pairs with a value ≤ 0 are left out.
 *
 * <p>The interpolator costs O(m² · bandwidth) for m points, so beyond {@value #MAX_POINTS}
 * distinct follower counts the points are binned: {@value #MAX_POINTS} equal-width bins of
 * log10 followers, each bin one point at its mean log10 followers and mean log10 metric, weighted
 * by its count. This is an approximation for charts (a straight log–log line is still reproduced
 * exactly, since bin means of points on a line lie on it); {@link Curve#binned()} says so.
 *
 * <p>Reference: W. S. Cleveland, "Robust locally weighted regression and smoothing scatterplots",
 * JASA 74(368), 1979, 829–836.
 */
public final class Loess {
  /** Default bandwidth (R's {@code loess} default span). */
  public static final double DEFAULT_BANDWIDTH = 0.75;
  /** Default robustness iterations (Commons Math's default). */
  public static final int DEFAULT_ROBUSTNESS_ITERS = 2;
  /** Most points smoothed without binning. */
  public static final int MAX_POINTS = 1000;

  private Loess() {}

  /**
   * The curve, one point per distinct follower count, ascending.
   *
   * @param followers the distinct follower counts
   * @param fitted the smoothed metric at each, back on the original scale ({@code 10^fit})
   * @param bandwidth the bandwidth used
   * @param n pairs used
   * @param excluded pairs left out (a value ≤ 0 or not finite)
   * @param binned whether follower counts were binned (more than {@value Loess#MAX_POINTS} distinct)
   */
  public record Curve(List<Double> followers, List<Double> fitted, double bandwidth, int n,
      int excluded, boolean binned) implements Tabular {
    public Curve {
      followers = List.copyOf(followers);
      fitted = List.copyOf(fitted);
    }

    @Override
    public Table toTable() {
      return Table.create(
          "LOESS (log10-log10)",
          DoubleColumn.create("followers", followers),
          DoubleColumn.create("fitted", fitted));
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "LOESS curve on log10–log10: %d %spoints from %d pairs (bandwidth %.3g%s), followers %s–%s",
          followers.size(), binned ? "binned " : "", n, bandwidth,
          excluded > 0 ? ", " + excluded + " pairs with values ≤ 0 left out" : "",
          followers.isEmpty() ? "-" : fmtCount(followers.get(0)),
          followers.isEmpty() ? "-" : fmtCount(followers.get(followers.size() - 1)));
    }

    private static String fmtCount(double v) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
  }

  /**
   * The curve with the default bandwidth and robustness iterations.
   *
   * @param followers follower counts (not null)
   * @param metric the metric, paired (not null, same length)
   * @return the curve
   */
  public static Curve fit(double[] followers, double[] metric) {
    return fit(followers, metric, DEFAULT_BANDWIDTH, DEFAULT_ROBUSTNESS_ITERS);
  }

  /**
   * Fits the curve.
   *
   * @param followers follower counts (not null)
   * @param metric the metric, paired (not null, same length)
   * @param bandwidth fraction of distinct points in each local fit, in (0, 1]
   * @param robustnessIters robustness iterations, ≥ 0
   * @return the curve, one point per distinct (or binned) follower count
   * @throws IllegalArgumentException if lengths differ, fewer than 3 distinct positive follower
   *     counts remain, or bandwidth / iterations are out of range
   */
  public static Curve fit(
      double[] followers, double[] metric, double bandwidth, int robustnessIters) {
    if (!(bandwidth > 0 && bandwidth <= 1)) {
      throw new IllegalArgumentException("bandwidth must be in (0, 1], got " + bandwidth);
    }
    if (robustnessIters < 0) {
      throw new IllegalArgumentException(
          "robustness iterations must be >= 0, got " + robustnessIters);
    }
    LogPairs pairs = LogPairs.of(followers, metric);
    // the distinct follower counts, ascending
    double[] raw = pairs.followers().clone();
    Arrays.sort(raw);
    int m = 0;
    for (int k = 0; k < raw.length; k++) {
      if (k == 0 || raw[k] != raw[m - 1]) {
        raw[m++] = raw[k];
      }
    }
    if (m < 3) {
      throw new IllegalArgumentException(
          "LOESS needs at least 3 distinct follower counts > 0 with metric > 0, got " + m);
    }
    boolean binned = m > MAX_POINTS;
    double[] x;
    double[] y;
    double[] w;
    if (binned) {
      // binning the pairs gives the same bins as binning the merged counts with their weights
      double[][] b = bin(pairs.logFollowers(), pairs.logMetric(), Math.log10(raw[0]),
          Math.log10(raw[m - 1]));
      x = b[0];
      y = b[1];
      w = b[2];
      m = x.length;
      raw = Arrays.stream(x).map(v -> Math.pow(10, v)).toArray();
    } else {
      raw = Arrays.copyOf(raw, m);
      x = new double[m];
      y = new double[m];
      w = new double[m];
      for (int k = 0; k < pairs.size(); k++) {
        int at = Arrays.binarySearch(raw, pairs.followers()[k]);
        y[at] += pairs.logMetric()[k];
        w[at]++;
      }
      for (int i = 0; i < m; i++) {
        x[i] = Math.log10(raw[i]);
        y[i] /= w[i];
      }
    }
    double bw = Math.max(bandwidth, Math.min(1.0, 2.0 / m));
    double[] fit = new LoessInterpolator(bw, robustnessIters).smooth(x, y, w);
    return new Curve(
        Arrays.stream(raw).boxed().toList(),
        Arrays.stream(fit).map(v -> Math.pow(10, v)).boxed().toList(),
        bw, pairs.size(), pairs.excluded(), binned);
  }

  /**
   * Means of (x, y) in {@link #MAX_POINTS} equal-width bins of x over [lo, hi], each weighted by
   * its count; empty bins dropped.
   */
  private static double[][] bin(double[] x, double[] y, double lo, double hi) {
    double width = (hi - lo) / MAX_POINTS;
    double[] sx = new double[MAX_POINTS];
    double[] sy = new double[MAX_POINTS];
    double[] sw = new double[MAX_POINTS];
    for (int i = 0; i < x.length; i++) {
      int k = Math.min(MAX_POINTS - 1, (int) ((x[i] - lo) / width));
      sx[k] += x[i];
      sy[k] += y[i];
      sw[k]++;
    }
    int used = 0;
    for (int k = 0; k < MAX_POINTS; k++) {
      if (sw[k] > 0) {
        sx[used] = sx[k] / sw[k];
        sy[used] = sy[k] / sw[k];
        sw[used] = sw[k];
        used++;
      }
    }
    return new double[][] {
      Arrays.copyOf(sx, used), Arrays.copyOf(sy, used), Arrays.copyOf(sw, used)
    };
  }
}
