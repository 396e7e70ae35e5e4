package org.kolscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class Quantiles_Type7Test {
  private static final double[] X = {2.0, 4.0, 4.0, 5.0, 7.0, 9.0, 10.0, 12.0};

  @Test
  void quantile_matchesR() {
    // numpy (default method 'linear' = R type 7):
    // np.quantile([2,4,4,5,7,9,10,12], [.1,.25,.5,.75,.9]) -> [3.4, 4.0, 6.0, 9.25, 10.6]
    assertThat(Quantiles.quantile(X, 0.10)).isCloseTo(3.40, within(1e-12));
    assertThat(Quantiles.quantile(X, 0.25)).isCloseTo(4.00, within(1e-12));
    assertThat(Quantiles.median(X)).isCloseTo(6.00, within(1e-12));
    assertThat(Quantiles.quantile(X, 0.75)).isCloseTo(9.25, within(1e-12));
    assertThat(Quantiles.quantile(X, 0.90)).isCloseTo(10.60, within(1e-12));
    assertThat(Quantiles.iqr(X)).isCloseTo(5.25, within(1e-12));
  }

  @Test
  void mad_matchesR() {
    // scipy.stats.median_abs_deviation(x) -> 2.5;
    // scipy.stats.median_abs_deviation(x, scale='normal') -> 3.706505546264005
    assertThat(Quantiles.mad(X)).isCloseTo(2.5, within(1e-12));
    assertThat(Quantiles.madNormal(X)).isCloseTo(3.706505546264005, within(1e-12));
  }

  @Test
  void singleValue() {
    assertThat(Quantiles.quantile(new double[] {3}, 0.9)).isEqualTo(3.0);
  }

  @Test
  void badInput_quotesValue() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> Quantiles.quantile(X, 1.5)).getMessage())
        .isEqualTo("quantile probability must be in [0, 1], got 1.5");
    assertThat(assertThrows(IllegalArgumentException.class, () -> Quantiles.median(new double[0])).getMessage())
        .isEqualTo("quantile of an empty sample");
    assertThat(assertThrows(IllegalArgumentException.class, () -> Quantiles.median(new double[] {1, Double.NaN})).getMessage())
        .isEqualTo("sample contains NaN: drop missing values first");
  }
}
