package org.kolscope.stats.regression;

import org.apache.commons.statistics.distribution.TDistribution;
import org.kolscope.stats.Checks;

/**
 * Bonferroni outlier test on the largest absolute externally studentized residual, as R's {@code
 * car::outlierTest}.
 *
 * <p>Each rstudent t_i follows Student's t with n − p − 1 degrees of freedom under the model. For
 * the largest |t_i|: unadjusted p = 2·P(T_{n−p−1} &gt; |t|), Bonferroni p = min(1, n·p). The
 * matching critical value is the upper α/(2n) point of t_{n−p−1}: |t| above it is significant at
 * α after the Bonferroni correction.
 *
 * <p>Reference: Fox, J. and Weisberg, S. (2019) An R Companion to Applied Regression, 3rd ed.,
 * Sage, §8.3 (function {@code outlierTest}); Cook, R.D. and Weisberg, S. (1982) Residuals and
 * Influence in Regression, Chapman and Hall.
 */
public final class BonferroniOutlierTest {
  private BonferroniOutlierTest() {}

  /** Unadjusted two-sided p-value of one studentized residual. */
  public static double unadjustedP(double rstudent, int dfResidual) {
    return Math.min(1.0, 2 * TDistribution.of(dfResidual).survivalProbability(Math.abs(rstudent)));
  }

  /** Bonferroni p-value of one studentized residual among n. */
  public static double bonferroniP(double rstudent, int dfResidual, int n) {
    return Math.min(1.0, n * unadjustedP(rstudent, dfResidual));
  }

  /**
   * The critical |rstudent| at level α among n residuals: upper α/(2n) point of t_{df}.
   *
   * @throws IllegalArgumentException if alpha is outside (0, 0.5]
   */
  public static double criticalValue(double alpha, int dfResidual, int n) {
    Checks.alpha(alpha);
    return TDistribution.of(dfResidual).inverseSurvivalProbability(alpha / (2.0 * n));
  }
}
