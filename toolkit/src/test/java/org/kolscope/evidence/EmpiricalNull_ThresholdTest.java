package org.kolscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EmpiricalNull_ThresholdTest {
  /** Expected: scipy 1.10.1 {@code norm.isf(alpha / kinds)}; tolerance 1e-9. */
  @ParameterizedTest
  @CsvSource({"0.01, 3, 2.713051888472718", "0.03, 3, 2.3263478740408408",
      "0.01, 1, 2.3263478740408408", "0.05, 2, 1.9599639845400545"})
  void threshold_isTheNormalQuantile_bonferroniOverKinds(double alpha, int kinds, double scipy) {
    assertThat(EmpiricalNull.threshold(alpha, kinds)).isCloseTo(scipy, within(1e-9));
  }

  @Test
  void badRate_rejectedQuotingIt() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> EmpiricalNull.threshold(0.7, 3)))
        .hasMessageContaining("0.7");
    assertThrows(IllegalArgumentException.class, () -> EmpiricalNull.threshold(0.01, 0));
  }

  @Test
  void shiftedScaledScores_standardisedByTheirOwnCentreAndSpread() {
    SplittableRandom rnd = new SplittableRandom(3);
    double[] t = new double[20_000];
    for (int i = 0; i < t.length; i++) {
      t[i] = 0.5 + 2 * gaussian(rnd);
    }
    EmpiricalNull nu = EmpiricalNull.of(t);
    // median and MAD × 1.4826 of N(0.5, 2²); tolerances ≈ 4 standard errors at n = 20,000
    assertThat(nu.centre()).isCloseTo(0.5, within(0.06));
    assertThat(nu.scale()).isCloseTo(2.0, within(0.08));
    assertThat(nu.standardise(4.5)).isCloseTo(2.0, within(0.1));
  }

  @Test
  void heavyLowerTail_raisesTheThresholdByMirroring() {
    // a t(3) null: its 0.33 % lower quantile is far below the normal's, so the mirrored threshold wins
    SplittableRandom rnd = new SplittableRandom(5);
    double[] t = new double[30_000];
    for (int i = 0; i < t.length; i++) {
      double g = gaussian(rnd);
      double chi = 0;
      for (int j = 0; j < 3; j++) {
        double h = gaussian(rnd);
        chi += h * h;
      }
      t[i] = g / Math.sqrt(chi / 3);
    }
    EmpiricalNull nu = EmpiricalNull.of(t);
    assertThat(nu.thresholdFor(0.01, 3)).isGreaterThan(EmpiricalNull.threshold(0.01, 3) + 0.5);
  }

  @Test
  void fewScores_theoreticalNull() {
    EmpiricalNull nu = EmpiricalNull.of(new double[] {5, 6, 7});
    assertThat(nu.centre()).isZero();
    assertThat(nu.scale()).isEqualTo(1);
    assertThat(nu.thresholdFor(0.01, 3)).isEqualTo(EmpiricalNull.threshold(0.01, 3));
  }

  static double gaussian(SplittableRandom r) {
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }
}
