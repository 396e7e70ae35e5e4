package org.kolscope.core;

import java.util.Arrays;

/**
 * Sample quantiles, median and median absolute deviation: R's type 7 ({@link QuantileType#TYPE_7},
 * Commons Statistics' {@code Quantile} with {@code HF7}), R's {@code quantile(type = 7)} and numpy's
 * default: with the sorted sample {@code x(1) ≤ … ≤ x(n)}, {@code h = (n − 1)p + 1}, {@code Q(p) =
 * x(⌊h⌋) + (h − ⌊h⌋)(x(⌊h⌋+1) − x(⌊h⌋))}. Every type-7 quantile and median in KOLScope comes from
 * here, so they agree to the last bit.
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
    checkNoNaN(values);
    return QuantileType.TYPE_7.unsorted(values, p);
  }

  /** Type-7 quantile of an already ascending-sorted sample. */
  public static double quantileSorted(double[] sorted, double p) {
    return QuantileType.TYPE_7.quantile(sorted, p);
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
    // dev is this method's own: its median is selected in place (no NaN: values had none)
    return QuantileType.TYPE_7.unsortedInPlace(dev, 0.5);
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
    checkNoNaN(values);
    double[] s = values.clone();
    Arrays.sort(s);
    return s;
  }

  private static void checkNoNaN(double[] values) {
    for (double v : values) {
      if (Double.isNaN(v)) {
        throw new IllegalArgumentException("sample contains NaN: drop missing values first");
      }
    }
  }
}
