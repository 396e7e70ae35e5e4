package org.kolscope.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers as text — the one formatter of KOLScope's text, tables, reasons, reports and charts.
 * One style per purpose, and one spelling of a value that is not there: {@value #MISSING} (NaN);
 * infinities are {@code Inf} and {@code -Inf} in every style.
 *
 * <ul>
 *   <li>{@link #readable}: for people (reasons, the report, the audit's text): {@code 10,000},
 *       {@code 102.5}, {@code 0.0638};
 *   <li>{@link #percent}: a share as a percentage, {@code 1.25 %}, {@code 0.00369 %};
 *   <li>{@link #stat}: a statistic in four significant digits, {@code 2.469}, {@code 1.234e-05};
 *   <li>{@link #p}: a p-value, as {@link #stat}, {@code < 1e-300} when it underflowed;
 *   <li>{@link #precise}: a value in six significant digits (outlier tests' values and limits);
 *   <li>{@link #signed}: one decimal with a true minus sign, {@code −4.6} (z-scores in words).
 * </ul>
 */
public final class Numbers {
  /** How a missing value (NaN) is written, in every style. */
  public static final String MISSING = "–";

  private Numbers() {}

  private static String special(double v) {
    if (Double.isNaN(v)) {
      return MISSING;
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "Inf" : "-Inf";
    }
    return null;
  }

  /**
   * For people: integers with thousands separators ({@code 10,000}), from 1,000 rounded to an
   * integer, from 1 with up to 2 decimals ({@code 102.5}), below 1 with 3 significant digits
   * ({@code 0.0638}); trailing zeros dropped.
   */
  public static String readable(double v) {
    String s = special(v);
    if (s != null) {
      return s;
    }
    double a = Math.abs(v);
    if ((v == Math.rint(v) || a >= 1000) && a < 1e15) {
      return grouped(Math.round(v));
    }
    BigDecimal d = a >= 1
        ? BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP)
        : new BigDecimal(v).round(new MathContext(3));
    return d.stripTrailingZeros().toPlainString();
  }

  /**
   * An integer with a comma every three digits ({@code -1234567} → {@code -1,234,567}), as {@code
   * String.format(Locale.ROOT, "%,d", v)} writes it without parsing a format per cell (the report
   * writes one per number of its KOL table).
   */
  static String grouped(long v) {
    String digits = Long.toString(v);
    int sign = v < 0 ? 1 : 0;
    int n = digits.length() - sign;
    if (n <= 3) {
      return digits;
    }
    StringBuilder sb = new StringBuilder(digits.length() + n / 3);
    sb.append(digits, 0, sign);
    int first = n % 3 == 0 ? 3 : n % 3;
    sb.append(digits, sign, sign + first);
    for (int i = sign + first; i < digits.length(); i += 3) {
      sb.append(',').append(digits, i, i + 3);
    }
    return sb.toString();
  }

  /**
   * A fraction as a percentage, {@link #readable} of {@code 100·v} and {@code " %"}: two decimals
   * from 1 % and three significant digits below ({@code 0.0125} → {@code 1.25 %}, {@code
   * 0.0000369} → {@code 0.00369 %}: small rates do not all read 0 %).
   */
  public static String percent(double v) {
    String s = special(v);
    return s != null ? s : readable(v * 100) + " %";
  }

  /**
   * Four significant digits: integers below 1e9 as they are, values from 1,000 with at most one
   * decimal, values below 1e-4 or from 1e9 in scientific notation ({@code 1.234e-05}).
   */
  public static String stat(double v) {
    String s = special(v);
    if (s != null) {
      return s;
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return Long.toString((long) v);
    }
    double a = Math.abs(v);
    if (a >= 1000 && a < 1e9) {
      return String.format(Locale.ROOT, "%.1f", v).replaceFirst("\\.0$", "");
    }
    if (a != 0 && (a < 1e-4 || a >= 1e9)) {
      return String.format(Locale.ROOT, "%.3e", v);
    }
    return String.format(Locale.ROOT, "%.4g", v).replaceFirst("(\\.\\d*?)0+$", "$1")
        .replaceFirst("\\.$", "");
  }

  /** A p-value: {@link #stat}, but an underflowed 0 shows as {@code < 1e-300}. */
  public static String p(double p) {
    return p == 0 ? "< 1e-300" : stat(p);
  }

  /**
   * Six significant digits ({@code %.6g}, trailing zeros dropped; integers below 1e15 as they
   * are).
   */
  public static String precise(double v) {
    String s = special(v);
    if (s != null) {
      return s;
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) v);
    }
    String t = String.format(Locale.ROOT, "%.6g", v);
    if (t.contains("e")) {
      return t;
    }
    return t.contains(".") ? t.replaceAll("0+$", "").replaceAll("\\.$", "") : t;
  }

  /** One decimal with a true minus sign ({@code −4.6}). */
  public static String signed(double v) {
    String s = special(v);
    return s != null ? s : String.format(Locale.ROOT, "%.1f", v).replace('-', '−');
  }
}
