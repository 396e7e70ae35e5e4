package org.kolscope.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kolscope.stats.outliers.ReferenceCases.doubles;
import static org.kolscope.stats.outliers.ReferenceCases.load;
import static org.kolscope.stats.outliers.ReferenceCases.rel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kolscope.stats.Outlier;

/**
 * OLS influence against ols_loglog_influence.json: statsmodels 0.13.5 {@code OLSInfluence} and R
 * 4.2.2 {@code lm(log10(likes) ~ log10(followers))} with {@code hatvalues}, {@code rstandard},
 * {@code rstudent}, {@code cooks.distance}, {@code dffits}. Tolerances from the file: coefficients
 * and R² rel 1e-10; diagnostics rel 1e-9 (abs 1e-12 near zero); p-values rel 1e-8.
 */
class OlsInfluence_ReferenceCaseTest {
  private static final JsonNode CASE = load("ols_loglog_influence");
  private static final JsonNode E = CASE.get("expected");

  private static RegressionResult fit() {
    XySample s =
        XySample.of(doubles(CASE.get("input").get("followers")), doubles(CASE.get("input").get("likes")))
            .log10();
    return OlsInfluence.fit(s, 0.05);
  }

  @Test
  void coefficientsAndRSquared_rel1e10() {
    RegressionResult r = fit();
    assertThat(rel(r.intercept(), E.get("intercept").asDouble())).isLessThan(1e-10);
    assertThat(rel(r.slope(), E.get("slope").asDouble())).isLessThan(1e-10);
    assertThat(rel(r.rSquared(), E.get("r_squared").asDouble())).isLessThan(1e-10);
    assertThat(rel(r.seSlope(), E.get("se_slope").asDouble())).isLessThan(1e-9);
    assertThat(rel(r.seIntercept(), E.get("se_intercept").asDouble())).isLessThan(1e-9);
    assertThat(rel(r.sigma(), E.get("residual_std_error").asDouble())).isLessThan(1e-9);
    assertThat(rel(r.pSlope(), E.get("p_slope").asDouble())).isLessThan(1e-8);
  }

  static Stream<Arguments> diagnostics() {
    return Stream.of(
        Arguments.of("leverage_hat", (ToDoubleFunction<RegressionResult.Row>) RegressionResult.Row::leverage),
        Arguments.of("studentized_internal_rstandard", (ToDoubleFunction<RegressionResult.Row>) RegressionResult.Row::rstandard),
        Arguments.of("studentized_external_rstudent", (ToDoubleFunction<RegressionResult.Row>) RegressionResult.Row::rstudent),
        Arguments.of("cooks_distance", (ToDoubleFunction<RegressionResult.Row>) RegressionResult.Row::cooksD),
        Arguments.of("dffits", (ToDoubleFunction<RegressionResult.Row>) RegressionResult.Row::dffits),
        Arguments.of("fitted", (ToDoubleFunction<RegressionResult.Row>) RegressionResult.Row::fitted),
        Arguments.of("residuals", (ToDoubleFunction<RegressionResult.Row>) RegressionResult.Row::residual));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagnostics")
  void perRowDiagnostics_rel1e9(String key, ToDoubleFunction<RegressionResult.Row> f) {
    RegressionResult r = fit();
    double[] expected = doubles(E.get(key));
    assertThat(r.rows()).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      double a = f.applyAsDouble(r.rows().get(i));
      if (Math.abs(expected[i]) < 1e-3) {
        assertThat(Math.abs(a - expected[i])).as("%s[%d]", key, i).isLessThan(1e-12);
      } else {
        assertThat(rel(a, expected[i])).as("%s[%d]", key, i).isLessThan(1e-9);
      }
    }
  }

  @Test
  void bonferroniOutlierTest_flagsTheViralAccount() {
    RegressionResult r = fit();
    // max |rstudent| = 5.544307864192553 (R rstudent, row 3), df = 20 - 2 - 1 = 17;
    // scipy 1.17.1: 20 * 2 * scipy.stats.t.sf(5.544307864192553, 17) = 0.000713527295232373
    //               scipy.stats.t.isf(0.05 / 40, 17) = 3.5429488216481424
    assertThat(rel(r.statistic(), 5.544307864192553)).isLessThan(1e-9);
    assertThat(rel(r.pValue(), 0.000713527295232373)).isLessThan(1e-8);
    assertThat(rel(r.criticalValue(), 3.5429488216481424)).isLessThan(1e-8);
    assertThat(r.outliers()).extracting(Outlier::index).containsExactly(3);
    assertThat(r.outliers().get(0).value()).isEqualTo(15000.0); // original scale
  }

  @Test
  void planted_flags_matchReference() {
    RegressionResult r = fit();
    int n = r.n();
    assertThat(r.rows().stream().filter(x -> x.cooksD() > 4.0 / n).map(RegressionResult.Row::index))
        .containsExactly(3, 18);
    assertThat(r.rows().stream().filter(x -> x.leverage() > 4.0 / n).map(RegressionResult.Row::index))
        .containsExactly(0, 19);
    assertThat(r.toTable().rowCount()).isEqualTo(20);
    assertThat(r.toString()).contains("Bonferroni").contains("row 3");
  }
}
