package org.kolscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RobustCorrelation_PairwiseTest {
  @Test
  void bivariateNormal_estimatesRho_despiteFivePercentOutliers_andMissingCells() {
    SplittableRandom rnd = new SplittableRandom(4);
    int n = 5000;
    double rho = 0.6;
    double[][] z = new double[n][3];
    for (int i = 0; i < n; i++) {
      double a = EmpiricalNull_ThresholdTest.gaussian(rnd);
      double b = rho * a + Math.sqrt(1 - rho * rho) * EmpiricalNull_ThresholdTest.gaussian(rnd);
      z[i][0] = i % 20 == 0 ? 8 : a;
      z[i][1] = i % 20 == 0 ? -8 : b;
      z[i][2] = i % 3 == 0 ? Double.NaN : EmpiricalNull_ThresholdTest.gaussian(rnd);
    }
    double[][] r = RobustCorrelation.of(z);
    // GK with MAD under 5 % contamination placed against ρ: a bounded bias (measured 0.51 here),
    // where Pearson's r is dragged far below it
    assertThat(r[0][1]).isCloseTo(rho, within(0.12));
    double pearson = new org.apache.commons.math3.stat.correlation.PearsonsCorrelation()
        .correlation(column(z, 0), column(z, 1));
    assertThat(Math.abs(pearson - rho)).isGreaterThan(3 * Math.abs(r[0][1] - rho));
    assertThat(r[0][2]).isCloseTo(0, within(0.06));
    assertThat(r[1][0]).isEqualTo(r[0][1]);
  }

  @Test
  void cleanBivariateNormal_estimatesRho() {
    SplittableRandom rnd = new SplittableRandom(8);
    double[][] z = new double[5000][2];
    for (double[] row : z) {
      double a = EmpiricalNull_ThresholdTest.gaussian(rnd);
      row[0] = a;
      row[1] = -0.3 * a + Math.sqrt(1 - 0.09) * EmpiricalNull_ThresholdTest.gaussian(rnd);
    }
    // tolerance ≈ 4 standard errors of the GK estimate at n = 5,000
    assertThat(RobustCorrelation.of(z)[0][1]).isCloseTo(-0.3, within(0.06));
  }

  private static double[] column(double[][] z, int j) {
    double[] c = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      c[i] = z[i][j];
    }
    return c;
  }

  @Test
  void fewPairs_zero() {
    double[][] z = new double[10][2];
    for (int i = 0; i < 10; i++) {
      z[i][0] = i;
      z[i][1] = i;
    }
    assertThat(RobustCorrelation.of(z)[0][1]).isZero();
  }

  @Test
  void notPositiveDefinite_shrunkUntilItIs() {
    double[][] r = {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}};
    assertThat(RobustCorrelation.isPositiveDefinite(r)).isFalse();
    assertThat(RobustCorrelation.isPositiveDefinite(RobustCorrelation.positiveDefinite(r))).isTrue();
  }
}
