package org.kolscope.stats.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * p-value adjustment on p = [0.01, 0.04, 0.03, 0.005, 0.5, 0.04, 0.2] (ties, unsorted, and a
 * monotonicity step). Expected values (R p.adjust's algorithms) from numpy 2.4.6 / scipy 1.17.1:
 *
 * <pre>
 * p = np.array([0.01,0.04,0.03,0.005,0.5,0.04,0.2]); m = len(p)
 * o = np.argsort(p, kind='stable'); h = np.empty(m)
 * h[o] = np.minimum(1, np.maximum.accumulate((m-np.arange(m))*p[o]))     # holm
 * scipy.stats.false_discovery_control(p, method='bh')                       # bh
 * np.minimum(1, m*p)                                                        # bonferroni
 * </pre>
 *
 * Tolerance abs 1e-15.
 */
class Adjustment_PAdjustTest {
  private static final double[] P = {0.01, 0.04, 0.03, 0.005, 0.5, 0.04, 0.2};

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(Adjustment.HOLM, new double[] {0.06, 0.16, 0.15, 0.035, 0.5, 0.16, 0.4}),
        Arguments.of(
            Adjustment.BH,
            new double[] {
              0.035, 0.055999999999999994, 0.055999999999999994, 0.035, 0.5,
              0.055999999999999994, 0.23333333333333336
            }),
        Arguments.of(
            Adjustment.BONFERRONI, new double[] {0.07, 0.28, 0.21, 0.035, 1.0, 0.28, 1.0}),
        Arguments.of(Adjustment.NONE, P));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sevenPValues_matchPAdjust(Adjustment adj, double[] expected) {
    double[] got = adj.adjust(P);
    assertThat(got).containsExactly(expected, within(1e-15));
    assertThat(P[0]).as("input unchanged").isEqualTo(0.01);
  }

  /**
   * Invariants of the procedures on arbitrary p-values: p ≤ BH ≤ Holm ≤ Bonferroni ≤ 1, and each
   * adjustment keeps the order of the raw p-values.
   */
  @net.jqwik.api.Property(tries = 300)
  void adjustments_orderedAndMonotone(
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.Size(min = 1, max = 25)
          java.util.List<@net.jqwik.api.constraints.DoubleRange(min = 0, max = 1) Double> ps) {
    double[] p = ps.stream().mapToDouble(Double::doubleValue).toArray();
    double[] bh = Adjustment.BH.adjust(p);
    double[] holm = Adjustment.HOLM.adjust(p);
    double[] bonf = Adjustment.BONFERRONI.adjust(p);
    for (int i = 0; i < p.length; i++) {
      assertThat(bh[i]).isGreaterThanOrEqualTo(p[i] - 1e-15).isLessThanOrEqualTo(holm[i] + 1e-15);
      assertThat(holm[i]).isLessThanOrEqualTo(bonf[i] + 1e-15);
      assertThat(bonf[i]).isLessThanOrEqualTo(1.0);
      for (int j = 0; j < p.length; j++) {
        if (p[i] < p[j]) {
          assertThat(bh[i]).isLessThanOrEqualTo(bh[j]);
          assertThat(holm[i]).isLessThanOrEqualTo(holm[j]);
        }
      }
    }
  }

  @Test
  void parse_acceptsCliNames() {
    assertThat(Adjustment.parse("Holm")).isEqualTo(Adjustment.HOLM);
    assertThat(Adjustment.parse("bonferroni")).isEqualTo(Adjustment.BONFERRONI);
    assertThat(Adjustment.parse("bh")).isEqualTo(Adjustment.BH);
    assertThat(Adjustment.parse("fdr")).isEqualTo(Adjustment.BH);
  }

  @Test
  void parse_unknown_namesAllowedValues() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Adjustment.parse("tukey"));
    assertThat(e.getMessage()).contains("'tukey'").contains("holm, bonferroni, bh");
  }

  @Test
  void adjust_pOutsideUnitInterval_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Adjustment.HOLM.adjust(new double[] {0.2, 1.5}));
    assertThat(e.getMessage()).contains("1.5").contains("[0, 1]");
  }

  @Test
  void empty_staysEmpty() {
    assertThat(Adjustment.BH.adjust(new double[0])).isEmpty();
  }
}
