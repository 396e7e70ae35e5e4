package org.kolscope.stats.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to the group tests: a group with fewer than 2 values, all values tied, missing (NaN)
 * values, fewer than 2 groups. Each must throw IllegalArgumentException naming the problem.
 */
class Groups_BadInputTest {
  private static final double[] OK = {1.0, 2.0, 3.5};

  static Stream<Arguments> kGroupTests() {
    return Stream.of(
        Arguments.of("Kruskal-Wallis", (Consumer<List<double[]>>) KruskalWallis::test),
        Arguments.of("ANOVA", (Consumer<List<double[]>>) OneWayAnova::test),
        Arguments.of("Welch ANOVA", (Consumer<List<double[]>>) WelchAnova::test),
        Arguments.of("Dunn", (Consumer<List<double[]>>) g -> Dunn.test(g, Adjustment.HOLM)),
        Arguments.of(
            "Mann-Whitney", (Consumer<List<double[]>>) g -> MannWhitney.test(g.get(0), g.get(1))),
        Arguments.of(
            "Kolmogorov-Smirnov",
            (Consumer<List<double[]>>) g -> KolmogorovSmirnov.test(g.get(0), g.get(1))),
        Arguments.of(
            "Cliff's delta", (Consumer<List<double[]>>) g -> CliffsDelta.of(g.get(0), g.get(1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kGroupTests")
  void groupWithOneValue_rejected(String name, Consumer<List<double[]>> test) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> test.accept(List.of(OK, new double[] {4.0})));
    assertThat(e.getMessage()).contains("has 1 values").contains("at least 2");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kGroupTests")
  void missingValue_rejected(String name, Consumer<List<double[]>> test) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> test.accept(List.of(OK, new double[] {4.0, Double.NaN, 5.0})));
    assertThat(e.getMessage()).contains("NaN").contains("position 1").contains("drop missing");
  }

  static Stream<Arguments> rankAndVarianceTests() {
    return kGroupTests().filter(a -> !List.of("Kolmogorov-Smirnov", "Cliff's delta", "Welch ANOVA")
        .contains(a.get()[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rankAndVarianceTests")
  void allValuesTied_rejected(String name, Consumer<List<double[]>> test) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> test.accept(List.of(new double[] {2, 2, 2}, new double[] {2, 2})));
    assertThat(e.getMessage()).contains("all 5 values equal 2.0");
  }

  @Test
  void welch_zeroVarianceGroup_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WelchAnova.test(List.of(OK, new double[] {7, 7, 7})));
    assertThat(e.getMessage()).contains("group 2 has zero variance");
  }

  @Test
  void allTied_ksAndCliff_areDefinedAndNull() {
    double[] x = {2, 2, 2};
    double[] y = {2, 2};
    assertThat(KolmogorovSmirnov.test(x, y).d()).isZero();
    assertThat(KolmogorovSmirnov.test(x, y).pValue()).isEqualTo(1.0);
    assertThat(CliffsDelta.of(x, y).delta()).isZero();
  }

  @Test
  void oneGroup_rejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> KruskalWallis.test(List.of(OK)));
    assertThat(e.getMessage()).contains("at least 2 groups, got 1");
  }

  @Test
  void exactRequestedWithTies_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MannWhitney.test(
                    new double[] {1, 2, 2}, new double[] {3, 4}, MannWhitney.Method.EXACT, true));
    assertThat(e.getMessage()).contains("tie-free");
  }
}
