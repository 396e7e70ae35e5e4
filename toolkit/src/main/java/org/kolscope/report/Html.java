package org.kolscope.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.kolscope.core.HtmlText;
import org.kolscope.core.Numbers;

/**
 * Small helpers for writing the report's HTML by hand: the inline assets and p-values after their name (escaping: {@link HtmlText}) (numbers:
 * {@link Numbers}). The report is written as polyglot markup (well-formed XML that is also valid HTML5), so a
 * plain XML parser can check it and browsers read it as ordinary HTML.
 */
final class Html {
  private Html() {}

  /** A p-value after its name: {@code " = 0.012"}, or {@code " < 1e-300"} when it underflowed. */
  static String pIs(double v) {
    String t = Numbers.p(v);
    return t.startsWith("<") ? " " + HtmlText.escape(t) : " = " + t;
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
