package org.kolscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class RobustZ_InvarianceTest {
  /** z(a·x + b) = z(x) for a &gt; 0: the score does not depend on units or offset. */
  @Property(tries = 200)
  void scores_invariantUnderPositiveAffineMaps(
      @ForAll @Size(min = 3, max = 30) java.util.List<@DoubleRange(min = 0, max = 1e6) Double> xs,
      @ForAll @DoubleRange(min = 0.01, max = 100) double a,
      @ForAll @DoubleRange(min = -1e3, max = 1e3) double b) {
    double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
    double[] y = xs.stream().mapToDouble(v -> a * v + b).toArray();
    double[] zx = RobustZ.scores(x);
    double[] zy = RobustZ.scores(y);
    for (int i = 0; i < x.length; i++) {
      assertThat(zy[i]).isCloseTo(zx[i], within(1e-6 * (1 + Math.abs(zx[i]))));
    }
  }

  /** Every score is finite, whatever the values (MAD = 0 and all-equal samples included). */
  @Property(tries = 200)
  void scores_finite(@ForAll @Size(min = 1, max = 40) java.util.List<@DoubleRange(min = 0, max = 1e9) Double> xs) {
    double[] z = RobustZ.scores(xs.stream().mapToDouble(Double::doubleValue).toArray());
    for (double v : z) {
      assertThat(Double.isFinite(v)).isTrue();
    }
  }
}
