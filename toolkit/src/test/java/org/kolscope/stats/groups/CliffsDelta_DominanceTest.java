package org.kolscope.stats.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cliff's delta. Expected values by brute force over all pairs in numpy 2.4.6:
 * {@code s = np.sign(x[:,None] - y[None,:]); s.mean(), (s>0).sum(), (s<0).sum()} on the samples of
 * {@code group_tests_engagement.json}. Tolerance abs 1e-15.
 */
class CliffsDelta_DominanceTest {

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource({
    "A, B, -0.8333333333333334, 8, 108, large",
    "A, C, 0.6666666666666666, 73, 13, large",
    "B, C, 0.9907407407407407, 107, 0, large",
    "D_tie_free, E_tie_free, -0.8055555555555556, 7, 65, large"
  })
  void referenceSamples_matchBruteForce(
      String a, String b, double delta, long greater, long less, String magnitude) {
    CliffsDelta.Result r =
        CliffsDelta.of(ReferenceCases.groupInput(a), ReferenceCases.groupInput(b));
    assertThat(r.delta()).isCloseTo(delta, within(1e-15));
    assertThat(r.greater()).isEqualTo(greater);
    assertThat(r.less()).isEqualTo(less);
    assertThat(r.magnitude()).isEqualTo(magnitude);
    assertThat(r.toString()).contains(magnitude);
  }

  /** The sorted-search count equals the O(nm) definition on arbitrary samples with ties. */
  @Property(tries = 200)
  void sortedCount_equalsPairwiseDefinition(
      @ForAll @Size(min = 2, max = 30) java.util.List<@DoubleRange(min = 0, max = 5) Double> xs,
      @ForAll @Size(min = 2, max = 30) java.util.List<@DoubleRange(min = 0, max = 5) Double> ys) {
    double[] x = xs.stream().mapToDouble(v -> Math.rint(v * 2) / 2).toArray();
    double[] y = ys.stream().mapToDouble(v -> Math.rint(v * 2) / 2).toArray();
    long gt = 0;
    long lt = 0;
    for (double u : x) {
      for (double v : y) {
        gt += u > v ? 1 : 0;
        lt += u < v ? 1 : 0;
      }
    }
    CliffsDelta.Result r = CliffsDelta.of(x, y);
    assertThat(r.greater()).isEqualTo(gt);
    assertThat(r.less()).isEqualTo(lt);
    assertThat(r.delta()).isCloseTo((double) (gt - lt) / (x.length * y.length), within(1e-15));
  }

  /** For two independent samples the rank-biserial correlation equals Cliff's delta (Kerby 2014). */
  @Property(tries = 100)
  void rankBiserial_equalsDelta(
      @ForAll @Size(min = 2, max = 20) java.util.List<@DoubleRange(min = 0, max = 3) Double> xs,
      @ForAll @Size(min = 2, max = 20) java.util.List<@DoubleRange(min = 0, max = 3) Double> ys) {
    double[] x = xs.stream().mapToDouble(v -> Math.rint(v * 4) / 4).toArray();
    double[] y = ys.stream().mapToDouble(v -> Math.rint(v * 4) / 4 + 0.125).toArray();
    assertThat(MannWhitney.test(x, y).rankBiserial())
        .isCloseTo(CliffsDelta.of(x, y).delta(), within(1e-12));
  }
}
