package org.kolscope.core;

import java.util.Arrays;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/** Extracts samples from Tablesaw columns: missing values dropped explicitly, optional log10. */
public final class Samples {
  private Samples() {}

  /**
   * The non-missing values of a numeric column.
   *
   * @throws IllegalArgumentException if the column is absent or not numeric
   */
  public static double[] values(Table table, String column) {
    return nonMissing(numeric(table, column));
  }

  /** The non-missing values of a column. */
  public static double[] nonMissing(NumericColumn<?> col) {
    double[] out = new double[col.size()];
    int n = 0;
    for (int r = 0; r < col.size(); r++) {
      if (!col.isMissing(r)) {
        double v = col.getDouble(r);
        if (!Double.isNaN(v)) {
          out[n++] = v;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * log10 of every value.
   *
   * @throws IllegalArgumentException naming the first value that is not &gt; 0
   */
  public static double[] log10(double[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] > 0)) {
        throw new IllegalArgumentException(
            "log scale needs values > 0, got " + values[i] + " at position " + i);
      }
      out[i] = Math.log10(values[i]);
    }
    return out;
  }

  /**
   * The numeric column {@code column} of {@code table}.
   *
   * @throws IllegalArgumentException if it is absent or not numeric, listing the columns
   */
  public static NumericColumn<?> numeric(Table table, String column) {
    if (!table.containsColumn(column)) {
      throw new IllegalArgumentException(
          "no column '" + column + "'; columns are " + table.columnNames());
    }
    if (!(table.column(column) instanceof NumericColumn<?> c)) {
      throw new IllegalArgumentException(
          "column '" + column + "' is " + table.column(column).type() + ", not numeric");
    }
    return c;
  }
}
