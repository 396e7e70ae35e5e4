package org.kolscope.stats.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/** Percentile bootstrap CI of the median: reproducibility, coverage and argument checks. */
class BootstrapMedianCi_PercentileTest {

  @Test
  void sameSeed_sameInterval_otherSeed_differs() {
    double[] a = ReferenceCases.groupInput("B");
    BootstrapMedianCi.Result r1 = BootstrapMedianCi.compute(a, 42);
    BootstrapMedianCi.Result r2 = BootstrapMedianCi.compute(a, 42);
    BootstrapMedianCi.Result r3 = BootstrapMedianCi.compute(a, 7);
    assertThat(r1).isEqualTo(r2);
    assertThat(r1.resamples()).isEqualTo(2000);
    assertThat(r1.level()).isEqualTo(0.95);
    // median 4.35 from the case file (numpy median / R median of B)
    assertThat(r1.median()).isEqualTo(4.35);
    assertThat(r1.low()).isLessThanOrEqualTo(4.35).isGreaterThanOrEqualTo(2.9);
    assertThat(r1.high()).isGreaterThanOrEqualTo(4.35).isLessThanOrEqualTo(6.3);
    assertThat(new double[] {r3.low(), r3.high()})
        .isNotEqualTo(new double[] {r1.low(), r1.high()});
    assertThat(r1.toString()).contains("95 %").contains("B = 2000").contains("seed 42");
  }

  /**
   * The O(n) count-based median equals the textbook procedure (draw x[nextInt(n)] n times, sort,
   * type-7 median) with the same generator and seed; odd and even n, with ties.
   */
  @Test
  void countBasedMedians_equalSortBasedBootstrap() {
    for (double[] x :
        new double[][] {ReferenceCases.groupInput("A"), ReferenceCases.groupInput("C"),
            {5, 1, 1, 3, 9, 9, 9, 2}}) {
      MersenneTwister rng = new MersenneTwister(11L); // the long constructor, as the class uses
      double[] medians = new double[500];
      for (int b = 0; b < medians.length; b++) {
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
          d[i] = x[rng.nextInt(x.length)];
        }
        java.util.Arrays.sort(d);
        int n = d.length;
        medians[b] = n % 2 == 1 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]) / 2;
      }
      java.util.Arrays.sort(medians);
      BootstrapMedianCi.Result r = BootstrapMedianCi.compute(x, 500, 0.9, 11);
      // type-7 quantile at 0.05 and 0.95 of 500 values: h = 499 p
      double lo = medians[24] + 0.95 * (medians[25] - medians[24]);
      double hi = medians[474] + 0.05 * (medians[475] - medians[474]);
      assertThat(r.low()).isCloseTo(lo, org.assertj.core.api.Assertions.within(1e-12));
      assertThat(r.high()).isCloseTo(hi, org.assertj.core.api.Assertions.within(1e-12));
    }
  }

  @Test
  void allTied_intervalCollapses() {
    BootstrapMedianCi.Result r = BootstrapMedianCi.compute(new double[] {3, 3, 3, 3}, 1);
    assertThat(r.low()).isEqualTo(3.0);
    assertThat(r.high()).isEqualTo(3.0);
  }

  /**
   * Coverage check: 300 standard-normal samples of n = 60, true median 0. The nominal 95 % interval
   * should cover 0 in about 95 % of them; with 300 trials the binomial SD is 1.3 %, so [0.88, 0.99]
   * is a ±5 SD band (the percentile method undercovers slightly for small n).
   */
  @Test
  void normalSamples_coverNearNominal() {
    MersenneTwister rng = new MersenneTwister(2024);
    int covered = 0;
    int trials = 300;
    for (int t = 0; t < trials; t++) {
      double[] x = new double[60];
      for (int i = 0; i < x.length; i++) {
        x[i] = rng.nextGaussian();
      }
      BootstrapMedianCi.Result r = BootstrapMedianCi.compute(x, 1000, 0.95, t);
      if (r.low() <= 0 && 0 <= r.high()) {
        covered++;
      }
    }
    assertThat(covered / (double) trials).isBetween(0.88, 0.99);
  }

  @Test
  void badArguments_rejectedWithValue() {
    double[] x = {1, 2, 3};
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> BootstrapMedianCi.compute(x, 50, 0.95, 1))
                .getMessage())
        .contains("50");
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> BootstrapMedianCi.compute(x, 2000, 1.5, 1))
                .getMessage())
        .contains("1.5").contains("(0, 1)");
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> BootstrapMedianCi.compute(new double[] {1}, 1))
                .getMessage())
        .contains("1 values").contains("at least 2");
  }
}
