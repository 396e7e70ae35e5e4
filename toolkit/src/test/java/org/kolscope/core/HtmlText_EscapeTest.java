package org.kolscope.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

/** The one HTML escaper: the five special characters, and characters neither HTML nor XML allow. */
class HtmlText_EscapeTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "<img src=x onerror=alert(1)>|&lt;img src=x onerror=alert(1)&gt;",
      "a & b|a &amp; b",
      "`\"quoted\" 'single'`|&quot;quoted&quot; &#39;single&#39;",
      "&amp;|&amp;amp;",
      "小红书 🌸|小红书 🌸",
      "]]>|]]&gt;",
      "plain|plain"})
  void specialCharacters_becomeReferences(String in, String out) {
    assertThat(HtmlText.escape(in)).isEqualTo(out);
  }

  @ParameterizedTest
  @CsvSource({"0", "1", "8", "11", "12", "31", "127", "159", "55296", "57343", "65534", "65535"})
  void charactersNeitherHtmlNorXmlAllow_becomeReplacementChar(int code) {
    assertThat(HtmlText.escape("a" + (char) code + "b")).isEqualTo("a\uFFFDb");
  }

  @ParameterizedTest
  @CsvSource({"9", "10", "13"})
  void tabAndNewlines_stay(int code) {
    assertThat(HtmlText.escape("a" + (char) code + "b")).isEqualTo("a" + (char) code + "b");
  }

  @ParameterizedTest
  @NullSource
  void nullText_isEmpty(String s) {
    assertThat(HtmlText.escape(s)).isEmpty();
  }
}
