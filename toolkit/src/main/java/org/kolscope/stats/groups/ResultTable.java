package org.kolscope.stats.groups;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A two-column {@code statistic | value} table, shared by the result records of the group, scaling
 * and tier-comparison packages (their numbers as text: {@code core.Numbers}).
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
}
