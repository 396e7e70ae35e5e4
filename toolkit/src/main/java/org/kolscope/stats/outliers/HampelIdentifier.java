package org.kolscope.stats.outliers;

import org.kolscope.core.Quantiles;
import org.kolscope.core.RobustZ;
import org.kolscope.stats.ResultText;
import org.kolscope.stats.Sample;
import org.kolscope.stats.SampleTooSmallException;
import org.kolscope.core.Numbers;

/**
 * Hampel identifier: flag x_i when |x_i − x̃| &gt; t · 1.4826 · MAD, with x̃ the median, MAD the raw
 * median absolute deviation, 1.4826 = 1/Φ⁻¹(3/4) the normal-consistency factor and t = 3 by
 * default. The score is (x_i − x̃)/(1.4826·MAD), a robust z-score.
 *
 * <p>This is the global (non-windowed) identifier; Davies and Gather (1993) show that t = 3 keeps
 * the false-alarm rate small for moderate n. The scores are {@link RobustZ}'s with the constant
 * 1/1.4826: when MAD = 0 they use the mean absolute deviation instead, and the result's warnings
 * say so. No alpha, no p-value.
 *
 * <p>References: [1] Hampel, F.R. (1974) The Influence Curve and its Role in Robust Estimation,
 * JASA 69(346), 383–393. [2] Davies, L. and Gather, U. (1993) The Identification of Multiple
 * Outliers, JASA 88(423), 782–792. [3] Pearson, R.K. (2002) Outliers in Process Modeling and
 * Identification, IEEE Trans. Control Systems Technology 10(1), 55–63.
 */
public final class HampelIdentifier {
  /** Default threshold t. */
  public static final double THRESHOLD = 3.0;

  private HampelIdentifier() {}

  /** t = 3 on plain numbers. */
  public static OutlierTestResult test(double... values) {
    return test(Sample.of(values), THRESHOLD, Side.TWO);
  }

  /**
   * Flags values more than {@code threshold} scaled MADs from the median.
   *
   * @throws SampleTooSmallException if n &lt; 3
   * @throws IllegalArgumentException if the threshold is not positive, or all values are equal
   */
  public static OutlierTestResult test(Sample sample, double threshold, Side side) {
    return RobustRule.apply(
        sample,
        1 / Quantiles.MAD_NORMAL_SCALE,
        threshold,
        side,
        "Hampel identifier (t = " + Numbers.precise(threshold) + ")",
        "hampel");
  }
}
