package org.kolscope.charts;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.kolscope.evidence.Verdict;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Which rows a flag column marks — the one reading behind {@code FollowerEngagementChart.flagged},
 * {@code kolscope chart --flag} and the audit report's ringed KOLs:
 *
 * <ul>
 *   <li>a boolean column: {@code true};
 *   <li>a numeric column: any value other than 0 (and not NaN);
 *   <li>a text column whose values are all the audit's verdicts ({@link Verdict}): the verdicts
 *       that flag a KOL, {@code review} and {@code suspicious} ({@link Verdict#flagged()}) —
 *       {@code ok} and {@code not_checked} do not;
 *   <li>any other text column: any value but those in {@link #NOT_FLAGGED} (so the generator's
 *       {@code anomaly} column flags everything but {@code none}).
 * </ul>
 *
 * Missing cells never flag.
 */
public final class FlagColumn {
  /** Text values that mean "not flagged" in a column that does not hold verdicts (any case). */
  public static final Set<String> NOT_FLAGGED =
      Set.of("", "false", "no", "n", "0", "ok", "pass", "passed", "clean", "normal", "none", "-",
          "healthy", "genuine", "正常", "否", "无");

  private FlagColumn() {}

  /**
   * The flagged rows of {@code table} by column {@code column} (none when it is null).
   *
   * @param test a test on the text of each cell, or null for the reading above
   * @throws IllegalArgumentException if the column is absent, listing the table's columns
   */
  public static boolean[] read(Table table, String column, Predicate<String> test) {
    boolean[] out = new boolean[table.rowCount()];
    if (column == null) {
      return out;
    }
    if (!table.containsColumn(column)) {
      throw new IllegalArgumentException(
          "no flag column '" + column + "'; columns are " + table.columnNames());
    }
    Column<?> c = table.column(column);
    boolean verdicts = test == null && holdsVerdicts(c);
    for (int r = 0; r < out.length; r++) {
      if (c.isMissing(r)) {
        continue;
      }
      if (test != null) {
        out[r] = test.test(c.getString(r));
      } else if (c instanceof BooleanColumn b) {
        out[r] = Boolean.TRUE.equals(b.get(r));
      } else if (c instanceof NumericColumn<?> nc) {
        out[r] = nc.getDouble(r) != 0 && !Double.isNaN(nc.getDouble(r));
      } else if (verdicts) {
        out[r] = !c.getString(r).isBlank() && Verdict.parse(c.getString(r)).flagged();
      } else {
        out[r] = !NOT_FLAGGED.contains(c.getString(r).trim().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** The number of flagged rows ({@link #read} without a test). */
  public static int count(Table table, String column) {
    int n = 0;
    for (boolean b : read(table, column, null)) {
      n += b ? 1 : 0;
    }
    return n;
  }

  /** Whether every non-blank cell of a text column is a verdict label (and there is one). */
  private static boolean holdsVerdicts(Column<?> c) {
    if (c instanceof BooleanColumn || c instanceof NumericColumn<?>) {
      return false;
    }
    boolean any = false;
    for (int r = 0; r < c.size(); r++) {
      if (c.isMissing(r) || c.getString(r).isBlank()) {
        continue;
      }
      try {
        Verdict.parse(c.getString(r));
        any = true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    return any;
  }
}
