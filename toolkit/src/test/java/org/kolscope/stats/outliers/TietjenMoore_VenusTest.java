package org.kolscope.stats.outliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kolscope.stats.outliers.ReferenceCases.doubles;
import static org.kolscope.stats.outliers.ReferenceCases.load;
import static org.kolscope.stats.outliers.ReferenceCases.rel;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.kolscope.stats.Outlier;
import org.kolscope.stats.Sample;

/**
 * Tietjen–Moore against tietjen_moore_venus_nist.json (NIST e-Handbook 1.3.5.17.2, k = 2,
 * alpha = 0.05). E_k: rel 1e-10 (published 0.292: abs 5e-4). The simulated critical value is
 * checked with the file's Monte Carlo tolerance: abs 0.004 around the 2e6-sample estimate 0.31489.
 */
class TietjenMoore_VenusTest {
  private static final JsonNode CASE = load("tietjen_moore_venus_nist");
  private static final double[] X = doubles(CASE.get("input").get("x"));

  @Test
  void statistic_matchesReference() {
    double ek = TietjenMoore.statistic(X, 2, Side.TWO);
    assertThat(rel(ek, CASE.get("expected").get("E_k").asDouble())).isLessThan(1e-10);
    assertThat(ek).isCloseTo(CASE.get("expected_published").get("E_k").asDouble(), within(5e-4));
  }

  @Test
  void simulatedCriticalValue_withinMonteCarloTolerance_andRejects() {
    OutlierTestResult r = TietjenMoore.test(Sample.of(X), 2, Side.TWO, 0.05);
    assertThat(r.criticalValue())
        .isCloseTo(CASE.get("expected").get("critical_value_mc_numpy").asDouble(), within(0.004));
    assertThat(r.rejected()).isEqualTo(CASE.get("expected").get("reject_H0").asBoolean());
    double[] removed = doubles(CASE.get("expected").get("removed_points"));
    assertThat(r.outliers())
        .extracting(Outlier::value)
        .containsExactlyInAnyOrder(removed[0], removed[1]);
    // numpy Monte Carlo p-value 0.03325 (2e6 samples); ours with 1e5: within 0.003
    assertThat(r.pValue())
        .isCloseTo(CASE.get("expected").get("mc_p_value_numpy").asDouble(), within(0.003));
  }

  @Test
  void sameSeed_sameCriticalValue() {
    OutlierTestResult a = TietjenMoore.test(Sample.of(X), 2, Side.TWO, 0.05, 5000, 42L);
    OutlierTestResult b = TietjenMoore.test(Sample.of(X), 2, Side.TWO, 0.05, 5000, 42L);
    assertThat(a.criticalValue()).isEqualTo(b.criticalValue());
  }

  @Test
  void oneSidedStatistics_removeTheRightEnd() {
    // L_2 removes the two largest (1.01, 0.63); L'_2 the two smallest (-1.4, -0.44)
    assertThat(TietjenMoore.removedPositions(X, 2, Side.MAX)).containsExactlyInAnyOrder(14, 13);
    assertThat(TietjenMoore.removedPositions(X, 2, Side.MIN)).containsExactlyInAnyOrder(0, 1);
    assertThat(TietjenMoore.statistic(X, 2, Side.MAX)).isBetween(0.0, 1.0);
  }
}
