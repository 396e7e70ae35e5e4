package org.kolscope.stats.outliers;

/** Mean and sample standard deviation (n − 1 denominator), two-pass. */
final class Moments {
  private Moments() {}

  static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    double m = s / x.length;
    double c = 0;
    for (double v : x) {
      c += v - m;
    }
    return m + c / x.length;
  }

  static double sd(double[] x, double mean) {
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    return Math.sqrt(ss / (x.length - 1));
  }

  /** Position of the most extreme value on {@code side} (first of ties). */
  static int extreme(double[] x, double mean, Side side) {
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < x.length; i++) {
      double d =
          switch (side) {
            case TWO -> Math.abs(x[i] - mean);
            case MAX -> x[i] - mean;
            case MIN -> mean - x[i];
          };
      if (d > bestScore) {
        bestScore = d;
        best = i;
      }
    }
    return best;
  }

  /** {@code x} without position {@code i}. */
  static double[] without(double[] x, int i) {
    double[] out = new double[x.length - 1];
    System.arraycopy(x, 0, out, 0, i);
    System.arraycopy(x, i + 1, out, i, x.length - i - 1);
    return out;
  }

  static int[] without(int[] x, int i) {
    int[] out = new int[x.length - 1];
    System.arraycopy(x, 0, out, 0, i);
    System.arraycopy(x, i + 1, out, i, x.length - i - 1);
    return out;
  }
}
