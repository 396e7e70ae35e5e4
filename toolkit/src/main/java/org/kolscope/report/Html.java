package org.kolscope.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.kolscope.core.Numbers;

/**
 * Small helpers for writing the report's HTML by hand: escaping and the inline assets (numbers:
 * {@link Numbers}). The report is written as polyglot markup (well-formed XML that is also valid HTML5), so a
 * plain XML parser can check it and browsers read it as ordinary HTML.
 */
final class Html {
  private Html() {}

  /**
   * Escapes text for element content and double- or single-quoted attribute values: {@code & < > "
   * '} become character references; control characters other than tab, line feed and carriage
   * return, and unpaired surrogates (which neither HTML nor XML allow) become U+FFFD.
   *
   * @param s the text; null gives ""
   * @return the escaped text
   */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF
              || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c < 0xA0)) {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** A p-value after its name: {@code " = 0.012"}, or {@code " < 1e-300"} when it underflowed. */
  static String pIs(double v) {
    String t = Numbers.p(v);
    return t.startsWith("<") ? " " + esc(t) : " = " + t;
  }

  /** A machine-readable number for {@code data-sort} attributes; "" for NaN. */
  static String sortKey(double v) {
    return Double.isFinite(v) ? Double.toString(v) : "";
  }

  /** A text resource next to this class (the inline CSS and JavaScript). */
  static String resource(String name) {
    try (InputStream in = Html.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("report resource " + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report resource " + name, e);
    }
  }
}
