package org.kolscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GlsScore_ClosedFormTest {
  @Test
  void twoSignals_equalDirection_isTheirSumOverItsSd() {
    // d = (1, 1), R = [[1, ρ], [ρ, 1]]: T = (z1 + z2) / √(2 (1 + ρ)) (by hand)
    double rho = 0.4;
    double[][] r = {{1, rho}, {rho, 1}};
    double t = GlsScore.of(new double[] {2, 1}, new double[] {1, 1}, r);
    assertThat(t).isCloseTo(3 / Math.sqrt(2 * (1 + rho)), within(1e-12));
  }

  @Test
  void uncorrelated_isTheWeightedZ() {
    // R = I: T = Σ d z / √(Σ d²) (Stouffer's weighted z)
    double[][] r = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    double t = GlsScore.of(new double[] {1, -2, 3}, new double[] {1, -1, 0.5}, r);
    assertThat(t).isCloseTo((1 + 2 + 1.5) / Math.sqrt(1 + 1 + 0.25), within(1e-12));
  }

  @Test
  void unknownSignals_leftOut_contributionsSumToTheScore() {
    double[][] r = {{1, 0.3, 0.1}, {0.3, 1, 0.2}, {0.1, 0.2, 1}};
    double[] z = {1.5, Double.NaN, -0.5};
    double[] d = {1, 1, -1};
    double t = GlsScore.of(z, d, r);
    double[][] sub = {{1, 0.1}, {0.1, 1}};
    assertThat(t).isCloseTo(GlsScore.of(new double[] {1.5, -0.5}, new double[] {1, -1}, sub), within(1e-12));
    double[] c = GlsScore.contributions(z, d, r);
    assertThat(c[1]).isNaN();
    assertThat(c[0] + c[2]).isCloseTo(t, within(1e-12));
  }

  @Test
  void noSignalTheManipulationMoves_isNaN() {
    double[][] r = {{1, 0}, {0, 1}};
    assertThat(GlsScore.of(new double[] {3, Double.NaN}, new double[] {0, 1}, r)).isNaN();
  }
}
