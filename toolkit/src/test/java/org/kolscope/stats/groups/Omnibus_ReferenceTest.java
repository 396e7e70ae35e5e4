package org.kolscope.stats.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kruskal-Wallis, one-way ANOVA and Welch ANOVA on groups A, B, C of {@code
 * group_tests_engagement.json}. Sources: scipy 1.10.1 {@code kruskal(A, B, C)}, {@code f_oneway(A,
 * B, C)}; R 4.2.2 {@code kruskal.test(list(A, B, C))}, {@code summary(aov(v ~ g))}, {@code
 * oneway.test(v ~ g, var.equal = FALSE)} (Welch: R only). Tolerances from the case file:
 * statistics rel 1e-10, p-values rel 1e-8.
 */
class Omnibus_ReferenceTest {
  private static final JsonNode E = ReferenceCases.load("group_tests_engagement").path("expected");
  private static final List<double[]> ABC =
      List.of(
          ReferenceCases.groupInput("A"),
          ReferenceCases.groupInput("B"),
          ReferenceCases.groupInput("C"));

  private static void assertRel(double actual, JsonNode expected, double rel) {
    double e = expected.asDouble();
    assertThat(expected.isNumber()).as("expected value present").isTrue();
    assertThat(actual).isCloseTo(e, within(Math.abs(e) * rel));
  }

  @Test
  void kruskalWallis_tieCorrected() {
    JsonNode e = E.path("kruskal_wallis");
    KruskalWallis.Result r = KruskalWallis.test(ABC);
    assertRel(r.h(), e.path("H_tie_corrected"), 1e-10);
    assertRel(r.pValue(), e.path("p"), 1e-8);
    assertRel(r.hUncorrected(), e.path("H_uncorrected"), 1e-10);
    assertRel(r.tieCorrection(), e.path("tie_correction_factor_C"), 1e-10);
    assertThat(r.df()).isEqualTo(e.path("df").asInt());
    assertThat(r.n()).isEqualTo(31);
  }

  @Test
  void oneWayAnova() {
    JsonNode e = E.path("one_way_anova");
    OneWayAnova.Result r = OneWayAnova.test(ABC);
    assertRel(r.f(), e.path("F"), 1e-10);
    assertRel(r.pValue(), e.path("p"), 1e-8);
    assertRel(r.ssBetween(), e.path("SS_between"), 1e-10);
    assertRel(r.ssWithin(), e.path("SS_within"), 1e-10);
    assertThat(r.dfBetween()).isEqualTo(2);
    assertThat(r.dfWithin()).isEqualTo(28);
  }

  @Test
  void welchAnova() {
    JsonNode e = E.path("welch_anova_R_only");
    WelchAnova.Result r = WelchAnova.test(ABC);
    assertRel(r.f(), e.path("F"), 1e-10);
    assertRel(r.df1(), e.path("df1"), 1e-10);
    assertRel(r.df2(), e.path("df2"), 1e-10);
    assertRel(r.pValue(), e.path("p"), 1e-8);
  }

  @Test
  void results_printAndTabulate() {
    KruskalWallis.Result kw = KruskalWallis.test(ABC);
    assertThat(kw.toString()).contains("H = 20.72").contains("df = 2");
    assertThat(kw.toTable().rowCount()).isEqualTo(6);
    assertThat(kw.toTable().doubleColumn("value").get(0)).isEqualTo(kw.h());
    assertThat(WelchAnova.test(ABC).toString()).contains("F(2, 18.62)");
    assertThat(OneWayAnova.test(ABC).toString()).contains("F(2, 28) = 27.53");
  }
}
