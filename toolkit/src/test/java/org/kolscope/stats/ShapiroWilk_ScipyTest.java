package org.kolscope.stats;

import org.kolscope.stats.outliers.ReferenceCases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shapiro–Wilk (Royston 1995) against scipy 1.17.1 {@code scipy.stats.shapiro(x)}, which wraps the
 * same algorithm (AS R94, swilk). Observed agreement is about 1e-9; the tolerance, abs 1e-7 on W
 * and rel 1e-5 on the p-value, leaves room for scipy versions that compute partly in single
 * precision.
 */
class ShapiroWilk_ScipyTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        // NIST uranium (Grubbs example): shapiro -> (0.48465005194538935, 6.745012893723918e-06)
        Arguments.of(new double[] {199.31, 199.53, 200.19, 200.82, 201.92, 201.95, 202.18, 245.57},
            0.48465005194538935, 6.745012893723918e-06),
        // the same without 245.57 -> (0.8818964317908524, 0.2350000055680485)
        Arguments.of(new double[] {199.31, 199.53, 200.19, 200.82, 201.92, 201.95, 202.18},
            0.8818964317908524, 0.2350000055680485),
        // Harvey pennies -> (0.5171442671577012, 1.0172126617320388e-05)
        Arguments.of(new double[] {3.067, 3.049, 3.039, 2.514, 3.048, 3.079, 3.094, 3.109, 3.102},
            0.5171442671577012, 1.0172126617320388e-05),
        // NIST venus (Tietjen-Moore example) -> (0.9398120087160768, 0.38001223649631805)
        Arguments.of(new double[] {-1.40, -0.44, -0.30, -0.24, -0.22, -0.13, -0.05, 0.06, 0.10,
            0.18, 0.20, 0.39, 0.48, 0.63, 1.01}, 0.9398120087160768, 0.38001223649631805),
        // n = 3 exact -> (0.9642857142857142, 0.6368868450289689)
        Arguments.of(new double[] {1, 2, 4}, 0.9642857142857142, 0.6368868450289689),
        // n = 5 -> (0.8357883166461942, 0.1536125843490888)
        Arguments.of(new double[] {1, 2, 3, 4, 10}, 0.8357883166461942, 0.1536125843490888),
        // n = 4 (coefficient branch n <= 5) -> (0.7746501839389855, 0.06398700282590619)
        Arguments.of(new double[] {7.697681, 0.077641, 1.519071, 0.566788},
            0.7746501839389855, 0.06398700282590619),
        // n = 12 (first n of the large-sample p-value branch), lognormal draws
        // -> (0.35921437636474907, 1.923957671588026e-06)
        Arguments.of(new double[] {0.635941, 0.80606, 0.132657, 0.793, 0.420962, 27.743443, 1.253308,
            0.702837, 0.754811, 0.512709, 0.34814, 0.676515}, 0.35921437636474907, 1.923957671588026e-06),
        // Shapiro & Wilk (1965) weights -> (0.7888146948631716, 0.006703814061898823)
        Arguments.of(new double[] {148, 154, 158, 160, 161, 162, 166, 170, 182, 195, 236},
            0.7888146948631716, 0.006703814061898823));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void wAndP_matchScipy(double[] x, double w, double p) {
    ShapiroWilk.Result r = ShapiroWilk.test(x);
    assertThat(r.w()).isCloseTo(w, within(1e-7));
    assertThat(Math.abs(r.pValue() - p) / p).isLessThan(1e-5);
  }

  @Test
  void rosner54_largeSampleBranch() {
    // scipy.stats.shapiro(Rosner's 54 values) -> (0.906062136864102, 0.000461498375230617)
    double[] x = ReferenceCases.doubles(
        ReferenceCases.load("gesd_rosner_nist").get("input").get("x"));
    ShapiroWilk.Result r = ShapiroWilk.test(x);
    assertThat(r.w()).isCloseTo(0.906062136864102, within(1e-7));
    assertThat(Math.abs(r.pValue() - 0.000461498375230617) / 0.000461498375230617).isLessThan(1e-5);
  }

  @Test
  void badInput_namesTheValue() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> ShapiroWilk.test(new double[] {1, 2})))
        .hasMessageContaining("n = 2");
    assertThat(assertThrows(IllegalArgumentException.class, () -> ShapiroWilk.test(new double[] {3, 3, 3})))
        .hasMessageContaining("equal");
    assertThat(assertThrows(IllegalArgumentException.class, () -> ShapiroWilk.test(new double[] {1, Double.NaN, 3})))
        .hasMessageContaining("NaN");
  }
}
