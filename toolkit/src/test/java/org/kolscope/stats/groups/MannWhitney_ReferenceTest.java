package org.kolscope.stats.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mann-Whitney U against {@code reference/cases/group_tests_engagement.json} (test resources): scipy 1.10.1
 * {@code mannwhitneyu(x, y, alternative='two-sided', use_continuity=True|False,
 * method='asymptotic'|'exact')} and R 4.2.2 {@code wilcox.test(x, y[, correct=FALSE])}. Tolerances
 * are the case file's: statistics rel 1e-10, p-values rel 1e-8.
 */
class MannWhitney_ReferenceTest {
  private static final double REL_STAT = 1e-10;
  private static final double REL_P = 1e-8;
  private static final JsonNode CASE = ReferenceCases.load("group_tests_engagement");

  private static void assertRel(double actual, double expected, double rel) {
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * rel));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"A_vs_B", "A_vs_C", "B_vs_C"})
  void tiedPairs_useNormalApproximationWithContinuity(String pair) {
    String[] ab = pair.split("_vs_");
    JsonNode e = CASE.path("expected").path("mann_whitney_u").path(pair);
    MannWhitney.Result r =
        MannWhitney.test(ReferenceCases.groupInput(ab[0]), ReferenceCases.groupInput(ab[1]));
    assertRel(r.u(), e.path("U_x").asDouble(), REL_STAT);
    assertRel(r.pValue(), e.path("p_normal_tie_corrected_continuity").asDouble(), REL_P);
    assertRel(r.pValue(), e.path("p_scipy_default_method_auto").asDouble(), REL_P);
    assertThat(r.method()).isEqualTo(MannWhitney.Method.NORMAL);
    assertThat(r.continuityCorrection()).isTrue();
    assertThat(r.ties()).isTrue();
    assertThat(r.methodText()).contains("continuity");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"A_vs_B", "A_vs_C", "B_vs_C"})
  void tiedPairs_withoutContinuityCorrection(String pair) {
    String[] ab = pair.split("_vs_");
    JsonNode e = CASE.path("expected").path("mann_whitney_u").path(pair);
    MannWhitney.Result r =
        MannWhitney.test(
            ReferenceCases.groupInput(ab[0]), ReferenceCases.groupInput(ab[1]),
            MannWhitney.Method.AUTO, false);
    assertRel(r.pValue(), e.path("p_normal_tie_corrected_no_continuity").asDouble(), REL_P);
    assertThat(r.continuityCorrection()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"A_vs_B", "A_vs_C", "B_vs_C"})
  void rankBiserial_isTwoUOverNmMinusOne(String pair) {
    String[] ab = pair.split("_vs_");
    double[] x = ReferenceCases.groupInput(ab[0]);
    double[] y = ReferenceCases.groupInput(ab[1]);
    JsonNode e = CASE.path("expected").path("mann_whitney_u").path(pair);
    // U_x from scipy/R (case file); r = 2 U_x / (n_x n_y) - 1 (Kerby 2014)
    double expected = 2 * e.path("U_x").asDouble() / (x.length * y.length) - 1;
    assertThat(MannWhitney.test(x, y).rankBiserial()).isCloseTo(expected, within(1e-12));
  }

  @Test
  void tieFreeSmallPair_isExact() {
    JsonNode e = CASE.path("expected_tie_free_D_vs_E").path("mann_whitney_u");
    MannWhitney.Result r =
        MannWhitney.test(
            ReferenceCases.groupInput("D_tie_free"), ReferenceCases.groupInput("E_tie_free"));
    assertThat(r.method()).isEqualTo(MannWhitney.Method.EXACT);
    assertThat(r.methodText()).isEqualTo("exact");
    assertRel(r.u(), e.path("U_x").asDouble(), REL_STAT);
    // R wilcox.test(D, E, exact = TRUE) = 0.0037021801727684074
    assertRel(r.pValue(), e.path("p_exact").asDouble(), REL_P);
    assertThat(r.ties()).isFalse();
    assertThat(r.rankBiserial()).isCloseTo(2 * 7.0 / 72 - 1, within(1e-12));
  }

  @Test
  void tieFreeSmallPair_normalWhenAsked() {
    JsonNode e = CASE.path("expected_tie_free_D_vs_E").path("mann_whitney_u");
    MannWhitney.Result r =
        MannWhitney.test(
            ReferenceCases.groupInput("D_tie_free"), ReferenceCases.groupInput("E_tie_free"),
            MannWhitney.Method.NORMAL, true);
    assertThat(r.method()).isEqualTo(MannWhitney.Method.NORMAL);
    assertRel(r.pValue(), e.path("p_normal_continuity").asDouble(), REL_P);
  }

  @Test
  void tieFreeLargeSamples_useNormal() {
    double[] x = new double[50];
    double[] y = new double[10];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
    }
    for (int i = 0; i < y.length; i++) {
      y[i] = i + 0.5;
    }
    MannWhitney.Result r = MannWhitney.test(x, y);
    assertThat(r.method()).isEqualTo(MannWhitney.Method.NORMAL);
    assertThat(r.pValue()).isBetween(0.0, 1.0);
    assertThat(r.pValue()).isCloseTo(
        MannWhitney.test(x, y, MannWhitney.Method.NORMAL, true).pValue(), withinPercentage(1e-9));
  }
}
