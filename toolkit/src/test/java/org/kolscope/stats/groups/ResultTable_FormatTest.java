package org.kolscope.stats.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Number text in the result reports. */
class ResultTable_FormatTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0.237962249614792, 0.238",
    "20.720654665587926, 20.72",
    "177300.5, 177300.5",
    "272844.0, 272844",
    "3.166408980905042e-05, 3.166e-05",
    "-0.4994921329914309, -0.4995",
    "2.5e9, 2.500e+09",
    "NaN, NA"
  })
  void fmt_readable(double v, String text) {
    assertThat(ResultTable.fmt(v)).isEqualTo(text);
  }

  @Test
  void fmtP_underflowShownAsBound() {
    assertThat(ResultTable.fmtP(0.0)).isEqualTo("< 1e-300");
    assertThat(ResultTable.fmtP(0.04)).isEqualTo("0.04");
  }

  @Test
  void keyValue_lengthMismatch_rejected() {
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> ResultTable.keyValue("t", new String[] {"a"}, new double[] {1, 2}))
                .getMessage())
        .contains("1 keys and 2 values");
  }
}
