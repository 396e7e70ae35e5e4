package org.kolscope.metrics;

import org.kolscope.core.Cells;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A ratio column {@code numerator / denominator × scale} computed row by row.
 *
 * <p>Where the denominator is 0, or either operand is missing (or its column absent), the cell is
 * missing and {@link MissingReasons} records why ({@code likes / views: views unknown}, {@code
 * likes_and_collects / followers: followers = 0}). No Infinity or NaN value is ever stored.
 */
public final class Ratio {
  private Ratio() {}

  /**
   * Adds (or replaces) column {@code name} = {@code numerator / denominator × scale}.
   *
   * @param table the table, modified in place (a {@code missing_reasons} column is added if a cell
   *     is missing)
   * @param numerator numerator column (absent means every cell is unknown)
   * @param denominator denominator column (absent means every cell is unknown)
   * @param name the new column's name, e.g. {@code "likes_per_view"}
   * @param scale a factor, e.g. 1000 for a per-mille cost; must be finite and &gt; 0
   * @return the new column
   * @throws IllegalArgumentException if {@code scale} is not finite and positive
   */
  public static DoubleColumn add(
      Table table, String numerator, String denominator, String name, double scale) {
    if (!(scale > 0 && Double.isFinite(scale))) {
      throw new IllegalArgumentException("scale must be finite and > 0, got " + scale);
    }
    DoubleColumn out = DoubleColumn.create(name, table.rowCount());
    var num = Cells.numeric(table, numerator);
    var den = Cells.numeric(table, denominator);
    for (int r = 0; r < table.rowCount(); r++) {
      double n = Cells.number(num, r);
      double d = Cells.number(den, r);
      String why = whyMissing(n, d, numerator, denominator);
      if (why == null) {
        out.set(r, n / d * scale);
      } else {
        out.setMissing(r);
        MissingReasons.add(table, r, name + ": " + why);
      }
    }
    Cells.put(table, out);
    return out;
  }

  /** Why {@code n / d} has no value, or {@code null} when it has one. */
  static String whyMissing(double n, double d, String numerator, String denominator) {
    if (Double.isNaN(d)) {
      return denominator + " unknown";
    }
    if (Double.isNaN(n)) {
      return numerator + " unknown";
    }
    if (d == 0) {
      return denominator + " = 0";
    }
    return null;
  }
}
