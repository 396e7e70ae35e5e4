package org.kolscope.stats.groups;

import static org.kolscope.core.Numbers.stat;

import java.util.Arrays;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.kolscope.core.Quantiles;
import org.kolscope.core.Tabular;
import tech.tablesaw.api.Table;
import org.kolscope.core.Numbers;

/**
 * Percentile bootstrap confidence interval of the median.
 *
 * <p>Draw B resamples of size n with replacement, take the type-7 median of each (found from the
 * draw counts over the sorted sample in O(n), no sort per resample), and report the {@code (1 −
 * level)/2} and {@code (1 + level)/2} type-7 quantiles of the B medians. Resampling uses Commons Math's {@link MersenneTwister} seeded
 * with the given seed, so a seed always gives the same interval (not the same draws as R's {@code
 * boot}). The percentile method is simple and transformation-invariant but can undercover for very
 * small n; it is what the tier comparison reports. Commons Math and Commons Statistics have no
 * bootstrap, hence this class.
 *
 * <p>Reference: B. Efron and R. J. Tibshirani, <i>An Introduction to the Bootstrap</i>, Chapman
 * &amp; Hall, 1993, ch. 13.3.
 */
public final class BootstrapMedianCi {
  /** Default number of resamples. */
  public static final int DEFAULT_RESAMPLES = 2000;
  /** Default confidence level. */
  public static final double DEFAULT_LEVEL = 0.95;

  private BootstrapMedianCi() {}

  /**
   * The interval.
   *
   * @param median the sample median
   * @param low lower bound
   * @param high upper bound
   * @param level confidence level
   * @param resamples number of resamples B
   * @param seed the seed
   * @param n sample size
   */
  public record Result(
      double median, double low, double high, double level, int resamples, long seed, int n)
      implements Tabular {
    @Override
    public Table toTable() {
      return ResultTable.keyValue(
          "bootstrap median CI",
          new String[] {"median", "ci_low", "ci_high", "level", "resamples", "n"},
          new double[] {median, low, high, level, resamples, n});
    }

    @Override
    public String toString() {
      return "Median " + stat(median) + ", " + stat(100 * level) + " % percentile bootstrap CI ["
          + stat(low) + ", " + stat(high) + "] (B = " + resamples + ", seed " + seed + ", n = " + n
          + ")";
    }
  }

  /**
   * The type-7 median of a resample given as draw counts over the sorted sample: order statistics
   * {@code lo} and {@code lo + 1} (0-based) found by walking the cumulative counts, O(n) instead of
   * sorting each resample.
   */
  private static double orderStatistic(double[] sorted, int[] counts, int lo, double frac) {
    int seen = 0;
    int i = 0;
    while (seen + counts[i] <= lo) {
      seen += counts[i++];
    }
    double a = sorted[i];
    if (frac == 0) {
      return a;
    }
    int j = i;
    if (seen + counts[j] <= lo + 1) {
      seen += counts[j++];
      while (seen + counts[j] <= lo + 1) {
        seen += counts[j++];
      }
    }
    return a + frac * (sorted[j] - a);
  }

  /**
   * The 95 % interval with 2,000 resamples.
   *
   * @param x the sample, at least 2 finite values (not null)
   * @param seed random seed
   * @return the interval
   */
  public static Result compute(double[] x, long seed) {
    return compute(x, DEFAULT_RESAMPLES, DEFAULT_LEVEL, seed);
  }

  /**
   * Computes the interval.
   *
   * @param x the sample, at least 2 finite values (not null)
   * @param resamples number of resamples, at least 100
   * @param level confidence level in (0, 1)
   * @param seed random seed
   * @return the interval
   * @throws IllegalArgumentException for a too small or non-finite sample, fewer than 100
   *     resamples, or a level outside (0, 1)
   */
  public static Result compute(double[] x, int resamples, double level, long seed) {
    Checks.sample(x, "bootstrap median CI", "the sample");
    Checks.level(level);
    if (resamples < 100) {
      throw new IllegalArgumentException("need at least 100 resamples, got " + resamples);
    }
    RandomGenerator rng = new MersenneTwister(seed);
    int n = x.length;
    // position[i] = place of x[i] in ascending order, so a draw of x[i] counts at that place
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (i, j) -> Double.compare(x[i], x[j]));
    double[] sorted = new double[n];
    int[] position = new int[n];
    for (int r = 0; r < n; r++) {
      sorted[r] = x[order[r]];
      position[order[r]] = r;
    }
    double h = (n - 1) * 0.5;
    int lo = (int) Math.floor(h);
    double frac = h - lo;
    double[] medians = new double[resamples];
    int[] counts = new int[n];
    for (int b = 0; b < resamples; b++) {
      Arrays.fill(counts, 0);
      for (int i = 0; i < n; i++) {
        counts[position[rng.nextInt(n)]]++;
      }
      medians[b] = orderStatistic(sorted, counts, lo, frac);
    }
    Arrays.sort(medians);
    return new Result(
        Quantiles.median(x),
        Quantiles.quantileSorted(medians, (1 - level) / 2),
        Quantiles.quantileSorted(medians, (1 + level) / 2),
        level,
        resamples,
        seed,
        n);
  }
}
