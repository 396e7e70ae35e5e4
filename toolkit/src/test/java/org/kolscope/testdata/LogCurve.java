package org.kolscope.testdata;

/**
 * A continuous curve y(x) that is piecewise linear in log10 x and log10 y through given knots, and
 * extended beyond the first and last knots with the slope of the end segments. Used for "median
 * value at this follower count" curves: no steps at tier boundaries.
 */
final class LogCurve {
  private final double[] lx;
  private final double[] ly;

  /**
   * @param log10x knot positions, strictly increasing, at least two
   * @param y the curve's value at each knot (positive)
   */
  LogCurve(double[] log10x, double[] y) {
    if (log10x.length != y.length || log10x.length < 2) {
      throw new IllegalArgumentException("need >= 2 knots of equal length");
    }
    lx = log10x.clone();
    ly = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      if (!(y[i] > 0) || (i > 0 && !(lx[i] > lx[i - 1]))) {
        throw new IllegalArgumentException("knots must increase and values be > 0");
      }
      ly[i] = StrictMath.log10(y[i]);
    }
  }

  /** y at x (> 0). */
  double at(double x) {
    double l = StrictMath.log10(x);
    int i = 0;
    while (i < lx.length - 2 && l > lx[i + 1]) {
      i++;
    }
    double slope = (ly[i + 1] - ly[i]) / (lx[i + 1] - lx[i]);
    return StrictMath.pow(10, ly[i] + slope * (l - lx[i]));
  }
}
