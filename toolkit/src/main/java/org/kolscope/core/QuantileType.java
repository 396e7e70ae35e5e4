package org.kolscope.core;

import java.util.Locale;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.descriptive.Quantile.EstimationMethod;

/**
 * Sample quantile definitions: the nine of Hyndman and Fan (1996), numbered as R's {@code
 * quantile(type = 1..9)}, plus Tukey's hinges (R's {@code fivenum}, used by {@code boxplot}).
 *
 * <p>Types 1–9 are Commons Statistics' {@link Quantile} with {@link EstimationMethod#HF1} …
 * {@link EstimationMethod#HF9} (type 7 — position (n − 1)p + 1, linear interpolation — is R's,
 * numpy's and pandas' default and KOLScope's: {@link Quantiles} computes through it too). Tukey's
 * hinges are not among them and are computed here: the lower hinge is the median of the lower half
 * including the median when n is odd: with n4 = ⌊(n + 3)/2⌋/2, the average of x(⌊n4⌋) and
 * x(⌈n4⌉).
 *
 * <p>Reference: Hyndman, R.J. and Fan, Y. (1996) Sample Quantiles in Statistical Packages, The
 * American Statistician 50(4), 361–365. Tukey, J.W. (1977) Exploratory Data Analysis.
 */
public enum QuantileType {
  TYPE_1(EstimationMethod.HF1),
  TYPE_2(EstimationMethod.HF2),
  TYPE_3(EstimationMethod.HF3),
  TYPE_4(EstimationMethod.HF4),
  TYPE_5(EstimationMethod.HF5),
  TYPE_6(EstimationMethod.HF6),
  TYPE_7(EstimationMethod.HF7),
  TYPE_8(EstimationMethod.HF8),
  TYPE_9(EstimationMethod.HF9),
  /** Tukey's hinges (R {@code fivenum}); only p = 0.25, 0.5 and 0.75. */
  HINGES(null);

  private final Quantile quantile;
  private final Quantile inPlace;

  QuantileType(EstimationMethod method) {
    // withCopy: Commons selects in place by default, which would reorder the caller's array
    this.quantile = method == null ? null : Quantile.withDefaults().withCopy(true).with(method);
    this.inPlace = method == null ? null : Quantile.withDefaults().withCopy(false).with(method);
  }

  /** R's default. */
  public static final QuantileType DEFAULT = TYPE_7;

  /**
   * The p quantile of an ascending-sorted sample (not checked for order or NaN: see {@link
   * Quantiles#sortedCopy}).
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
    if (this == HINGES) {
      return hinge(sorted, p);
    }
    return quantile.evaluate(sorted.length, i -> sorted[i], p);
  }

  /**
   * The p quantile of an ascending-sorted sample of {@code n} values read through {@code
   * sortedAt} (an engine that holds the sample in parts reads only the order statistics asked
   * for), for the estimation methods (not hinges).
   */
  public double quantile(int n, java.util.function.IntToDoubleFunction sortedAt, double p) {
    if (this == HINGES) {
      throw new IllegalArgumentException("Tukey hinges need a sorted array");
    }
    if (n == 0) {
      throw new IllegalArgumentException("quantile of an empty sample");
    }
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("quantile probability must be in [0, 1], got " + p);
    }
    return quantile.evaluate(n, sortedAt, p);
  }

  /**
   * The p quantile of a sample in any order, which is not changed (Commons Statistics selects on a
   * copy, without sorting all of it).
   *
   * @throws IllegalArgumentException as {@link #quantile(double[], double)}, or for hinges (which
   *     need the sorted sample)
   */
  double unsorted(double[] values, double p) {
    return select(quantile, values, p);
  }

  /**
   * As {@link #unsorted}, selecting in {@code values} itself, which it reorders: for an array the
   * caller made for this and drops after (no copy). The same value, as the order statistics are.
   */
  double unsortedInPlace(double[] values, double p) {
    return select(inPlace, values, p);
  }

  private double select(Quantile q, double[] values, double p) {
    if (this == HINGES) {
      throw new IllegalArgumentException("Tukey hinges need a sorted sample");
    }
    if (values.length == 0) {
      throw new IllegalArgumentException("quantile of an empty sample");
    }
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("quantile probability must be in [0, 1], got " + p);
    }
    return q.evaluate(values, p);
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
