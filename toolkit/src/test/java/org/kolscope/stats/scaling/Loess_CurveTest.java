package org.kolscope.stats.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * LOESS on log–log. Local linear regression reproduces a straight line exactly (Cleveland 1979),
 * so an exact power law must come back unchanged; duplicated follower counts (which Commons Math's
 * LoessInterpolator rejects) must be merged, and their multiplicity must count.
 */
class Loess_CurveTest {

  private static double law(double f) {
    return 2.0 * Math.pow(f, -0.5);
  }

  @Test
  void exactPowerLawWithDuplicates_reproduced() {
    double[] f = {1e3, 1e3, 2e3, 5e3, 5e3, 5e3, 1e4, 3e4, 1e5, 1e5, 4e5, 1e6};
    double[] y = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      y[i] = law(f[i]);
    }
    Loess.Curve c = Loess.fit(f, y);
    assertThat(c.followers()).hasSize(8).isSorted();
    assertThat(c.binned()).isFalse();
    assertThat(c.n()).isEqualTo(12);
    for (int i = 0; i < c.followers().size(); i++) {
      assertThat(c.fitted().get(i)).isCloseTo(law(c.followers().get(i)), within(1e-9));
    }
    assertThat(c.toTable().rowCount()).isEqualTo(8);
  }

  /** Duplicates spread symmetrically on the log scale around the line merge onto the line. */
  @Test
  void symmetricDuplicates_mergeToGeometricMean() {
    double[] f = {1e3, 1e3, 3e3, 1e4, 1e4, 3e4, 1e5, 1e5, 3e5};
    double[] y = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      boolean second = i > 0 && f[i] == f[i - 1];
      boolean dup = second || (i + 1 < f.length && f[i + 1] == f[i]);
      y[i] = law(f[i]) * (dup ? (second ? 2.0 : 0.5) : 1.0);
    }
    Loess.Curve c = Loess.fit(f, y, 0.75, 0);
    for (int i = 0; i < c.followers().size(); i++) {
      assertThat(c.fitted().get(i)).isCloseTo(law(c.followers().get(i)), within(1e-9));
    }
  }

  /** A repeated off-line point pulls the curve harder than a single one (weights are used). */
  @Test
  void multiplicity_weighsIn() {
    double[] base = {1e3, 3e3, 1e4, 3e4, 1e5, 3e5, 1e6};
    double[] once = new double[base.length + 1];
    double[] onceY = new double[base.length + 1];
    double[] many = new double[base.length + 6];
    double[] manyY = new double[base.length + 6];
    for (int i = 0; i < base.length; i++) {
      once[i] = base[i];
      onceY[i] = law(base[i]);
      many[i] = base[i];
      manyY[i] = law(base[i]);
    }
    once[base.length] = 2e4;
    onceY[base.length] = 10 * law(2e4);
    for (int k = 0; k < 6; k++) {
      many[base.length + k] = 2e4;
      manyY[base.length + k] = 10 * law(2e4);
    }
    Loess.Curve c1 = Loess.fit(once, onceY, 0.75, 0);
    Loess.Curve c6 = Loess.fit(many, manyY, 0.75, 0);
    int at = c1.followers().indexOf(2e4);
    assertThat(c6.followers().indexOf(2e4)).isEqualTo(at);
    assertThat(c6.fitted().get(at)).isGreaterThan(c1.fitted().get(at) * 1.2);
  }

  /** Beyond MAX_POINTS distinct counts the points are binned; a straight log-log line survives. */
  @Test
  void manyDistinctCounts_binnedAndStillExactOnALine() {
    int n = 5000;
    double[] f = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      f[i] = Math.floor(Math.pow(10, 2 + 5.0 * i / n)) + i % 3;
      y[i] = law(f[i]);
    }
    Loess.Curve c = Loess.fit(f, y);
    assertThat(c.binned()).isTrue();
    assertThat(c.followers().size()).isLessThanOrEqualTo(Loess.MAX_POINTS).isGreaterThan(500);
    assertThat(c.followers()).isSorted();
    assertThat(c.n()).isEqualTo(n);
    for (int i = 0; i < c.followers().size(); i++) {
      assertThat(c.fitted().get(i)).isCloseTo(law(c.followers().get(i)), within(1e-9));
    }
    assertThat(c.toString()).contains("binned");
  }

  @Test
  void tooFewDistinctOrBadBandwidth_rejected() {
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> Loess.fit(new double[] {1, 1, 2, 2}, new double[] {1, 2, 3, 4}))
                .getMessage())
        .contains("at least 3 distinct").contains("got 2");
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> Loess.fit(new double[] {1, 2, 3}, new double[] {1, 2, 3}, 0, 2))
                .getMessage())
        .contains("bandwidth").contains("(0, 1]");
  }

  @Test
  void smallSample_bandwidthRaisedToTwoPoints() {
    Loess.Curve c = Loess.fit(new double[] {10, 100, 1000, 1e4}, new double[] {5, 3, 2, 1}, 0.1, 2);
    assertThat(c.bandwidth()).isEqualTo(0.5);
    assertThat(c.followers()).hasSize(4);
  }
}
