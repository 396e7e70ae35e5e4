package org.kolscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LocalFit_RobustTest {
  @Test
  void straightLine_reproducedExactly_slopeAndZeroSpread() {
    double[] x = new double[50];
    double[] y = new double[50];
    for (int i = 0; i < 50; i++) {
      x[i] = i * 0.1;
      y[i] = 2 - 0.5 * x[i];
    }
    LocalFit f = LocalFit.fit(x, y);
    for (double v : new double[] {0, 1.23, 4.9}) {
      assertThat(f.centre(v)).isCloseTo(2 - 0.5 * v, within(1e-9));
      assertThat(f.slope(v)).isCloseTo(-0.5, within(1e-9));
      assertThat(f.scale(v)).isCloseTo(0, within(1e-9));
    }
  }

  @Test
  void tenPercentFarOutliers_barelyMoveTheCentre_spreadIsSigma() {
    SplittableRandom rnd = new SplittableRandom(9);
    int n = 4000;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = 2 + 4 * rnd.nextDouble();
      y[i] = 1 - 0.4 * x[i] + 0.3 * EmpiricalNull_ThresholdTest.gaussian(rnd) + (i % 10 == 0 ? 3 : 0);
    }
    LocalFit f = LocalFit.fit(x, y);
    // tolerances: a few standard errors of a local fit over ~2,000 points, plus the residual pull
    // of the down-weighted outliers
    assertThat(f.centre(4)).isCloseTo(1 - 1.6, within(0.06));
    assertThat(f.scale(4)).isCloseTo(0.3, within(0.06));
  }

  @Test
  void tiedX_fitWithoutComplaint() {
    double[] x = {1, 1, 1, 2, 2, 2, 3, 3, 3, 4};
    double[] y = {1, 2, 3, 2, 3, 4, 3, 4, 5, 5};
    LocalFit f = LocalFit.fit(x, y, 1.0, 2, 10);
    assertThat(f.centre(2)).isCloseTo(3, within(0.3));
  }

  /**
   * Above {@link LocalFit#MAX_POINTS} the fit keeps every k-th point in x order, ties in input
   * order: so fitting the points as given and fitting them after a stable sort by x (done here the
   * plain way, boxed) must give the very same curve; an unstable internal order would sample
   * other tied points and move it.
   */
  @Test
  void manyTiedPoints_sampleInStableXOrder() {
    SplittableRandom r = new SplittableRandom(8);
    int n = 3 * LocalFit.MAX_POINTS + 17;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextInt(300) / 100.0; // 300 distinct values: long runs of ties
      y[i] = x[i] + r.nextGaussian();
    }
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, java.util.Comparator.comparingDouble(i -> x[i])); // stable
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = x[idx[i]];
      ys[i] = y[idx[i]];
    }
    LocalFit given = LocalFit.fit(x, y);
    LocalFit sorted = LocalFit.fit(xs, ys);
    for (double at = 0; at <= 3; at += 0.05) {
      assertThat(given.centre(at)).isEqualTo(sorted.centre(at));
      assertThat(given.scale(at)).isEqualTo(sorted.scale(at));
    }
  }

  @Test
  void tooFewPoints_rejectedQuotingTheCount() {
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> LocalFit.fit(new double[] {1, 2, 3}, new double[] {1, 2, 3})))
        .hasMessageContaining("got 3");
  }
}
