package org.kolscope.stats.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two-sample KS against {@code group_tests_engagement.json}. D: scipy 1.10.1 {@code ks_2samp} and
 * R 4.2.2 {@code ks.test} agree (rel 1e-10). The exact p-value we implement ignores ties, so it is
 * checked against scipy {@code ks_2samp(x, y, method='exact')} ("p_scipy_exact_(ignores_ties)"),
 * not R's tie-aware psmirnov (README D6); KS exact p tolerance rel 1e-6 as the case file states.
 */
class KolmogorovSmirnov_ReferenceTest {
  private static final JsonNode CASE = ReferenceCases.load("group_tests_engagement");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"A_vs_B", "A_vs_C", "B_vs_C"})
  void tiedPairs_statisticAndExactP(String pair) {
    String[] ab = pair.split("_vs_");
    JsonNode e = CASE.path("expected").path("ks_two_sample").path(pair);
    KolmogorovSmirnov.Result r =
        KolmogorovSmirnov.test(ReferenceCases.groupInput(ab[0]), ReferenceCases.groupInput(ab[1]));
    double d = e.path("D").asDouble();
    double p = e.path("p_scipy_exact_(ignores_ties)").asDouble();
    assertThat(r.d()).isCloseTo(d, within(d * 1e-10));
    assertThat(r.pValue()).isCloseTo(p, within(p * 1e-6));
    assertThat(r.exact()).isTrue();
    assertThat(r.ties()).isTrue();
    assertThat(r.toString()).contains("exact").contains("ties");
  }

  @Test
  void tieFreePair_exactMatchesScipyAndR() {
    JsonNode e = CASE.path("expected_tie_free_D_vs_E").path("ks_two_sample");
    KolmogorovSmirnov.Result r =
        KolmogorovSmirnov.test(
            ReferenceCases.groupInput("D_tie_free"), ReferenceCases.groupInput("E_tie_free"));
    // scipy ks_2samp(D, E, method='exact'); R ks.test(D, E) gives 0.03356643356643707
    assertThat(r.d()).isCloseTo(0.6527777777777778, within(0.6527777777777778 * 1e-10));
    assertThat(r.pValue())
        .isCloseTo(e.path("p_exact").asDouble(), within(e.path("p_exact").asDouble() * 1e-6));
    assertThat(r.ties()).isFalse();
  }

  @Test
  void largeSamples_useAsymptoticP() {
    double[] x = new double[120];
    double[] y = new double[100];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
    }
    for (int i = 0; i < y.length; i++) {
      y[i] = i + 30.5;
    }
    KolmogorovSmirnov.Result r = KolmogorovSmirnov.test(x, y);
    assertThat(r.exact()).isFalse();
    assertThat(r.pValue()).isBetween(0.0, 0.05);
  }
}
