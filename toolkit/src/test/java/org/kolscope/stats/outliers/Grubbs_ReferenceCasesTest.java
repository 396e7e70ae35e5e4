package org.kolscope.stats.outliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kolscope.stats.outliers.ReferenceCases.doubles;
import static org.kolscope.stats.outliers.ReferenceCases.load;
import static org.kolscope.stats.outliers.ReferenceCases.rel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kolscope.stats.Outlier;
import org.kolscope.stats.Sample;

/**
 * Grubbs against grubbs_uranium_nist.json (NIST e-Handbook 1.3.5.17.1) and
 * grubbs_pennies_harvey.json (Harvey 2000, Ex. 4.22); expected values from R 4.2.2 {@code qt} /
 * mpmath as documented in the files. Tolerances as the files state: G rel 1e-10, critical values
 * rel 1e-8, p-values rel 1e-8; published G abs 1e-4, published critical values abs 5e-4.
 */
class Grubbs_ReferenceCasesTest {

  @ParameterizedTest
  @ValueSource(strings = {"grubbs_uranium_nist", "grubbs_pennies_harvey"})
  void statistics_matchReference_rel1e10(String name) {
    JsonNode c = load(name);
    double[] x = doubles(c.get("input").get("x"));
    JsonNode e = c.get("expected");
    assertThat(rel(Grubbs.statistic(x, Side.MAX), e.get("G_max").asDouble())).isLessThan(1e-10);
    assertThat(rel(Grubbs.statistic(x, Side.MIN), e.get("G_min").asDouble())).isLessThan(1e-10);
    assertThat(rel(Grubbs.statistic(x, Side.TWO), e.get("G_two_sided").asDouble()))
        .isLessThan(1e-10);
    // the population-SD value must NOT be reproduced
    assertThat(Grubbs.statistic(x, Side.MAX))
        .isNotCloseTo(e.get("G_max_if_population_sd_used_WRONG").asDouble(), within(1e-3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"grubbs_uranium_nist", "grubbs_pennies_harvey"})
  void criticalValues_matchReference_rel1e8(String name) {
    JsonNode c = load(name);
    int n = c.get("expected").get("n").asInt();
    JsonNode crit = c.get("expected").get("critical");
    for (double a : new double[] {0.05, 0.01}) {
      JsonNode at = crit.get("alpha_" + a);
      assertThat(rel(Grubbs.criticalValue(n, a, Side.TWO), at.get("two_sided").asDouble()))
          .as("two-sided %s", a)
          .isLessThan(1e-8);
      assertThat(rel(Grubbs.criticalValue(n, a, Side.MAX), at.get("one_sided").asDouble()))
          .as("one-sided %s", a)
          .isLessThan(1e-8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"grubbs_uranium_nist", "grubbs_pennies_harvey"})
  void pValues_matchBonferroniReference_rel1e8(String name) {
    JsonNode c = load(name);
    Sample s = Sample.of(doubles(c.get("input").get("x")));
    JsonNode p = c.get("expected").get("p_value_bonferroni");
    assertThat(rel(Grubbs.test(s, Side.MAX, 0.05).pValue(), p.get("max_one_sided").asDouble()))
        .isLessThan(1e-8);
    assertThat(rel(Grubbs.test(s, Side.MIN, 0.05).pValue(), p.get("min_one_sided").asDouble()))
        .isLessThan(1e-8);
    assertThat(rel(Grubbs.test(s, Side.TWO, 0.05).pValue(), p.get("two_sided").asDouble()))
        .isLessThan(1e-8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"grubbs_uranium_nist", "grubbs_pennies_harvey"})
  void decisions_matchReference(String name) {
    JsonNode c = load(name);
    Sample s = Sample.of(doubles(c.get("input").get("x")));
    JsonNode r = c.get("expected").get("reject_at_0.05");
    assertThat(Grubbs.test(s, Side.MAX, 0.05).rejected()).isEqualTo(r.get("max_one_sided").asBoolean());
    assertThat(Grubbs.test(s, Side.MIN, 0.05).rejected()).isEqualTo(r.get("min_one_sided").asBoolean());
    OutlierTestResult two = Grubbs.test(s, Side.TWO, 0.05);
    assertThat(two.rejected()).isEqualTo(r.get("two_sided").asBoolean());
    assertThat(two.outliers().get(0).value())
        .isEqualTo(c.get("expected").get("suspect_value_two_sided").asDouble());
  }

  @Test
  void uranium_matchesNistPublishedDigits() {
    // NIST 1.3.5.17.1: G = 2.4687 (truncated), upper one-tailed critical value 2.032 at alpha 0.05
    JsonNode c = load("grubbs_uranium_nist");
    Sample s = Sample.of(doubles(c.get("input").get("x")));
    OutlierTestResult r = Grubbs.test(s, Side.MAX, 0.05);
    assertThat(r.statistic()).isCloseTo(2.4687, within(1e-4));
    assertThat(r.criticalValue()).isCloseTo(2.032, within(5e-4));
    assertThat(r.outliers()).extracting(Outlier::index).containsExactly(7);
    // LibreTexts Appendix 7, two-sided n = 8: 2.126 -- printed truncated (2.12664...), so
    // 0 <= computed - printed < 1e-3
    assertThat(Grubbs.test(s, Side.TWO, 0.05).criticalValue() - 2.126).isBetween(0.0, 1e-3);
  }

  static Stream<Arguments> criticalTable() {
    JsonNode e = load("grubbs_critical_values").get("expected");
    List<Arguments> out = new ArrayList<>();
    e.fields()
        .forEachRemaining(
            f -> {
              int n = Integer.parseInt(f.getKey());
              for (String key : new String[] {"two_sided_0.05", "two_sided_0.01", "one_sided_0.05", "one_sided_0.01"}) {
                out.add(Arguments.of(n, key, f.getValue().get(key).asDouble()));
              }
            });
    return out.stream();
  }

  @ParameterizedTest(name = "n = {0}, {1}")
  @MethodSource("criticalTable")
  void criticalValueTable_n3to30_rel1e8(int n, String key, double expected) {
    Side side = key.startsWith("two") ? Side.TWO : Side.MAX;
    double alpha = Double.parseDouble(key.substring(key.lastIndexOf('_') + 1));
    assertThat(rel(Grubbs.criticalValue(n, alpha, side), expected)).isLessThan(1e-8);
  }

  @Test
  void iterated_removesOneOutlierThenStops() {
    JsonNode c = load("grubbs_uranium_nist");
    Sample s = Sample.of(doubles(c.get("input").get("x")));
    OutlierTestResult r = Grubbs.iterate(s, Side.TWO, 0.05, 5);
    assertThat(r.outliers()).extracting(Outlier::value).containsExactly(245.57);
    assertThat(r.steps()).hasSize(2);
    assertThat(r.steps().get(1).exceeds()).isFalse();
    // step 1 is the single-step test
    assertThat(r.steps().get(0).statistic()).isEqualTo(Grubbs.test(s, Side.TWO, 0.05).statistic());
  }
}
