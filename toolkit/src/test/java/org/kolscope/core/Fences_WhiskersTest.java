package org.kolscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Tukey's fences and box-plot whiskers against numpy (percentile, linear = R type 7). */
class Fences_WhiskersTest {
  // numpy: s = np.sort([1,2,3,4,5,6,7,8,9,40,-20.]); q1, q3 = np.percentile(s, [25, 75])
  //   -> 2.5, 7.5; fences q1 - 1.5*(q3-q1), q3 + 1.5*(q3-q1) -> -5.0, 15.0
  //   whiskers s[s >= -5].min(), s[s <= 15].max() -> 1.0, 9.0
  private static final double[] SORTED = sorted(1, 2, 3, 4, 5, 6, 7, 8, 9, 40, -20);

  @Test
  void fencesAndWhiskers_matchNumpy() {
    Fences f = Fences.of(SORTED, 1.5);
    assertThat(new double[] {f.q1(), f.q3(), f.lower(), f.upper()})
        .containsExactly(2.5, 7.5, -5.0, 15.0);
    assertThat(f.whiskers(SORTED)).containsExactly(1.0, 9.0);
    assertThat(f.below(-20)).isTrue();
    assertThat(f.above(40)).isTrue();
    assertThat(f.above(15)).as("strictly outside").isFalse();
  }

  @Test
  void oneValue_fencesAtTheValue() {
    Fences f = Fences.of(new double[] {3}, 3);
    assertThat(new double[] {f.lower(), f.upper()}).containsExactly(3.0, 3.0);
    assertThat(f.whiskers(new double[] {3})).containsExactly(3.0, 3.0);
  }

  @Test
  void badMultiplier_rejectedNamingIt() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> Fences.of(SORTED, 0)))
        .hasMessageContaining("got 0");
  }

  private static double[] sorted(double... x) {
    double[] s = x.clone();
    Arrays.sort(s);
    return s;
  }
}
