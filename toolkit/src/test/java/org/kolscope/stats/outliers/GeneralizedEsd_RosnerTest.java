package org.kolscope.stats.outliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kolscope.stats.outliers.ReferenceCases.doubles;
import static org.kolscope.stats.outliers.ReferenceCases.ints;
import static org.kolscope.stats.outliers.ReferenceCases.load;
import static org.kolscope.stats.outliers.ReferenceCases.rel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kolscope.stats.Outlier;
import org.kolscope.stats.Sample;

/**
 * Generalized ESD against gesd_rosner_nist.json: NIST e-Handbook 1.3.5.17.3 (Rosner 1983, 54
 * values, r = 10, alpha = 0.05); computed values from R 4.2.2 {@code qt} / mpmath. Tolerances from
 * the file: R_i rel 1e-10, lambda_i rel 1e-8; NIST's printed numbers are truncated to 3 dp, so 0 ≤
 * computed − printed &lt; 1e-3.
 */
class GeneralizedEsd_RosnerTest {
  private static final JsonNode CASE = load("gesd_rosner_nist");

  private static OutlierTestResult run() {
    return GeneralizedEsd.test(Sample.of(doubles(CASE.get("input").get("x"))), 10, Side.TWO, 0.05);
  }

  static IntStream steps() {
    return IntStream.range(0, 10);
  }

  @ParameterizedTest(name = "step {0}")
  @MethodSource("steps")
  void stepStatistics_matchReference(int i) {
    Step st = run().steps().get(i);
    JsonNode e = CASE.get("expected");
    assertThat(rel(st.statistic(), e.get("R").get(i).asDouble())).isLessThan(1e-10);
    assertThat(rel(st.criticalValue(), e.get("lam").get(i).asDouble())).isLessThan(1e-8);
    assertThat(st.candidate().index()).isEqualTo(e.get("removed_index_0based").get(i).asInt());
    assertThat(st.candidate().value()).isEqualTo(e.get("removed_value").get(i).asDouble());
  }

  @ParameterizedTest(name = "step {0}")
  @MethodSource("steps")
  void stepStatistics_matchNistTruncatedTable(int i) {
    Step st = run().steps().get(i);
    JsonNode p = CASE.get("expected_published");
    assertThat(st.statistic() - p.get("R_i").get(i).asDouble()).isBetween(0.0, 1e-3);
    assertThat(st.criticalValue() - p.get("lambda_i").get(i).asDouble()).isBetween(0.0, 1e-3);
  }

  @Test
  void threeOutliersDeclared_althoughR1IsBelowLambda1() {
    OutlierTestResult r = run();
    assertThat(r.nOutliers()).isEqualTo(CASE.get("expected").get("n_outliers").asInt());
    assertThat(r.outliers())
        .extracting(Outlier::index)
        .containsExactlyElementsOf(ints(CASE.get("expected").get("removed_index_0based")).subList(0, 3));
    assertThat(r.steps().get(0).exceeds()).isFalse();
    // the reported statistic is the deciding step's (i = 3)
    assertThat(r.statistic()).isEqualTo(r.steps().get(2).statistic());
  }

  @Test
  void stepsTable_oneRowPerStep() {
    var t = run().stepsTable();
    assertThat(t.rowCount()).isEqualTo(10);
    assertThat(t.columnNames()).containsExactly("r", "statistic", "critical_value", "index", "value");
    assertThat(t.doubleColumn("value").get(0)).isEqualTo(6.01);
    assertThat(run().toString()).contains("steps:").contains("outliers (3)");
  }

  @Test
  void populationSd_isNotWhatWeCompute() {
    double wrong = CASE.get("R_i_if_population_sd_used_WRONG").get(0).asDouble();
    assertThat(rel(run().steps().get(0).statistic(), wrong)).isGreaterThan(1e-4);
  }
}
