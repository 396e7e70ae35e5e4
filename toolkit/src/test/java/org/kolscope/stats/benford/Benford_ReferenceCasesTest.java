package org.kolscope.stats.benford;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kolscope.stats.outliers.ReferenceCases.doubles;
import static org.kolscope.stats.outliers.ReferenceCases.load;
import static org.kolscope.stats.outliers.ReferenceCases.rel;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Benford first-digit test against the four benford_*_1000.json cases: R 4.2.2 {@code
 * chisq.test(counts, p = log10(1 + 1/(1:9)))}, scipy 1.10.1 {@code chi2.sf}, Nigrini's MAD classes.
 * Tolerances from the files: counts exact, χ² rel 1e-10, p rel 1e-8 (abs 1e-300 when
 * underflowing), MAD abs 1e-12; z (not toleranced in the file) rel 1e-9.
 */
class Benford_ReferenceCasesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "benford_loguniform_1000",
        "benford_mixture_acceptable_1000",
        "benford_mixture_marginal_1000",
        "benford_uniform_1000"
      })
  void firstDigit_matchesReference(String name) {
    JsonNode c = load(name);
    JsonNode e = c.get("expected");
    BenfordResult r = Benford.firstDigit(doubles(c.get("input").get("x")));
    assertThat(r.n()).isEqualTo(e.get("N").asInt());
    long[] counts = new long[9];
    for (int i = 0; i < 9; i++) {
      counts[i] = e.get("digit_counts_1_to_9").get(i).asLong();
    }
    assertThat(r.counts()).containsExactly(counts);
    assertThat(rel(r.chiSquare(), e.get("chi_square").asDouble())).isLessThan(1e-10);
    double p = e.get("p_value").asDouble();
    assertThat(p < 1e-290 ? Math.abs(r.pValue() - p) : rel(r.pValue(), p)).isLessThan(1e-8);
    assertThat(Math.abs(r.mad() - e.get("MAD").asDouble())).isLessThan(1e-12);
    assertThat(r.conformity().label()).isEqualTo(e.get("MAD_conformity_nigrini_first_digit").asText());
    double[] z = doubles(e.get("z_stat_nigrini_cc_if_smaller"));
    double[] expected = doubles(e.get("benford_proportions"));
    for (int i = 0; i < 9; i++) {
      assertThat(rel(r.z()[i], z[i])).as("z[%d]", i).isLessThan(1e-9);
      assertThat(rel(r.expected()[i], expected[i])).isLessThan(1e-15);
    }
    assertThat(r.df()).isEqualTo(8);
    assertThat(r.warnings()).isEmpty(); // N = 1000: no small-sample warning
  }

  @Test
  void leadingDigits_exactForPowersOfTen() {
    assertThat(Benford.leadingDigits(1000, 1)).isEqualTo(1);
    assertThat(Benford.leadingDigits(1e15, 2)).isEqualTo(10);
    assertThat(Benford.leadingDigits(0.00345, 2)).isEqualTo(34);
    assertThat(Benford.leadingDigits(7, 2)).isEqualTo(70);
    assertThat(Benford.leadingDigits(99999, 2)).isEqualTo(99);
  }

  @Test
  void firstTwoDigits_ninetyBins_andSmallSampleWarning() {
    double[] x = new double[200];
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.floor(Math.pow(10, 1 + 4.0 * i / x.length));
    }
    BenfordResult r = Benford.firstTwoDigits(x);
    assertThat(r.counts()).hasSize(90);
    assertThat(r.df()).isEqualTo(89);
    assertThat(r.warnings()).anyMatch(w -> w.contains("1000"));
  }

  @Test
  void conformityBounds_fromDomainFacts() {
    // docs/domain.md: first digit <= 0.006 close, <= 0.012 acceptable, <= 0.015 marginal
    assertThat(Conformity.of(0.006, Benford.Digits.FIRST)).isEqualTo(Conformity.CLOSE);
    assertThat(Conformity.of(0.0061, Benford.Digits.FIRST)).isEqualTo(Conformity.ACCEPTABLE);
    assertThat(Conformity.of(0.0151, Benford.Digits.FIRST)).isEqualTo(Conformity.NONCONFORMITY);
    // first two digits: 0.0012 / 0.0018 / 0.0022
    assertThat(Conformity.of(0.0019, Benford.Digits.FIRST_TWO)).isEqualTo(Conformity.MARGINAL);
    assertThat(Conformity.of(0.0023, Benford.Digits.FIRST_TWO)).isEqualTo(Conformity.NONCONFORMITY);
  }
}
