package org.kolscope.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The labelled generators' random draws have the documented distributions. */
class Draws_DistributionTest {

  private static final int N = 200_000;

  @Test
  void normal_hasMeanZeroAndUnitVariance() {
    Draws d = Draws.of(1, 0, 0);
    List<Double> v = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      v.add(d.normal());
    }
    assertThat(Samples.mean(v)).isBetween(-0.01, 0.01);
    assertThat(Samples.sd(v)).isBetween(0.99, 1.01);
    assertThat(Samples.excessKurtosis(v)).isBetween(-0.1, 0.1);
  }

  /** t₅ quantiles: 0.75 → 0.727, 0.975 → 2.571, 0.995 → 4.032; t₄ 0.995 → 4.604. */
  @Test
  void studentT_hasTheRightQuantiles() {
    Draws d = Draws.of(2, 0, 0);
    List<Double> t5 = new ArrayList<>(), t4 = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      t5.add(d.t(5));
      t4.add(d.t(4));
    }
    assertThat(Samples.quantile(t5, 0.75)).isBetween(0.71, 0.745);
    assertThat(Samples.quantile(t5, 0.975)).isBetween(2.50, 2.65);
    assertThat(Samples.quantile(t5, 0.995)).isBetween(3.85, 4.25);
    assertThat(Samples.quantile(t4, 0.995)).isBetween(4.35, 4.9);
    assertThat(Samples.median(t5)).isBetween(-0.01, 0.01);
  }

  @Test
  void poisson_meanEqualsVariance_smallAndLarge() {
    for (double lambda : new double[] {0.3, 3, 25, 400}) {
      Draws d = Draws.of(3, (long) lambda, 0);
      List<Double> v = new ArrayList<>();
      for (int i = 0; i < 50_000; i++) {
        v.add((double) d.poisson(lambda));
      }
      assertThat(Samples.mean(v)).isBetween(lambda * 0.97 - 0.01, lambda * 1.03 + 0.01);
      double var = Samples.sd(v) * Samples.sd(v);
      assertThat(var).isBetween(lambda * 0.94 - 0.01, lambda * 1.06 + 0.01);
    }
    assertThat(Draws.of(1, 1, 1).poisson(0)).isZero();
  }

  @Test
  void logUniform_staysInRange_withUniformLogs() {
    Draws d = Draws.of(4, 0, 0);
    int below = 0;
    for (int i = 0; i < N; i++) {
      double x = d.logU(1.3, 5);
      assertThat(x).isBetween(1.3, 5.0);
      below += x < Math.sqrt(1.3 * 5) ? 1 : 0;
    }
    assertThat(below / (double) N).isBetween(0.49, 0.51);
  }

  @Test
  void streams_areReproducible_andIndependentOfEachOther() {
    assertThat(Draws.of(9, 1, 5).bits()).isEqualTo(Draws.of(9, 1, 5).bits());
    assertThat(Draws.of(9, 1, 5).bits()).isNotEqualTo(Draws.of(9, 2, 5).bits());
    assertThat(Draws.of(9, 1, 5).bits()).isNotEqualTo(Draws.of(9, 1, 6).bits());
    assertThat(Draws.of(9, 1, 5).hexId(0x6500_0000L)).matches("65000000[0-9a-f]{16}");
  }
}
