package org.kolscope.stats.outliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kolscope.stats.outliers.ReferenceCases.doubles;
import static org.kolscope.stats.outliers.ReferenceCases.ints;
import static org.kolscope.stats.outliers.ReferenceCases.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kolscope.core.QuantileType;
import org.kolscope.stats.Outlier;
import org.kolscope.stats.Sample;

/**
 * Tukey fences against tukey_fences_iqr.json: R 4.2.2 {@code quantile(x, c(.25, .75), type =
 * 1..9)}, numpy 1.24.2 {@code np.quantile(method=...)} and R {@code fivenum} for the hinges.
 * Tolerance abs 1e-9 (as stated in the file).
 */
class TukeyFences_QuantileTypesTest {
  private static final JsonNode CASE = load("tukey_fences_iqr");
  private static final double[] X = doubles(CASE.get("input").get("x"));

  static Stream<Arguments> typesAndK() {
    return Stream.of(1, 2, 3, 4, 5, 6, 7, 8, 9)
        .flatMap(t -> Stream.of(Arguments.of(t, 1.5, "k_1.5"), Arguments.of(t, 3.0, "k_3")));
  }

  @ParameterizedTest(name = "type {0}, {2}")
  @MethodSource("typesAndK")
  void quartilesFencesAndFlags_matchR(int type, double k, String key) {
    QuantileType qt = QuantileType.parse(Integer.toString(type));
    JsonNode q = CASE.get("expected").get("quantiles_by_type").get("R_type_" + type);
    JsonNode f = CASE.get("expected").get("fences_by_type").get("R_type_" + type).get(key);
    OutlierTestResult r = TukeyFences.test(Sample.of(X), k, qt, Side.TWO);
    assertThat(r.details().get("Q1")).isCloseTo(q.get("Q1").asDouble(), within(1e-9));
    assertThat(r.details().get("Q3")).isCloseTo(q.get("Q3").asDouble(), within(1e-9));
    assertThat(r.details().get("IQR")).isCloseTo(q.get("IQR").asDouble(), within(1e-9));
    assertThat(r.details().get("lower fence")).isCloseTo(f.get("lower").asDouble(), within(1e-9));
    assertThat(r.details().get("upper fence")).isCloseTo(f.get("upper").asDouble(), within(1e-9));
    assertThat(r.outliers())
        .extracting(Outlier::index)
        .containsExactlyInAnyOrderElementsOf(ints(f.get("flagged_index_0based")));
  }

  @Test
  void tukeyHinges_matchFivenum() {
    JsonNode five = CASE.get("expected").get("tukey_hinges_fivenum");
    double[] sorted = X.clone();
    java.util.Arrays.sort(sorted);
    assertThat(QuantileType.HINGES.quantile(sorted, 0.25)).isCloseTo(five.get(1).asDouble(), within(1e-9));
    assertThat(QuantileType.HINGES.quantile(sorted, 0.5)).isCloseTo(five.get(2).asDouble(), within(1e-9));
    assertThat(QuantileType.HINGES.quantile(sorted, 0.75)).isCloseTo(five.get(3).asDouble(), within(1e-9));
    JsonNode f = CASE.get("expected").get("fences_tukey_hinges").get("k_1.5");
    OutlierTestResult r = TukeyFences.test(Sample.of(X), 1.5, QuantileType.HINGES, Side.TWO);
    assertThat(r.details().get("upper fence")).isCloseTo(f.get("upper").asDouble(), within(1e-9));
    assertThat(r.outliers())
        .extracting(Outlier::index)
        .containsExactlyInAnyOrderElementsOf(ints(f.get("flagged_index_0based")));
  }

  @Test
  void defaultIsType7_andType6DoesNotFlag3point9() {
    assertThat(TukeyFences.test(X).details().get("Q1")).isCloseTo(2.375, within(1e-9));
    OutlierTestResult t6 = TukeyFences.test(Sample.of(X), 1.5, QuantileType.TYPE_6, Side.TWO);
    assertThat(t6.outliers()).extracting(Outlier::value).doesNotContain(3.9);
  }

  @Test
  void oneSided_flagsOnlyThatEnd() {
    OutlierTestResult max = TukeyFences.test(Sample.of(X), 1.5, QuantileType.TYPE_7, Side.MAX);
    assertThat(max.outliers()).extracting(Outlier::value).containsExactlyInAnyOrder(15.0, 4.4, 3.9);
  }
}
