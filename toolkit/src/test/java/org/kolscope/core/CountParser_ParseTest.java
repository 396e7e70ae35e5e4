package org.kolscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountParser_ParseTest {

  // Expected values are the arithmetic meaning of each unit (万 = 10^4, 亿 = 10^8, k = 10^3,
  // M = 10^6, B = 10^9; docs/domain.md "How counts appear"), computed by hand.
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0|0|false",
        "7|7|false",
        "1.2万|12000|false",
        "422.9万|4229000|false",
        "20.6万|206000|false",
        "2.1万|21000|false",
        "10万+|100000|true",
        "10w+|100000|true",
        "1.5w|15000|false",
        "1.5W|15000|false",
        "1.2亿|120000000|false",
        "3.5k|3500|false",
        "221.7K|221700|false",
        "2.1m|2100000|false",
        "135.4M|135400000|false",
        "1B|1000000000|false",
        "3千|3000|false",
        "3,210|3210|false",
        "1,234,567|1234567|false",
        "1 234 567|1234567|false",
        "'  42  '|42|false",
        "12000.0|12000|false",
        "999+|999|true",
        "１２３|123|false",
        "1.2万 +|12000|true",
        "9223372036854775807|9223372036854775807|false",
        "0.0001万|1|false",
        // scientific notation (pandas, R, Java): 1e6 = 1 × 10^6; 1.2E+06 = 1.2 × 10^6 = 1200000;
        // 1.5e3 = 1500; 2.5E2 = 250; 12000.0e0 = 12000; 9.223372036854775807E18 = Long.MAX_VALUE
        "1e6|1000000|false",
        "1E6|1000000|false",
        "1.2E+06|1200000|false",
        "1.5e3|1500|false",
        "2.5E2|250|false",
        "12000.0e0|12000|false",
        "+1e3|1000|false",
        "1e0|1|false",
        "9.223372036854775807E18|9223372036854775807|false",
        "1e5+|100000|true",
      })
  void parse_validCount(String text, long expected, boolean lowerBound) {
    CountParser p = new CountParser();
    assertThat(p.parse(text)).as(text).isTrue();
    assertThat(p.value()).isEqualTo(expected);
    assertThat(p.lowerBound()).isEqualTo(lowerBound);
    assertThat(p.error()).isNull();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"-", "—", "–", "--", "  ", "N/A", "NA", "null", "暂无"})
  void parse_missingMarkers(String text) {
    CountParser p = new CountParser();
    assertThat(p.parse(text)).isFalse();
    assertThat(p.missing()).isTrue();
    assertThat(p.error()).isNull();
    assertThat(CountParser.count(text)).isNull();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "abc|not a number",
        "1.5e-3|count is not a whole number (0.0015)",
        "1.23456e2|count is not a whole number (123.456)",
        "1e-400|count is not a whole number (1E-400)",
        "1e19|count overflows a 64-bit integer",
        "-1e3|negative count",
        "1e|not a number",
        "e5|not a number",
        "1e5k|not a number",
        "1,000e3|not a number",
        "1e+|not a number",
        "1.2.3e4|not a number",
        "1e1234567890|exponent out of range",
        "-5|negative count",
        "-1.2万|negative count",
        "1.23456万|count is not a whole number (12345.6)",
        "0.5|count is not a whole number (0.5)",
        "9223372036854775808|count overflows a 64-bit integer",
        "99999999999999999999|count overflows a 64-bit integer",
        "1,2|not a number",
        "12,34,567|not a number",
        "1,2345|not a number",
        "万|not a number",
        "+|no digits",
        "1.2.3|not a number",
      })
  void parse_rejectsWithReason(String text, String reason) {
    CountParser p = new CountParser();
    assertThat(p.parse(text)).isFalse();
    assertThat(p.missing()).isFalse();
    assertThat(p.error()).isEqualTo(reason);
    NumberFormatException e = assertThrows(NumberFormatException.class, () -> CountParser.count(text));
    assertThat(e.getMessage()).contains("'" + text + "'").contains(reason);
  }

  // How pandas (nan, inf, -inf), R (NaN, Inf, -Inf), Python's json (NaN, Infinity) and Java
  // (NaN, Infinity, -Infinity) write non-finite floats: missing, with what the text stood for
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "NaN|NaN",
        "nan|NaN",
        "NAN|NaN",
        "inf|infinity",
        "+inf|infinity",
        "Inf|infinity",
        "Infinity|infinity",
        "infinity|infinity",
        "-inf|minus infinity",
        "-Inf|minus infinity",
        "-Infinity|minus infinity",
        "' nan '|NaN",
      })
  void parse_nonFiniteIsMissingWithKind(String text, String kind) {
    CountParser p = new CountParser();
    assertThat(p.parse(text)).isFalse();
    assertThat(p.missing()).isTrue();
    assertThat(p.nonFinite()).isEqualTo(kind);
    assertThat(p.error()).isNull();
    assertThat(p.parseNumber(text)).isFalse();
    assertThat(p.missing()).isTrue();
    assertThat(p.nonFinite()).isEqualTo(kind);
    // the one-value helpers have no report to put it in: they refuse it
    NumberFormatException e = assertThrows(NumberFormatException.class, () -> CountParser.number(text));
    assertThat(e.getMessage()).contains("not a finite number (" + kind + ")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nano", "info", "naN1", "in f", "-", "infinite"})
  void parse_wordsNearNonFiniteAreNotMissing(String text) {
    CountParser p = new CountParser();
    p.parse(text);
    assertThat(p.nonFinite()).isNull();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "8%|0.08",
        "12.5%|0.125",
        "¥5,000|5000",
        "￥1.2万|12000",
        "5000元|5000",
        "RMB 800|800",
        "3.75|3.75",
        "-0.5|-0.5",
        // scientific notation, the expected values written out in positional notation by hand
        "3.2868e-05|0.000032868",
        "2.5E-4|0.00025",
        "1e6|1000000",
        "1.2E+06|1200000",
        "1.2e6|1200000",
        "2.7730394788474835E-4|0.00027730394788474835",
        "-1.5e-3|-0.0015",
        "5e-1%|0.005",
        "1.7976931348623157E308|1.7976931348623157E308",
        "4.9E-324|4.9E-324",
      })
  void number_decimalForms(String text, double expected) {
    assertThat(CountParser.number(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1e400|beyond the range of a double (about ±1.8E308)",
        "-1e309|beyond the range of a double (about ±1.8E308)",
        "1e-400|too close to zero for a double (below 4.9E-324)",
        "1e99999999999|exponent out of range",
      })
  void number_outOfDoubleRange_rejectedWithReason(String text, String reason) {
    CountParser p = new CountParser();
    assertThat(p.parseNumber(text)).isFalse();
    assertThat(p.error()).isEqualTo(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0", "-0.0", "-0e0", "-0.000"})
  void number_negativeZeroKeepsItsSign(String text) {
    // Double.toString(-0.0) is "-0.0"; a decimal has no negative zero, a double does
    assertThat(Double.doubleToRawLongBits(CountParser.number(text)))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
  }

  @ParameterizedTest(name = "{0}: decimal notation {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12000|false",
        "1.2万|false",
        "3,210|false",
        "12000.0|true",
        "1e6|true",
        "2.5E-4|true",
      })
  void decimalNotation_tellsCountsFromDecimals(String text, boolean decimal) {
    CountParser p = new CountParser();
    assertThat(p.parseNumber(text)).isTrue();
    assertThat(p.decimalNotation()).isEqualTo(decimal);
  }

  @ParameterizedTest
  @ValueSource(strings = {"8%%", "¥", "abc元"})
  void number_rejectsGarbage(String text) {
    NumberFormatException e = assertThrows(NumberFormatException.class, () -> CountParser.number(text));
    assertThat(e.getMessage()).contains("'" + text + "'");
  }
}
