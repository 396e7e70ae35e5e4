package org.kolscope.evidence;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.kolscope.core.Quantiles;

/**
 * The null distribution of a score estimated from the data itself, and the threshold that holds a
 * false-alarm rate.
 *
 * <p>A score that is N(0, 1) in theory is rarely exactly so on real data: the expectation model is
 * fitted on the same accounts, signals are skewed, and correlations are estimated. Most accounts
 * are honest, so the bulk of the score distribution is the honest one: its centre {@code μ₀} is
 * the median of the scores and its scale {@code σ₀} their MAD × 1.4826, and an account's
 * standardised score is {@code (T − μ₀) / σ₀}. With {@code K} kinds of manipulation tested per
 * account, the threshold for a false-alarm rate {@code α} per account is {@code Φ⁻¹(1 − α / K)}
 * (Bonferroni over the kinds, so the share of honest accounts above it is at most α if the honest
 * scores are normal).
 *
 * <p>Honest scores often have heavier tails than the normal. A manipulation pushes its score up
 * only, so the lower tail of the scores is (nearly) all honest: where there are enough scores, the
 * threshold is also read from it by symmetry, {@code (μ₀ − Q(α / K)) / σ₀} with {@code Q} the
 * empirical lower quantile (type 7), and the larger of the two thresholds is used. This needs at
 * least {@value #MIN_TAIL} scores below the quantile ({@code n · α / K ≥ 2}); otherwise the normal
 * threshold alone.
 *
 * <p>Reference: B. Efron, "Large-scale simultaneous hypothesis testing: the choice of a null
 * hypothesis", JASA 99(465), 2004, 96–104 (the empirical null; Efron fits the central peak, the
 * median and MAD used here are its simplest robust version).
 *
 * @param centre μ₀
 * @param scale σ₀ (1 when fewer than {@value #MIN_SCORES} scores, or their MAD is 0)
 * @param n scores it was estimated from
 * @param sorted the scores, ascending (empty below {@value #MIN_SCORES})
 */
public record EmpiricalNull(double centre, double scale, int n, double[] sorted) {
  /** Fewest scores for an empirical null; with fewer the theoretical N(0, 1) is used. */
  public static final int MIN_SCORES = 30;
  /** Fewest scores in the lower tail for a threshold read from it. */
  public static final int MIN_TAIL = 2;

  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  /** The empirical null of {@code scores} (NaN values are left out). */
  public static EmpiricalNull of(double[] scores) {
    double[] known = Arrays.stream(scores).filter(v -> !Double.isNaN(v)).toArray();
    if (known.length < MIN_SCORES) {
      return new EmpiricalNull(0, 1, known.length, new double[0]);
    }
    double c = Quantiles.median(known);
    double s = Quantiles.madNormal(known);
    Arrays.sort(known);
    return new EmpiricalNull(c, s > 0 ? s : 1, known.length, known);
  }

  /** The theoretical null N(0, 1). */
  public static EmpiricalNull theoretical() {
    return new EmpiricalNull(0, 1, 0, new double[0]);
  }

  /**
   * The threshold of a standardised score for a false-alarm rate {@code alpha} per account over
   * {@code kinds} tests: the larger of {@link #threshold(double, int)} and the mirrored lower tail.
   */
  public double thresholdFor(double alpha, int kinds) {
    double normal = threshold(alpha, kinds);
    double p = alpha / kinds;
    if (sorted.length * p < MIN_TAIL) {
      return normal;
    }
    double q = Quantiles.quantileSorted(sorted, p);
    return Math.max(normal, (centre - q) / scale);
  }

  /** {@code (t − μ₀) / σ₀}. */
  public double standardise(double t) {
    return (t - centre) / scale;
  }

  /**
   * The threshold of a standardised score for a false-alarm rate {@code alpha} per account over
   * {@code kinds} tests: {@code Φ⁻¹(1 − α / kinds)}.
   *
   * @throws IllegalArgumentException if alpha is not in (0, 0.5] or kinds &lt; 1
   */
  public static double threshold(double alpha, int kinds) {
    if (!(alpha > 0 && alpha <= 0.5)) {
      throw new IllegalArgumentException("false-alarm rate must be in (0, 0.5], got " + alpha);
    }
    if (kinds < 1) {
      throw new IllegalArgumentException("need at least one kind, got " + kinds);
    }
    return NORMAL.inverseCumulativeProbability(1 - alpha / kinds);
  }

  /** The one-sided p-value of a standardised score, {@code 1 − Φ(z)}. */
  public static double pValue(double z) {
    return NORMAL.cumulativeProbability(-z);
  }
}
