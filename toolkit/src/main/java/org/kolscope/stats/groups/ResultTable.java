package org.kolscope.stats.groups;

import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Formatting shared by the result records of the group, scaling and tier-comparison packages: a
 * two-column {@code statistic | value} table and compact number text for {@code toString()}.
 */
public final class ResultTable {
  private ResultTable() {}

  /**
   * A table named {@code title} with one row per statistic.
   *
   * @param title table name (not null)
   * @param keys statistic names, same length as {@code values}
   * @param values the values; NaN shows as missing
   * @return the table
   * @throws IllegalArgumentException if the lengths differ
   */
  public static Table keyValue(String title, String[] keys, double[] values) {
    if (keys.length != values.length) {
      throw new IllegalArgumentException(
          "need one value per key, got " + keys.length + " keys and " + values.length + " values");
    }
    return Table.create(
        title, StringColumn.create("statistic", keys), DoubleColumn.create("value", values));
  }

  /**
   * A p-value: as {@link #fmt}, but an underflowed 0 shows as {@code < 1e-300} (the true value is
   * positive but below the smallest double the distribution code returns).
   *
   * @param p the p-value
   * @return the text
   */
  public static String fmtP(double p) {
    return p == 0 ? "< 1e-300" : fmt(p);
  }

  /**
   * Four significant digits ({@code NA} for NaN); values below 1e-4 or from 1e9 in scientific
   * notation, integers and values from 1,000 with at most one decimal in plain notation.
   *
   * @param v the value
   * @return the text
   */
  public static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "NA";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "Inf" : "-Inf";
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
}
