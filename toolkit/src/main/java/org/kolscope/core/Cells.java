package org.kolscope.core;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Null-safe cell access used by the metrics and rules: a numeric cell is {@code NaN} when the
 * column is absent, not numeric, or the cell is missing, so callers test one condition.
 */
public final class Cells {
  private Cells() {}

  /**
   * The column named {@code column} (case-insensitive, as Tablesaw matches names), or {@code null}.
   * Unlike {@code Table.containsColumn}, which builds a list of names on every call, this allocates
   * nothing: the cell accessors below run once per row.
   */
  public static Column<?> find(Table table, String column) {
    for (int i = 0, n = table.columnCount(); i < n; i++) {
      Column<?> c = table.column(i);
      if (c.name().equalsIgnoreCase(column)) {
        return c;
      }
    }
    return null;
  }

  /** The numeric column {@code column}, or {@code null} if absent or not numeric. */
  public static NumericColumn<?> numeric(Table table, String column) {
    return find(table, column) instanceof NumericColumn<?> c ? c : null;
  }

  /** Whether {@code table} has a numeric column {@code column}. */
  public static boolean hasNumber(Table table, String column) {
    return numeric(table, column) != null;
  }

  /**
   * The value of a numeric cell, or {@code NaN} if the column is absent or not numeric or the cell
   * is missing.
   */
  public static double number(Table table, String column, int row) {
    return number(numeric(table, column), row);
  }

  /** The value of cell {@code row} of {@code c}, or {@code NaN} if {@code c} is null or the cell missing. */
  public static double number(NumericColumn<?> c, int row) {
    return c == null || c.isMissing(row) ? Double.NaN : c.getDouble(row);
  }

  /** The text of a cell, or {@code ""} if the column is absent or the cell is missing. */
  public static String text(Table table, String column, int row) {
    return text(find(table, column), row);
  }

  /** The text of cell {@code row} of {@code c}, or {@code ""} if {@code c} is null or the cell missing. */
  public static String text(Column<?> c, int row) {
    return c == null || c.isMissing(row) ? "" : c.getString(row);
  }

  /** Adds {@code column} to {@code table}, replacing a column of the same name. */
  public static void put(Table table, Column<?> column) {
    if (table.containsColumn(column.name())) {
      table.replaceColumn(column.name(), column);
    } else {
      table.addColumns(column);
    }
  }

  /**
   * Requires a column.
   *
   * @throws IllegalArgumentException naming the column and listing the table's columns
   */
  public static void require(Table table, String column, String what) {
    if (!table.containsColumn(column)) {
      throw new IllegalArgumentException(
          what + " need a '" + column + "' column; columns are " + table.columnNames());
    }
  }
}
