package org.kolscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RobustZ_ScoresTest {
  @Test
  void madScores_matchNumpy() {
    // numpy: x = np.array([100,110,90,105,95,1000.]); m = np.median(x); d = np.median(abs(x-m))
    // 0.6745*(x-m)/d = [-0.22483333, 0.6745, -1.12416667, 0.22483333, -0.6745, 80.71516667]
    double[] z = RobustZ.scores(new double[] {100, 110, 90, 105, 95, 1000});
    assertThat(z).containsExactly(
        new double[] {-0.22483333333333333, 0.6745, -1.1241666666666668, 0.22483333333333333,
            -0.6745, 80.71516666666667},
        within(1e-9));
  }

  @Test
  void allEqual_allZero() {
    assertThat(RobustZ.scores(new double[] {3, 3, 3})).containsExactly(0, 0, 0);
  }

  @Test
  void empty_rejected() {
    assertThrows(IllegalArgumentException.class, () -> RobustZ.scores(new double[0]));
  }
}
