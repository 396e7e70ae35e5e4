package org.kolscope.stats.outliers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.TDistribution;
import org.kolscope.stats.Checks;
import org.kolscope.stats.Outlier;
import org.kolscope.stats.Sample;
import org.kolscope.stats.SampleTooSmallException;

/**
 * Grubbs' test for one outlier (the maximum normed residual test), single step or iterated.
 *
 * <p>With sample mean x̄ and sample standard deviation s (n − 1 denominator):
 *
 * <pre>
 *   two-sided  G = max |x_i − x̄| / s      max  G = (x(n) − x̄) / s      min  G = (x̄ − x(1)) / s
 *   reject if  G &gt; (n − 1)/√n · √( t² / (n − 2 + t²) ),
 *   t = upper α/(2n) (two-sided) or α/n (one-sided) point of Student's t with n − 2 df.
 * </pre>
 *
 * The p-value is the exact inverse of that Bonferroni bound: p = min(1, k·P(T_{n−2} &gt; t)) with t
 * = √(n(n − 2)G² / ((n − 1)² − nG²)), k = 2n two-sided, n one-sided. The iterated form removes a
 * declared outlier and tests again until nothing is declared; it can be masked by a second
 * outlier — prefer {@link GeneralizedEsd} for several outliers. Grubbs assumes the data without the
 * outlier are normal; the result carries a warning when a Shapiro–Wilk check fails.
 *
 * <p>References: [1] Grubbs, F.E. (1969) Procedures for Detecting Outlying Observations in
 * Samples, Technometrics 11(1), 1–21. [2] NIST/SEMATECH e-Handbook of Statistical Methods,
 * 1.3.5.17.1 Grubbs' Test for Outliers.
 */
public final class Grubbs {
  /** Smallest sample: G needs n − 2 ≥ 1 degrees of freedom. */
  public static final int MIN_N = 3;

  private Grubbs() {}

  /** Two-sided test at α = 0.05 of plain numbers. */
  public static OutlierTestResult test(double... values) {
    return test(Sample.of(values), Side.TWO, 0.05);
  }

  /**
   * One step of Grubbs' test.
   *
   * @throws SampleTooSmallException if n &lt; 3
   * @throws IllegalArgumentException if alpha is outside (0, 0.5] or all values are equal
   */
  public static OutlierTestResult test(Sample sample, Side side, double alpha) {
    return run(sample, side, alpha, 1);
  }

  /**
   * Iterated Grubbs: test, remove a declared outlier, repeat, at most {@code maxOutliers} times
   * and while at least 3 values remain.
   */
  public static OutlierTestResult iterate(Sample sample, Side side, double alpha, int maxOutliers) {
    if (maxOutliers < 1) {
      throw new IllegalArgumentException("maxOutliers must be >= 1, got " + maxOutliers);
    }
    return run(sample, side, alpha, maxOutliers);
  }

  private static OutlierTestResult run(Sample sample, Side side, double alpha, int maxSteps) {
    Checks.alpha(alpha);
    String method = "Grubbs (" + (side == Side.TWO ? "two-sided" : side.label()) + ")";
    Checks.size(method, sample.n(), MIN_N);
    Checks.notConstant(method, sample.values());
    double[] x = sample.values().clone();
    int[] pos = Sample.allRows(x.length);
    List<Step> steps = new ArrayList<>();
    List<Outlier> outliers = new ArrayList<>();
    double firstP = Double.NaN;
    Map<String, Double> details = new LinkedHashMap<>();
    while (true) {
      int n = x.length;
      double mean = Moments.mean(x);
      double sd = Moments.sd(x, mean);
      if (steps.isEmpty()) {
        details.put("mean", mean);
        details.put("sd", sd);
      }
      if (sd == 0) {
        break;
      }
      int i = Moments.extreme(x, mean, side);
      double g = gOf(x[i], mean, sd, side);
      double crit = criticalValue(n, alpha, side);
      Outlier cand = sample.outlier(pos[i], g);
      steps.add(new Step(steps.size() + 1, g, crit, cand));
      if (steps.size() == 1) {
        firstP = pValue(g, n, side);
      }
      if (!(g > crit)) {
        break;
      }
      outliers.add(cand);
      if (outliers.size() >= maxSteps || n - 1 < MIN_N) {
        break;
      }
      x = Moments.without(x, i);
      pos = Moments.without(pos, i);
    }
    List<String> warnings = new ArrayList<>(sample.warnings());
    Normality.check("Grubbs", sample, outliers, warnings);
    Step first = steps.get(0);
    return new OutlierTestResult(
        maxSteps > 1 ? method.replace(")", ", iterated)") : method,
        "grubbs",
        sample.label(),
        sample.n(),
        first.statistic(),
        first.criticalValue(),
        firstP,
        alpha,
        outliers,
        maxSteps > 1 ? steps : List.of(),
        details,
        warnings);
  }

  private static double gOf(double v, double mean, double sd, Side side) {
    return switch (side) {
      case TWO -> Math.abs(v - mean) / sd;
      case MAX -> (v - mean) / sd;
      case MIN -> (mean - v) / sd;
    };
  }

  /**
   * Grubbs' statistic G of {@code values}.
   *
   * @throws IllegalArgumentException for fewer than 3 values, non-finite or all-equal values
   */
  public static double statistic(double[] values, Side side) {
    Checks.finite(values);
    Checks.size("Grubbs", values.length, MIN_N);
    Checks.notConstant("Grubbs", values);
    double mean = Moments.mean(values);
    double sd = Moments.sd(values, mean);
    return gOf(values[Moments.extreme(values, mean, side)], mean, sd, side);
  }

  /**
   * The critical value G_crit(n, α): (n − 1)/√n · √(t² / (n − 2 + t²)).
   *
   * @throws IllegalArgumentException if n &lt; 3 or alpha is outside (0, 0.5]
   */
  public static double criticalValue(int n, double alpha, Side side) {
    Checks.alpha(alpha);
    Checks.size("Grubbs", n, MIN_N);
    double p = side == Side.TWO ? alpha / (2.0 * n) : alpha / n;
    double t = TDistribution.of(n - 2).inverseSurvivalProbability(p);
    return (n - 1) / Math.sqrt(n) * Math.sqrt(t * t / (n - 2 + t * t));
  }

  /**
   * The Bonferroni p-value of G: min(1, k·P(T_{n−2} &gt; t)), t = √(n(n − 2)G² / ((n − 1)² − nG²)).
   * G at its upper bound (n − 1)/√n gives 0.
   */
  public static double pValue(double g, int n, Side side) {
    Checks.size("Grubbs", n, MIN_N);
    if (!(g > 0)) {
      return 1.0;
    }
    double denom = (double) (n - 1) * (n - 1) - n * g * g;
    int k = side == Side.TWO ? 2 * n : n;
    if (denom <= 0) {
      return 0.0;
    }
    double t = Math.sqrt(n * (n - 2.0) * g * g / denom);
    return Math.min(1.0, k * TDistribution.of(n - 2).survivalProbability(t));
  }
}
