package org.kolscope.core;

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
 *   <li>scientific notation, as pandas, R and Java write numbers ({@code 1e6}, {@code 1.2E+06},
 *       {@code 1.5e3}): an optional sign, digits with an optional fraction, {@code e} or {@code
 *       E}, an optionally signed exponent of at most 9 digits; no thousands separators and no
 *       unit suffix with it. A count must still be whole: {@code 1.5e3} is 1500, {@code 1.5e-3}
 *       is rejected as a fraction;
 *   <li>a unit suffix: {@code 万}/{@code w}/{@code W} (×10⁴), {@code 亿} (×10⁸), {@code 千}/{@code
 *       k}/{@code K} (×10³), {@code m}/{@code M} (×10⁶), {@code b}/{@code B} (×10⁹);
 *   <li>a trailing {@code +} ({@code 10万+}, {@code 999+}): the value is a lower bound, reported by
 *       {@link #lowerBound()};
 *   <li>{@code -}, {@code —}, {@code –}, {@code N/A}-like markers and empty text: missing;
 *   <li>{@code NaN}, {@code nan}, {@code inf}, {@code -inf}, {@code Infinity}, {@code -Infinity}
 *       (any case, an optional {@code +}), as pandas, R, Python and Java write non-finite
 *       floats: missing too, but {@link #nonFinite()} says what the text stood for, so the
 *       loader can report it.
 * </ul>
 *
 * <p>Rejected with a reason ({@link #error()}): text that is not a number ({@code abc}), a
 * negative count, a value with a fraction left after scaling ({@code 1.23456万}, {@code
 * 1.5e-3}), and a value beyond {@code Long.MAX_VALUE}; for {@link #parseNumber} also a value
 * beyond the range of a double ({@code 1e400}) or too close to zero for one ({@code 1e-400}).
 *
 * <p>All arithmetic is on the exact decimal ({@link BigDecimal}); a decimal quantity is rounded
 * to a double once, at the end, to the nearest double — so any text {@link Double#toString}
 * writes reads back as the same double, {@code -0.0} included.
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
  private String nonFinite;
  private boolean decimalNotation;
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

  /**
   * What a missing value stood for when the text was a non-finite float: {@code "NaN"}, {@code
   * "infinity"} or {@code "minus infinity"}; {@code null} otherwise.
   */
  public String nonFinite() {
    return nonFinite;
  }

  /**
   * Whether the last number was written as a decimal rather than as a count: with an exponent
   * ({@code 1e6}) or with a decimal point and no unit ({@code 12000.0}, {@code 3.75}); {@code
   * 1.2万} is written as a count. Type sniffing uses it: a column written as decimals is DOUBLE.
   */
  public boolean decimalNotation() {
    return decimalNotation;
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
      BigDecimal f = d.stripTrailingZeros();
      error = "count is not a whole number (" + (f.scale() <= 30 ? f.toPlainString() : f.toString()) + ")";
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
    double v = d.doubleValue();
    if (Double.isInfinite(v)) {
      error = "beyond the range of a double (about ±1.8E308)";
      return false;
    }
    if (v == 0 && d.signum() != 0) {
      error = "too close to zero for a double (below 4.9E-324)";
      return false;
    }
    if (v == 0 && s.startsWith("-")) {
      v = -0.0; // a decimal has no negative zero; a double does, and Double.toString writes it
    }
    decimal = v;
    return true;
  }

  /** Parses one count, throwing on bad text; missing gives {@code null}. */
  public static Long count(String text) {
    CountParser p = new CountParser();
    if (p.parse(text)) {
      return p.value;
    }
    if (p.missing && p.nonFinite == null) {
      return null;
    }
    throw new NumberFormatException("bad count '" + text + "': "
        + (p.nonFinite != null ? "not a finite number (" + p.nonFinite + ")" : p.error));
  }

  /** Parses one decimal quantity ({@link #parseNumber}), throwing on bad text; missing → null. */
  public static Double number(String text) {
    CountParser p = new CountParser();
    if (p.parseNumber(text)) {
      return p.decimal;
    }
    if (p.missing && p.nonFinite == null) {
      return null;
    }
    throw new NumberFormatException("bad number '" + text + "': "
        + (p.nonFinite != null ? "not a finite number (" + p.nonFinite + ")" : p.error));
  }

  /** Normalised text, or null (with {@link #missing} set) for null and missing markers. */
  private String prepare(String raw) {
    String s = raw == null ? "" : normalize(raw);
    if (isMissingMarker(s)) {
      missing = true;
      return null;
    }
    String nf = nonFiniteKind(s);
    if (nf != null) {
      missing = true;
      nonFinite = nf;
      return null;
    }
    return s;
  }

  /**
   * {@code "NaN"}, {@code "infinity"} or {@code "minus infinity"} when {@code s} (stripped) is how
   * pandas, R, Python or Java write a non-finite float ({@code nan}, {@code NaN}, {@code inf},
   * {@code -Inf}, {@code Infinity}, {@code +infinity}, any case); else null.
   */
  public static String nonFiniteKind(String s) {
    int n = s.length();
    if (n < 3 || n > 9) {
      return null;
    }
    char c = s.charAt(0);
    boolean minus = c == '-';
    String t = c == '-' || c == '+' ? s.substring(1) : s;
    if (t.equalsIgnoreCase("nan")) {
      return "NaN";
    }
    if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity")) {
      return minus ? "minus infinity" : "infinity";
    }
    return null;
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
    nonFinite = null;
    decimalNotation = false;
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
  public static boolean isMissingMarker(String s) {
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
    int exp = multiplier == 1 ? exponentAt(num) : -1;
    String digits = exp >= 0 ? scientific(num, exp) : stripGrouping(num);
    if (digits == null) {
      if (error == null) {
        error = "not a number";
      }
      return null;
    }
    decimalNotation = exp >= 0 || (multiplier == 1 && digits.indexOf('.') >= 0);
    BigDecimal d;
    try {
      d = new BigDecimal(digits);
    } catch (NumberFormatException e) {
      error = "not a number";
      return null;
    }
    return multiplier == 1 ? d : d.multiply(BigDecimal.valueOf(multiplier));
  }

  /** The index of the {@code e}/{@code E} of an exponent, or -1. */
  private static int exponentAt(String num) {
    for (int i = 1; i < num.length(); i++) {
      char c = num.charAt(i);
      if (c == 'e' || c == 'E') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Checks the scientific form {@code [+-]digits[.digits]e[+-]digits} (at least one mantissa
   * digit; no grouping) and returns it for {@link BigDecimal}; null (with {@link #error} set when
   * the exponent is the reason) for anything else.
   */
  private String scientific(String num, int e) {
    int i = 0;
    int n = num.length();
    if (num.charAt(0) == '-' || num.charAt(0) == '+') {
      i = 1;
    }
    int mantissaDigits = 0;
    boolean dot = false;
    for (; i < e; i++) {
      char c = num.charAt(i);
      if (c >= '0' && c <= '9') {
        mantissaDigits++;
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return null;
      }
    }
    if (mantissaDigits == 0) {
      return null;
    }
    int j = e + 1;
    if (j < n && (num.charAt(j) == '-' || num.charAt(j) == '+')) {
      j++;
    }
    int expDigits = n - j;
    if (expDigits == 0) {
      return null;
    }
    for (int k = j; k < n; k++) {
      char c = num.charAt(k);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    if (expDigits > 9) {
      error = "exponent out of range";
      return null;
    }
    return num;
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
