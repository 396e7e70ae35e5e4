package org.kolscope.core;

/**
 * The robust z-score — the one in KOLScope: {@code z_i = c · (x_i − x̃) / MAD}, with {@code x̃} the
 * median, {@code MAD = median|x_i − x̃|} (raw, unscaled) and {@code c} the consistency constant
 * that makes {@code MAD / c} estimate σ under normality: Iglewicz and Hoaglin's {@code 0.6745 ≈
 * Φ⁻¹(0.75)} for the modified z-score (their cut-off {@code |z| > 3.5}), or {@code 1 / 1.4826}
 * (R's {@code mad()} constant) for the Hampel identifier.
 *
 * <p><b>When MAD = 0</b> (more than half the values equal the median) the spread falls back to the
 * mean absolute deviation around the median: {@code z_i = (x_i − x̃) / (1.253314 · MeanAD)}
 * ({@code 1.253314 ≈ √(π/2)} makes MeanAD estimate σ under normality), as IBM SPSS documents for
 * the same situation; {@link Scale#fromMeanAd()} says so. When both are 0 every value equals the
 * median and every score is 0. The audit's spike rule (R6) and the outlier tests {@code mad} and
 * {@code hampel} all score through here, so they agree on the same numbers.
 *
 * <p>Reference: B. Iglewicz and D. C. Hoaglin, How to Detect and Handle Outliers, ASQC Quality
 * Press, 1993 (the ASQC Basic References in Quality Control, vol. 16). Written here because Commons
 * Math and Commons Statistics offer no robust z-score.
 */
public final class RobustZ {
  /** Iglewicz and Hoaglin's cut-off. */
  public static final double CUTOFF = 3.5;

  /** Φ⁻¹(0.75), the consistency constant of the MAD in the modified z-score. */
  public static final double MAD_CONSTANT = 0.6745;

  /** √(π/2), the consistency constant of the mean absolute deviation. */
  public static final double MEAN_AD_CONSTANT = 1.253314;

  private RobustZ() {}

  /**
   * The centre and spread a robust z-score uses.
   *
   * @param median the median {@code x̃}
   * @param mad the raw median absolute deviation
   * @param meanAd the mean absolute deviation around the median
   * @param constant the MAD's consistency constant {@code c}
   */
  public record Scale(double median, double mad, double meanAd, double constant) {
    /** Whether the spread is the mean absolute deviation (MAD = 0, MeanAD &gt; 0). */
    public boolean fromMeanAd() {
      return !(mad > 0) && meanAd > 0;
    }

    /** The robust z-score of {@code x}: see the class comment; 0 when both spreads are 0. */
    public double z(double x) {
      if (mad > 0) {
        return constant * (x - median) / mad;
      }
      return meanAd > 0 ? (x - median) / (MEAN_AD_CONSTANT * meanAd) : 0;
    }
  }

  /**
   * The median, MAD and mean absolute deviation of {@code values}.
   *
   * @param constant the MAD's consistency constant (&gt; 0), e.g. {@link #MAD_CONSTANT}
   * @throws IllegalArgumentException if {@code values} is empty or holds a NaN, or the constant is
   *     not positive
   */
  public static Scale scale(double[] values, double constant) {
    if (values.length == 0) {
      throw new IllegalArgumentException("robust z-scores of an empty sample");
    }
    if (!(constant > 0 && Double.isFinite(constant))) {
      throw new IllegalArgumentException("the MAD's constant must be finite and > 0, got " + constant);
    }
    double med = Quantiles.median(values);
    double mad = Quantiles.mad(values);
    double meanAd = 0;
    if (!(mad > 0)) {
      for (double v : values) {
        meanAd += Math.abs(v - med);
      }
      meanAd /= values.length;
    }
    return new Scale(med, mad, meanAd, constant);
  }

  /**
   * The modified z-scores of {@code values} ({@link #MAD_CONSTANT}), in input order.
   *
   * @throws IllegalArgumentException if {@code values} is empty or holds a NaN
   */
  public static double[] scores(double[] values) {
    return scores(values, MAD_CONSTANT);
  }

  /**
   * The robust z-scores of {@code values} with the MAD's constant {@code constant}, in input order.
   *
   * @throws IllegalArgumentException if {@code values} is empty or holds a NaN, or the constant is
   *     not positive
   */
  public static double[] scores(double[] values, double constant) {
    Scale s = scale(values, constant);
    double[] z = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      z[i] = s.z(values[i]);
    }
    return z;
  }
}
