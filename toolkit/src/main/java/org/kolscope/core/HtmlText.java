package org.kolscope.core;

/**
 * HTML escaping — the one escaper of KOLScope (the audit report and the notebook kernel's tables
 * and results use it). The text is safe in element content and in double- or single-quoted
 * attribute values, and the markup stays well-formed XML as well as HTML5.
 */
public final class HtmlText {
  private HtmlText() {}

  /**
   * Escapes text for element content and double- or single-quoted attribute values: {@code & < > "
   * '} become character references; control characters other than tab, line feed and carriage
   * return, and unpaired surrogates (which neither HTML nor XML allow) become U+FFFD.
   *
   * @param s the text; null gives ""
   * @return the escaped text
   */
  public static String escape(String s) {
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
}
