package org.kolscope.stats;

import java.util.Arrays;

/**
 * Sample quantiles, median and median absolute deviation.
 *
 * <p>Quantiles follow Hyndman and Fan (1996) definition 7, R's default {@code quantile(type = 7)}
 * and numpy's default: with the sorted sample {@code x(1) ≤ … ≤ x(n)}, {@code h = (n − 1)p + 1},
 * {@code Q(p) = x(⌊h⌋) + (h − ⌊h⌋)(x(⌊h⌋+1) − x(⌊h⌋))}.
 *
 * <p>Reference: R. J. Hyndman and Y. Fan, "Sample quantiles in statistical packages", The American
 * Statistician 50(4), 1996, 361–365.
 */
public final class Quantiles {
  /** 1 / Φ⁻¹(3/4): scales the MAD to estimate σ under normality (R's {@code mad()} constant). */
  public static final double MAD_NORMAL_SCALE = 1.482602218505602;

  private Quantiles() {}

  /**
   * Type-7 quantile of {@code values} (not modified).
   *
   * @throws IllegalArgumentException if {@code values} is empty, has a NaN, or p is outside [0, 1]
   */
  public static double quantile(double[] values, double p) {
    return quantileSorted(sortedCopy(values), p);
  }

  /** Type-7 quantile of an already ascending-sorted sample. */
  public static double quantileSorted(double[] sorted, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("quantile probability must be in [0, 1], got " + p);
    }
    int n = sorted.length;
    if (n == 0) {
      throw new IllegalArgumentException("quantile of an empty sample");
    }
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** Median (type-7 quantile at 0.5, the usual median). */
  public static double median(double[] values) {
    return quantile(values, 0.5);
  }

  /** Interquartile range Q(0.75) − Q(0.25), type 7. */
  public static double iqr(double[] values) {
    double[] s = sortedCopy(values);
    return quantileSorted(s, 0.75) - quantileSorted(s, 0.25);
  }

  /** Raw median absolute deviation, median(|x − median(x)|), unscaled. */
  public static double mad(double[] values) {
    double m = median(values);
    double[] dev = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      dev[i] = Math.abs(values[i] - m);
    }
    return median(dev);
  }

  /** MAD scaled by {@link #MAD_NORMAL_SCALE}, as R's {@code mad(x)} with its default constant. */
  public static double madNormal(double[] values) {
    return MAD_NORMAL_SCALE * mad(values);
  }

  /**
   * A sorted copy.
   *
   * @throws IllegalArgumentException if a value is NaN (drop missing values first)
   */
  public static double[] sortedCopy(double[] values) {
    double[] s = values.clone();
    for (double v : s) {
      if (Double.isNaN(v)) {
        throw new IllegalArgumentException("sample contains NaN: drop missing values first");
      }
    }
    Arrays.sort(s);
    return s;
  }
}
