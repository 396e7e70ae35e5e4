package org.kolscope.stats;

/**
 * Argument checks shared by the outlier tests. Each throws an {@link IllegalArgumentException}
 * whose message quotes the bad value and the allowed range.
 */
public final class Checks {
  private Checks() {}

  /**
   * Checks a significance level.
   *
   * @throws IllegalArgumentException unless 0 &lt; alpha ≤ 0.5
   */
  public static double alpha(double alpha) {
    if (!(alpha > 0 && alpha <= 0.5)) {
      throw new IllegalArgumentException("alpha must be in (0, 0.5], got " + alpha);
    }
    return alpha;
  }

  /**
   * Checks that a sample has at least {@code minimum} values.
   *
   * @throws SampleTooSmallException otherwise
   */
  public static void size(String method, int n, int minimum) {
    if (n < minimum) {
      throw new SampleTooSmallException(method, n, minimum);
    }
  }

  /**
   * Checks that values are finite (drop missing values before testing).
   *
   * @throws IllegalArgumentException naming the first NaN or infinite value and its position
   */
  public static void finite(double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "value at position " + i + " is " + values[i] + ": drop missing values first");
      }
    }
  }

  /**
   * Checks that not all values are equal (the spread, and so the statistic, would be 0/0).
   *
   * @throws IllegalArgumentException naming the common value
   */
  public static void notConstant(String method, double[] values) {
    for (double v : values) {
      if (v != values[0]) {
        return;
      }
    }
    throw new IllegalArgumentException(
        method
            + " is undefined when all "
            + values.length
            + " values are equal (all "
            + values[0]
            + "): the spread is 0");
  }

  /**
   * Checks a positive, finite multiplier or threshold.
   *
   * @throws IllegalArgumentException unless {@code value} is finite and &gt; 0
   */
  public static double positive(String name, double value) {
    if (!(value > 0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
    }
    return value;
  }
}
