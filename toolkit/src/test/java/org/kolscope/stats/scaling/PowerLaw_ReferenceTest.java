package org.kolscope.stats.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.kolscope.stats.groups.ReferenceCases;

/**
 * Power-law fit against {@code reference/cases/ols_loglog_influence.json} (test resources): statsmodels
 * 0.13.5 {@code sm.OLS(log10(likes), sm.add_constant(log10(followers))).fit()} and R 4.2.2 {@code
 * lm(log10(likes) ~ log10(followers))}. Coefficients and R² at the case's rel 1e-10, p-values rel
 * 1e-8. The CI and one-sided p come from scipy 1.17.1:
 *
 * <pre>
 * q = stats.t.ppf(0.975, 18)            # 2.1009220402410382
 * b - q*se, b + q*se                    # 0.3860466139513634, 0.8676014256682556
 * stats.t.cdf(b/se, 18)                 # 0.999982997317913  (p for b &lt; 0; b is positive here)
 * 10**intercept                         # 1.265529404129903
 * # metric = 1/likes reflects the slope: stats.linregress(x, -log10(likes)) then
 * stats.t.cdf(slope/stderr, 18)         # 1.7002682087073496e-05
 * </pre>
 */
class PowerLaw_ReferenceTest {
  private static final JsonNode CASE = ReferenceCases.load("ols_loglog_influence");
  private static final double[] FOLLOWERS =
      ReferenceCases.doubles(CASE.path("input").path("followers"));
  private static final double[] LIKES = ReferenceCases.doubles(CASE.path("input").path("likes"));

  private static void assertRel(double actual, double expected, double rel) {
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * rel));
  }

  @Test
  void likesOnFollowers_matchesLm() {
    JsonNode e = CASE.path("expected");
    PowerLaw.Result r = PowerLaw.fit(FOLLOWERS, LIKES, 1);
    assertRel(r.b(), e.path("slope").asDouble(), 1e-10);
    assertRel(Math.log10(r.a()), e.path("intercept").asDouble(), 1e-10);
    assertRel(r.a(), 1.265529404129903, 1e-10);
    assertRel(r.seB(), e.path("se_slope").asDouble(), 1e-10);
    assertRel(r.rSquared(), e.path("r_squared").asDouble(), 1e-10);
    assertRel(r.bCiLow(), 0.3860466139513634, 1e-10);
    assertRel(r.bCiHigh(), 0.8676014256682556, 1e-10);
    assertRel(r.pValueBNegative(), 0.999982997317913, 1e-8);
    assertThat(r.n()).isEqualTo(20);
    assertThat(r.excluded()).isZero();
  }

  @Test
  void decreasingMetric_smallOneSidedP() {
    double[] inverse = Arrays.stream(LIKES).map(v -> 1 / v).toArray();
    PowerLaw.Result r = PowerLaw.fit(FOLLOWERS, inverse, 1);
    assertRel(r.b(), -0.6268240198098095, 1e-10);
    assertRel(r.pValueBNegative(), 1.7002682087073496e-05, 1e-8);
    assertThat(r.toString()).contains("p-value for b < 0");
  }

  /**
   * The bootstrap CI is seeded (same seed, same interval) and brackets b; with the two planted
   * outliers of this case it is wider than the t interval on the low side, so we only require it to
   * lie within b ± 4 se (a loose, failure-capable bound).
   */
  @Test
  void bootstrapCi_seededAndBracketsB() {
    PowerLaw.Result r1 = PowerLaw.fit(FOLLOWERS, LIKES, 99);
    PowerLaw.Result r2 = PowerLaw.fit(FOLLOWERS, LIKES, 99);
    assertThat(r1).isEqualTo(r2);
    assertThat(r1.bBootLow()).isLessThan(r1.b()).isGreaterThan(r1.b() - 4 * r1.seB());
    assertThat(r1.bBootHigh()).isGreaterThan(r1.b()).isLessThan(r1.b() + 4 * r1.seB());
    assertThat(r1.resamples()).isEqualTo(2000);
  }

  @Test
  void exactPowerLaw_recovered() {
    double[] f = {1_000, 5_000, 20_000, 80_000, 300_000, 1_000_000};
    double[] er = Arrays.stream(f).map(v -> 3.0 * Math.pow(v, -0.4)).toArray();
    PowerLaw.Result r = PowerLaw.fit(f, er, 5);
    assertThat(r.b()).isCloseTo(-0.4, within(1e-12));
    assertThat(r.a()).isCloseTo(3.0, within(1e-10));
    assertThat(r.rSquared()).isCloseTo(1.0, within(1e-12));
    assertThat(r.predict(10_000)).isCloseTo(3.0 * Math.pow(10_000, -0.4), within(1e-12));
  }

  @Test
  void nonPositivePairs_leftOutAndCounted() {
    double[] f = {1_000, 2_000, 0, 8_000, 16_000};
    double[] er = {0.5, 0.4, 0.3, 0.0, 0.2};
    PowerLaw.Result r = PowerLaw.fit(f, er, 1);
    assertThat(r.n()).isEqualTo(3);
    assertThat(r.excluded()).isEqualTo(2);
    assertThat(r.toString()).contains("2 pairs with values ≤ 0 left out");
  }

  @Test
  void badInput_rejected() {
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> PowerLaw.fit(new double[] {1, 2}, new double[] {1, 2, 3}, 1))
                .getMessage())
        .contains("2 follower counts and 3 metric values");
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> PowerLaw.fit(new double[] {1, 2, 3}, new double[] {1, 0, 3}, 1))
                .getMessage())
        .contains("at least 3 pairs").contains("got 2");
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> PowerLaw.fit(new double[] {5, 5, 5}, new double[] {1, 2, 3}, 1))
                .getMessage())
        .contains("distinct follower counts");
  }
}
