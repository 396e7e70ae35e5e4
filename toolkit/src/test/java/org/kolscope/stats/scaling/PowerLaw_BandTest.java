package org.kolscope.stats.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kolscope.stats.groups.ReferenceCases;

/**
 * Confidence and prediction bands of the power-law line on {@code ols_loglog_influence.json}
 * (20 KOLs). Expected values from scipy 1.17.1 / numpy 2 (no statsmodels on the machine, so the
 * band is the textbook formula around {@code scipy.stats.linregress}):
 *
 * <pre>
 * u, v = np.log10(followers), np.log10(likes); r = stats.linregress(u, v); n = 20
 * s = sqrt(sum((v - r.intercept - r.slope*u)**2) / (n-2))   # 0.49581030510782326
 * u.mean()                                                  # 4.9497519477464085
 * suu = sum((u - u.mean())**2)                              # 18.7162789939843
 * q = stats.t.ppf((1+level)/2, n-2); fit = r.intercept + r.slope*log10(x0)
 * hc = q*s*sqrt(1/n + (log10(x0)-u.mean())**2/suu); hp = q*s*sqrt(1 + 1/n + ...)
 * 10**fit, 10**(fit-hc), 10**(fit+hc), 10**(fit-hp), 10**(fit+hp)
 * </pre>
 *
 * The same numbers come from R's {@code 10^predict(lm(log10(likes) ~ log10(followers)),
 * data.frame(followers = x0), interval = "confidence" | "prediction", level = level)}. Tolerance:
 * relative 1e-9 (both sides are double-precision evaluations of one closed form; the t quantile
 * comes from two libraries).
 */
class PowerLaw_BandTest {
  private static final JsonNode CASE = ReferenceCases.load("ols_loglog_influence");
  private static final double[] FOLLOWERS =
      ReferenceCases.doubles(CASE.path("input").path("followers"));
  private static final double[] LIKES = ReferenceCases.doubles(CASE.path("input").path("likes"));

  private static void assertRel(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * 1e-9));
  }

  static Stream<Arguments> scipyBands() {
    // level, x0, fitted, conf low, conf high, pred low, pred high
    return Stream.of(
        Arguments.of(0.95, 1e4, 406.9755507209023, 191.93468970617275, 862.9450941783297,
            32.95824912857404, 5025.421655089836),
        Arguments.of(0.95, 1e5, 1723.4248047961933, 1007.294229589819, 2948.6846747809636,
            147.55065176923193, 20129.989411582937),
        Arguments.of(0.95, 3e6, 14530.729628026345, 5333.038598501416, 39591.332337653395,
            1079.7610026851185, 195545.2206532192),
        Arguments.of(0.90, 1e4, 406.9755507209023, 218.85240554901105, 756.8073033928329,
            51.11845029845008, 3240.104070400656),
        Arguments.of(0.90, 3e6, 14530.729628026345, 6353.134975255917, 33234.31728511284,
            1700.0595658032614, 124196.88566796781));
  }

  @ParameterizedTest(name = "level {0} at {1} followers")
  @MethodSource("scipyBands")
  void bands_matchScipy(double level, double x0, double fitted, double cLow, double cHigh,
      double pLow, double pHigh) {
    PowerLaw.Result r = PowerLaw.fit(FOLLOWERS, LIKES, level, PowerLaw.NO_BOOTSTRAP, 0);
    PowerLaw.Band c = r.confidenceBand(x0);
    PowerLaw.Band p = r.predictionBand(x0);
    assertRel(c.fitted(), fitted);
    assertRel(c.low(), cLow);
    assertRel(c.high(), cHigh);
    assertRel(p.fitted(), fitted);
    assertRel(p.low(), pLow);
    assertRel(p.high(), pHigh);
    assertThat(c.level()).isEqualTo(level);
  }

  @Test
  void bandInputs_matchScipy() {
    PowerLaw.Result r = PowerLaw.fit(FOLLOWERS, LIKES, 1);
    assertRel(r.residualSd(), 0.49581030510782326);
    assertRel(r.meanLogFollowers(), 4.9497519477464085);
    assertRel(r.sxxLogFollowers(), 18.7162789939843);
    // residual_std_error of the reference case (R summary(fit)$sigma)
    assertRel(r.residualSd(), CASE.path("expected").path("residual_std_error").asDouble());
  }

  /** The confidence band is narrowest at the mean log follower count, where it is t·s/√n wide. */
  @Test
  void confidenceBand_narrowestAtTheMean() {
    PowerLaw.Result r = PowerLaw.fit(FOLLOWERS, LIKES, 0.95, PowerLaw.NO_BOOTSTRAP, 0);
    double atMean = Math.pow(10, r.meanLogFollowers());
    PowerLaw.Band mid = r.confidenceBand(atMean);
    double halfLog = Math.log10(mid.high()) - Math.log10(mid.fitted());
    // R: qt(0.975, 18) = 2.10092204024096
    assertThat(halfLog).isCloseTo(2.10092204024096 * r.residualSd() / Math.sqrt(20), within(1e-9));
    for (double x : new double[] {atMean / 10, atMean * 10}) {
      PowerLaw.Band off = r.confidenceBand(x);
      assertThat(Math.log10(off.high()) - Math.log10(off.fitted())).isGreaterThan(halfLog);
    }
  }

  @Test
  void exactPowerLaw_bandHasZeroWidth() {
    double[] f = {1_000, 5_000, 20_000, 80_000, 300_000, 1_000_000};
    double[] y = Arrays.stream(f).map(v -> 3.0 * Math.pow(v, 0.8)).toArray();
    PowerLaw.Band b =
        PowerLaw.fit(f, y, 0.95, PowerLaw.NO_BOOTSTRAP, 0).predictionBand(50_000);
    assertThat(b.fitted()).isCloseTo(3.0 * Math.pow(50_000, 0.8), within(1e-6));
    assertThat(b.high() - b.low()).isCloseTo(0, within(1e-6));
  }

  @Test
  void noBootstrap_boundsAreNaN_andReportSaysNothingOfIt() {
    PowerLaw.Result r = PowerLaw.fit(FOLLOWERS, LIKES, 0.95, PowerLaw.NO_BOOTSTRAP, 0);
    assertThat(r.bBootLow()).isNaN();
    assertThat(r.bBootHigh()).isNaN();
    assertThat(r.resamples()).isZero();
    assertThat(r.toString()).doesNotContain("bootstrap").contains("(t)");
    // the analytic part is the same as with a bootstrap
    PowerLaw.Result withBoot = PowerLaw.fit(FOLLOWERS, LIKES, 1);
    assertThat(r.b()).isEqualTo(withBoot.b());
    assertThat(r.bCiLow()).isEqualTo(withBoot.bCiLow());
  }

  @Test
  void badArguments_rejected() {
    PowerLaw.Result r = PowerLaw.fit(FOLLOWERS, LIKES, 0.95, PowerLaw.NO_BOOTSTRAP, 0);
    assertThat(assertThrows(IllegalArgumentException.class, () -> r.confidenceBand(0))
            .getMessage()).contains("got 0.0");
    assertThrows(IllegalArgumentException.class, () -> r.predictionBand(Double.NaN));
    assertThat(assertThrows(IllegalArgumentException.class,
            () -> PowerLaw.fit(FOLLOWERS, LIKES, 0.95, 50, 0)).getMessage())
        .contains("got 50");
  }
}
