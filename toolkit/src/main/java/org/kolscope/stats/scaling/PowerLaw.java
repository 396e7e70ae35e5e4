package org.kolscope.stats.scaling;

import static org.kolscope.core.Numbers.stat;
import static org.kolscope.core.Numbers.p;

import java.util.Arrays;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.apache.commons.statistics.distribution.TDistribution;
import org.kolscope.core.Quantiles;
import org.kolscope.core.Tabular;
import org.kolscope.stats.groups.ResultTable;
import tech.tablesaw.api.Table;
import org.kolscope.core.Numbers;

/**
 * Power-law scaling of a metric with followers, {@code y = a · followers^b}, fitted by ordinary
 * least squares on the log–log scale:
 *
 * <pre>
 *   log10 y = log10 a + b · log10 followers + ε
 *   95 % CI for b (analytic): b ± t_{0.975, n−2} · se(b)
 *   p-value for b &lt; 0 (one-sided, H₀: b ≥ 0): P(T_{n−2} ≤ b / se(b))
 *   bootstrap CI for b: percentile interval of b over B case resamples (pairs drawn with replacement)
 * </pre>
 *
 * <p>Bands of the fitted line at a follower count x₀ (u₀ = log10 x₀, ū the mean of log10
 * followers, S_uu = Σ(log10 followers − ū)², s² = SSE / (n − 2) the residual variance on the
 * log10 scale, t = t_{(1+level)/2, n−2}):
 *
 * <pre>
 *   confidence band of the line:  log10 a + b·u₀ ± t · s · √(1/n + (u₀ − ū)² / S_uu)
 *   prediction band of one KOL:   log10 a + b·u₀ ± t · s · √(1 + 1/n + (u₀ − ū)² / S_uu)
 * </pre>
 *
 * back-transformed with 10^(…) (Draper and Smith, <i>Applied Regression Analysis</i>, 3rd ed.,
 * 1998, §3.1–3.2; R's {@code predict(fit, interval = "confidence" | "prediction")} on the log10
 * scale). On the original scale the band is for the median (geometric mean) of the metric at x₀,
 * not its arithmetic mean; see {@link Result#confidenceBand(double)}.
 *
 * <p>b is the elasticity: b = −0.5 means a 10× larger account has a 10^−0.5 ≈ 0.32× engagement
 * rate. b &lt; 0 supports "more followers do not mean proportionally more engagement". Pairs with a
 * follower count or metric ≤ 0 have no logarithm; they are left out and counted in {@link
 * Result#excluded()} (zero-engagement rows are therefore not in the fit).
 *
 * <p>The fit is Commons Math 3.6.1 {@link SimpleRegression} (slope, intercept, standard errors,
 * R², analytic CI); the one-sided p uses the Commons Statistics t distribution (full precision in
 * the tail). The bootstrap is written here because neither library has one; resampling uses a
 * {@link MersenneTwister} with the given seed. The analytic interval assumes homoscedastic normal
 * errors on the log scale; the bootstrap interval does not.
 *
 * <p>References: R's {@code lm(log10(y) ~ log10(x))} and {@code confint}; B. Efron and R.
 * Tibshirani, <i>An Introduction to the Bootstrap</i>, 1993, §9.5 (bootstrapping pairs).
 */
public final class PowerLaw {
  /** Default bootstrap resamples. */
  public static final int DEFAULT_RESAMPLES = 2000;
  /**
   * Resamples value that skips the bootstrap (its bounds are then NaN): for callers that need only
   * the line and its bands, e.g. charts of a million KOLs, where B × n resampling would dominate.
   */
  public static final int NO_BOOTSTRAP = 0;

  private PowerLaw() {}

  /**
   * The fit.
   *
   * @param a the prefactor, {@code 10^intercept}
   * @param b the exponent (slope on the log–log scale)
   * @param bCiLow lower bound of the analytic CI for b
   * @param bCiHigh upper bound of the analytic CI for b
   * @param bBootLow lower bound of the percentile bootstrap CI for b
   * @param bBootHigh upper bound of the percentile bootstrap CI for b
   * @param pValueBNegative one-sided p-value for b &lt; 0
   * @param rSquared R² on the log–log scale
   * @param seB standard error of b
   * @param residualSd residual standard deviation s on the log10 scale, √(SSE / (n − 2))
   * @param meanLogFollowers ū, the mean of log10 followers over the fitted pairs
   * @param sxxLogFollowers S_uu = Σ(log10 followers − ū)²
   * @param level confidence level of both intervals
   * @param n number of pairs fitted
   * @param excluded number of pairs left out (a value ≤ 0 or not finite)
   * @param resamples bootstrap resamples B ({@link #NO_BOOTSTRAP} when skipped)
   * @param seed bootstrap seed
   */
  public record Result(
      double a,
      double b,
      double bCiLow,
      double bCiHigh,
      double bBootLow,
      double bBootHigh,
      double pValueBNegative,
      double rSquared,
      double seB,
      double residualSd,
      double meanLogFollowers,
      double sxxLogFollowers,
      double level,
      int n,
      int excluded,
      int resamples,
      long seed)
      implements Tabular {

    /**
     * The fitted value.
     *
     * @param followers a follower count
     * @return {@code a · followers^b}
     */
    public double predict(double followers) {
      return a * Math.pow(followers, b);
    }

    /**
     * The fitted value with the {@code level} confidence band of the fitted line at one follower
     * count: {@code 10^(log10 a + b·u₀ ± t·s·√(1/n + (u₀ − ū)²/S_uu))}, u₀ = log10 followers (see
     * the class Javadoc). It says where the typical (median) KOL of that size lies.
     *
     * @param followers a follower count &gt; 0
     * @return the band at {@code followers}
     * @throws IllegalArgumentException if followers is not finite and &gt; 0
     */
    public Band confidenceBand(double followers) {
      return band(followers, 0);
    }

    /**
     * The fitted value with the {@code level} prediction band of one new KOL at a follower count:
     * {@code 10^(log10 a + b·u₀ ± t·s·√(1 + 1/n + (u₀ − ū)²/S_uu))}, u₀ = log10 followers.
     *
     * @param followers a follower count &gt; 0
     * @return the band at {@code followers}
     * @throws IllegalArgumentException if followers is not finite and &gt; 0
     */
    public Band predictionBand(double followers) {
      return band(followers, 1);
    }

    private Band band(double followers, double extra) {
      if (!(followers > 0 && Double.isFinite(followers))) {
        throw new IllegalArgumentException(
            "a band needs a follower count > 0 and finite, got " + followers);
      }
      double u = Math.log10(followers);
      double fit = Math.log10(a) + b * u;
      double t = TDistribution.of(n - 2.0).inverseSurvivalProbability((1 - level) / 2);
      double d = u - meanLogFollowers;
      double half = t * residualSd * Math.sqrt(extra + 1.0 / n + d * d / sxxLogFollowers);
      return new Band(followers, Math.pow(10, fit), Math.pow(10, fit - half),
          Math.pow(10, fit + half), level);
    }

    @Override
    public Table toTable() {
      return ResultTable.keyValue(
          "power law",
          new String[] {
            "a", "b", "b_ci_low", "b_ci_high", "b_boot_ci_low", "b_boot_ci_high",
            "p_value_b_negative", "r_squared", "se_b", "n", "excluded"
          },
          new double[] {
            a, b, bCiLow, bCiHigh, bBootLow, bBootHigh, pValueBNegative, rSquared, seB, n, excluded
          });
    }

    @Override
    public String toString() {
      String pct = stat(100 * level);
      return "Power law y = a · followers^b (OLS on log10–log10, n = " + n
          + (excluded > 0 ? ", " + excluded + " pairs with values ≤ 0 left out" : "") + ")\n"
          + "  a = " + stat(a) + ", b = " + stat(b) + " (se " + stat(seB) + "), R² = " + stat(rSquared)
          + "\n  " + pct + " % CI for b: [" + stat(bCiLow) + ", " + stat(bCiHigh) + "] (t)"
          + (resamples == NO_BOOTSTRAP ? "" : ", [" + stat(bBootLow) + ", " + stat(bBootHigh)
              + "] (bootstrap, B = " + resamples + ", seed " + seed + ")")
          + "\n  p-value for b < 0: " + p(pValueBNegative);
    }
  }

  /**
   * The fitted metric at one follower count with a band around it, on the original scale.
   *
   * @param followers the follower count
   * @param fitted {@code a · followers^b}
   * @param low lower end of the band
   * @param high upper end of the band
   * @param level the band's level
   */
  public record Band(double followers, double fitted, double low, double high, double level) {
    @Override
    public String toString() {
      return "at " + stat(followers) + " followers: " + stat(fitted) + " [" + stat(low) + ", "
          + stat(high) + "] (" + stat(100 * level) + " %)";
    }
  }

  /**
   * The fit with a 95 % level, 2,000 bootstrap resamples and the given seed.
   *
   * @param followers follower counts (not null)
   * @param metric the metric, paired (not null, same length)
   * @param seed bootstrap seed
   * @return the fit
   */
  public static Result fit(double[] followers, double[] metric, long seed) {
    return fit(followers, metric, 0.95, DEFAULT_RESAMPLES, seed);
  }

  /**
   * Fits the power law.
   *
   * @param followers follower counts (not null)
   * @param metric the metric, paired with {@code followers} (not null, same length)
   * @param level confidence level in (0, 1)
   * @param resamples bootstrap resamples, at least 100, or {@link #NO_BOOTSTRAP} to skip it
   * @param seed bootstrap seed
   * @return the fit
   * @throws IllegalArgumentException if the lengths differ, fewer than 3 pairs are positive, all
   *     follower counts are equal, or level / resamples are out of range
   */
  public static Result fit(
      double[] followers, double[] metric, double level, int resamples, long seed) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
    }
    if (resamples < 100 && resamples != NO_BOOTSTRAP) {
      throw new IllegalArgumentException(
          "need at least 100 resamples (or " + NO_BOOTSTRAP + " for none), got " + resamples);
    }
    LogPairs pairs = LogPairs.of(followers, metric);
    double[] lx = pairs.logFollowers();
    double[] ly = pairs.logMetric();
    int n = pairs.size();
    if (n < 3) {
      throw new IllegalArgumentException(
          "power law needs at least 3 pairs with followers > 0 and metric > 0, got " + n);
    }
    double uMin = Double.POSITIVE_INFINITY;
    double uMax = Double.NEGATIVE_INFINITY;
    double uSum = 0;
    for (double u : lx) {
      uMin = Math.min(uMin, u);
      uMax = Math.max(uMax, u);
      uSum += u;
    }
    if (!(uMax > uMin)) {
      throw new IllegalArgumentException(
          "power law needs at least 2 distinct follower counts, all " + n + " equal "
              + pairs.followers()[0]);
    }
    SimpleRegression reg = new SimpleRegression();
    for (int i = 0; i < n; i++) {
      reg.addData(lx[i], ly[i]);
    }
    double b = reg.getSlope();
    double se = reg.getSlopeStdErr();
    TDistribution t = TDistribution.of(n - 2.0);
    double half = t.inverseSurvivalProbability((1 - level) / 2) * se;
    double pNeg = se > 0 ? t.cumulativeProbability(b / se) : (b < 0 ? 0 : 1);
    double[] boot =
        resamples == NO_BOOTSTRAP ? new double[0] : bootstrapSlopes(lx, ly, resamples, seed);
    double bootLow = Double.NaN;
    double bootHigh = Double.NaN;
    if (resamples != NO_BOOTSTRAP && boot.length >= resamples / 2) {
      bootLow = Quantiles.quantileSorted(boot, (1 - level) / 2);
      bootHigh = Quantiles.quantileSorted(boot, (1 + level) / 2);
    }
    return new Result(
        Math.pow(10, reg.getIntercept()), b, b - half, b + half, bootLow, bootHigh, pNeg,
        reg.getRSquare(), se, Math.sqrt(reg.getMeanSquareError()), uSum / n, reg.getXSumSquares(),
        level, n, pairs.excluded(), resamples, seed);
  }

  /** Sorted slopes of the resamples whose x values are not all equal. */
  private static double[] bootstrapSlopes(double[] x, double[] y, int resamples, long seed) {
    RandomGenerator rng = new MersenneTwister(seed);
    int n = x.length;
    double[] out = new double[resamples];
    int kept = 0;
    for (int r = 0; r < resamples; r++) {
      double sx = 0;
      double sy = 0;
      double sxx = 0;
      double sxy = 0;
      for (int i = 0; i < n; i++) {
        int k = rng.nextInt(n);
        sx += x[k];
        sy += y[k];
        sxx += x[k] * x[k];
        sxy += x[k] * y[k];
      }
      double den = sxx - sx * sx / n;
      if (den > 1e-12 * Math.max(1, sxx)) {
        out[kept++] = (sxy - sx * sy / n) / den;
      }
    }
    double[] s = Arrays.copyOf(out, kept);
    Arrays.sort(s);
    return s;
  }
}
