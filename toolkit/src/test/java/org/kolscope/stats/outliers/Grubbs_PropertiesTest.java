package org.kolscope.stats.outliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.kolscope.stats.Sample;

/** Properties linking Grubbs' critical value, p-value and the generalized ESD. */
class Grubbs_PropertiesTest {

  private static double[] values(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static boolean constant(double[] x) {
    for (double v : x) {
      if (v != x[0]) {
        return false;
      }
    }
    return true;
  }

  @Property(tries = 200)
  void rejectsExactlyWhenPValueBelowAlpha(
      @ForAll @Size(min = 3, max = 40) List<@DoubleRange(min = -1000, max = 1000) Double> xs,
      @ForAll @DoubleRange(min = 0.001, max = 0.5) @net.jqwik.api.constraints.Scale(4) double alpha) {
    double[] x = values(xs);
    if (constant(x)) {
      return;
    }
    OutlierTestResult r = Grubbs.test(Sample.of(x), Side.TWO, alpha);
    // the p-value is the exact inverse of the critical value, so the decisions agree (away from ties)
    if (Math.abs(r.pValue() - alpha) > 1e-9 * alpha) {
      assertThat(r.rejected()).isEqualTo(r.pValue() < alpha);
    }
  }

  @Property(tries = 100)
  void esdWithOneStep_decidesLikeGrubbs(
      @ForAll @Size(min = 3, max = 40) List<@DoubleRange(min = -50, max = 50) Double> xs) {
    double[] x = values(xs);
    if (constant(x)) {
      return;
    }
    OutlierTestResult esd = GeneralizedEsd.test(Sample.of(x), 1, Side.TWO, 0.05);
    OutlierTestResult g = Grubbs.test(Sample.of(x), Side.TWO, 0.05);
    // lambda_1 is Grubbs' two-sided critical value; R_1 is G
    assertThat(esd.steps().get(0).criticalValue()).isCloseTo(g.criticalValue(), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(esd.rejected()).isEqualTo(g.rejected());
  }

  @Property(tries = 50)
  void criticalValue_belowTheLargestPossibleG(
      @ForAll @IntRange(min = 3, max = 500) int n, @ForAll @DoubleRange(min = 0.001, max = 0.5) @net.jqwik.api.constraints.Scale(4) double alpha) {
    // G can never exceed (n - 1)/sqrt(n) (Samuelson's inequality)
    assertThat(Grubbs.criticalValue(n, alpha, Side.TWO)).isLessThan((n - 1) / Math.sqrt(n));
    assertThat(Grubbs.criticalValue(n, alpha, Side.MAX)).isLessThanOrEqualTo(Grubbs.criticalValue(n, alpha, Side.TWO));
  }
}
