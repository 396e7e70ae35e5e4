package org.kolscope.stats.outliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kolscope.stats.outliers.ReferenceCases.doubles;
import static org.kolscope.stats.outliers.ReferenceCases.load;
import static org.kolscope.stats.outliers.ReferenceCases.rel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kolscope.stats.Outlier;
import org.kolscope.stats.Sample;

/**
 * Dixon's r10 against dixon_q_r10.json: ratios recomputed in R 4.2.2 (rel 1e-10), worked examples
 * from Wikipedia (Q = 0.455) and Harvey Ex. 4.22 (Q = 0.882) (abs 5e-4), and the Rorabacher (1991)
 * r10 table for n = 3..10 (exact look-up).
 */
class DixonQ_ReferenceCasesTest {
  private static final JsonNode CASE = load("dixon_q_r10");

  static Stream<JsonNode> cases() {
    List<JsonNode> out = new ArrayList<>();
    CASE.get("expected").forEach(out::add);
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void ratios_matchReference_rel1e10(JsonNode c) {
    double[] sorted = doubles(c.get("x"));
    Arrays.sort(sorted);
    assertThat(rel(DixonQ.ratioLow(sorted, DixonQ.Ratio.R10), c.get("Q_low_(x2-x1)/(xn-x1)").asDouble()))
        .isLessThan(1e-10);
    assertThat(rel(DixonQ.ratioHigh(sorted, DixonQ.Ratio.R10), c.get("Q_high_(xn-xn-1)/(xn-x1)").asDouble()))
        .isLessThan(1e-10);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void decisionsAndCriticalValues_matchReference(JsonNode c) {
    Sample s = Sample.of(doubles(c.get("x")));
    int n = c.get("n").asInt();
    for (String a : new String[] {"0.10", "0.05", "0.01"}) {
      assertThat(DixonQ.criticalValue(DixonQ.Ratio.R10, n, Double.parseDouble(a)))
          .isEqualTo(c.get("Q_crit_table").get("alpha_" + a).asDouble());
    }
    assertThat(DixonQ.test(s, DixonQ.Ratio.R10, Side.MIN, 0.05).rejected())
        .isEqualTo(c.get("reject_low_alpha_0.05").asBoolean());
    assertThat(DixonQ.test(s, DixonQ.Ratio.R10, Side.MAX, 0.05).rejected())
        .isEqualTo(c.get("reject_high_alpha_0.05").asBoolean());
    if (c.has("expected_published")) {
      JsonNode p = c.get("expected_published");
      OutlierTestResult two = DixonQ.test(s, DixonQ.Ratio.R10, Side.TWO, 0.05);
      assertThat(two.statistic()).isCloseTo(p.get("Q").asDouble(), within(5e-4));
      assertThat(two.details().get("suspect value")).isEqualTo(p.get("suspect").asDouble());
    }
  }

  static Stream<Arguments> table() {
    List<Arguments> out = new ArrayList<>();
    CASE.get("critical_value_table_r10")
        .fields()
        .forEachRemaining(
            col -> {
              double a = Double.parseDouble(col.getKey().substring("alpha_".length()));
              if (a == 0.10 || a == 0.05 || a == 0.01) {
                col.getValue()
                    .fields()
                    .forEachRemaining(
                        f -> out.add(Arguments.of(a, Integer.parseInt(f.getKey()), f.getValue().asDouble())));
              }
            });
    return out.stream();
  }

  @ParameterizedTest(name = "alpha {0}, n = {1}")
  @MethodSource("table")
  void r10Table_matchesRorabacher(double alpha, int n, double expected) {
    assertThat(DixonQ.criticalValue(DixonQ.Ratio.R10, n, alpha)).isEqualTo(expected);
  }

  @Test
  void wikipediaExample_outlierAt90NotAt95() {
    // Wikipedia "Dixon's Q test": Q = 0.455 > Q90 = 0.412 but < Q95 = 0.466
    Sample s = Sample.of(doubles(CASE.get("expected").get(0).get("x")));
    assertThat(DixonQ.test(s, DixonQ.Ratio.R10, Side.TWO, 0.10).outliers())
        .extracting(Outlier::value)
        .containsExactly(0.167);
    assertThat(DixonQ.test(s, DixonQ.Ratio.R10, Side.TWO, 0.05).rejected()).isFalse();
  }

  @Test
  void tiesSpanningTheDenominator_warnInsteadOfFlagging() {
    // r22 low end: (x3 - x1)/(x(n-2) - x1) = 0/0 when the first n - 2 sorted values are equal
    Sample s = Sample.of(2, 2, 2, 2, 2, 2, 9, 10);
    OutlierTestResult r = DixonQ.test(s, DixonQ.Ratio.R22, Side.MIN, 0.05);
    assertThat(r.rejected()).isFalse();
    assertThat(r.warnings()).anyMatch(w -> w.contains("0/0"));
  }

  @Test
  void otherRatios_useTheirDefinitions() {
    // sorted 1,2,3,4,5,6,7,8,9,20 (n = 10): high end
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 20};
    assertThat(DixonQ.ratioHigh(x, DixonQ.Ratio.R11)).isEqualTo((20.0 - 9) / (20 - 2));
    assertThat(DixonQ.ratioHigh(x, DixonQ.Ratio.R21)).isEqualTo((20.0 - 8) / (20 - 2));
    assertThat(DixonQ.ratioHigh(x, DixonQ.Ratio.R22)).isEqualTo((20.0 - 8) / (20 - 3));
    assertThat(DixonQ.ratioLow(x, DixonQ.Ratio.R22)).isEqualTo((3.0 - 1) / (8 - 1));
    // Rorabacher (1991) Table II: r11 n=10 alpha .05 = 0.534; r21 n=13 = 0.565; r22 n=30 = 0.414
    assertThat(DixonQ.criticalValue(DixonQ.Ratio.R11, 10, 0.05)).isEqualTo(0.534);
    assertThat(DixonQ.criticalValue(DixonQ.Ratio.R21, 13, 0.05)).isEqualTo(0.565);
    assertThat(DixonQ.criticalValue(DixonQ.Ratio.R22, 30, 0.05)).isEqualTo(0.414);
    assertThat(DixonQ.Ratio.RECOMMENDED.forN(9)).isEqualTo(DixonQ.Ratio.R11);
    assertThat(DixonQ.Ratio.RECOMMENDED.forN(20)).isEqualTo(DixonQ.Ratio.R22);
  }
}
