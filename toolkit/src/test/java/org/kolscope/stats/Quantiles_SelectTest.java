package org.kolscope.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link Quantiles#quantile} selects the two order statistics above {@link Quantiles#SELECT_FROM}
 * values instead of sorting: it must give exactly what the sorted sample gives (same bits), for
 * ties, signed zeros and infinities too, and leave its input alone.
 */
class Quantiles_SelectTest {
  /** The definition, from a full sort (what quantile did before selection). */
  private static double bySort(double[] v, double p) {
    return Quantiles.quantileSorted(Quantiles.sortedCopy(v), p);
  }

  @Property(tries = 400)
  void quantile_sameBitsAsTheSortedSample(@ForAll @IntRange(min = 1, max = 3000) int n,
      @ForAll @DoubleRange(min = 0, max = 1) double p, @ForAll long seed, @ForAll @IntRange(min = 1, max = 50) int distinct) {
    Random r = new Random(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      // few distinct values half the time: long runs of ties
      v[i] = r.nextBoolean() ? r.nextInt(distinct) - distinct / 2.0 : r.nextGaussian() * 1e3;
    }
    double[] before = v.clone();
    assertThat(Double.doubleToRawLongBits(Quantiles.quantile(v, p)))
        .as("n=%d p=%s", n, p).isEqualTo(Double.doubleToRawLongBits(bySort(v, p)));
    assertThat(v).as("input unchanged").isEqualTo(before);
  }

  @Test
  void signedZerosAndInfinities_orderedAsArraysSort() {
    double[] v = new double[200];
    for (int i = 0; i < v.length; i++) {
      v[i] = switch (i % 5) {
        case 0 -> -0.0;
        case 1 -> 0.0;
        case 2 -> Double.NEGATIVE_INFINITY;
        case 3 -> Double.POSITIVE_INFINITY;
        default -> i;
      };
    }
    for (double p : new double[] {0, 0.2, 0.3, 0.39, 0.4, 0.41, 0.5, 0.6, 1}) {
      assertThat(Double.doubleToRawLongBits(Quantiles.quantile(v, p))).as("p=%s", p)
          .isEqualTo(Double.doubleToRawLongBits(bySort(v, p)));
    }
  }

  @Test
  void select_putsTheKthSmallestInPlace() {
    double[] v = new Random(7).doubles(1001).toArray();
    double[] sorted = v.clone();
    Arrays.sort(sorted);
    for (int k : new int[] {0, 1, 500, 999, 1000}) {
      double[] a = v.clone();
      assertThat(Quantiles.select(a, k)).isEqualTo(sorted[k]);
      assertThat(a[k]).isEqualTo(sorted[k]);
      for (int i = 0; i < k; i++) {
        assertThat(a[i]).isLessThanOrEqualTo(a[k]);
      }
    }
  }

  @Test
  void medianAndMad_largeSample_matchTheirDefinitions() {
    // 2,001 values 0..2000 shuffled: median 1000; |x - 1000| has median 500
    double[] v = new double[2001];
    for (int i = 0; i < v.length; i++) {
      v[i] = i;
    }
    Random r = new Random(3);
    for (int i = v.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      double t = v[i];
      v[i] = v[j];
      v[j] = t;
    }
    assertThat(Quantiles.median(v)).isEqualTo(1000.0);
    assertThat(Quantiles.mad(v)).isEqualTo(500.0);
  }
}
