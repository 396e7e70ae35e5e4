package org.kolscope.stats.outliers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kolscope.stats.Checks;
import org.kolscope.stats.Outlier;
import org.kolscope.stats.Sample;
import org.kolscope.stats.SampleTooSmallException;

/**
 * Dixon's ratio tests (Q test) for one outlier in a small sample, 3 ≤ n ≤ 30.
 *
 * <p>With the sorted sample x(1) ≤ … ≤ x(n), for a suspect maximum (the minimum is symmetric):
 *
 * <pre>
 *   r10 = (x(n) − x(n−1)) / (x(n) − x(1))      r11 = (x(n) − x(n−1)) / (x(n) − x(2))
 *   r21 = (x(n) − x(n−2)) / (x(n) − x(2))      r22 = (x(n) − x(n−2)) / (x(n) − x(3))
 * </pre>
 *
 * The suspect is an outlier when the ratio exceeds the tabulated critical value. The two-sided test
 * takes the larger of the two ends' ratios. A one-sided test ({@link Side#MAX}, {@link Side#MIN})
 * compares the chosen end's ratio with the same two-tailed table, so its actual level is about
 * α/2 (conservative); for a one-sided test at level α use the table's 2α column (e.g. α = 0.10
 * for a one-sided 0.05). Dixon (1950) recommends r10 for n = 3–7, r11 for
 * 8–10, r21 for 11–13 and r22 for 14–30 ({@link Ratio#RECOMMENDED}).
 *
 * <p>There is no closed form for the null distribution, so there is no p-value: the critical
 * values are table look-ups at α = 0.10, 0.05 and 0.01 only. They are typed in from Rorabacher
 * (1991), Table II, two-tailed (its α = 0.10 column is the one-tailed α = 0.05 of Dixon 1951).
 * A Monte Carlo check (numpy, 2·10⁵ normal samples per n, two-sided statistic) reproduces every r10
 * value within 0.008; for r11, r21 and r22 at small n the tabled values are up to 0.03 larger than
 * simulation (the test is then conservative), and r21 at α = 0.01, n = 16 reads 0.580 where
 * simulation gives 0.588. The table is kept as published.
 *
 * <p>References: [1] Dixon, W.J. (1950) Analysis of Extreme Values, Ann. Math. Stat. 21(4),
 * 488–506. [2] Dean, R.B. and Dixon, W.J. (1951) Simplified Statistics for Small Numbers of
 * Observations, Anal. Chem. 23(4), 636–638. [3] Rorabacher, D.B. (1991) Statistical Treatment for
 * Rejection of Deviant Values: Critical Values of Dixon's "Q" Parameter and Related Subrange
 * Ratios at the 95% Confidence Level, Anal. Chem. 63(2), 139–146.
 */
public final class DixonQ {
  /** Largest tabulated sample size. */
  public static final int MAX_N = 30;

  /** The significance levels the table has. */
  public static final double[] ALPHAS = {0.10, 0.05, 0.01};

  /** Dixon's ratios. */
  public enum Ratio {
    R10(1, 0, 3, new double[][] {
      {0.941, 0.765, 0.642, 0.560, 0.507, 0.468, 0.437, 0.412, 0.392, 0.376, 0.361, 0.349, 0.338,
        0.329, 0.320, 0.313, 0.306, 0.300, 0.295, 0.290, 0.285, 0.281, 0.277, 0.273, 0.269, 0.266,
        0.263, 0.260},
      {0.970, 0.829, 0.710, 0.625, 0.568, 0.526, 0.493, 0.466, 0.444, 0.426, 0.410, 0.396, 0.384,
        0.374, 0.365, 0.356, 0.349, 0.342, 0.337, 0.331, 0.326, 0.321, 0.317, 0.312, 0.308, 0.305,
        0.301, 0.298},
      {0.994, 0.926, 0.821, 0.740, 0.680, 0.634, 0.598, 0.568, 0.542, 0.522, 0.503, 0.488, 0.475,
        0.463, 0.452, 0.442, 0.433, 0.425, 0.418, 0.411, 0.404, 0.399, 0.393, 0.388, 0.384, 0.380,
        0.376, 0.372}
    }),
    R11(1, 1, 4, new double[][] {
      {0.955, 0.807, 0.689, 0.610, 0.554, 0.512, 0.477, 0.450, 0.428, 0.410, 0.395, 0.381, 0.369,
        0.359, 0.349, 0.341, 0.334, 0.327, 0.320, 0.314, 0.309, 0.304, 0.299, 0.295, 0.291, 0.287,
        0.283},
      {0.977, 0.863, 0.748, 0.673, 0.615, 0.570, 0.534, 0.505, 0.481, 0.461, 0.445, 0.430, 0.417,
        0.406, 0.396, 0.386, 0.379, 0.371, 0.364, 0.357, 0.352, 0.346, 0.341, 0.337, 0.332, 0.328,
        0.324},
      {0.995, 0.937, 0.839, 0.782, 0.725, 0.677, 0.639, 0.606, 0.580, 0.558, 0.539, 0.522, 0.508,
        0.495, 0.484, 0.473, 0.464, 0.455, 0.446, 0.439, 0.432, 0.426, 0.420, 0.414, 0.409, 0.404,
        0.399}
    }),
    R21(2, 1, 5, new double[][] {
      {0.976, 0.872, 0.780, 0.710, 0.657, 0.612, 0.576, 0.546, 0.521, 0.501, 0.483, 0.467, 0.453,
        0.440, 0.428, 0.419, 0.410, 0.402, 0.395, 0.388, 0.382, 0.376, 0.370, 0.365, 0.360, 0.355},
      {0.987, 0.913, 0.828, 0.763, 0.710, 0.664, 0.625, 0.592, 0.565, 0.544, 0.525, 0.509, 0.495,
        0.482, 0.469, 0.460, 0.450, 0.441, 0.434, 0.427, 0.420, 0.414, 0.407, 0.402, 0.396, 0.391},
      {0.998, 0.970, 0.919, 0.868, 0.816, 0.760, 0.713, 0.675, 0.649, 0.627, 0.607, 0.580, 0.573,
        0.559, 0.547, 0.536, 0.526, 0.517, 0.509, 0.501, 0.493, 0.486, 0.479, 0.472, 0.466, 0.460}
    }),
    R22(2, 2, 6, new double[][] {
      {0.983, 0.881, 0.803, 0.737, 0.682, 0.637, 0.600, 0.570, 0.546, 0.525, 0.507, 0.490, 0.475,
        0.462, 0.450, 0.440, 0.430, 0.421, 0.413, 0.406, 0.399, 0.393, 0.387, 0.381, 0.376},
      {0.990, 0.909, 0.846, 0.787, 0.734, 0.688, 0.648, 0.616, 0.590, 0.568, 0.548, 0.531, 0.516,
        0.503, 0.491, 0.480, 0.470, 0.461, 0.452, 0.445, 0.438, 0.432, 0.426, 0.419, 0.414},
      {0.998, 0.970, 0.922, 0.873, 0.826, 0.781, 0.740, 0.705, 0.674, 0.647, 0.624, 0.605, 0.589,
        0.575, 0.562, 0.551, 0.541, 0.532, 0.524, 0.516, 0.508, 0.501, 0.495, 0.489, 0.483}
    }),
    /** Dixon's recommendation by n: r10 (3–7), r11 (8–10), r21 (11–13), r22 (14–30). */
    RECOMMENDED(0, 0, 3, null);

    final int gap;
    final int trim;
    final int minN;
    final double[][] table;

    Ratio(int gap, int trim, int minN, double[][] table) {
      this.gap = gap;
      this.trim = trim;
      this.minN = minN;
      this.table = table;
    }

    /** The ratio used for a sample of n (resolves {@link #RECOMMENDED}). */
    public Ratio forN(int n) {
      if (this != RECOMMENDED) {
        return this;
      }
      return n <= 7 ? R10 : n <= 10 ? R11 : n <= 13 ? R21 : R22;
    }

    /** Smallest n the ratio is defined and tabulated for. */
    public int minN() {
      return minN;
    }

    /** Lower-case name, e.g. {@code r10}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code r10}, {@code r11}, {@code r21}, {@code r22} or {@code auto}.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public static Ratio parse(String s) {
      String t = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
      if (t.equals("auto") || t.equals("recommended")) {
        return RECOMMENDED;
      }
      for (Ratio r : values()) {
        if (r != RECOMMENDED && r.label().equals(t)) {
          return r;
        }
      }
      throw new IllegalArgumentException(
          "Dixon ratio must be r10, r11, r21, r22 or auto, got '" + s + "'");
    }
  }

  private DixonQ() {}

  /** r10 (the Q test), two-sided, α = 0.05, on plain numbers. */
  public static OutlierTestResult test(double... values) {
    return test(Sample.of(values), Ratio.R10, Side.TWO, 0.05);
  }

  /**
   * Runs the test.
   *
   * @param alpha 0.10, 0.05 or 0.01 (the tabulated levels)
   * @throws SampleTooSmallException if n is below the ratio's minimum or above 30
   * @throws IllegalArgumentException if alpha is not tabulated or all values are equal
   */
  public static OutlierTestResult test(Sample sample, Ratio ratio, Side side, double alpha) {
    Checks.alpha(alpha);
    int n = sample.n();
    Ratio r = ratio.forN(Math.max(n, 3));
    String method = "Dixon " + r.label() + " (" + (side == Side.TWO ? "two-sided" : side.label()) + ")";
    Checks.size(method, n, r.minN);
    if (n > MAX_N) {
      throw SampleTooSmallException.outsideTable(
          method + " is tabulated for n <= " + MAX_N + ", got n = " + n + ": use grubbs or esd",
          n,
          r.minN);
    }
    Checks.notConstant(method, sample.values());
    double crit = criticalValue(r, n, alpha);
    double[] x = sample.values();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = x[order[i]];
    }
    double high = ratioHigh(s, r);
    double low = ratioLow(s, r);
    boolean useHigh = side == Side.MAX || (side == Side.TWO && high >= low);
    double q = useHigh ? high : low;
    int suspect = useHigh ? order[n - 1] : order[0];
    List<Outlier> outliers = new ArrayList<>();
    if (q > crit) {
      outliers.add(sample.outlier(suspect, q));
    }
    Map<String, Double> details = new LinkedHashMap<>();
    details.put("ratio high end", high);
    details.put("ratio low end", low);
    details.put("suspect value", sample.original()[suspect]);
    List<String> warnings = new ArrayList<>(sample.warnings());
    if (Double.isNaN(q)) {
      warnings.add(
          "Dixon " + r.label() + " is 0/0 here (tied values span its denominator): use r10 or grubbs");
    }
    Normality.check("Dixon's test", sample, outliers, warnings);
    return new OutlierTestResult(
        method, "dixon", sample.label(), n, q, crit, Double.NaN, alpha, outliers, List.of(), details,
        warnings);
  }

  /** The ratio for the maximum of a sorted sample. */
  public static double ratioHigh(double[] sorted, Ratio ratio) {
    int n = sorted.length;
    Ratio r = ratio.forN(n);
    return (sorted[n - 1] - sorted[n - 1 - r.gap]) / (sorted[n - 1] - sorted[r.trim]);
  }

  /** The ratio for the minimum of a sorted sample. */
  public static double ratioLow(double[] sorted, Ratio ratio) {
    int n = sorted.length;
    Ratio r = ratio.forN(n);
    return (sorted[r.gap] - sorted[0]) / (sorted[n - 1 - r.trim] - sorted[0]);
  }

  /**
   * The tabulated critical value (Rorabacher 1991, two-tailed).
   *
   * @throws IllegalArgumentException if alpha is not 0.10, 0.05 or 0.01, or n is outside the table
   */
  public static double criticalValue(Ratio ratio, int n, double alpha) {
    Ratio r = ratio.forN(n);
    if (n < r.minN || n > MAX_N) {
      throw new IllegalArgumentException(
          "Dixon " + r.label() + " is tabulated for n in [" + r.minN + ", " + MAX_N + "], got " + n);
    }
    for (int a = 0; a < ALPHAS.length; a++) {
      if (Math.abs(alpha - ALPHAS[a]) < 1e-12) {
        return r.table[a][n - r.minN];
      }
    }
    throw new IllegalArgumentException(
        "Dixon critical values are tabulated for alpha 0.10, 0.05, 0.01 only, got " + alpha);
  }
}
