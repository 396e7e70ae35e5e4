package org.kolscope.stats.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cheng's sampler against the Beta CDF of Commons Math (its regularized incomplete beta
 * function): the Kolmogorov distance of 100,000 draws must stay within the DKW bound ε = 0.0085,
 * which a correct sampler exceeds with probability below 10<sup>−6</sup>
 * (2·exp(−2·100,000·ε²)). Shapes: the inversion branches (one shape 1), symmetric and skewed BB,
 * and the large shapes of a bootstrap median at n = 1,000 and 100,000.
 */
class ChengBeta_DistributionTest {

  @ParameterizedTest(name = "Beta({0}, {1})")
  @CsvSource({"1, 1", "1, 5", "5, 1", "2, 2", "3.5, 7", "7, 3.5", "500, 501", "50000, 50001"})
  void draws_followTheBetaCdf(double a, double b) {
    ChengBeta s = new ChengBeta(a, b);
    MersenneTwister rng = new MersenneTwister(17);
    int n = 100_000;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = s.sample(rng);
      assertThat(x[i]).isBetween(0.0, 1.0);
    }
    Arrays.sort(x);
    BetaDistribution exact = new BetaDistribution(null, a, b);
    double d = 0;
    for (int i = 0; i < n; i++) {
      double f = exact.cumulativeProbability(x[i]);
      d = Math.max(d, Math.max(Math.abs(f - i / (double) n), Math.abs((i + 1) / (double) n - f)));
    }
    assertThat(d).isLessThan(0.0085);
  }

  @Test
  void shapesBelowOne_rejectedWithValue() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> new ChengBeta(0.5, 2))
        .getMessage()).contains("0.5");
  }
}
