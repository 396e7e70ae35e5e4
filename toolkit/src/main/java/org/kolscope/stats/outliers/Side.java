package org.kolscope.stats.outliers;

import java.util.Locale;

/** Which end of the sample a test looks at. */
public enum Side {
  /** Either end: the value farthest from the centre. */
  TWO,
  /** The largest value(s) only. */
  MAX,
  /** The smallest value(s) only. */
  MIN;

  /**
   * Parses {@code two}, {@code max} or {@code min} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the bad value and the allowed ones
   */
  public static Side parse(String s) {
    switch (s == null ? "" : s.trim().toLowerCase(Locale.ROOT)) {
      case "two":
      case "two-sided":
      case "both":
        return TWO;
      case "max":
      case "upper":
      case "high":
        return MAX;
      case "min":
      case "lower":
      case "low":
        return MIN;
      default:
        throw new IllegalArgumentException("side must be two, max or min, got '" + s + "'");
    }
  }

  /** Lower-case name as used on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
