package org.kolscope.stats.outliers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.Well19937c;
import org.kolscope.core.Quantiles;
import org.kolscope.core.Sorted;
import org.kolscope.stats.Checks;
import org.kolscope.stats.Outlier;
import org.kolscope.stats.Sample;
import org.kolscope.stats.SampleTooSmallException;

/**
 * Tietjen–Moore test for exactly k outliers.
 *
 * <p>With the sample sorted and ȳ its mean:
 *
 * <pre>
 *   max (L_k):   L_k  = Σ_{i=1}^{n−k} (y(i) − ȳ_k)² / Σ_{i=1}^{n} (y(i) − ȳ)²   (k largest removed)
 *   min (L'_k):  L'_k = Σ_{i=k+1}^{n} (y(i) − ȳ'_k)² / Σ (y(i) − ȳ)²          (k smallest removed)
 *   two (E_k):   E_k  = Σ_{i=1}^{n−k} (z(i) − z̄_k)² / Σ (y(i) − ȳ)²
 * </pre>
 *
 * where z are the values left after removing the k values with the largest |y − ȳ| and ȳ_k, z̄_k
 * the means of what is left. Small values are evidence of outliers. The critical value has no
 * closed form; as NIST describes it is simulated: the statistic of {@code simulations} standard
 * normal samples of size n (Mersenne-like WELL19937c generator, fixed seed, so results are
 * reproducible), and its α quantile (R type 7) is the critical value. The Monte Carlo p-value is
 * (1 + #{simulated ≤ observed}) / (simulations + 1).
 *
 * <p>The default of 100,000 simulations gives a critical value with a standard error of about
 * 0.001 for the NIST example (NIST's own 0.317 comes from 10,000).
 *
 * <p>References: [1] Tietjen, G.L. and Moore, R.H. (1972) Some Grubbs-Type Statistics for the
 * Detection of Several Outliers, Technometrics 14(3), 583–597. [2] NIST/SEMATECH e-Handbook of
 * Statistical Methods, 1.3.5.17.2 Tietjen-Moore Test for Outliers.
 */
public final class TietjenMoore {
  /** Default number of simulated samples. */
  public static final int DEFAULT_SIMULATIONS = 100_000;
  /** Default seed of the simulation. */
  public static final long DEFAULT_SEED = 20_260_401L;

  private TietjenMoore() {}

  /** Two-sided E_k at α = 0.05 with the default simulation, on plain numbers. */
  public static OutlierTestResult test(double[] values, int k) {
    return test(Sample.of(values), k, Side.TWO, 0.05, DEFAULT_SIMULATIONS, DEFAULT_SEED);
  }

  /** The test with the default simulation size and seed. */
  public static OutlierTestResult test(Sample sample, int k, Side side, double alpha) {
    return test(sample, k, side, alpha, DEFAULT_SIMULATIONS, DEFAULT_SEED);
  }

  /**
   * Runs the test.
   *
   * @param k the number of suspected outliers, 1 ≤ k ≤ n − 2
   * @param simulations number of simulated samples for the critical value, ≥ 1000
   * @throws SampleTooSmallException if n &lt; 3
   * @throws IllegalArgumentException if k, alpha or simulations is out of range, or all values are
   *     equal
   */
  public static OutlierTestResult test(
      Sample sample, int k, Side side, double alpha, int simulations, long seed) {
    Checks.alpha(alpha);
    String method =
        "Tietjen-Moore "
            + (side == Side.TWO ? "E_k (two-sided" : side == Side.MAX ? "L_k (max" : "L'_k (min")
            + ", k = " + k + ", rejects below the critical value)";
    int n = sample.n();
    Checks.size(method, n, 3);
    if (k < 1 || k > n - 2) {
      throw new IllegalArgumentException(
          "k must be in [1, n - 2] = [1, " + (n - 2) + "], got " + k);
    }
    if (simulations < 1000) {
      throw new IllegalArgumentException("simulations must be >= 1000, got " + simulations);
    }
    Checks.notConstant(method, sample.values());
    int[] removed = removedPositions(sample.values(), k, side);
    double stat = statistic(sample.values(), k, side);
    double[] sim = simulate(n, k, side, simulations, seed);
    double crit = Quantiles.quantileSorted(sim, alpha);
    int atOrBelow = Sorted.countAtOrBelow(sim, stat, 0);
    double p = (1.0 + atOrBelow) / (simulations + 1.0);
    List<Outlier> outliers = new ArrayList<>();
    if (stat < crit) {
      for (int i : removed) {
        outliers.add(sample.outlier(i, stat));
      }
    }
    Map<String, Double> details = new LinkedHashMap<>();
    details.put("k", (double) k);
    details.put("simulations", (double) simulations);
    details.put("seed", (double) seed);
    List<String> warnings = new ArrayList<>(sample.warnings());
    Normality.check("Tietjen-Moore", sample, outliers, warnings);
    return new OutlierTestResult(
        method, "tietjen-moore", sample.label(), n, stat, crit, p, alpha, outliers, List.of(),
        details, warnings);
  }

  /**
   * The statistic E_k, L_k or L'_k.
   *
   * @throws IllegalArgumentException if values are not finite, k is out of range or all are equal
   */
  public static double statistic(double[] values, int k, Side side) {
    Checks.finite(values);
    int n = values.length;
    if (k < 1 || k > n - 2) {
      throw new IllegalArgumentException("k must be in [1, n - 2], got " + k + " for n = " + n);
    }
    Checks.notConstant("Tietjen-Moore", values);
    return ratio(values, removedPositions(values, k, side));
  }

  /** Positions of the k values the statistic removes (k passes of an arg-max, O(nk)). */
  static int[] removedPositions(double[] y, int k, Side side) {
    int n = y.length;
    double mean = Moments.mean(y);
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      score[i] =
          switch (side) {
            case MAX -> y[i];
            case MIN -> -y[i];
            case TWO -> Math.abs(y[i] - mean);
          };
    }
    int[] out = new int[k];
    for (int j = 0; j < k; j++) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (!Double.isNaN(score[i]) && (best < 0 || score[i] > score[best])) {
          best = i;
        }
      }
      out[j] = best;
      score[best] = Double.NaN;
    }
    return out;
  }

  private static double ratio(double[] y, int[] removed) {
    boolean[] gone = new boolean[y.length];
    for (int i : removed) {
      gone[i] = true;
    }
    double mean = Moments.mean(y);
    double sumKept = 0;
    int m = 0;
    for (int i = 0; i < y.length; i++) {
      if (!gone[i]) {
        sumKept += y[i];
        m++;
      }
    }
    double meanKept = sumKept / m;
    double num = 0;
    double den = 0;
    for (int i = 0; i < y.length; i++) {
      den += (y[i] - mean) * (y[i] - mean);
      if (!gone[i]) {
        num += (y[i] - meanKept) * (y[i] - meanKept);
      }
    }
    return num / den;
  }

  /** The sorted simulated null distribution of the statistic. */
  static double[] simulate(int n, int k, Side side, int simulations, long seed) {
    Well19937c rng = new Well19937c(seed);
    double[] out = new double[simulations];
    double[] y = new double[n];
    for (int s = 0; s < simulations; s++) {
      for (int i = 0; i < n; i++) {
        y[i] = rng.nextGaussian();
      }
      out[s] = ratio(y, removedPositions(y, k, side));
    }
    Arrays.sort(out);
    return out;
  }
}
