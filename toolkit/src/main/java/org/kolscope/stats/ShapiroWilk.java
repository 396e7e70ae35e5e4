package org.kolscope.stats;

import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.kolscope.core.Quantiles;
import org.kolscope.core.Tabular;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Shapiro–Wilk test of normality, W statistic and p-value after Royston (1995), for 3 ≤ n ≤ 5000.
 *
 * <p>With the sorted sample x(1) ≤ … ≤ x(n):
 *
 * <pre>
 *   W = (Σ_{i=1}^{⌊n/2⌋} a_i (x(n+1−i) − x(i)))² / Σ (x_i − x̄)²
 * </pre>
 *
 * The coefficients start from m_i = Φ⁻¹((i − 3/8)/(n + 1/4)); the two most extreme ones are
 * replaced by Royston's polynomial approximations in u = 1/√n and the rest rescaled so that Σa² =
 * 1. The p-value uses Royston's normalising transformations: for n = 3 the exact P = (6/π)(asin √W
 * − asin √(3/4)); for 4 ≤ n ≤ 11, −ln(γ − ln(1 − W)) with γ = −2.273 + 0.459 n is normal with mean
 * and log-sd cubic in n; for n ≥ 12, ln(1 − W) is normal with mean and log-sd polynomial in ln n.
 *
 * <p>Neither Commons Math 3.6.1 nor Commons Statistics 1.1 has a normality test, so this is written
 * by hand.
 *
 * <p>References: [1] Shapiro, S.S. and Wilk, M.B. (1965) An analysis of variance test for
 * normality, Biometrika 52, 591–611. [2] Royston, P. (1992) Approximating the Shapiro-Wilk
 * W-test for non-normality, Statistics and Computing 2, 117–119. [3] Royston, P. (1995) Remark
 * AS R94: A remark on Algorithm AS 181, Applied Statistics 44(4), 547–551.
 */
public final class ShapiroWilk {
  private static final NormalDistribution STD_NORMAL = NormalDistribution.of(0, 1);
  private static final double[] C1 = {0.0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056};
  private static final double[] C2 = {0.0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633};
  private static final double[] C3 = {0.544, -0.39978, 0.025054, -6.714e-4};
  private static final double[] C4 = {1.3822, -0.77857, 0.062767, -0.0020322};
  private static final double[] C5 = {-1.5861, -0.31082, -0.083751, 0.0038915};
  private static final double[] C6 = {-0.4803, -0.082676, 0.0030302};
  private static final double[] G = {-2.273, 0.459};

  /** Smallest sample size. */
  public static final int MIN_N = 3;
  /** Largest sample size for which Royston's approximation is valid. */
  public static final int MAX_N = 5000;

  private ShapiroWilk() {}

  /**
   * The result.
   *
   * @param n the sample size
   * @param w the W statistic, in (0, 1]
   * @param pValue the p-value (small W is evidence against normality)
   */
  public record Result(int n, double w, double pValue) implements Tabular {
    /** Whether normality is rejected at level {@code alpha}. */
    public boolean rejects(double alpha) {
      return pValue < alpha;
    }

    @Override
    public Table toTable() {
      return Table.create(
          "Shapiro-Wilk",
          IntColumn.create("n", new int[] {n}),
          DoubleColumn.create("W", new double[] {w}),
          DoubleColumn.create("p_value", new double[] {pValue}));
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "Shapiro-Wilk normality test (n = %d)%n  W = %.6g, p-value = %.4g%n",
          n, w, pValue);
    }
  }

  /**
   * Tests {@code values} for normality.
   *
   * @throws IllegalArgumentException if n is outside [3, 5000], a value is not finite, or all values
   *     are equal
   */
  public static Result test(double[] values) {
    int n = values.length;
    if (n < MIN_N || n > MAX_N) {
      throw new IllegalArgumentException(
          "Shapiro-Wilk needs " + MIN_N + " <= n <= " + MAX_N + ", got n = " + n);
    }
    double[] x = Quantiles.sortedCopy(values);
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(x[i])) {
        throw new IllegalArgumentException("Shapiro-Wilk: value " + x[i] + " is not finite");
      }
    }
    if (x[0] == x[n - 1]) {
      throw new IllegalArgumentException(
          "Shapiro-Wilk is undefined when all " + n + " values are equal (all " + x[0] + ")");
    }
    double[] a = coefficients(n);
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= n;
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    double num = 0;
    for (int i = 0; i < n / 2; i++) {
      num += a[i] * (x[n - 1 - i] - x[i]);
    }
    double w = Math.min(1.0, num * num / ss);
    return new Result(n, w, pValue(w, n));
  }

  /** The coefficients a_1 … a_⌊n/2⌋ for the pairs (x(n+1−i) − x(i)), Royston (1992). */
  static double[] coefficients(int n) {
    int half = n / 2;
    double[] a = new double[half];
    if (n == 3) {
      a[0] = Math.sqrt(0.5);
      return a;
    }
    double[] m = new double[half];
    double summ2 = 0;
    for (int i = 0; i < half; i++) {
      m[i] = STD_NORMAL.inverseCumulativeProbability((i + 1 - 0.375) / (n + 0.25));
      summ2 += m[i] * m[i];
    }
    summ2 *= 2;
    double ssumm2 = Math.sqrt(summ2);
    double rsn = 1 / Math.sqrt(n);
    double a1 = poly(C1, rsn) - m[0] / ssumm2;
    int first;
    double fac;
    if (n > 5) {
      first = 2;
      double a2 = -m[1] / ssumm2 + poly(C2, rsn);
      fac =
          Math.sqrt(
              (summ2 - 2 * m[0] * m[0] - 2 * m[1] * m[1]) / (1 - 2 * a1 * a1 - 2 * a2 * a2));
      a[1] = a2;
    } else {
      first = 1;
      fac = Math.sqrt((summ2 - 2 * m[0] * m[0]) / (1 - 2 * a1 * a1));
    }
    a[0] = a1;
    for (int i = first; i < half; i++) {
      a[i] = -m[i] / fac;
    }
    return a;
  }

  /** Royston's (1995) p-value for W at sample size n. */
  static double pValue(double w, int n) {
    if (n == 3) {
      double p = 6 / Math.PI * (Math.asin(Math.sqrt(w)) - Math.asin(Math.sqrt(0.75)));
      return Math.max(0, Math.min(1, p));
    }
    double y = Math.log1p(-w);
    double m;
    double s;
    if (n <= 11) {
      double gamma = poly(G, n);
      if (y >= gamma) {
        return 0.0; // W this small is off the approximation's scale: reject
      }
      y = -Math.log(gamma - y);
      m = poly(C3, n);
      s = Math.exp(poly(C4, n));
    } else {
      double ln = Math.log(n);
      m = poly(C5, ln);
      s = Math.exp(poly(C6, ln));
    }
    return NormalDistribution.of(m, s).survivalProbability(y);
  }

  private static double poly(double[] c, double x) {
    double r = 0;
    for (int i = c.length - 1; i >= 0; i--) {
      r = r * x + c[i];
    }
    return r;
  }
}
