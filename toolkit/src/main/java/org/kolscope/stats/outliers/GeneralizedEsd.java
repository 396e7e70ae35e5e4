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
 * Generalized extreme studentized deviate (ESD) test for up to r outliers (Rosner 1983).
 *
 * <p>For i = 1 … r, on the sample with the i − 1 most extreme values removed (mean and sample SD
 * recomputed each time):
 *
 * <pre>
 *   R_i = max |x_j − x̄| / s      (two-sided; (max − x̄)/s or (x̄ − min)/s one-sided)
 *   λ_i = (n − i) t / √((n − i − 1 + t²)(n − i + 1)),
 *   t = upper α/(2(n − i + 1)) point (α/(n − i + 1) one-sided) of Student's t with n − i − 1 df.
 * </pre>
 *
 * The number of outliers is the <em>largest</em> i with R_i &gt; λ_i (not the first i where R_i ≤
 * λ_i); the outliers are the values removed in steps 1 … that i. The λ_i approximation is very
 * accurate for n ≥ 25 and reasonable for n ≥ 15 (NIST); below 15 the result carries a warning.
 *
 * <p>References: [1] Rosner, B. (1983) Percentage Points for a Generalized ESD Many-Outlier
 * Procedure, Technometrics 25(2), 165–172. [2] NIST/SEMATECH e-Handbook of Statistical Methods,
 * 1.3.5.17.3 Generalized ESD Test for Outliers.
 */
public final class GeneralizedEsd {
  /** Smallest sample size accepted. */
  public static final int MIN_N = 3;

  private GeneralizedEsd() {}

  /** Two-sided test at α = 0.05 for up to {@code maxOutliers} outliers in plain numbers. */
  public static OutlierTestResult test(double[] values, int maxOutliers) {
    return test(Sample.of(values), maxOutliers, Side.TWO, 0.05);
  }

  /**
   * Runs the procedure. The result's {@code statistic} and {@code criticalValue} are those of the
   * deciding step — step i for i declared outliers, step 1 when none; every step is in {@code
   * steps()}. There is no p-value (NaN).
   *
   * @param maxOutliers r, the largest number of outliers looked for: 1 ≤ r ≤ n − 2
   * @throws SampleTooSmallException if n &lt; 3
   * @throws IllegalArgumentException if r or alpha is out of range, or all values are equal
   */
  public static OutlierTestResult test(Sample sample, int maxOutliers, Side side, double alpha) {
    Checks.alpha(alpha);
    String method = "Generalized ESD (" + (side == Side.TWO ? "two-sided" : side.label()) + ")";
    int n = sample.n();
    Checks.size(method, n, MIN_N);
    if (maxOutliers < 1 || maxOutliers > n - 2) {
      throw new IllegalArgumentException(
          "max outliers r must be in [1, n - 2] = [1, " + (n - 2) + "], got " + maxOutliers);
    }
    Checks.notConstant(method, sample.values());
    double[] x = sample.values().clone();
    int[] pos = Sample.allRows(n);
    List<Step> steps = new ArrayList<>();
    int declared = 0;
    for (int i = 1; i <= maxOutliers; i++) {
      double mean = Moments.mean(x);
      double sd = Moments.sd(x, mean);
      if (sd == 0) {
        break; // the rest are all equal: no further candidates
      }
      int j = Moments.extreme(x, mean, side);
      double r =
          switch (side) {
            case TWO -> Math.abs(x[j] - mean) / sd;
            case MAX -> (x[j] - mean) / sd;
            case MIN -> (mean - x[j]) / sd;
          };
      double lambda = lambda(n, i, alpha, side);
      steps.add(new Step(i, r, lambda, sample.outlier(pos[j], r)));
      if (r > lambda) {
        declared = i;
      }
      x = Moments.without(x, j);
      pos = Moments.without(pos, j);
    }
    List<Outlier> outliers = new ArrayList<>();
    for (int i = 0; i < declared; i++) {
      outliers.add(steps.get(i).candidate());
    }
    List<String> warnings = new ArrayList<>(sample.warnings());
    if (n < 15) {
      warnings.add("n = " + n + " < 15: Rosner's critical values are approximate below n = 15");
    }
    if (declared == maxOutliers) {
      warnings.add(
          "all r = " + maxOutliers + " candidates were declared: rerun with a larger --max-outliers");
    }
    Normality.check("the generalized ESD test", sample, outliers, warnings);
    Step deciding = steps.get(Math.max(declared, 1) - 1);
    Map<String, Double> details = new LinkedHashMap<>();
    details.put("max outliers r", (double) maxOutliers);
    details.put("outliers declared", (double) declared);
    return new OutlierTestResult(
        method,
        "esd",
        sample.label(),
        n,
        deciding.statistic(),
        deciding.criticalValue(),
        Double.NaN,
        alpha,
        outliers,
        steps,
        details,
        warnings);
  }

  /** The critical value λ_i for step i of a sample of n. */
  public static double lambda(int n, int i, double alpha, Side side) {
    Checks.alpha(alpha);
    if (i < 1 || i > n - 2) {
      throw new IllegalArgumentException("step i must be in [1, n - 2], got " + i + " for n = " + n);
    }
    int m = n - i + 1;
    double p = side == Side.TWO ? alpha / (2.0 * m) : alpha / m;
    double t = TDistribution.of(n - i - 1).inverseSurvivalProbability(p);
    return (n - i) * t / Math.sqrt((n - i - 1 + t * t) * (n - i + 1));
  }
}
