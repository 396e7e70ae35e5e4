package org.kolscope.evidence;

import it.unimi.dsi.fastutil.doubles.DoubleArrays;
import java.util.Arrays;
import org.kolscope.core.Quantiles;
import org.kolscope.core.WeightedMedian;

/**
 * Robust locally weighted linear regression (LOESS) of y on x, evaluated on a grid and
 * interpolated between grid points, with a local robust scale of the residuals.
 *
 * <p><b>Centre.</b> At a grid point {@code g} the fit uses the {@code q = ⌈span · n⌉} points
 * nearest to {@code g}, with tricube weights {@code w_i = (1 − (|x_i − g| / h)³)³} ({@code h}: the
 * largest distance among them), times robustness weights {@code ρ_i}, and solves the weighted
 * least squares of {@code y_i = a + b (x_i − g)}: the fit at {@code g} is {@code a}, its slope
 * {@code b}. The robustness weights start at 1; after each pass, with residuals {@code r_i} and
 * {@code s = median |r_i|}, they become Tukey's bisquare {@code ρ_i = (1 − (r_i / 6s)²)²} (0 beyond
 * {@code 6s}), so a few manipulated accounts do not pull the curve. Ties in x (many accounts
 * share a follower count) need no special handling, unlike Commons Math's {@code
 * LoessInterpolator}, which needs strictly increasing x.
 *
 * <p><b>Spread.</b> With the final residuals, the local scale at {@code g} is the tricube-weighted
 * median of {@code |r_i|} over the same neighbourhood, times 1.4826 (so it estimates σ under
 * normality), i.e. a local MAD: the spread of an honest account's value may change with size.
 *
 * <p>Grid points sit at evenly spaced quantiles of x (so dense regions get more of them); outside
 * the data range the end values hold. Cost: O(passes · grid · q). Beyond {@value #MAX_POINTS}
 * points the fit uses every k-th point in x order (k = ⌈n / {@value #MAX_POINTS}⌉), a systematic
 * sample that keeps the x distribution, so a million notes cost what twenty thousand do; the curve
 * is then an estimate from that sample (its sampling error is far below the spread it estimates).
 *
 * <p>References: W. S. Cleveland, "Robust locally weighted regression and smoothing
 * scatterplots", JASA 74(368), 1979, 829–836; the local MAD as in F. R. Hampel, "The influence
 * curve and its role in robust estimation", JASA 69(346), 1974, 383–393.
 */
public final class LocalFit implements Curve, java.io.Serializable {
  private static final long serialVersionUID = 1L;
  /** Default span: the share of points in each local fit. */
  public static final double DEFAULT_SPAN = 0.5;
  /** Default robustness passes after the first fit (Cleveland recommends 2). */
  public static final int DEFAULT_ROBUSTNESS_PASSES = 3;
  /** Default number of grid points. */
  public static final int DEFAULT_GRID = 40;
  /** Most points a fit uses; above it a systematic sample in x order. */
  public static final int MAX_POINTS = 20_000;
  /** Fewest points the fit accepts. */
  public static final int MIN_POINTS = 8;

  private final double[] gx;
  private final double[] centre;
  private final double[] slope;
  private final double[] scale;
  private final int n;

  private LocalFit(double[] gx, double[] centre, double[] slope, double[] scale, int n) {
    this.gx = gx;
    this.centre = centre;
    this.slope = slope;
    this.scale = scale;
    this.n = n;
  }

  /** {@link #fit(double[], double[], double, int, int)} with the defaults. */
  public static LocalFit fit(double[] x, double[] y) {
    return fit(x, y, DEFAULT_SPAN, DEFAULT_ROBUSTNESS_PASSES, DEFAULT_GRID);
  }

  /**
   * Fits y on x.
   *
   * @param x the predictor (finite), not null
   * @param y the response (finite), as long as x
   * @param span share of points in each local fit, in (0, 1]
   * @param passes robustness passes (≥ 0)
   * @param grid grid points (≥ 2)
   * @throws IllegalArgumentException for fewer than {@value #MIN_POINTS} points, unequal lengths,
   *     a non-finite value or a bad parameter
   */
  public static LocalFit fit(double[] x, double[] y, double span, int passes, int grid) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x has " + x.length + " values, y " + y.length);
    }
    if (x.length < MIN_POINTS) {
      throw new IllegalArgumentException(
          "a local fit needs at least " + MIN_POINTS + " points, got " + x.length);
    }
    if (!(span > 0 && span <= 1)) {
      throw new IllegalArgumentException("span must be in (0, 1], got " + span);
    }
    if (passes < 0 || grid < 2) {
      throw new IllegalArgumentException("passes must be ≥ 0 and grid ≥ 2, got " + passes + ", " + grid);
    }
    int n = x.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
        throw new IllegalArgumentException("point " + i + " is not finite: (" + x[i] + ", " + y[i] + ")");
      }
      order[i] = i;
    }
    // x order, ties in input order: a stable radix sort of the identity permutation by x, in
    // Double.compare's order (a comparator sort of a million notes was a third of their spikes)
    DoubleArrays.radixSortIndirect(order, x, true);
    int step = sampleStep(n);
    int total = n;
    n = (total + step - 1) / step;
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = x[order[i * step]];
      ys[i] = y[order[i * step]];
    }
    return fitSample(xs, ys, total, span, passes, grid);
  }

  /**
   * The step of the systematic sample of {@code total} points: every {@code step}-th point in x
   * order (ties in input order) is fitted, from the first, so {@code ⌈total / step⌉} points.
   */
  public static int sampleStep(int total) {
    return Math.max(1, (total + MAX_POINTS - 1) / MAX_POINTS);
  }

  /**
   * The fit of {@code total} points from their systematic sample, taken elsewhere: the points at
   * ranks 0, step, 2·step, … ({@link #sampleStep}) of all points in x order, ties in input order.
   * Gives what {@link #fit(double[], double[], double, int, int)} gives on all the points, for an
   * engine that holds them in parts (Apache Spark).
   *
   * @param xs the sample's x, ascending
   * @param ys the sample's y
   * @throws IllegalArgumentException as {@link #fit(double[], double[], double, int, int)}, or if
   *     the sample's size is not {@code ⌈total / step⌉} or xs is not ascending
   */
  public static LocalFit ofSample(double[] xs, double[] ys, int total, double span, int passes,
      int grid) {
    int step = sampleStep(total);
    if (xs.length != ys.length || xs.length != (total + step - 1) / step) {
      throw new IllegalArgumentException("a sample of " + total + " points has "
          + (total + step - 1) / step + " points, got " + xs.length + " x and " + ys.length + " y");
    }
    if (total < MIN_POINTS) {
      throw new IllegalArgumentException(
          "a local fit needs at least " + MIN_POINTS + " points, got " + total);
    }
    for (int i = 0; i < xs.length; i++) {
      if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i]) || i > 0 && Double.compare(xs[i - 1], xs[i]) > 0) {
        throw new IllegalArgumentException("sample point " + i + " is not finite or not in x order: ("
            + xs[i] + ", " + ys[i] + ")");
      }
    }
    if (!(span > 0 && span <= 1)) {
      throw new IllegalArgumentException("span must be in (0, 1], got " + span);
    }
    if (passes < 0 || grid < 2) {
      throw new IllegalArgumentException("passes must be ≥ 0 and grid ≥ 2, got " + passes + ", " + grid);
    }
    return fitSample(xs.clone(), ys.clone(), total, span, passes, grid);
  }

  private static LocalFit fitSample(double[] xs, double[] ys, int total, double span, int passes,
      int grid) {
    int n = xs.length;
    double[] gx = gridOf(xs, grid);
    int q = Math.max(MIN_POINTS / 2, (int) Math.ceil(span * n));
    q = Math.min(q, n);
    double[] rob = new double[n];
    Arrays.fill(rob, 1);
    double[] centre = new double[gx.length];
    double[] slope = new double[gx.length];
    double[] resid = new double[n];
    for (int pass = 0; pass <= passes; pass++) {
      for (int g = 0; g < gx.length; g++) {
        double[] ab = localLine(xs, ys, rob, gx[g], q);
        centre[g] = ab[0];
        slope[g] = ab[1];
      }
      for (int i = 0; i < n; i++) {
        resid[i] = ys[i] - interpolate(gx, centre, xs[i]);
      }
      if (pass == passes) {
        break;
      }
      double[] abs = new double[n];
      for (int i = 0; i < n; i++) {
        abs[i] = Math.abs(resid[i]);
      }
      double s = Quantiles.median(abs);
      for (int i = 0; i < n; i++) {
        double u = s > 0 ? resid[i] / (6 * s) : 0;
        rob[i] = Math.abs(u) >= 1 ? 0 : (1 - u * u) * (1 - u * u);
      }
    }
    double[] scale = new double[gx.length];
    for (int g = 0; g < gx.length; g++) {
      scale[g] = Quantiles.MAD_NORMAL_SCALE * localMedianAbs(xs, resid, gx[g], q);
    }
    return new LocalFit(gx, centre, slope, scale, total);
  }

  /** The fitted centre at {@code x}. */
  @Override
  public double centre(double x) {
    return interpolate(gx, centre, x);
  }

  /** The local slope d centre / dx at {@code x}. */
  @Override
  public double slope(double x) {
    return interpolate(gx, slope, x);
  }

  /** The local robust scale of the residuals at {@code x} (a local MAD × 1.4826). */
  @Override
  public double scale(double x) {
    return interpolate(gx, scale, x);
  }

  /** Points fitted. */
  public int n() {
    return n;
  }

  /** The grid's x values (a copy). */
  public double[] grid() {
    return gx.clone();
  }

  private static double[] gridOf(double[] xs, int grid) {
    double[] g = new double[grid];
    int k = 0;
    for (int i = 0; i < grid; i++) {
      double v = Quantiles.quantileSorted(xs, (double) i / (grid - 1));
      if (k == 0 || v > g[k - 1]) {
        g[k++] = v;
      }
    }
    if (k == 1) { // every x equal: a flat fit on a one-point grid
      return new double[] {g[0]};
    }
    return Arrays.copyOf(g, k);
  }

  /** Index range [lo, hi) of the q sorted points nearest to g. */
  private static int[] window(double[] xs, double g, int q) {
    int n = xs.length;
    int pos = Arrays.binarySearch(xs, g);
    if (pos < 0) {
      pos = -pos - 1;
    }
    int lo = pos;
    int hi = pos;
    while (hi - lo < q) {
      if (lo == 0) {
        hi++;
      } else if (hi == n) {
        lo--;
      } else if (g - xs[lo - 1] <= xs[hi] - g) {
        lo--;
      } else {
        hi++;
      }
    }
    return new int[] {lo, hi};
  }

  private static double tricube(double d, double h) {
    if (h <= 0) {
      return 1;
    }
    double u = d / (h * 1.000001);
    if (u >= 1) {
      return 0;
    }
    double c = 1 - u * u * u;
    return c * c * c;
  }

  private static double[] localLine(double[] xs, double[] ys, double[] rob, double g, int q) {
    int[] w = window(xs, g, q);
    double h = Math.max(g - xs[w[0]], xs[w[1] - 1] - g);
    double sw = 0;
    double sx = 0;
    double sy = 0;
    for (int i = w[0]; i < w[1]; i++) {
      double wi = tricube(Math.abs(xs[i] - g), h) * rob[i];
      sw += wi;
      sx += wi * (xs[i] - g);
      sy += wi * ys[i];
    }
    if (sw <= 0) { // every neighbour down-weighted: fall back to plain tricube weights
      return localLine(xs, ys, ones(xs.length), g, q);
    }
    double mx = sx / sw;
    double my = sy / sw;
    double sxx = 0;
    double sxy = 0;
    for (int i = w[0]; i < w[1]; i++) {
      double wi = tricube(Math.abs(xs[i] - g), h) * rob[i];
      double dx = xs[i] - g - mx;
      sxx += wi * dx * dx;
      sxy += wi * dx * (ys[i] - my);
    }
    double b = sxx > 1e-12 * sw ? sxy / sxx : 0;
    return new double[] {my - b * mx, b};
  }

  private static double[] ones(int n) {
    double[] o = new double[n];
    Arrays.fill(o, 1);
    return o;
  }

  private static double localMedianAbs(double[] xs, double[] resid, double g, int q) {
    int[] w = window(xs, g, q);
    double h = Math.max(g - xs[w[0]], xs[w[1] - 1] - g);
    int m = w[1] - w[0];
    double[] abs = new double[m];
    double[] weight = new double[m];
    double total = 0;
    for (int i = 0; i < m; i++) {
      abs[i] = Math.abs(resid[w[0] + i]);
      weight[i] = tricube(Math.abs(xs[w[0] + i] - g), h);
      total += weight[i];
    }
    return WeightedMedian.lower(abs, weight, m, total);
  }

  static double interpolate(double[] gx, double[] gy, double x) {
    if (gx.length == 1 || x <= gx[0]) {
      return gy[0];
    }
    int last = gx.length - 1;
    if (x >= gx[last]) {
      return gy[last];
    }
    int pos = Arrays.binarySearch(gx, x);
    if (pos >= 0) {
      return gy[pos];
    }
    int hi = -pos - 1;
    int lo = hi - 1;
    double t = (x - gx[lo]) / (gx[hi] - gx[lo]);
    return gy[lo] + t * (gy[hi] - gy[lo]);
  }
}
