package org.kolscope.stats.outliers;

import org.kolscope.core.QuantileType;

/**
 * Settings shared by the outlier tests, immutable; change one with a {@code with*} method. NaN or
 * 0 means "the method's default".
 *
 * @param alpha significance level (default 0.05)
 * @param side which end(s) to test (default two)
 * @param k the multiplier of {@code iqr} (1.5), the threshold of {@code mad} (3.5) and {@code
 *     hampel} (3), or the number of outliers of {@code tietjen-moore} (required there)
 * @param maxOutliers r of {@code esd} (default min(10, n − 2)); for {@code grubbs} above 1 it
 *     iterates up to r times
 * @param quantileType quartile definition of {@code iqr} (default R type 7)
 * @param ratio Dixon's ratio (default r10)
 * @param simulations Tietjen–Moore simulations
 * @param seed Tietjen–Moore seed
 */
public record Options(
    double alpha,
    Side side,
    double k,
    int maxOutliers,
    QuantileType quantileType,
    DixonQ.Ratio ratio,
    int simulations,
    long seed) {

  /** The defaults. */
  public static final Options DEFAULTS =
      new Options(
          0.05, Side.TWO, Double.NaN, 0, QuantileType.DEFAULT, DixonQ.Ratio.R10,
          TietjenMoore.DEFAULT_SIMULATIONS, TietjenMoore.DEFAULT_SEED);

  /** With another alpha (validated when a test runs). */
  public Options withAlpha(double a) {
    return new Options(a, side, k, maxOutliers, quantileType, ratio, simulations, seed);
  }

  /** With another side. */
  public Options withSide(Side s) {
    return new Options(alpha, s, k, maxOutliers, quantileType, ratio, simulations, seed);
  }

  /** With another k. */
  public Options withK(double kk) {
    return new Options(alpha, side, kk, maxOutliers, quantileType, ratio, simulations, seed);
  }

  /** With another maximum number of outliers. */
  public Options withMaxOutliers(int r) {
    return new Options(alpha, side, k, r, quantileType, ratio, simulations, seed);
  }

  /** With another quantile type. */
  public Options withQuantileType(QuantileType t) {
    return new Options(alpha, side, k, maxOutliers, t, ratio, simulations, seed);
  }

  /** With another Dixon ratio. */
  public Options withRatio(DixonQ.Ratio r) {
    return new Options(alpha, side, k, maxOutliers, quantileType, r, simulations, seed);
  }

  /** With another simulation size and seed. */
  public Options withSimulations(int count, long newSeed) {
    return new Options(alpha, side, k, maxOutliers, quantileType, ratio, count, newSeed);
  }

  double kOr(double dflt) {
    return Double.isNaN(k) ? dflt : k;
  }
}
