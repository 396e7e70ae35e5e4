package org.kolscope.stats.outliers;

import org.kolscope.core.RobustZ;
import org.kolscope.stats.ResultText;
import org.kolscope.stats.Sample;
import org.kolscope.stats.SampleTooSmallException;
import org.kolscope.core.Numbers;

/**
 * Iglewicz–Hoaglin modified z-scores: M_i = 0.6745 (x_i − x̃) / MAD, with x̃ the median and MAD =
 * median |x_i − x̃| the raw (unscaled) median absolute deviation; |M_i| &gt; 3.5 is labelled a
 * potential outlier.
 *
 * <p>0.6745 ≈ Φ⁻¹(3/4) makes MAD/0.6745 estimate σ under normality, so do not scale the MAD again
 * (R's default {@code mad()} already multiplies by 1.4826). The scores are {@link RobustZ}'s: when
 * MAD = 0 (at least half the values are equal) they use the mean absolute deviation instead, and
 * the result's warnings say so. A robust rule: no alpha, no p-value.
 *
 * <p>Reference: Iglewicz, B. and Hoaglin, D.C. (1993) How to Detect and Handle Outliers, ASQC
 * Basic References in Quality Control vol. 16; NIST/SEMATECH e-Handbook 1.3.5.17.
 */
public final class ModifiedZScore {
  /** The constant 0.6745. */
  public static final double CONSTANT = RobustZ.MAD_CONSTANT;
  /** Iglewicz and Hoaglin's threshold. */
  public static final double THRESHOLD = RobustZ.CUTOFF;

  private ModifiedZScore() {}

  /** The rule with threshold 3.5 on plain numbers. */
  public static OutlierTestResult test(double... values) {
    return test(Sample.of(values), THRESHOLD, Side.TWO);
  }

  /**
   * Flags values whose modified z-score exceeds {@code threshold} (on {@code side}).
   *
   * @throws SampleTooSmallException if n &lt; 3
   * @throws IllegalArgumentException if the threshold is not positive, or all values are equal
   */
  public static OutlierTestResult test(Sample sample, double threshold, Side side) {
    return RobustRule.apply(
        sample,
        CONSTANT,
        threshold,
        side,
        "Modified z-score (|M| > " + Numbers.precise(threshold) + ")",
        "mad");
  }

  /** The modified z-score of every value, in input order. */
  public static double[] scores(double[] values) {
    return RobustRule.scores(values, CONSTANT, "modified z-score");
  }
}
