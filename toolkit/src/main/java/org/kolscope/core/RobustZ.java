package org.kolscope.core;


/**
 * The modified (robust) z-score of Iglewicz and Hoaglin: {@code M_i = 0.6745 · (x_i − x̃) / MAD},
 * with {@code x̃} the median and {@code MAD = median|x_i − x̃|}; {@code |M_i| > 3.5} marks a
 * potential outlier. ({@code 0.6745 ≈ Φ⁻¹(0.75)}, so {@code MAD / 0.6745} estimates σ under
 * normality.)
 *
 * <p>When MAD = 0 (more than half the values equal) the score falls back to the mean absolute
 * deviation around the median: {@code M_i = (x_i − x̃) / (1.253314 · MeanAD)} ({@code 1.253314 ≈
 * √(π/2)}, which makes MeanAD estimate σ under normality), as IBM SPSS documents for the same
 * situation. When both are 0 every value equals the median and every score is 0.
 *
 * <p>Reference: B. Iglewicz and D. C. Hoaglin, How to Detect and Handle Outliers, ASQC Quality
 * Press, 1993 (the ASQC Basic References in Quality Control, vol. 16). Written here because Commons
 * Math offers no robust z-score.
 */
public final class RobustZ {
  /** Iglewicz and Hoaglin's cut-off. */
  public static final double CUTOFF = 3.5;

  /** Φ⁻¹(0.75), the consistency constant of the MAD. */
  public static final double MAD_CONSTANT = 0.6745;

  /** √(π/2), the consistency constant of the mean absolute deviation. */
  public static final double MEAN_AD_CONSTANT = 1.253314;

  private RobustZ() {}

  /**
   * The modified z-scores of {@code values}.
   *
   * @throws IllegalArgumentException if {@code values} is empty or holds a NaN
   */
  public static double[] scores(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("robust z-scores of an empty sample");
    }
    double med = Quantiles.median(values);
    double mad = Quantiles.mad(values);
    double[] z = new double[values.length];
    if (mad > 0) {
      for (int i = 0; i < values.length; i++) {
        z[i] = MAD_CONSTANT * (values[i] - med) / mad;
      }
      return z;
    }
    double meanAd = 0;
    for (double v : values) {
      meanAd += Math.abs(v - med);
    }
    meanAd /= values.length;
    if (meanAd > 0) {
      for (int i = 0; i < values.length; i++) {
        z[i] = (values[i] - med) / (MEAN_AD_CONSTANT * meanAd);
      }
    }
    return z;
  }
}
