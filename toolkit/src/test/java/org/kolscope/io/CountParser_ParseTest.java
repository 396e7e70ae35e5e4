package org.kolscope.io;

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
        "NaN|not a number",
        "abc|not a number",
        "1e5|not a number",
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
      })
  void number_decimalForms(String text, double expected) {
    assertThat(CountParser.number(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"8%%", "¥", "abc元"})
  void number_rejectsGarbage(String text) {
    NumberFormatException e = assertThrows(NumberFormatException.class, () -> CountParser.number(text));
    assertThat(e.getMessage()).contains("'" + text + "'");
  }
}
