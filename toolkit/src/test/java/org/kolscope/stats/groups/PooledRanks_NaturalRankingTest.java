package org.kolscope.stats.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The pooled rank sums against Commons Math's {@link NaturalRanking} (average ranks for ties),
 * the library the sums were computed with before: heavy ties, no ties, one-value groups.
 */
class PooledRanks_NaturalRankingTest {

  @ParameterizedTest
  @ValueSource(ints = {3, 20, 1_000_000})
  void rankSums_equalNaturalRankingsAverageRanks(int distinctValues) {
    Random r = new Random(distinctValues);
    List<double[]> groups = new ArrayList<>();
    for (int g = 0; g < 7; g++) {
      double[] x = new double[g == 3 ? 1 : 50 + r.nextInt(400)];
      for (int i = 0; i < x.length; i++) {
        x[i] = r.nextInt(distinctValues) * 0.25 - 1;
      }
      groups.add(x);
    }
    int n = groups.stream().mapToInt(x -> x.length).sum();
    double[] pooled = new double[n];
    int at = 0;
    for (double[] x : groups) {
      System.arraycopy(x, 0, pooled, at, x.length);
      at += x.length;
    }
    double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(pooled);
    PooledRanks p = PooledRanks.of(groups);
    at = 0;
    for (int g = 0; g < groups.size(); g++) {
      double want = 0;
      for (int i = 0; i < groups.get(g).length; i++) {
        want += ranks[at++];
      }
      // sums of half-integers below 2^53: exact in doubles, whichever order they are added in
      assertThat(p.rankSums()[g]).as("group %d", g).isCloseTo(want, within(1e-9));
      assertThat(p.sizes()[g]).isEqualTo(groups.get(g).length);
    }
    assertThat(p.n()).isEqualTo(n);
    assertThat(p.tieSum()).isEqualTo(PooledRanks.tieSum(pooled));
  }

  @Test
  void nan_rejectedWithGroupAndPosition() {
    List<double[]> groups = List.of(new double[] {1, 2}, new double[] {3, Double.NaN});
    assertThat(assertThrows(IllegalArgumentException.class, () -> PooledRanks.of(groups))
        .getMessage()).contains("group 2").contains("position 1");
  }
}
