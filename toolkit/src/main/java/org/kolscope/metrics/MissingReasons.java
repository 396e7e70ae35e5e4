package org.kolscope.metrics;

import org.kolscope.core.Cells;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The {@code missing_reasons} column: for each row, why a derived value is missing ({@code likes /
 * views: views unknown}, {@code likes_and_collects / followers: followers = 0}), joined with
 * {@code "; "}. Every metric that leaves a cell missing says why here, so a missing value is
 * never silent and never an Infinity or NaN posing as a number.
 */
public final class MissingReasons {
  /** Name of the column. */
  public static final String COLUMN = "missing_reasons";

  private MissingReasons() {}

  /** The column of {@code table}, created empty if absent. */
  public static StringColumn of(Table table) {
    // Cells.find allocates nothing (Table.containsColumn lists every name); add runs once per cell
    if (Cells.find(table, COLUMN) instanceof StringColumn c) {
      return c;
    }
    if (!table.containsColumn(COLUMN)) {
      // every cell starts as Tablesaw's missing text, which is "": the empty reason
      StringColumn c = StringColumn.create(COLUMN, table.rowCount());
      table.addColumns(c);
    }
    return table.stringColumn(COLUMN);
  }

  /** Appends {@code reason} to row {@code row} (a reason already present is not repeated). */
  public static void add(Table table, int row, String reason) {
    StringColumn c = of(table);
    String old = c.isMissing(row) ? "" : c.get(row);
    if (old.isEmpty()) {
      c.set(row, reason);
    } else if (!(old.equals(reason) || old.startsWith(reason + "; ") || old.contains("; " + reason))) {
      c.set(row, old + "; " + reason);
    }
  }

  /** The reasons of row {@code row}, or {@code ""}. */
  public static String get(Table table, int row) {
    return Cells.text(table, COLUMN, row);
  }
}
