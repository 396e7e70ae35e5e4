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
 * <p>Draw B resamples of size n with replacement, take the type-7 median of each, and report the
 * {@code (1 − level)/2} and {@code (1 + level)/2} type-7 quantiles of the B medians.
 *
 * <p>A resample's median needs only its two middle order statistics, and those can be drawn
 * directly, in O(1) per resample instead of O(n): a draw from the sorted sample
 * x<sub>(1)</sub> ≤ … ≤ x<sub>(n)</sub> is g(U) = x<sub>(⌈nU⌉)</sub> for U uniform on (0, 1], and
 * g is non-decreasing, so the resample's i-th order statistic is g(U<sub>(i)</sub>), the image of
 * the i-th of n uniform order statistics. With k = ⌊(n − 1)/2⌋ + 1, U<sub>(k)</sub> ~ Beta(k,
 * n − k + 1), and given U<sub>(k)</sub> = u the next one is the smallest of n − k uniforms on (u,
 * 1]: U<sub>(k+1)</sub> = u + (1 − u)·M with M ~ Beta(1, n − k), M = 1 − V<sup>1/(n−k)</sup>
 * (David and Nagaraja, <i>Order Statistics</i>, 3rd ed., Wiley, 2003, §2.2–2.5). The medians have
 * exactly the distribution of the textbook procedure (draw n values, sort, take the median), so
 * the interval is the same up to Monte Carlo error; a notes file of 1M rows costs 2,000 Beta
 * draws per group instead of 2·10<sup>9</sup> index draws. Beta variates come from {@link
 * ChengBeta} (Cheng's algorithm BB) on a Commons Math {@link MersenneTwister} seeded with the
 * given seed, so a seed always gives the same interval (not the same draws as R's {@code boot}). The
 * percentile method is simple and transformation-invariant but can undercover for very small n;
 * it is what the tier comparison reports. Commons Math and Commons Statistics have no bootstrap,
 * hence this class.
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
   * The type-7 medians of {@code resamples} bootstrap resamples of a sorted sample, drawn through
   * the resamples' two middle order statistics (see the class comment).
   *
   * @param sorted the sample in ascending order, at least 2 values
   * @param resamples how many resamples
   * @param seed the generator's seed
   * @return the medians, in the order drawn
   */
  static double[] resampleMedians(double[] sorted, int resamples, long seed) {
    RandomGenerator rng = new MersenneTwister(seed);
    int n = sorted.length;
    double h = (n - 1) * 0.5;
    int k = (int) Math.floor(h) + 1; // 1-based rank of the lower middle order statistic
    double frac = h - (k - 1);
    ChengBeta lower = new ChengBeta(k, n - k + 1);
    double[] medians = new double[resamples];
    for (int b = 0; b < resamples; b++) {
      double u = lower.sample(rng);
      double a = at(sorted, u);
      if (frac == 0) {
        medians[b] = a;
      } else {
        double next = u + (1 - u) * -Math.expm1(Math.log(rng.nextDouble()) / (n - k));
        medians[b] = a + frac * (at(sorted, next) - a);
      }
    }
    return medians;
  }

  /** g(u) = x<sub>(⌈nu⌉)</sub>, the draw a uniform u in (0, 1] makes from the sorted sample. */
  private static double at(double[] sorted, double u) {
    int i = (int) Math.ceil(sorted.length * u) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
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
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    double[] medians = resampleMedians(sorted, resamples, seed);
    Arrays.sort(medians);
    return new Result(
        Quantiles.quantileSorted(sorted, 0.5),
        Quantiles.quantileSorted(medians, (1 - level) / 2),
        Quantiles.quantileSorted(medians, (1 + level) / 2),
        level,
        resamples,
        seed,
        sorted.length);
  }
}
