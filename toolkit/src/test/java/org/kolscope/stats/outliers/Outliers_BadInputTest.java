package org.kolscope.stats.outliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kolscope.core.QuantileType;
import org.kolscope.stats.OutlierResult;
import org.kolscope.stats.Sample;
import org.kolscope.stats.SampleTooSmallException;
import org.kolscope.stats.benford.Benford;
import org.kolscope.stats.regression.OlsInfluence;
import org.kolscope.stats.regression.XySample;

/** Bad input: each a clear IllegalArgumentException naming the bad value. */
class Outliers_BadInputTest {

  static Stream<Arguments> methods() {
    return Stream.of(
        Arguments.of("grubbs", (Function<Sample, OutlierResult>) s -> Grubbs.test(s, Side.TWO, 0.05), 3),
        Arguments.of("esd", (Function<Sample, OutlierResult>) s -> GeneralizedEsd.test(s, 1, Side.TWO, 0.05), 3),
        Arguments.of("dixon", (Function<Sample, OutlierResult>) s -> DixonQ.test(s, DixonQ.Ratio.R10, Side.TWO, 0.05), 3),
        Arguments.of("tietjen-moore", (Function<Sample, OutlierResult>) s -> TietjenMoore.test(s, 1, Side.TWO, 0.05, 1000, 1L), 3),
        Arguments.of("iqr", (Function<Sample, OutlierResult>) s -> TukeyFences.test(s, 1.5, QuantileType.DEFAULT, Side.TWO), 4),
        Arguments.of("mad", (Function<Sample, OutlierResult>) s -> ModifiedZScore.test(s, 3.5, Side.TWO), 3),
        Arguments.of("hampel", (Function<Sample, OutlierResult>) s -> HampelIdentifier.test(s, 3, Side.TWO), 3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void tooFewValues_throwsNamingN(String name, Function<Sample, OutlierResult> test, int min) {
    double[] x = new double[min - 1];
    for (int i = 0; i < x.length; i++) {
      x[i] = i + 1.5;
    }
    SampleTooSmallException e = assertThrows(SampleTooSmallException.class, () -> test.apply(Sample.of(x)));
    assertThat(e).hasMessageContaining("n = " + (min - 1)).hasMessageContaining("at least " + min);
    assertThat(e.minimum()).isEqualTo(min);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void allValuesEqual_throwsNamingTheValue(String name, Function<Sample, OutlierResult> test, int min) {
    double[] x = {4.25, 4.25, 4.25, 4.25, 4.25, 4.25};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> test.apply(Sample.of(x)));
    assertThat(e).hasMessageContaining("4.25").hasMessageContaining("equal");
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY})
  void nonFiniteValue_throwsNamingValueAndPosition(double bad) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Grubbs.test(1, 2, bad, 4, 5));
    assertThat(e).hasMessageContaining(String.valueOf(bad)).hasMessageContaining("position 2");
    assertThrows(IllegalArgumentException.class, () -> Grubbs.statistic(new double[] {1, 2, bad, 4}, Side.TWO));
    assertThrows(IllegalArgumentException.class, () -> ModifiedZScore.scores(new double[] {1, 2, bad, 4}));
    assertThrows(IllegalArgumentException.class, () -> XySample.of(new double[] {1, 2, 3, 4}, new double[] {1, bad, 3, 4}));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.05, 0.51, 1.0, Double.NaN})
  void alphaOutside0To0point5_throwsNamingAlpha(double alpha) {
    Sample s = Sample.of(1, 2, 3, 4, 5, 6, 7, 30);
    for (Function<Sample, ?> f :
        java.util.List.<Function<Sample, ?>>of(
            x -> Grubbs.test(x, Side.TWO, alpha),
            x -> GeneralizedEsd.test(x, 2, Side.TWO, alpha),
            x -> DixonQ.test(x, DixonQ.Ratio.R10, Side.TWO, alpha),
            x -> TietjenMoore.test(x, 1, Side.TWO, alpha, 1000, 1L),
            x -> Benford.test(x, Benford.Digits.FIRST, alpha),
            x -> OlsInfluence.fit(XySample.of(x.values(), new double[] {2, 1, 4, 3, 6, 5, 8, 7}), alpha))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.apply(s));
      assertThat(e).hasMessageContaining("alpha must be in (0, 0.5]").hasMessageContaining(String.valueOf(alpha));
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.02, 0.2})
  void dixon_untabulatedAlpha_throwsNamingAlpha(double alpha) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> DixonQ.test(Sample.of(1, 2, 3, 4, 9), DixonQ.Ratio.R10, Side.TWO, alpha));
    assertThat(e).hasMessageContaining(String.valueOf(alpha)).hasMessageContaining("0.10, 0.05, 0.01");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 9, -1})
  void esd_maxOutliersOutOfRange_throwsNamingR(int r) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> GeneralizedEsd.test(Sample.of(1, 2, 3, 4, 5, 6, 7, 30, 31, 40), r, Side.TWO, 0.05));
    assertThat(e).hasMessageContaining("got " + r).hasMessageContaining("[1, 8]");
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 31})
  void dixon_nOutsideTable_isTooSmallOrTooLarge(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i * i;
    }
    SampleTooSmallException e = assertThrows(SampleTooSmallException.class, () -> DixonQ.test(x));
    assertThat(e).hasMessageContaining("n = " + n);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -1.5, Double.NaN})
  void iqr_nonPositiveK_throwsNamingK(double k) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> TukeyFences.test(Sample.of(1, 2, 3, 4, 5), k, QuantileType.DEFAULT, Side.TWO));
    assertThat(e).hasMessageContaining("k must be").hasMessageContaining(String.valueOf(k));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "sideways", "3"})
  void side_unknown_throwsNamingIt(String s) {
    assertThat(assertThrows(IllegalArgumentException.class, () -> Side.parse(s)))
        .hasMessageContaining("'" + s + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "10", "seven"})
  void quantileType_unknown_throwsNamingIt(String s) {
    assertThat(assertThrows(IllegalArgumentException.class, () -> QuantileType.parse(s)))
        .hasMessageContaining("'" + s + "'");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void regression_tooFewPairs_throwsNamingN(int n) {
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
      y[i] = i * i;
    }
    assertThat(assertThrows(SampleTooSmallException.class, () -> OlsInfluence.fit(x, y)))
        .hasMessageContaining("n = " + n);
  }

  @Test
  void modifiedZ_madZero_fallsBackToTheMeanAbsoluteDeviation_andSaysSo() {
    // numpy: x = np.array([5,5,5,5,5,30,1.]); m = np.median(x); d = np.mean(abs(x - m))
    // (x - m) / (1.253314 * d) = [0, 0, 0, 0, 0, 4.81482115, -0.77037138]; MAD = 0
    double[] x = {5, 5, 5, 5, 5, 30, 1};
    OutlierTestResult r = ModifiedZScore.test(x);
    assertThat(r.outliers()).singleElement().satisfies(o -> {
      assertThat(o.index()).isEqualTo(5);
      assertThat(o.score()).isCloseTo(4.81482115, within(1e-8));
    });
    assertThat(r.warnings()).singleElement().asString()
        .contains("MAD = 0").contains("mean absolute deviation");
    assertThat(ModifiedZScore.scores(x)[6]).isCloseTo(-0.77037138, within(1e-8));
  }

  @Test
  void hampel_madZero_usesTheSameFallback() {
    double[] x = {5, 5, 5, 5, 5, 30, 1};
    assertThat(HampelIdentifier.test(x).outliers()).singleElement()
        .satisfies(o -> assertThat(o.score()).isCloseTo(4.81482115, within(1e-8)));
  }
}
