package org.kolscope.stats.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Percentile bootstrap CI of the median: reproducibility, coverage and argument checks. */
class BootstrapMedianCi_PercentileTest {

  @Test
  void sameSeed_sameInterval_otherSeed_otherDraws() {
    double[] a = ReferenceCases.groupInput("B");
    BootstrapMedianCi.Result r1 = BootstrapMedianCi.compute(a, 42);
    BootstrapMedianCi.Result r2 = BootstrapMedianCi.compute(a, 42);
    assertThat(r1).isEqualTo(r2);
    assertThat(r1.resamples()).isEqualTo(2000);
    assertThat(r1.level()).isEqualTo(0.95);
    // median 4.35 from the case file (numpy median / R median of B)
    assertThat(r1.median()).isEqualTo(4.35);
    assertThat(r1.low()).isLessThanOrEqualTo(4.35).isGreaterThanOrEqualTo(2.9);
    assertThat(r1.high()).isGreaterThanOrEqualTo(4.35).isLessThanOrEqualTo(6.3);
    // the interval's ends sit on the sample's discrete support, so two seeds may give the same
    // ends; the draws themselves differ
    double[] sorted = a.clone();
    Arrays.sort(sorted);
    assertThat(BootstrapMedianCi.resampleMedians(sorted, 2000, 7))
        .isNotEqualTo(BootstrapMedianCi.resampleMedians(sorted, 2000, 42));
    assertThat(r1.toString()).contains("95 %").contains("B = 2000").contains("seed 42");
  }

  /**
   * The order-statistic draws give the bootstrap distribution of the median itself: for small
   * samples (odd and even n, with ties) every one of the n<sup>n</sup> equally likely resamples is
   * enumerated, its type-7 median taken by sorting, and the exact CDF compared with that of
   * 200,000 drawn medians at every support point. Tolerance: the Dvoretzky–Kiefer–Wolfowitz bound,
   * P(sup |F<sub>B</sub> − F| &gt; ε) ≤ 2 exp(−2Bε²), so ε = 0.006 fails a correct sampler with
   * probability below 10<sup>−6</sup>.
   */
  @ParameterizedTest
  @MethodSource("smallSamples")
  void drawnMedians_matchEnumeratedBootstrapDistribution(double[] x) {
    int n = x.length;
    TreeMap<Double, Double> exact = new TreeMap<>();
    int[] idx = new int[n];
    double p = Math.pow(n, -n);
    for (long r = 0; r < (long) Math.pow(n, n); r++) {
      long c = r;
      double[] d = new double[n];
      for (int i = 0; i < n; i++) {
        idx[i] = (int) (c % n);
        c /= n;
        d[i] = x[idx[i]];
      }
      Arrays.sort(d);
      double m = n % 2 == 1 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]) / 2;
      exact.merge(m, p, Double::sum);
    }
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    double[] drawn = BootstrapMedianCi.resampleMedians(sorted, 200_000, 5);
    Arrays.sort(drawn);
    assertThat(maxCdfGap(drawn, exact)).isLessThan(0.006);
  }

  static Stream<double[]> smallSamples() {
    return Stream.of(
        new double[] {3, 1, 2, 7},
        new double[] {5, 1, 1, 3, 9},
        new double[] {0.5, 4, 2, 2, 8, 1},
        new double[] {10, 20, 30, 40, 50, 60, 70});
  }

  /**
   * Large odd n, where enumeration is out of reach: the resample median is the k-th order
   * statistic, and P(median ≤ x<sub>(j)</sub>) = P(Binomial(n, j/n) ≥ k) for distinct values
   * (B. Efron, Ann. Statist. 7 (1979) 1–26, §3; J. S. Maritz and R. G. Jarrett, JASA 73 (1978)
   * 194–196),
   * from Commons Math's binomial CDF. Same DKW tolerance.
   */
  @Test
  void drawnMedians_largeOddSample_matchBinomialOrderStatisticLaw() {
    int n = 1001;
    int k = (n + 1) / 2;
    double[] sorted = new double[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = Math.log1p(i); // distinct, ascending
    }
    TreeMap<Double, Double> exact = new TreeMap<>();
    double previous = 0;
    for (int j = 1; j <= n; j++) {
      double cdf = 1 - new BinomialDistribution(null, n, j / (double) n).cumulativeProbability(k - 1);
      exact.put(sorted[j - 1], cdf - previous);
      previous = cdf;
    }
    double[] drawn = BootstrapMedianCi.resampleMedians(sorted, 200_000, 9);
    Arrays.sort(drawn);
    assertThat(maxCdfGap(drawn, exact)).isLessThan(0.006);
  }

  /** sup over the support of |empirical CDF of the sorted draws − exact CDF|. */
  private static double maxCdfGap(double[] sortedDraws, TreeMap<Double, Double> exact) {
    double cdf = 0;
    double gap = 0;
    for (Map.Entry<Double, Double> e : exact.entrySet()) {
      cdf += e.getValue();
      int below = upperBound(sortedDraws, e.getKey());
      gap = Math.max(gap, Math.abs(below / (double) sortedDraws.length - cdf));
    }
    return gap;
  }

  /** The number of values ≤ v in a sorted array (values equal to a support point within 1e-12). */
  private static int upperBound(double[] a, double v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] <= v + 1e-12) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
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
