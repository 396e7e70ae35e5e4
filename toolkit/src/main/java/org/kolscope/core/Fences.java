package org.kolscope.core;

/**
 * Tukey's fences — the one implementation in KOLScope: {@code lower = Q1 − k·IQR} and {@code upper
 * = Q3 + k·IQR}, {@code IQR = Q3 − Q1}; a value strictly outside is "outside" ({@code k = 1.5},
 * the inner fences) or "far out" ({@code k = 3}, the outer fences). The quartiles depend on the
 * quantile definition ({@link QuantileType}; R's type 7 unless chosen). Used by the {@code iqr}
 * outlier test, the audit's tier norms (on log10 values) and the whiskers of the tier box plots.
 *
 * <p>Reference: J. W. Tukey, Exploratory Data Analysis, Addison-Wesley, 1977, ch. 2.
 *
 * @param q1 the first quartile
 * @param q3 the third quartile
 * @param k the multiplier
 * @param lower {@code q1 − k·(q3 − q1)}
 * @param upper {@code q3 + k·(q3 − q1)}
 */
public record Fences(double q1, double q3, double k, double lower, double upper) {

  /** The fences of an ascending-sorted sample, quartiles of R's type 7. */
  public static Fences of(double[] sorted, double k) {
    return of(sorted, k, QuantileType.DEFAULT);
  }

  /**
   * The fences of an ascending-sorted sample.
   *
   * @param sorted the values, ascending, no NaN, at least one
   * @param k the multiplier, finite and &gt; 0
   * @param type how the quartiles are computed
   * @throws IllegalArgumentException if {@code k} is not finite and &gt; 0, or the sample is empty
   */
  public static Fences of(double[] sorted, double k, QuantileType type) {
    if (!(k > 0 && Double.isFinite(k))) {
      throw new IllegalArgumentException("fence multiplier k must be finite and > 0, got " + k);
    }
    double q1 = type.quantile(sorted, 0.25);
    double q3 = type.quantile(sorted, 0.75);
    double iqr = q3 - q1;
    return new Fences(q1, q3, k, q1 - k * iqr, q3 + k * iqr);
  }

  /** The interquartile range {@code q3 − q1}. */
  public double iqr() {
    return q3 - q1;
  }

  /** Whether {@code x} is strictly below the lower fence. */
  public boolean below(double x) {
    return x < lower;
  }

  /** Whether {@code x} is strictly above the upper fence. */
  public boolean above(double x) {
    return x > upper;
  }

  /**
   * The whiskers of a box plot: the smallest and the largest value of {@code sorted} within the
   * fences (the sample's own extremes when none is).
   *
   * @param sorted the values the fences were computed from, ascending
   * @return {@code {low, high}}
   */
  public double[] whiskers(double[] sorted) {
    double lo = sorted[0];
    double hi = sorted[sorted.length - 1];
    for (double v : sorted) {
      if (!below(v)) {
        lo = v;
        break;
      }
    }
    for (int i = sorted.length - 1; i >= 0; i--) {
      if (!above(sorted[i])) {
        hi = sorted[i];
        break;
      }
    }
    return new double[] {lo, hi};
  }
}
