package org.kolscope.io;

import java.math.BigDecimal;
import java.text.Normalizer;

/**
 * Parses counts as exports write them, exactly: {@code 1.2万} is 12000 and {@code 422.9万} is
 * 4229000, computed in decimal arithmetic so no binary rounding creeps in.
 *
 * <p>Accepted forms (after Unicode NFKC normalisation, so full-width digits work):
 *
 * <ul>
 *   <li>plain integers, with thousands separators {@code ,} or spaces in groups of three ({@code
 *       3,210}, {@code 1 234 567}); a decimal point with an integral value ({@code 12000.0});
 *   <li>a unit suffix: {@code 万}/{@code w}/{@code W} (×10⁴), {@code 亿} (×10⁸), {@code 千}/{@code
 *       k}/{@code K} (×10³), {@code m}/{@code M} (×10⁶), {@code b}/{@code B} (×10⁹);
 *   <li>a trailing {@code +} ({@code 10万+}, {@code 999+}): the value is a lower bound, reported by
 *       {@link #lowerBound()};
 *   <li>{@code -}, {@code —}, {@code –}, {@code N/A}-like markers and empty text: missing.
 * </ul>
 *
 * <p>Rejected with a reason ({@link #error()}): text that is not a number ({@code NaN}, {@code
 * abc}), a negative count, a value with a fraction left after scaling ({@code 1.23456万}), and a
 * value beyond {@code Long.MAX_VALUE}.
 *
 * <p>An instance is a reusable cursor (not thread-safe): {@link #parse(String)} sets {@link
 * #value()}, {@link #lowerBound()}, {@link #missing()} and {@link #error()}. The static {@link
 * #count(String)} is the convenient form for one value.
 */
public final class CountParser {
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private long value;
  private double decimal;
  private boolean lowerBound;
  private boolean missing;
  private String error;

  /** The parsed count; 0 when missing or in error. */
  public long value() {
    return value;
  }

  /** Whether the count carried a {@code +} suffix (a lower bound such as {@code 10万+}). */
  public boolean lowerBound() {
    return lowerBound;
  }

  /** Whether the text stood for a missing value ({@code -}, {@code —}, empty). */
  public boolean missing() {
    return missing;
  }

  /** Why the last text was rejected, or {@code null}. */
  public String error() {
    return error;
  }

  /** The value of the last {@link #parseNumber} call. */
  public double decimal() {
    return decimal;
  }

  /**
   * Parses one count.
   *
   * @return true if a count (possibly a lower bound) was read, false if missing or rejected
   */
  public boolean parse(String text) {
    reset();
    if (text == null) {
      missing = true;
      return false;
    }
    int n = text.length();
    // fast path: plain non-negative integer up to 18 digits
    if (n > 0 && n <= 18) {
      long v = 0;
      int i = 0;
      for (; i < n; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          break;
        }
        v = v * 10 + (c - '0');
      }
      if (i == n) {
        value = v;
        return true;
      }
    }
    return parseSlow(text);
  }

  private boolean parseSlow(String raw) {
    String s = prepare(raw);
    if (s == null) {
      return false;
    }
    s = stripLowerBound(s);
    BigDecimal d = decimalOf(s, raw);
    if (d == null) {
      return false;
    }
    if (d.signum() < 0) {
      error = "negative count";
      return false;
    }
    if (d.compareTo(LONG_MAX) > 0) {
      error = "count overflows a 64-bit integer";
      return false;
    }
    try {
      value = d.longValueExact();
    } catch (ArithmeticException e) {
      error = "count is not a whole number (" + d.stripTrailingZeros().toPlainString() + ")";
      return false;
    }
    return true;
  }

  /**
   * Parses a decimal quantity (prices, rates): the count forms plus fractions, currency marks
   * ({@code ¥}, {@code 元}, {@code RMB}) and a trailing {@code %} (divided by 100: {@code 8%} is
   * 0.08). Negative values are allowed here; callers decide.
   *
   * @return true if a number was read into {@link #decimal()}
   */
  public boolean parseNumber(String raw) {
    reset();
    String s = prepare(raw);
    if (s == null) {
      return false;
    }
    s = stripCurrency(s);
    boolean percent = s.endsWith("%");
    if (percent) {
      s = s.substring(0, s.length() - 1).trim();
    }
    s = stripLowerBound(s);
    BigDecimal d = decimalOf(s, raw);
    if (d == null) {
      return false;
    }
    if (percent) {
      d = d.movePointLeft(2);
    }
    decimal = d.doubleValue();
    return true;
  }

  /** Parses one count, throwing on bad text; missing gives {@code null}. */
  public static Long count(String text) {
    CountParser p = new CountParser();
    if (p.parse(text)) {
      return p.value;
    }
    if (p.missing) {
      return null;
    }
    throw new NumberFormatException("bad count '" + text + "': " + p.error);
  }

  /** Parses one decimal quantity ({@link #parseNumber}), throwing on bad text; missing → null. */
  public static Double number(String text) {
    CountParser p = new CountParser();
    if (p.parseNumber(text)) {
      return p.decimal;
    }
    if (p.missing) {
      return null;
    }
    throw new NumberFormatException("bad number '" + text + "': " + p.error);
  }

  /** Normalised text, or null (with {@link #missing} set) for null and missing markers. */
  private String prepare(String raw) {
    String s = raw == null ? "" : normalize(raw);
    if (isMissingMarker(s)) {
      missing = true;
      return null;
    }
    return s;
  }

  /** Removes a trailing {@code +}, recording that the value is a lower bound. */
  private String stripLowerBound(String s) {
    if (s.endsWith("+")) {
      lowerBound = true;
      return s.substring(0, s.length() - 1).trim();
    }
    return s;
  }

  private void reset() {
    value = 0;
    decimal = Double.NaN;
    lowerBound = false;
    missing = false;
    error = null;
  }

  private static String normalize(String raw) {
    String s = raw;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        break;
      }
    }
    return s.strip();
  }

  /** Text that stands for "no value". */
  static boolean isMissingMarker(String s) {
    if (s.isEmpty()) {
      return true;
    }
    switch (s) {
      case "-":
      case "--":
      case "—":
      case "——":
      case "–":
      case "/":
      case "N/A":
      case "n/a":
      case "NA":
      case "null":
      case "NULL":
      case "None":
      case "无":
      case "暂无":
        return true;
      default:
        return false;
    }
  }

  private static String stripCurrency(String s) {
    String t = s;
    if (t.startsWith("¥") || t.startsWith("￥") || t.startsWith("$")) {
      t = t.substring(1).strip();
    }
    if (t.regionMatches(true, 0, "RMB", 0, 3) || t.regionMatches(true, 0, "CNY", 0, 3)) {
      t = t.substring(3).strip();
    }
    if (t.endsWith("元")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.length() > 3
        && (t.regionMatches(true, t.length() - 3, "RMB", 0, 3)
            || t.regionMatches(true, t.length() - 3, "CNY", 0, 3))) {
      t = t.substring(0, t.length() - 3).strip();
    }
    return t;
  }

  /** Number text with an optional unit suffix → exact decimal, or null with {@link #error} set. */
  private BigDecimal decimalOf(String s, String raw) {
    if (s.isEmpty()) {
      error = "no digits";
      return null;
    }
    long multiplier = 1;
    char last = s.charAt(s.length() - 1);
    switch (last) {
      case '万':
      case 'w':
      case 'W':
        multiplier = 10_000L;
        break;
      case '亿':
        multiplier = 100_000_000L;
        break;
      case '千':
      case 'k':
      case 'K':
        multiplier = 1_000L;
        break;
      case 'm':
      case 'M':
        multiplier = 1_000_000L;
        break;
      case 'b':
      case 'B':
        multiplier = 1_000_000_000L;
        break;
      default:
        break;
    }
    String num = multiplier == 1 ? s : s.substring(0, s.length() - 1).strip();
    String digits = stripGrouping(num);
    if (digits == null) {
      error = "not a number";
      return null;
    }
    BigDecimal d;
    try {
      d = new BigDecimal(digits);
    } catch (NumberFormatException e) {
      error = "not a number";
      return null;
    }
    return multiplier == 1 ? d : d.multiply(BigDecimal.valueOf(multiplier));
  }

  /**
   * Removes thousands separators ({@code ,}, space, thin/no-break space) when they group the
   * integer part in threes; returns null for anything that is not a plain decimal numeral.
   */
  private static String stripGrouping(String num) {
    int n = num.length();
    StringBuilder sb = new StringBuilder(n);
    int start = 0;
    if (n > 0 && (num.charAt(0) == '-' || num.charAt(0) == '+')) {
      sb.append(num.charAt(0));
      start = 1;
    }
    int dot = num.indexOf('.');
    int intEnd = dot < 0 ? n : dot;
    boolean grouped = false;
    int digitsSinceSep = -1; // -1: no separator seen yet
    int leadDigits = 0;
    for (int i = start; i < intEnd; i++) {
      char c = num.charAt(i);
      if (c >= '0' && c <= '9') {
        sb.append(c);
        if (digitsSinceSep < 0) {
          leadDigits++;
        } else {
          digitsSinceSep++;
        }
      } else if (c == ',' || c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009'
          || c == '\'') {
        if (digitsSinceSep < 0) {
          if (leadDigits == 0 || leadDigits > 3) {
            return null;
          }
        } else if (digitsSinceSep != 3) {
          return null;
        }
        grouped = true;
        digitsSinceSep = 0;
      } else {
        return null;
      }
    }
    if (grouped && digitsSinceSep != 3) {
      return null;
    }
    if (sb.length() == start) {
      if (dot < 0) {
        return null;
      }
      sb.append('0');
    }
    if (dot >= 0) {
      sb.append('.');
      int fracDigits = 0;
      for (int i = dot + 1; i < n; i++) {
        char c = num.charAt(i);
        if (c < '0' || c > '9') {
          return null;
        }
        sb.append(c);
        fracDigits++;
      }
      if (fracDigits == 0) {
        sb.setLength(sb.length() - 1);
      }
    }
    return sb.toString();
  }
}
