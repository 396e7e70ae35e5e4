package org.kolscope.charts;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Charts-internal power-law fit {@code y = a·x^b} by ordinary least squares on {@code log10 y =
 * log10 a + b·log10 x}, with the 95 % confidence band of the fitted line and the 95 % prediction
 * band of a new point.
 *
 * <p>With {@code u = log10 x}, {@code v = log10 y}, residual variance {@code s² = SSE/(n − 2)},
 * {@code S_uu = Σ(u − ū)²} and {@code t = t_{n−2, 0.975}}, the bands at {@code u₀} are {@code v̂₀ ±
 * t·s·√(1/n + (u₀ − ū)²/S_uu)} (confidence) and {@code v̂₀ ± t·s·√(1 + 1/n + (u₀ − ū)²/S_uu)}
 * (prediction); see Draper and Smith, Applied Regression Analysis, 3rd ed., 1998, §3.1–3.2.
 * Commons Math {@link SimpleRegression} does the fit; the band is written here because Commons Math
 * has no band method. It will be replaced by the toolkit's stats power-law class.
 *
 * @param n points used
 * @param log10A intercept of the log-log line (so {@code a = 10^log10A})
 * @param b slope (the exponent)
 * @param rSquared R² on the log scale
 * @param s residual standard deviation on the log10 scale
 * @param meanU mean of log10 x
 * @param suu Σ(log10 x − mean)²
 * @param t the 97.5 % Student-t quantile with n − 2 degrees of freedom
 */
record PowerLawFit(
    long n, double log10A, double b, double rSquared, double s, double meanU, double suu, double t) {

  /**
   * Fits log10 y on log10 x.
   *
   * @return the fit, or null if fewer than 3 points or all x are equal
   */
  static PowerLawFit fit(double[] log10x, double[] log10y) {
    SimpleRegression reg = new SimpleRegression(true);
    double sumU = 0;
    for (int i = 0; i < log10x.length; i++) {
      reg.addData(log10x[i], log10y[i]);
      sumU += log10x[i];
    }
    long n = reg.getN();
    if (n < 3 || !(reg.getXSumSquares() > 0)) {
      return null;
    }
    double t = new TDistribution(null, n - 2).inverseCumulativeProbability(0.975);
    double r2 = reg.getRSquare();
    return new PowerLawFit(
        n,
        reg.getIntercept(),
        reg.getSlope(),
        Double.isNaN(r2) ? 0 : r2,
        Math.sqrt(reg.getMeanSquareError()),
        sumU / n,
        reg.getXSumSquares(),
        t);
  }

  /** The multiplier a. */
  double a() {
    return Math.pow(10, log10A);
  }

  /** Fitted log10 y at log10 x = u. */
  double fittedLog(double u) {
    return log10A + b * u;
  }

  /** Half-width of the 95 % band (log10 units) at log10 x = u. */
  double halfWidth(double u, boolean prediction) {
    double d = u - meanU;
    return t * s * Math.sqrt((prediction ? 1 : 0) + 1.0 / n + d * d / suu);
  }

  /** The formula as text, e.g. {@code y = 12.3·x^0.85}. */
  String formula() {
    return "y = " + ReadableLogAxis.plain(a()) + "·x^" + ReadableLogAxis.plain(b);
  }
}
