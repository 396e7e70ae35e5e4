package org.kolscope.stats.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dunn's test on groups A, B, C of {@code group_tests_engagement.json} (with ties). No library on
 * the machine has Dunn's test (no R, no scikit-posthocs), so the expected values come from this
 * one-off script (numpy 2.4.6, scipy 1.17.1), which follows Dunn (1964) with the tie-corrected
 * variance, independently of the Java code:
 *
 * <pre>
 * import json, itertools
 * import numpy as np
 * from scipy.stats import rankdata, norm, false_discovery_control
 * d = json.load(open('toolkit/src/test/resources/reference/cases/group_tests_engagement.json'))['input']
 * groups = [np.array(d[k]) for k in ('A', 'B', 'C')]
 * x = np.concatenate(groups); N = len(x)
 * r = rankdata(x)                       # mid-ranks
 * _, t = np.unique(x, return_counts=True)
 * sigma2 = N*(N+1)/12 - np.sum(t**3 - t)/(12*(N-1))
 * idx = np.cumsum([0]+[len(g) for g in groups])
 * mr = [r[idx[i]:idx[i+1]].mean() for i in range(3)]
 * z, p = [], []
 * for i, j in itertools.combinations(range(3), 2):
 *     zz = (mr[i]-mr[j])/np.sqrt(sigma2*(1/len(groups[i])+1/len(groups[j])))
 *     z.append(zz); p.append(2*norm.sf(abs(zz)))
 * p = np.array(p); m = len(p)
 * bonf = np.minimum(1, m*p)
 * o = np.argsort(p); holm = np.empty(m)
 * holm[o] = np.minimum(1, np.maximum.accumulate((m-np.arange(m))*p[o]))
 * bh = false_discovery_control(p, method='bh')
 * </pre>
 *
 * Output: sigma2 = 82.4; pairs (A,B), (A,C), (B,C). Tolerance: rel 1e-10 for z, 1e-8 for p.
 */
class Dunn_ReferenceTest {
  private static final List<double[]> ABC =
      List.of(
          ReferenceCases.groupInput("A"),
          ReferenceCases.groupInput("B"),
          ReferenceCases.groupInput("C"));
  private static final double[] Z = {-2.7336607392047987, 1.7449365473256973, 4.472589557185954};
  private static final double[] P = {0.00626345433501776, 0.0809959147147624, 7.727801844701784e-06};

  static Stream<Arguments> adjustments() {
    return Stream.of(
        Arguments.of(
            Adjustment.BONFERRONI,
            new double[] {0.01879036300505328, 0.2429877441442872, 2.3183405534105352e-05}),
        Arguments.of(
            Adjustment.HOLM,
            new double[] {0.01252690867003552, 0.0809959147147624, 2.3183405534105352e-05}),
        Arguments.of(
            Adjustment.BH,
            new double[] {0.00939518150252664, 0.0809959147147624, 2.3183405534105352e-05}),
        Arguments.of(Adjustment.NONE, P));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adjustments")
  void threeTiedGroups_matchDunn1964(Adjustment adj, double[] expectedAdjusted) {
    Dunn.Result r = Dunn.test(ABC, List.of("A", "B", "C"), adj);
    assertThat(r.sigma2()).isCloseTo(82.4, within(82.4 * 1e-12));
    assertThat(r.pairs()).hasSize(3);
    for (int i = 0; i < 3; i++) {
      Dunn.Pair p = r.pairs().get(i);
      assertThat(p.z()).isCloseTo(Z[i], within(Math.abs(Z[i]) * 1e-10));
      assertThat(p.pValue()).isCloseTo(P[i], within(P[i] * 1e-8));
      assertThat(p.pAdjusted())
          .isCloseTo(expectedAdjusted[i], within(expectedAdjusted[i] * 1e-8));
    }
    assertThat(r.pairs().get(0).a()).isEqualTo("A");
    assertThat(r.pairs().get(0).b()).isEqualTo("B");
    assertThat(r.pairs().get(2).a()).isEqualTo("B");
  }

  @Test
  void result_tableHasOneRowPerPair() {
    Dunn.Result r = Dunn.test(ABC, Adjustment.HOLM);
    assertThat(r.toTable().rowCount()).isEqualTo(3);
    assertThat(r.toTable().doubleColumn("z").get(2)).isEqualTo(r.pairs().get(2).z());
    assertThat(r.toString()).contains("1 vs 2").contains("holm");
  }
}
