package org.kolscope.core;

import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Sample quantile definitions: the nine of Hyndman and Fan (1996), numbered as R's {@code
 * quantile(type = 1..9)}, plus Tukey's hinges (R's {@code fivenum}, used by {@code boxplot}).
 *
 * <p>Type 7 (R's, numpy's and pandas' default: position (n − 1)p + 1, linear interpolation) is
 * computed by {@link Quantiles}; types 1–6, 8 and 9 by Commons Math's {@link Percentile} with the
 * matching {@link Percentile.EstimationType} (note that Percentile's own default, LEGACY, is the
 * type-6 position, not type 7). Tukey's lower hinge is the median of the lower half including the
 * median when n is odd: with n4 = ⌊(n + 3)/2⌋/2, the average of x(⌊n4⌋) and x(⌈n4⌉).
 *
 * <p>Reference: Hyndman, R.J. and Fan, Y. (1996) Sample Quantiles in Statistical Packages, The
 * American Statistician 50(4), 361–365. Tukey, J.W. (1977) Exploratory Data Analysis.
 */
public enum QuantileType {
  TYPE_1(Percentile.EstimationType.R_1),
  TYPE_2(Percentile.EstimationType.R_2),
  TYPE_3(Percentile.EstimationType.R_3),
  TYPE_4(Percentile.EstimationType.R_4),
  TYPE_5(Percentile.EstimationType.R_5),
  TYPE_6(Percentile.EstimationType.R_6),
  TYPE_7(null),
  TYPE_8(Percentile.EstimationType.R_8),
  TYPE_9(Percentile.EstimationType.R_9),
  /** Tukey's hinges (R {@code fivenum}); only p = 0.25, 0.5 and 0.75. */
  HINGES(null);

  private final Percentile.EstimationType commons;

  QuantileType(Percentile.EstimationType commons) {
    this.commons = commons;
  }

  /** R's default. */
  public static final QuantileType DEFAULT = TYPE_7;

  /**
   * The p quantile of an ascending-sorted sample.
   *
   * @throws IllegalArgumentException if the sample is empty or p is outside [0, 1] (or not 0.25,
   *     0.5, 0.75 for hinges)
   */
  public double quantile(double[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("quantile of an empty sample");
    }
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("quantile probability must be in [0, 1], got " + p);
    }
    if (this == TYPE_7) {
      return Quantiles.quantileSorted(sorted, p);
    }
    if (this == HINGES) {
      return hinge(sorted, p);
    }
    if (p == 0) {
      return sorted[0];
    }
    return new Percentile().withEstimationType(commons).evaluate(sorted, p * 100);
  }

  private static double hinge(double[] x, double p) {
    int n = x.length;
    double n4 = Math.floor((n + 3) / 2.0) / 2.0;
    double d;
    if (p == 0.25) {
      d = n4;
    } else if (p == 0.5) {
      d = (n + 1) / 2.0;
    } else if (p == 0.75) {
      d = n + 1 - n4;
    } else {
      throw new IllegalArgumentException("Tukey hinges are defined for p = 0.25, 0.5, 0.75, got " + p);
    }
    return 0.5 * (x[(int) Math.floor(d) - 1] + x[(int) Math.ceil(d) - 1]);
  }

  /** R's number (1–9), or 0 for hinges. */
  public int number() {
    return this == HINGES ? 0 : ordinal() + 1;
  }

  /** A readable name, e.g. {@code "R type 7"} or {@code "Tukey hinges"}. */
  public String label() {
    return this == HINGES ? "Tukey hinges (fivenum)" : "R type " + number();
  }

  /**
   * Parses 1–9 (also {@code type7}, {@code R7}) or {@code hinges}/{@code fivenum}.
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public static QuantileType parse(String s) {
    String t = s == null ? "" : s.trim().toLowerCase(Locale.ROOT).replaceAll("^(type|r)_?", "");
    if (t.equals("hinges") || t.equals("fivenum") || t.equals("tukey")) {
      return HINGES;
    }
    if (t.matches("[1-9]")) {
      return values()[Integer.parseInt(t) - 1];
    }
    throw new IllegalArgumentException(
        "quantile type must be 1..9 or hinges, got '" + s + "'");
  }
}
