package org.kolscope.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Piecewise log-log interpolation: through the knots, continuous, end slopes extended. */
class LogCurve_InterpolationTest {

  private final LogCurve c = new LogCurve(new double[] {1, 2, 4}, new double[] {1, 0.1, 0.01});

  @Test
  void passesThroughKnots_andInterpolatesGeometrically() {
    assertThat(c.at(10)).isCloseTo(1, within(1e-12));
    assertThat(c.at(100)).isCloseTo(0.1, within(1e-12));
    assertThat(c.at(10_000)).isCloseTo(0.01, within(1e-12));
    assertThat(c.at(Math.sqrt(1000))).isCloseTo(Math.sqrt(0.1), within(1e-12));
    assertThat(c.at(1000)).isCloseTo(Math.sqrt(0.001), within(1e-12));
  }

  @Test
  void extendsEndSlopes_andIsContinuousAtKnots() {
    assertThat(c.at(1)).isCloseTo(10, within(1e-9));
    assertThat(c.at(1e5)).isCloseTo(0.01 / Math.sqrt(10), within(1e-12));
    assertThat(c.at(100 * (1 + 1e-9))).isCloseTo(c.at(100 * (1 - 1e-9)), within(1e-9));
  }

  @Test
  void rejectsBadKnots() {
    assertThatThrownBy(() -> new LogCurve(new double[] {1}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LogCurve(new double[] {2, 1}, new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LogCurve(new double[] {1, 2}, new double[] {1, 0}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
