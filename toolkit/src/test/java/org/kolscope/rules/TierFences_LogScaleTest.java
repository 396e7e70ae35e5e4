package org.kolscope.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TierFences_LogScaleTest {
  @Test
  void fourDecades_quartilesAndFencesByHand() {
    // log10 = -1, 0, 1, 2; numpy.percentile([-1,0,1,2], [25, 75]) = [-0.25, 1.25]; IQR 1.5
    // lower = 10**(-0.25 - 2.25) = 10**-2.5, upper = 10**(1.25 + 2.25) = 10**3.5
    TierFences f = TierFences.of("t", new double[] {0.1, 1, 10, 100}, 1.5);
    assertThat(f.n()).isEqualTo(4);
    assertThat(f.q1()).isCloseTo(Math.pow(10, -0.25), within(1e-12));
    assertThat(f.q3()).isCloseTo(Math.pow(10, 1.25), within(1e-12));
    assertThat(f.lower()).isCloseTo(Math.pow(10, -2.5), within(1e-15));
    assertThat(f.upper()).isCloseTo(Math.pow(10, 3.5), within(1e-9));
  }

  @Test
  void zerosAndNaN_leftOutOfQuartiles() {
    TierFences f = TierFences.of("t", new double[] {0, Double.NaN, 0.1, 1, 10, 100}, 1.5);
    assertThat(f.n()).isEqualTo(4);
    assertThat(f.lower()).isCloseTo(Math.pow(10, -2.5), within(1e-15));
  }

  @Test
  void noPositiveValue_rejected() {
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> TierFences.of("KOC", new double[] {0, 0}, 1.5))).hasMessageContaining("KOC");
  }

  @Test
  void badK_rejected() {
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> TierFences.of("t", new double[] {1}, 0))).hasMessageContaining("got 0.0");
  }
}
