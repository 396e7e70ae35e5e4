package org.kolscope.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.kolscope.core.CountParser;

/**
 * Formats counts the way exports write them ({@code 1.2万}, {@code 3.5k}, {@code 1.2亿}). The
 * inverse, {@link CountParser}, reads every form written here back exactly.
 */
public final class Counts {
  private Counts() {}

  /** A count unit: its multiplier and the suffix written after the number. */
  public enum Unit {
    ONE(1L, ""),
    THOUSAND_K(1_000L, "k"),
    WAN(10_000L, "万"),
    WAN_W(10_000L, "w"),
    MILLION_M(1_000_000L, "M"),
    YI(100_000_000L, "亿"),
    BILLION_B(1_000_000_000L, "B");

    private final long multiplier;
    private final String suffix;

    Unit(long multiplier, String suffix) {
      this.multiplier = multiplier;
      this.suffix = suffix;
    }

    public long multiplier() {
      return multiplier;
    }

    public String suffix() {
      return suffix;
    }
  }

  /**
   * Exact formatting in a unit: {@code format(12345, WAN)} is {@code 1.2345万}; no digits are
   * lost, so {@code CountParser} gives {@code value} back.
   */
  public static String format(long value, Unit unit) {
    BigDecimal d = BigDecimal.valueOf(value).divide(BigDecimal.valueOf(unit.multiplier));
    return d.stripTrailingZeros().toPlainString() + unit.suffix;
  }

  /**
   * Rounded formatting, as apps display counts: {@code round(12345, WAN, 1)} is {@code 1.2万}
   * (half-up); trailing zeros are dropped ({@code 1万}, not {@code 1.0万}).
   */
  public static String round(long value, Unit unit, int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals must be >= 0, got " + decimals);
    }
    BigDecimal d =
        BigDecimal.valueOf(value)
            .divide(BigDecimal.valueOf(unit.multiplier))
            .setScale(decimals, RoundingMode.HALF_UP);
    return d.stripTrailingZeros().toPlainString() + unit.suffix;
  }

  /**
   * The Xiaohongshu app's style: below 10,000 the exact integer; from 10,000 one decimal of 万
   * ({@code 1.2万}); from 10⁸ one decimal of 亿.
   */
  public static String red(long value) {
    long a = Math.abs(value);
    if (a < 10_000) {
      return Long.toString(value);
    }
    return a < 100_000_000 ? round(value, Unit.WAN, 1) : round(value, Unit.YI, 1);
  }

  /** The international style: {@code 221.7K}, {@code 22.2M} (one decimal, upper-case K/M/B). */
  public static String international(long value) {
    long a = Math.abs(value);
    if (a < 1_000) {
      return Long.toString(value);
    }
    if (a < 1_000_000) {
      return round(value, Unit.THOUSAND_K, 1).toUpperCase(Locale.ROOT);
    }
    return a < 1_000_000_000 ? round(value, Unit.MILLION_M, 1) : round(value, Unit.BILLION_B, 1);
  }
}
