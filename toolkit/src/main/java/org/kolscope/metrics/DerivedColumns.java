package org.kolscope.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kolscope.core.Cells;
import org.kolscope.core.RowTiers;
import org.kolscope.core.Schema;
import org.kolscope.core.Tiers;
import org.kolscope.io.HeaderMap;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The columns an analysis can name that a raw accounts or notes table does not have yet: the ratio
 * columns of {@link Metrics} and a {@code tier} column. The CLI ({@code kolscope outliers}, {@code
 * tiers}, {@code chart}) and the API entry points that take a column name ({@code
 * Outliers.in(table, column)}, {@code TierComparison.of}, the charts) all derive them here, so
 * {@code TierComparison.of(KolData.load("data/notes.csv"), "engagement_rate")} works in Java as
 * {@code kolscope tiers data/notes.csv --metric engagement_rate} does on the command line.
 *
 * <p>What is derived:
 *
 * <ul>
 *   <li>a table with a {@code note_id} column (notes) and a numeric {@code likes} column gets the
 *       note ratios of {@link Metrics#addToNotes} with {@link Interactions#XINHONG}: {@value
 *       Metrics#LIKES_PER_VIEW}, {@value Metrics#COMMENTS_PER_LIKE}, {@value
 *       Metrics#COLLECTS_PER_LIKE}, {@value Interactions#COLUMN}, {@value Metrics#ENGAGEMENT_RATE}
 *       (interactions / the author's followers) and, with a {@code cost_rmb} column, {@value
 *       Metrics#COST_PER_INTERACTION} and {@value Metrics#COST_PER_1K_VIEWS};
 *   <li>any other table with a numeric {@code followers} column (accounts) gets the account
 *       ratios of {@link Metrics#addToAccounts}: {@value Metrics#LIKES_AND_COLLECTS_PER_FOLLOWER}
 *       and, with a {@code price_rmb} column, {@value Metrics#PRICE_PER_1K_FOLLOWERS};
 *   <li>with {@link Tiers} given and a numeric {@code followers} column, a {@code tier} column of
 *       English tier labels, computed by {@link RowTiers} (the rule every part of KOLScope uses: a
 *       table's own {@code tier} column is kept, and used where that column is named).
 * </ul>
 *
 * A column the table already has is never replaced, even if a derived one of the same name would
 * differ: the table's own values win. Ratios with a zero or missing operand are missing cells, with
 * the reason in {@value MissingReasons#COLUMN}.
 *
 * <p><b>The caller's table is not changed.</b> {@link #derive} returns a new table that holds the
 * caller's column objects (shared, not copied: no data is duplicated, even for a million notes)
 * followed by the derived columns. Adding the columns in place would be cheaper still, but a
 * notebook user who runs {@code Outliers.in(accounts, …)} does not expect {@code accounts} to grow
 * columns, and a second call with other tiers would then find a stale {@code tier} column. Because
 * the columns are shared, editing a cell of the returned table edits the caller's table too;
 * adding, removing or replacing columns of either does not affect the other. A {@value
 * MissingReasons#COLUMN} column of the caller's is copied before reasons are appended to it.
 */
public final class DerivedColumns {
  private DerivedColumns() {}

  /**
   * The names of the columns {@link #derive} would add to {@code table}, in the order it adds them
   * (the {@value MissingReasons#COLUMN} bookkeeping column is not listed).
   *
   * @param table the table, not null
   * @param tiers the tiers of a derived {@code tier} column, or null for none
   * @return the names, empty when nothing can be derived
   */
  public static List<String> derivable(Table table, Tiers tiers) {
    List<String> out = new ArrayList<>();
    for (String name : derive(table, tiers).columnNames()) {
      if (!table.containsColumn(name) && !name.equals(MissingReasons.COLUMN)) {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * {@code table}'s columns followed by every column derivable from them that it lacks (see the
   * class comment): a new table sharing {@code table}'s column objects; {@code table} is not
   * changed.
   *
   * @param table the table, not null
   * @param tiers the tiers of a derived {@code tier} column, or null for no tier column
   * @return a new table with {@code table}'s rows and name
   */
  public static Table derive(Table table, Tiers tiers) {
    Objects.requireNonNull(table, "table");
    Table scratch = Table.create(table.name());
    for (Column<?> c : table.columns()) {
      scratch.addColumns(c.name().equalsIgnoreCase(MissingReasons.COLUMN) ? c.copy() : c);
    }
    if (scratch.containsColumn(Schema.NOTE_ID)) {
      if (Cells.hasNumber(scratch, Schema.LIKES)) {
        Metrics.addToNotes(scratch, Interactions.XINHONG);
      }
    } else if (Cells.hasNumber(scratch, Schema.FOLLOWERS)) {
      Metrics.addToAccounts(scratch);
    }
    if (tiers != null && !scratch.containsColumn(Schema.TIER)
        && Cells.hasNumber(scratch, Schema.FOLLOWERS)) {
      scratch.addColumns(RowTiers.of(scratch, null, tiers, null).toColumn(Schema.TIER));
    }
    // the Metrics methods replace columns of the same name: put the caller's back
    Table out = Table.create(table.name());
    for (Column<?> c : scratch.columns()) {
      boolean own = table.containsColumn(c.name()) && !c.name().equalsIgnoreCase(MissingReasons.COLUMN);
      out.addColumns(own ? table.column(c.name()) : c);
    }
    return out;
  }

  /**
   * The table to read {@code columns} from: {@code table} itself when it has all of them (nothing
   * is derived), else {@link #derive derive(table, tiers)} when that has them.
   *
   * @param table the table, not null
   * @param tiers the tiers of a derived {@code tier} column, or null for no tier column
   * @param columns the column names needed; null entries are ignored
   * @return {@code table} or a derived table with the same rows
   * @throws IllegalArgumentException if a column is neither in {@code table} nor derivable,
   *     quoting the name and listing the table's columns and the derivable ones
   */
  public static Table require(Table table, Tiers tiers, String... columns) {
    Objects.requireNonNull(table, "table");
    if (hasAll(table, columns)) {
      return table;
    }
    Table derived = derive(table, tiers);
    for (String c : columns) {
      if (c != null && !derived.containsColumn(c)) {
        throw new IllegalArgumentException(missing(table, c, derivable(table, tiers)));
      }
    }
    return derived;
  }

  /**
   * As {@link #require}, and the column must be numeric.
   *
   * @throws IllegalArgumentException if the column is absent and not derivable, or not numeric
   */
  public static NumericColumn<?> numeric(Table table, Tiers tiers, String column) {
    Table t = require(table, tiers, column);
    if (!(t.column(column) instanceof NumericColumn<?> c)) {
      throw new IllegalArgumentException(
          "column '" + column + "' is " + t.column(column).type() + ", not numeric");
    }
    return c;
  }

  private static boolean hasAll(Table table, String... columns) {
    for (String c : columns) {
      if (c != null && !table.containsColumn(c)) {
        return false;
      }
    }
    return true;
  }

  private static String missing(Table table, String column, List<String> derivable) {
    String read = HeaderMap.standard().column(table, column);
    return "no column '" + column + "'"
        + (read.equals(column) ? "" : " (the loader reads a header '" + column + "' as '" + read
            + "': name that)")
        + "; columns are " + table.columnNames()
        + (derivable.isEmpty()
            ? " (none can be derived from them)"
            : "; derivable from them: " + derivable);
  }
}
