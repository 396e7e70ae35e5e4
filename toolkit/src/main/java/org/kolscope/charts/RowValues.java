package org.kolscope.charts;

import java.util.ArrayList;
import java.util.List;
import org.kolscope.core.Samples;
import org.kolscope.metrics.DerivedColumns;
import org.kolscope.metrics.Interactions;
import org.kolscope.metrics.Ratio;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Charts-internal: the per-row numbers a chart plots, taken from the metrics package so that a
 * chart shows the same values as the audit — ratios from {@link Ratio} (missing where the
 * denominator is 0 or an operand is missing), interactions from {@link Interactions} (likes +
 * collects + comments, missing where one of them is). They are computed on a view that holds only
 * the needed columns, so the caller's table is left as it was. A named column the table lacks is
 * derived if it can be ({@link DerivedColumns}: e.g. {@code engagement_rate} of notes). Missing
 * cells come back as NaN.
 */
final class RowValues {
  private RowValues() {}

  /** The whole column as doubles, NaN where missing. */
  static double[] column(Table table, String column) {
    return values(DerivedColumns.numeric(table, null, column));
  }

  /**
   * {@code numerator / denominator} per row, as {@link Ratio} computes it.
   *
   * @throws IllegalArgumentException if a column is absent or not numeric
   */
  static double[] ratio(Table table, String numerator, String denominator) {
    Table view = view(DerivedColumns.require(table, null, numerator, denominator), numerator, denominator);
    return values(Ratio.add(view, numerator, denominator, numerator + " / " + denominator, 1));
  }

  /** Whether {@code table} has every numeric column {@link Interactions#XINHONG} adds up. */
  static boolean hasInteractionParts(Table table) {
    return Interactions.XINHONG.components().stream()
        .allMatch(c -> table.containsColumn(c) && table.column(c) instanceof NumericColumn<?>);
  }

  /**
   * Interactions per note as {@link Interactions#XINHONG} defines them.
   *
   * @throws IllegalArgumentException if one of the counted columns is absent or not numeric
   */
  static double[] interactions(Table table) {
    List<String> parts = Interactions.XINHONG.components();
    return values(Interactions.XINHONG.add(view(table, parts.toArray(String[]::new))));
  }

  private static Table view(Table table, String... columns) {
    List<Column<?>> cols = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (String c : columns) {
      Column<?> col = Samples.numeric(table, c);
      if (!seen.contains(col.name())) {
        seen.add(col.name());
        cols.add(col);
      }
    }
    return Table.create(table.name(), cols.toArray(Column<?>[]::new));
  }

  private static double[] values(NumericColumn<?> c) {
    double[] out = new double[c.size()];
    for (int r = 0; r < out.length; r++) {
      out[r] = c.isMissing(r) ? Double.NaN : c.getDouble(r);
    }
    return out;
  }
}
