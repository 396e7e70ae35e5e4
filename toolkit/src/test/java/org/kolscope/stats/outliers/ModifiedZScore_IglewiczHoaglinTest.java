package org.kolscope.stats.outliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kolscope.stats.outliers.ReferenceCases.doubles;
import static org.kolscope.stats.outliers.ReferenceCases.ints;
import static org.kolscope.stats.outliers.ReferenceCases.load;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.kolscope.core.Quantiles;
import org.kolscope.stats.Outlier;

/**
 * Modified z-scores against modified_zscore_iglewicz_hoaglin.json (numpy 1.24.2 and R 4.2.2
 * {@code median(x)}, {@code mad(x, constant = 1)}); tolerance abs 1e-9 as stated there.
 */
class ModifiedZScore_IglewiczHoaglinTest {
  private static final JsonNode CASE = load("modified_zscore_iglewicz_hoaglin");
  private static final double[] X = doubles(CASE.get("input").get("x"));

  @Test
  void medianMadAndScores_matchReference_abs1e9() {
    JsonNode e = CASE.get("expected");
    assertThat(Quantiles.median(X)).isCloseTo(e.get("median").asDouble(), within(1e-9));
    assertThat(Quantiles.mad(X)).isCloseTo(e.get("MAD").asDouble(), within(1e-9));
    double[] m = ModifiedZScore.scores(X);
    double[] expected = doubles(e.get("modified_z"));
    for (int i = 0; i < m.length; i++) {
      assertThat(m[i]).as("M_%d", i).isCloseTo(expected[i], within(1e-9));
    }
  }

  @Test
  void flagsThreeValues_notThe3point9() {
    OutlierTestResult r = ModifiedZScore.test(X);
    assertThat(r.outliers())
        .extracting(Outlier::index)
        .containsExactlyInAnyOrderElementsOf(ints(CASE.get("expected").get("flagged_index_0based")));
    assertThat(r.outliers().get(0).value()).isEqualTo(15.0); // most extreme first
    assertThat(r.criticalValue()).isEqualTo(3.5);
  }

  @Test
  void doubleScaledMad_isNotWhatWeCompute() {
    double wrong = CASE.get("expected").get("modified_z_if_scaled_MAD_1.4826_used_WRONG").get(7).asDouble();
    assertThat(ModifiedZScore.scores(X)[7]).isNotCloseTo(wrong, within(0.1));
  }

  @Test
  void hampel_flagsBeyondThreeScaledMads() {
    // Hampel score = (x - median) / (1.4826 MAD) = M / (0.6745 * 1.4826): 4.4 -> 3.935/1.00002
    OutlierTestResult r = HampelIdentifier.test(X);
    assertThat(r.outliers()).extracting(Outlier::index).containsExactlyInAnyOrder(7, 11, 14);
    assertThat(r.outliers().get(0).score())
        .isCloseTo((15.0 - 2.65) / (Quantiles.MAD_NORMAL_SCALE * 0.3), within(1e-9));
  }
}
