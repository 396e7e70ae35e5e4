package org.kolscope.core;

import java.util.Locale;

/**
 * Text shown as Java source: a value on one line, or a string literal a notebook user can paste
 * into the next cell. The kernel's variable listing and the loader's one-line warnings use it.
 */
public final class JavaText {
  private JavaText() {}

  /**
   * Line breaks, tabs and other control characters as Java escapes ({@code \n}, {@code \t},
   * {@code \r}, {@code \u0007}), so the text stays on one line; everything else as it is.
   *
   * @param s the text (not null)
   * @return the text with its control characters escaped
   */
  public static String escapeControls(String s) {
    return escape(s, false);
  }

  /**
   * {@code s} as a Java string literal: in double quotes, with backslashes, double quotes and
   * control characters escaped; {@code C:\data\"a".csv} gives {@code "C:\\data\\\"a\".csv"}.
   *
   * @param s the text (not null)
   * @return the literal, quotes included
   */
  public static String literal(String s) {
    return '"' + escape(s, true) + '"';
  }

  private static String escape(String s, boolean quotes) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        case '\\', '"' -> sb.append(quotes ? "\\" : "").append(c);
        default -> {
          if (Character.isISOControl(c)) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
