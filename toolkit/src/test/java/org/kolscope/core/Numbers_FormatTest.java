package org.kolscope.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one number formatter: each style on hand-checked values (the expected texts are the
 * numbers' own digits rounded as the style says; C's printf gives the same for {@code %.6g}),
 * and one spelling of a missing value in every style.
 */
class Numbers_FormatTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "10000, '10,000'",
    "1234.56, '1,235'",
    "102.5, 102.5",
    "102.456, 102.46",
    "0.0638123, 0.0638",
    "-3, -3",
  })
  void readable(double v, String text) {
    assertThat(Numbers.readable(v)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0.237962249614792, 0.238",
    "20.720654665587926, 20.72",
    "177300.5, 177300.5",
    "272844.0, 272844",
    "3.166408980905042e-05, 3.166e-05",
    "-0.4994921329914309, -0.4995",
    "2.5e9, 2.500e+09",
  })
  void stat_fourSignificantDigits(double v, String text) {
    assertThat(Numbers.stat(v)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // python3: '%.6g' % 2.46868 -> 2.46868; '%.6g' % 0.0000123456 -> 1.23456e-05
    "2.46868, 2.46868",
    "245.57, 245.57",
    "1.23456e-05, 1.23456e-05",
    "200, 200",
  })
  void precise_sixSignificantDigits(double v, String text) {
    assertThat(Numbers.precise(v)).isEqualTo(text);
  }

  @Test
  void percent_keepsSignificantDigitsOfTinyRates() {
    // 156 interactions / 4,229,000 followers = 3.689e-5 = 0.00369 % (by hand)
    assertThat(Numbers.percent(156.0 / 4_229_000)).isEqualTo("0.00369 %");
    assertThat(Numbers.percent(0.8159)).isEqualTo("81.59 %");
    assertThat(Numbers.percent(0.01)).isEqualTo("1 %");
  }

  @Test
  void pAndSigned() {
    assertThat(Numbers.p(0.0)).isEqualTo("< 1e-300");
    assertThat(Numbers.p(0.04)).isEqualTo("0.04");
    assertThat(Numbers.signed(-4.62)).isEqualTo("−4.6");
    assertThat(Numbers.signed(0.25)).isEqualTo("0.3");
  }

  @Test
  void missingAndInfinite_spelledOnceForEveryStyle() {
    for (double v : new double[] {Double.NaN}) {
      assertThat(new String[] {Numbers.readable(v), Numbers.percent(v), Numbers.stat(v),
          Numbers.p(v), Numbers.precise(v), Numbers.signed(v)}).containsOnly(Numbers.MISSING);
    }
    assertThat(new String[] {Numbers.readable(Double.POSITIVE_INFINITY),
        Numbers.stat(Double.POSITIVE_INFINITY), Numbers.precise(Double.POSITIVE_INFINITY)})
        .containsOnly("Inf");
    assertThat(Numbers.stat(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
  }

  /** Grouping against the JDK's own {@code %,d} (Locale.ROOT), the form it replaces. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(longs = {0, 7, -7, 999, -999, 1000, -1000, 12345, 123456, -123456, 1234567,
      999_999_999_999_999L, Long.MAX_VALUE, Long.MIN_VALUE})
  void grouped_equalsJavaFormatter(long v) {
    assertThat(Numbers.grouped(v)).isEqualTo(String.format(Locale.ROOT, "%,d", v));
  }
}
